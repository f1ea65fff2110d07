//! Stage 2: split the input into lines, each in its three views, and classify each
//! line on its own (blank, noise, numbered, responsibility label, text).

use super::label;
use super::noise::{self, Noise};
use super::normalise::{
    fold_display, fold_punct, has_utf8, to_simplified, traditional_bits, FOLDED_3_BYTE,
};
use super::numbering::{self, Numbering, Style};
use super::text::{byte_of_char, SENTENCE_MARKS};
use super::words::{
    has_role_verb, ABOVE_POINTERS, DOCUMENT_NAME_ENDS, MAKING_THIS, NEWS_DATELINES, NEWS_OPENERS,
    PLAN_IN_TITLE, POINTED_WORK, PREAMBLE_CLOSERS, REPLY_OPENINGS, REPORT_OPENINGS, UNIT_SUFFIXES,
};
use std::collections::HashSet;

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

/// One input line. `text()`, `folded()` and `key()` are trimmed and have the same
/// chars count; `folded()` and `key()` have the same byte length.
///
/// A view borrows the input line when no fold changes it, or the view before it
/// when they are equal (most Chinese lines need the punctuation fold only); the
/// views that differ live in one buffer shared by all lines (see [`split`]), so a
/// line owns no heap memory.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based.
    pub no: usize,
    /// Display view (see [`mod@super::normalise`]).
    text: &'a str,
    /// Display view with full-width ASCII punctuation folded.
    folded: &'a str,
    /// Recognition key.
    key: &'a str,
    /// Chars in each view (the same count in all three).
    chars: usize,
    /// The key has a tab (a table row copied from Word or Excel).
    tab: bool,
    /// Tabs among the spaces trimmed off the line's start: empty cells that open a
    /// table row (cells merged with the row above).
    lead_tabs: u16,
    pub class: Class,
}

impl<'a> Line<'a> {
    /// Display view: width and spaces folded, trimmed.
    #[inline]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Display view with full-width ASCII punctuation folded.
    #[inline]
    pub fn folded(&self) -> &'a str {
        self.folded
    }

    /// Recognition key: the folded view with Traditional keywords simplified.
    #[inline]
    pub fn key(&self) -> &'a str {
        self.key
    }

    /// The display, folded and key views together (as a table's cells are read).
    #[inline]
    pub fn views(&self) -> (&'a str, &'a str, &'a str) {
        (self.text, self.folded, self.key)
    }

    /// Chars of `text()`, `folded()` and `key()` (the same count).
    #[inline]
    pub fn chars(&self) -> usize {
        self.chars
    }

    /// Whether `key()` has a tab.
    #[inline]
    pub fn has_tab(&self) -> bool {
        self.tab
    }

    /// How many tabs the trimmed start of the line had: the empty cells before the
    /// first cell of a table row ("\t\t加装电梯50部\t…" under merged cells).
    #[inline]
    pub fn leading_tabs(&self) -> usize {
        usize::from(self.lead_tabs)
    }

    pub fn is_blank(&self) -> bool {
        self.class == Class::Blank
    }
}

/// Where a view of a line is while [`split`] is still filling the shared buffer: a
/// byte range of the input followed by the buffer (`input.len()..` is the buffer),
/// so that a [`Pending`] line is as large as a [`Line`] and becomes one in place.
#[derive(Debug, Clone, Copy)]
struct At(usize, usize);

impl At {
    fn get<'a>(self, input: &'a str, buf: &'a str) -> &'a str {
        let n = input.len();
        if self.0 < n {
            &input[self.0..self.1]
        } else {
            &buf[self.0 - n..self.1 - n]
        }
    }
}

/// A line whose views are still [`At`]s.
struct Pending {
    no: usize,
    text: At,
    folded: At,
    key: At,
    chars: usize,
    tab: bool,
    lead_tabs: u16,
    class: Class,
}

/// The three views of one line while they are built, in scratch strings that are
/// reused from line to line.
#[derive(Default)]
struct Views {
    text: View,
    folded: View,
    key: View,
}

impl Views {
    /// Builds the views of the line that starts at byte `at` of `input` (at the
    /// start of the input or after a line break), copies those that differ from the
    /// input (or from the view before them) into `buf`, and classifies the line.
    /// Also returns where the line ends: at the LF or CR that breaks it, or at the
    /// end of the input.
    fn line(&mut self, no: usize, input: &str, at: usize, buf: &mut String) -> (Pending, usize) {
        // One scan of the raw line finds its end and builds all three views. This
        // is the same as folding for display, then punctuation, then Traditional
        // chars, because `fold_punct(c) == fold_punct(fold_display(c))` for every
        // char, and no fold makes or removes a space or tab: trimming each view on
        // its own cuts the same chars.
        let rest = input.get(at..).unwrap_or_default();
        let input_len = input.len();
        let b = rest.as_bytes();
        let Views { text, folded, key } = self;
        text.reset();
        folded.reset();
        key.reset();
        // Whether folded differs from text, and key from folded.
        let (mut punct, mut t2s) = (false, false);
        // Chars of the raw line, and whether it has a tab (rare, so the trimmed key
        // is searched for one only then).
        let (mut chars, mut tab) = (0, false);
        let mut i = 0;
        while i < b.len() {
            let lead = LEADS[b[i] as usize];
            if lead & (DISPLAY | PUNCT | WIDE) == 0 {
                // ASCII, or any byte of a char that no fold changes and that is
                // not looked up below: count the first byte of each char only.
                chars += usize::from(b[i] & 0xC0 != 0x80);
                i += 1;
                continue;
            }
            // Chinese chars and punctuation are three bytes: test them against the
            // table of the chars to decode (those a fold changes, and markers).
            if lead & WIDE != 0 {
                if let Some(&[b0, b1, b2]) = b.get(i..i + 3) {
                    if !has_utf8(&SLOW_3_BYTE, b0, b1, b2) {
                        chars += 1;
                        i += 3;
                        continue;
                    }
                }
            }
            // LF and CR have the DISPLAY bit: the line breaks are found by the
            // same scan, at no cost to the chars that no fold changes.
            if matches!(b[i], b'\n' | b'\r') {
                break;
            }
            let (c, len) = decode(b, i);
            chars += 1;
            tab |= c == '\t';
            let (d, f) = (fold_display(c), fold_punct(c));
            let k = to_simplified(f);
            text.put(rest, i, len, c, d);
            folded.put(rest, i, len, c, f);
            key.put(rest, i, len, c, k);
            punct |= f != d;
            t2s |= k != f;
            i += len;
        }
        let raw = rest.get(..i).unwrap_or_default();
        let text_at = text.finish(raw, at, input_len, buf);
        let folded_at = if punct {
            folded.finish(raw, at, input_len, buf)
        } else {
            text_at
        };
        let key_at = if t2s {
            key.finish(raw, at, input_len, buf)
        } else {
            folded_at
        };
        let key_str = match key_at {
            At(a, b) if a >= input_len => &buf[a - input_len..b - input_len],
            At(a, b) => &raw[a - at..b - at],
        };
        // "牵头单位 县发改局": spaces that stand for a label's colon read as one in the
        // key (a colon and a space or tab are one byte each: the views stay aligned).
        let colons = label::spaced_label_colons(key_str);
        let (key_at, key_str) = if colons.is_empty() {
            (key_at, key_str)
        } else {
            let mut k = key_str.to_string();
            for &c in &colons {
                k.replace_range(c..c + 1, ":");
            }
            let start = input_len + buf.len();
            buf.push_str(&k);
            let key_at = At(start, input_len + buf.len());
            (key_at, &buf[start - input_len..])
        };
        let line = Pending {
            no,
            text: text_at,
            folded: folded_at,
            key: key_at,
            // The trimmed chars are spaces and tabs, one byte each in every view.
            chars: chars - text.trimmed,
            tab: tab && key_str.contains('\t'),
            lead_tabs: if tab { leading_tabs(raw) } else { 0 },
            class: classify(key_str),
        };
        (line, at + i)
    }
}

/// The tabs among the spaces (those the views trim, and the ideographic space that
/// display folds to one) that open a raw line.
fn leading_tabs(raw: &str) -> u16 {
    let tabs = raw
        .chars()
        .take_while(|&c| matches!(c, ' ' | '\t' | '\u{3000}'))
        .filter(|&c| c == '\t')
        .count();
    u16::try_from(tabs).unwrap_or(u16::MAX)
}

/// One view of a line while it is built: unchanged as long as it equals the raw
/// line, then the folded text up to `run` in `out` (raw bytes from `run` on are
/// still to be copied).
#[derive(Default)]
struct View {
    out: String,
    changed: bool,
    run: usize,
    /// Bytes (spaces and tabs) that [`View::finish`] trimmed off.
    trimmed: usize,
}

impl View {
    fn reset(&mut self) {
        self.changed = false;
        self.run = 0;
    }

    /// The char `c` at byte `i` (`len` bytes) of the raw line (or of the input
    /// from the line on) reads `m` in this view.
    #[inline]
    fn put(&mut self, raw: &str, i: usize, len: usize, c: char, m: char) {
        if m == c {
            return;
        }
        if !self.changed {
            self.changed = true;
            self.out.clear();
        }
        self.out.push_str(&raw[self.run..i]);
        self.out.push(m);
        self.run = i + len;
    }

    /// The trimmed view: part of `raw` (at byte `at` of the input) when unchanged,
    /// else copied to `buf`.
    fn finish(&mut self, raw: &str, at: usize, input_len: usize, buf: &mut String) -> At {
        let is_space = |c: char| c == ' ' || c == '\t';
        if !self.changed {
            let start = raw.len() - raw.trim_start_matches(is_space).len();
            let end = raw.trim_end_matches(is_space).len().max(start);
            self.trimmed = raw.len() - (end - start);
            return At(at + start, at + end);
        }
        self.out.push_str(&raw[self.run..]);
        let start = input_len + buf.len();
        let trimmed = self.out.trim_matches(is_space);
        self.trimmed = self.out.len() - trimmed.len();
        buf.push_str(trimmed);
        At(start, input_len + buf.len())
    }
}

/// The class of a line from its key and the noise marker chars in it.
fn classify(key: &str) -> Class {
    if key.is_empty() {
        return Class::Blank;
    }
    if let Some(n) = noise::classify(key) {
        return Class::Noise(n);
    }
    if let Some(n) = numbering::recognise(key).or_else(|| numbering::recognise_ordinal(key)) {
        return Class::Number(n);
    }
    if label::starts_with_label(key) || label::copula_label_at_start(key).is_some() {
        return Class::Label;
    }
    Class::Text
}

/// Lead bytes of the chars each fold may change (one bit per fold), and in the high
/// nibble the UTF-8 length of the char a lead byte starts (for walks that must go
/// char by char; a scan for the fold bits is faster byte by byte, whose steps do
/// not depend on each other).
const DISPLAY: u8 = 1;
/// On display-folded text: U+00B7 (the three-byte chars are in [`SLOW_3_BYTE`]).
const PUNCT: u8 = 2;
/// The lead byte of a three-byte char: whether a fold changes it (or it is a
/// marker) is in [`SLOW_3_BYTE`].
const WIDE: u8 = 4;
static LEADS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        // Continuation bytes (0x80..0xC0) never have a fold bit and are never
        // reached by a char-by-char walk; they get length 1 like ASCII.
        t[b] = match b {
            0xC0..=0xDF => 2 << 4,
            0xE0..=0xEF => 3 << 4,
            0xF0..=0xFF => 4 << 4,
            _ => 1 << 4,
        };
        b += 1;
    }
    let mut b = 0;
    while b < 0x20 {
        t[b] |= DISPLAY;
        b += 1;
    }
    t[0x7F] |= DISPLAY;
    t[0xC2] |= DISPLAY | PUNCT;
    let mut b = 0xE0;
    while b <= 0xEF {
        t[b] |= WIDE;
        b += 1;
    }
    t
};

/// The three-byte chars that the scan must decode, one bit per BMP char: those
/// [`fold_display`] or [`fold_punct`] change, and the Traditional chars of
/// [`to_simplified`]. (Common Chinese
/// punctuation such as 、。“” is in none, and is skipped like any Chinese char.)
static SLOW_3_BYTE: [u64; 1024] = {
    let mut bits = traditional_bits();
    let mut i = 0;
    while i < FOLDED_3_BYTE.len() {
        let (mut u, last) = (FOLDED_3_BYTE[i].0 as usize, FOLDED_3_BYTE[i].1 as usize);
        while u <= last {
            bits[u >> 6] |= 1 << (u & 63);
            u += 1;
        }
        i += 1;
    }
    bits
};

/// The char starting at byte `i` of valid UTF-8 `b`, and its length.
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (char, usize) {
    let x = b[i] as u32;
    let cont = |k: usize| b.get(i + k).map_or(0, |&y| (y & 0x3F) as u32);
    let (cp, len) = if x < 0x80 {
        (x, 1)
    } else if x < 0xE0 {
        (((x & 0x1F) << 6) | cont(1), 2)
    } else if x < 0xF0 {
        (((x & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            ((x & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

/// The number of LF bytes in `b`. Counted in blocks of 255 bytes with a byte-sized
/// counter, a loop the compiler turns into 16 or 32 compares per instruction
/// (`matches('\n')` calls memchr once per line, and a plain count widens every
/// byte to a usize).
fn count_lf(b: &[u8]) -> usize {
    b.chunks(255)
        .map(|block| block.iter().fold(0u8, |n, &c| n + u8::from(c == b'\n')))
        .map(usize::from)
        .sum()
}

/// Splits and classifies every line of the input. The views that differ from the
/// input go to `buf` (cleared first), which the lines borrow: one buffer for all
/// lines instead of a string per line.
pub fn split<'a>(input: &'a str, buf: &'a mut String) -> Vec<Line<'a>> {
    // Not reserved: most lines have no full-width punctuation, so the buffer stays
    // a small part of the input (an eighth for the seeds).
    buf.clear();
    let b = input.as_bytes();
    // Sized up front (exact unless lone CRs break lines): the lines live as long
    // as the parse, and a doubling growth would leave them up to twice the room.
    let mut pending = Vec::with_capacity(count_lf(b) + 1);
    let mut views = Views::default();
    let mut at = 0;
    // The lines of `split_lines`: LF, CRLF and lone CR end a line, and the line
    // after the last break is a line too (empty at the end of the input).
    for no in 1.. {
        let (line, end) = views.line(no, input, at, buf);
        pending.push(line);
        at = match (b.get(end), b.get(end + 1)) {
            (None, _) => break,
            (Some(b'\r'), Some(b'\n')) => end + 2,
            _ => end + 1,
        };
    }
    let chunks = viewer_chunk_runs(&pending, |p| p.key.get(input, buf));
    join_chunks(&mut pending, &chunks, input, buf);
    // The buffer is complete: the lines can borrow it now. (Same size as a Line,
    // a Pending is turned into one in place, without a second vector.)
    let buf: &'a str = buf;
    let lines: Vec<Line<'a>> = pending
        .into_iter()
        .map(|p| Line {
            no: p.no,
            text: p.text.get(input, buf),
            folded: p.folded.get(input, buf),
            key: p.key.get(input, buf),
            chars: p.chars,
            tab: p.tab,
            lead_tabs: p.lead_tabs,
            class: p.class,
        })
        .collect();
    let lines = cut_junk_openings(cut_paragraph_marks(cut_chunk_markers(lines, &chunks)));
    // (Twice where the first cuts made a heading that opens with its first sub-item,
    // "…。四、工作步骤(一)制定…。(二)召开…", whose run is then cut in turn; only the
    // lines the second pass cut are looked at again.)
    let lines = cut_titles_from_sentences(cut_inline_items(cut_first_sub_items(lines)));
    let before = lines.len();
    let lines = cut_first_sub_items(lines);
    let lines = if lines.len() > before {
        cut_inline_items(lines)
    } else {
        lines
    };
    ordinal_items(cut_run_in_ordinals(lines))
}

/// A paragraph of points run in one after another, "一是…。二是…;三是…", right under a
/// heading's title alone ("一、落实防汛抗旱各项责任", held-out c11746; c10583, c11103):
/// the heading's items, as [`ordinal_items`] takes 一是…二是 paragraphs under such a
/// heading. Cut at each next ordinal that opens a clause, in sequence. Other lines are
/// passed on as they are.
fn cut_run_in_ordinals(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let opens_points =
        |l: &Line| matches!(l.class, Class::Number(n) if n.style == Style::CnIs && n.value == 1);
    if !lines.iter().any(opens_points) {
        return lines;
    }
    // Whether the last line that is not blank nor furniture is a heading's title alone.
    let mut after_heading = false;
    cut_lines(lines, |line| {
        if line.is_blank() || matches!(line.class, Class::Noise(_)) {
            return Vec::new();
        }
        let heading = matches!(line.class, Class::Number(n)
            if n.style != Style::CnIs && is_heading_alone(line.key, n.skip));
        let under_heading = std::mem::replace(&mut after_heading, heading);
        if under_heading && opens_points(line) {
            run_in_ordinal_starts(line.key)
        } else {
            Vec::new()
        }
    })
}

/// Each line cut at the byte offsets of its key that `cuts` gives (increasing, inside
/// the key; asked of each line once, in order), its parts in all views; empty parts
/// dropped.
pub(crate) fn cut_lines<'a>(
    lines: Vec<Line<'a>>,
    cuts: impl FnMut(&Line<'a>) -> Vec<usize>,
) -> Vec<Line<'a>> {
    // Most lines hold nothing to cut: nothing is copied then. (An empty list of cuts
    // allocates nothing.)
    let cuts: Vec<Vec<usize>> = lines.iter().map(cuts).collect();
    if cuts.iter().all(Vec::is_empty) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + 8);
    for (line, cuts) in lines.into_iter().zip(cuts) {
        if cuts.is_empty() {
            out.push(line);
            continue;
        }
        let bounds: Vec<usize> = [0]
            .into_iter()
            .chain(cuts)
            .chain([line.key.len()])
            .collect();
        out.extend(
            line.cut_at(&bounds)
                .into_iter()
                .filter(|p| !p.key.is_empty()),
        );
    }
    out
}

/// Where the ordinals after the first run in on a line that opens with "一是": each
/// next value ("二是", "三是" …) right after a clause's end (。 ; ! ?, spaces between).
/// One walk over the line.
fn run_in_ordinal_starts(key: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut next = 2;
    let mut after_stop = false;
    for (at, c) in key.char_indices() {
        if after_stop && numbering::starts_number(c) {
            if let Some(n) = numbering::recognise_ordinal(&key[at..]) {
                if n.value == next {
                    cuts.push(at);
                    next += 1;
                }
            }
        }
        if c != ' ' {
            after_stop = matches!(c, '。' | ';' | '!' | '?');
        }
    }
    cuts
}

/// A numbered heading whose short title a space parts from the sentence after it,
/// where a page lost its line break ("(一)扎实开展定点帮扶工作 县脱贫攻坚领导小组办公室负
/// 责…", "(二)做好消费扶贫 县商务局负责…", held-out c10927): cut at the space, as the
/// source had the title over its paragraph. The title is two to
/// [`MAX_SPACED_TITLE_CHARS`] chars with no stop and names no unit ("尹川村 尹川村发现
/// 垃圾点…" hands the line to the village); the rest is a sentence of
/// [`MIN_SENTENCE_AFTER_TITLE_CHARS`] chars or more that opens with no bracket, number
/// or time.
fn cut_titles_from_sentences(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let at = match line.class {
            Class::Number(n) => title_space_end(line.key, n.skip),
            _ => None,
        };
        match at {
            Some(at) => out.extend(line.cut_at(&[0, at, line.key.len()])),
            None => out.push(line),
        }
    }
    out
}

/// The longest title a space parts from its sentence ([`cut_titles_from_sentences`]).
const MAX_SPACED_TITLE_CHARS: usize = 20;

/// The shortest sentence after a title and a space.
const MIN_SENTENCE_AFTER_TITLE_CHARS: usize = 12;

/// Where the sentence after a numbered line's title and a space starts (byte offset in
/// `key`), if the line is such a title and sentence; `skip` is the number's chars.
fn title_space_end(key: &str, skip: usize) -> Option<usize> {
    let start = key.char_indices().nth(skip).map(|(i, _)| i)?;
    let text = &key[start..];
    let (space, _) = text
        .char_indices()
        .take(MAX_SPACED_TITLE_CHARS + 1)
        .find(|&(_, c)| c == ' ')?;
    let title = &text[..space];
    let rest = text[space..].trim_start_matches(' ');
    // (Nor a title that leaves a quote open: "继续深入开展“关爱生命 救在身边”活动" is one
    // phrase that a space parts, held-out c11382.)
    let title_ok = title.chars().nth(1).is_some()
        && !title.contains(TITLE_BREAKS.as_slice())
        && !title.contains(')')
        && title.matches(['“', '《']).count() == title.matches(['”', '》']).count()
        && !UNIT_SUFFIXES.ends(title);
    // (Nor a field's name before its colon, a space between: "工作布置 :区爱卫办制订…",
    // held-out c13713.)
    let sentence = rest.chars().nth(MIN_SENTENCE_AFTER_TITLE_CHARS).is_some()
        && rest.contains([',', '。', ';'])
        && !rest.starts_with(|c: char| {
            c == '(' || c == ':' || c.is_ascii_digit() || numbering::starts_number(c)
        });
    (title_ok && sentence).then(|| key.len() - rest.len())
}

/// A numbered line whose text opens with the first number of a lower style ("19、①禁养
/// 区…", "三、(一)加快…"): the item has no title of its own and its first item is written
/// on its line. Cut there, the parent's number alone on one part.
fn cut_first_sub_items(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let Class::Number(n) = line.class else {
            out.push(line);
            continue;
        };
        let first_below = |i: usize| {
            numbering::recognise(&line.key[i..]).filter(|m| {
                m.value == 1
                    && matches!(
                        (n.style.official_level(), m.style.official_level()),
                        (Some(outer), Some(inner)) if inner > outer
                    )
            })
        };
        let text_start = line.key.char_indices().nth(n.skip).map(|(i, _)| i);
        let at = text_start
            .filter(|&i| first_below(i).is_some())
            .or_else(|| text_start.and_then(|i| titled_first_sub_item(line.key, i, first_below)));
        match at {
            Some(at) => out.extend(line.cut_at(&[0, at, line.key.len()])),
            None => out.push(line),
        }
    }
    out
}

/// The longest title of a heading whose first sub-item follows it on its line without a
/// break ("四、工作步骤(一)制定…。…(二)召开动员会。", a page whose line breaks were lost).
const MAX_RUN_IN_TITLE_CHARS: usize = 12;

/// Where a heading's first sub-item starts right after the heading's short title, its
/// line break lost ("工作步骤(一)制定…。2009年8月底前…(二)召开…"): at a first number of
/// a lower level (`first_below`) within the title's chars, after a title of two chars or
/// more with no stop in it, when its second number follows later on the line after the
/// end of a sentence.
fn titled_first_sub_item(
    key: &str,
    text_start: usize,
    first_below: impl Fn(usize) -> Option<Numbering>,
) -> Option<usize> {
    let (at, m) = key[text_start..]
        .char_indices()
        .skip(2)
        .take(MAX_RUN_IN_TITLE_CHARS)
        .take_while(|&(_, c)| !matches!(c, '。' | ',' | ';' | ':' | ' '))
        .filter(|&(_, c)| numbering::starts_number(c))
        .find_map(|(i, _)| first_below(text_start + i).map(|m| (text_start + i, m)))?;
    // (Each sentence end after it is looked at once.)
    let second = key[at..].match_indices(['。', ';']).any(|(e, s)| {
        numbering::recognise(&key[at + e + s.len()..])
            .is_some_and(|x| x.style == m.style && x.value == 2)
    });
    second.then_some(at)
}

/// The part of `line` before byte `end` of its key, as page furniture of `reason` (a
/// site's marker or junk that opens the line).
fn furniture_part<'a>(line: &Line<'a>, end: usize, reason: &'static str) -> Line<'a> {
    let mut part = line.cut(0, end);
    part.class = Class::Noise(Noise {
        reason,
        ends_document: false,
    });
    part
}

/// The longest token of a forum's junk string ("I+", "{)", "J$").
const MAX_JUNK_TOKEN_BYTES: usize = 2;

/// The fewest tokens of a forum's junk string.
const MIN_JUNK_TOKENS: usize = 6;

/// The bytes of a forum's junk string that opens `key`: random pairs of ASCII chars
/// between single spaces, which some forums hide in their pages against copying and
/// which a copy shows (": I+ B' {) J$ p- G+ R2 v二是…", "7 }7 g$ [9 a5 Q: J' x! r: w%
/// F五是…"). At least [`MIN_JUNK_TOKENS`] tokens of one or two chars, up to the first
/// char that is not ASCII (or the line's end: a line of junk alone).
fn junk_opening(key: &str) -> Option<usize> {
    // "???(一)第一检查督导组": a copy that could not show the page's wide spaces put a
    // question mark for each (held-out c11400); before the line's words, they are junk.
    let marks = key.bytes().take_while(|&b| b == b'?' || b == b' ').count();
    if marks > 0
        && key[..marks].contains('?')
        && !key[marks..].starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return Some(marks);
    }
    let end = key.bytes().position(|b| !b.is_ascii()).unwrap_or(key.len());
    let head = &key[..end];
    let mut tokens = 0;
    for t in head.split(' ') {
        if t.is_empty()
            || t.len() > MAX_JUNK_TOKEN_BYTES
            || !t.bytes().all(|b| b.is_ascii_graphic())
        {
            return None;
        }
        tokens += 1;
    }
    (tokens >= MIN_JUNK_TOKENS).then_some(end)
}

/// Lines that open with a forum's junk string ([`junk_opening`]): the junk is a line
/// part of its own, page furniture, and the rest is read on its own ("五是…" a number
/// again). A line of junk alone is furniture. Only lines that open with an ASCII char
/// are looked at.
fn cut_junk_openings(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let junk = |l: &Line| {
        l.key
            .starts_with(|c: char| c.is_ascii_graphic())
            .then(|| junk_opening(l.key))
            .flatten()
    };
    if !lines.iter().any(|l| junk(l).is_some()) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + 4);
    for line in lines {
        let Some(end) = junk(&line) else {
            out.push(line);
            continue;
        };
        out.push(furniture_part(&line, end, noise::JUNK));
        if end < line.key.len() {
            out.push(line.cut(end, line.key.len()));
        }
    }
    out
}

/// The shortest chunk a document viewer cuts, in chars (the sites seen cut 270–300).
const MIN_VIEWER_CHUNK_CHARS: usize = 200;

/// What a chunk cut inside a sentence does not end with: a sentence's or a bracket's
/// end.
const CHUNK_CLOSERS: &[char] = &[
    '。', '!', '?', ';', ':', ')', ']', '】', '」', '”', '"', '》', '〕',
];

/// One line of a run of viewer chunks: its index among the lines, and the bytes of
/// its number (the marker, with the spaces after it) in its key.
#[derive(Debug, Clone, Copy)]
struct Chunk {
    index: usize,
    marker: usize,
}

/// Document viewers (文库 sites that show a .docx or .pdf) cut the document's text
/// into chunks of a few hundred chars, each on a line of its own opened by its
/// number: "1、…各乡镇党委人民政府和街道办,区级各" + "2、部门:…" + "3、…". The
/// chunks are one text, cut anywhere, even inside a word ("市商务局,市" + "2、住建局").
/// Their runs: two or more lines numbered 1、2、3… in turn (blank lines between
/// them allowed, no tabs), every one but the last at least
/// [`MIN_VIEWER_CHUNK_CHARS`] long, and most of those cut inside a sentence (a list
/// whose items are long paragraphs ends them with 。 or a bracket). Each line is
/// looked at once or twice (a failed run restarts after its first line, and its
/// other lines are no 1、).
fn viewer_chunk_runs<'k>(
    pending: &'k [Pending],
    key: impl Fn(&'k Pending) -> &'k str,
) -> Vec<Vec<Chunk>> {
    let marker = |p: &Pending| match p.class {
        Class::Number(n) if n.style == Style::ArabicComma && !p.tab => Some(n),
        _ => None,
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < pending.len() {
        if marker(&pending[i]).is_none_or(|n| n.value != 1) {
            i += 1;
            continue;
        }
        let mut run: Vec<Chunk> = Vec::new();
        let (mut cut, mut j) = (0, i);
        while let Some(n) = pending.get(j).and_then(marker) {
            let p = &pending[j];
            if n.value as usize != run.len() + 1 {
                break;
            }
            if let Some(last) = run.last() {
                // The chunk before this one is long, and cut or not. (Not a long item
                // closed by its own label, "…。牵头单位:市发改委": that ends no
                // sentence either, and the next is an item of its own.)
                let before = &pending[last.index];
                let k = key(before);
                let tail = k.rfind('。').map_or(k, |at| &k[at..]);
                // (Unless its label's list is cut inside a name: "…责任单位:市城市管理局、
                // 卫健局、文" + "2、体旅局、…", held-out c11160.)
                let list_cut = k
                    .rsplit('、')
                    .next()
                    .is_some_and(|last| last.chars().count() <= 2 && !UNIT_SUFFIXES.ends(last))
                    && k.contains('、');
                if before.chars < MIN_VIEWER_CHUNK_CHARS
                    || (label::first_label(tail).is_some() && !list_cut)
                {
                    break;
                }
                cut += usize::from(!k.ends_with(CHUNK_CLOSERS));
            }
            let k = key(p);
            run.push(Chunk {
                index: j,
                marker: byte_of_char(k, n.skip),
            });
            j += 1;
            while pending.get(j).is_some_and(|p| p.class == Class::Blank) {
                j += 1;
            }
        }
        if run.len() >= 2 && cut * 2 >= run.len() - 1 && cut > 0 {
            i = j;
            runs.push(run);
        } else {
            i += 1;
        }
    }
    runs
}

/// Joins each run of viewer chunks into its first line (the views of the later ones
/// after their markers, a space before a chunk that opens with a number of the
/// document: the cut fell on one of its line breaks). The later lines keep their
/// own views: [`cut_chunk_markers`] keeps only their markers.
fn join_chunks(pending: &mut [Pending], runs: &[Vec<Chunk>], input: &str, buf: &mut String) {
    for run in runs {
        let mut views = [String::new(), String::new(), String::new()];
        let mut chars = 0;
        for (j, c) in run.iter().enumerate() {
            let p = &pending[c.index];
            let key = p.key.get(input, buf);
            let skip = if j == 0 {
                0
            } else {
                key[..c.marker].chars().count()
            };
            let space = j > 0
                && numbering::recognise(&key[c.marker..]).is_some_and(|n| n.style != Style::Bare);
            for (v, at) in views.iter_mut().zip([p.text, p.folded, p.key]) {
                let s = at.get(input, buf);
                if space {
                    v.push(' ');
                }
                v.push_str(&s[byte_of_char(s, skip)..]);
            }
            chars += p.chars - skip + usize::from(space);
        }
        let n = input.len();
        let mut put = |v: &str| {
            let start = n + buf.len();
            buf.push_str(v);
            At(start, n + buf.len())
        };
        let text = put(&views[0]);
        let folded = if views[1] == views[0] {
            text
        } else {
            put(&views[1])
        };
        let key = if views[2] == views[1] {
            folded
        } else {
            put(&views[2])
        };
        let first = &mut pending[run[0].index];
        (first.text, first.folded, first.key, first.chars) = (text, folded, key, chars);
    }
}

/// The lines of viewer chunks after [`join_chunks`]: each chunk's marker is a line
/// part of its own, page furniture; the first line's text after its marker is the
/// whole text; the later lines' text is in it, and only their markers remain.
fn cut_chunk_markers<'a>(lines: Vec<Line<'a>>, runs: &[Vec<Chunk>]) -> Vec<Line<'a>> {
    if runs.is_empty() {
        return lines;
    }
    let mut marks = runs
        .iter()
        .flat_map(|r| {
            r.iter()
                .enumerate()
                .map(|(j, c)| (c.index, c.marker, j == 0))
        })
        .peekable();
    let mut out = Vec::with_capacity(lines.len() + runs.len());
    for (i, line) in lines.into_iter().enumerate() {
        let Some((_, marker, first)) = marks.next_if(|m| m.0 == i) else {
            out.push(line);
            continue;
        };
        out.push(furniture_part(&line, marker, noise::VIEWER_CHUNK));
        if first {
            out.push(line.cut(marker, line.key.len()));
        }
    }
    out
}

/// The char a document-sharing site's text copy puts where the source broke its lines
/// (the Cyrillic "Р", U+0420: "…不受损害。Р责任单位:各镇…Р(五)加大监督考核…", held-out
/// c12370, c10261): between chars that are not Cyrillic it is no letter.
const PARAGRAPH_MARK: char = '\u{420}';

/// Whether `c` is a Cyrillic letter (a mark beside one is a letter of a word).
fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// The lines of a page whose breaks a sharing site wrote as [`PARAGRAPH_MARK`]s: each
/// line cut at its marks into the lines the source had, each mark a part of its own,
/// page furniture. One walk over each line that holds the mark.
fn cut_paragraph_marks(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    if !lines.iter().any(|l| l.key.contains(PARAGRAPH_MARK)) {
        return lines;
    }
    // Each mark's start and end (a mark at the line's start or end leaves an empty
    // part, dropped).
    let marks = |l: &Line| -> Vec<usize> {
        let mut at = Vec::new();
        if !l.key.contains(PARAGRAPH_MARK) {
            return at;
        }
        let mut prev: Option<char> = None;
        let mut it = l.key.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let next = it.peek().map(|&(_, n)| n);
            if c == PARAGRAPH_MARK
                && !prev.is_some_and(is_cyrillic)
                && !next.is_some_and(is_cyrillic)
            {
                at.extend([i, i + PARAGRAPH_MARK.len_utf8()]);
            }
            prev = Some(c);
        }
        at
    };
    cut_lines(lines, marks)
        .into_iter()
        .map(|part| {
            // (A mark's part is the mark alone.)
            if part.key.chars().eq([PARAGRAPH_MARK]) {
                Line {
                    class: Class::Noise(Noise {
                        reason: noise::PARAGRAPH_MARK,
                        ends_document: false,
                    }),
                    ..part
                }
            } else {
                part
            }
        })
        .collect()
}

/// "一是…", "二是…" at the start of paragraphs number a plan's items only where they
/// are its first numbering (a 街道's 工作思路 numbered 一是…三是 alone, or 一是 over
/// (一)…(五) then 二是): after another numbering has begun, they enumerate points
/// inside an item's text ("1.…" + "一是…二是…"), and the lines stay text. Later ones
/// count while they go on with the list (二是 after 一是). A 一是 whose list does
/// not go on at the start of a later line ("一是…。二是…" run together in one
/// paragraph) enumerates points of one paragraph: text. So do they in a news report
/// (a dateline before them, [`NEWS_DATELINES`]) or a report that says it is one
/// ("现将集中整改进展情况予以公布", [`REPORT_OPENINGS`], held-out c10846): they tell
/// what was done.
fn ordinal_items(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    // The value an ordinal item may take next: 1 until another numbering begins.
    let mut next = Some(1);
    let mut first = None;
    // A list under a heading: the line a 一是 may open one at (right after a heading
    // with a title and no sentence, "(一)实施产业强镇工程"), and the list's next value
    // and first line.
    let mut heading_before = false;
    let mut under: Option<(u32, usize)> = None;
    let mut dropped: Vec<usize> = Vec::new();
    for (i, line) in lines.iter_mut().enumerate() {
        // (Page furniture between a heading and its items, a sharing site's paragraph
        // mark, is no line of the text.)
        if line.is_blank() || matches!(line.class, Class::Noise(_)) {
            continue;
        }
        let Class::Number(n) = line.class else {
            if next == Some(1)
                && line.class == Class::Text
                && (is_dateline(line.key)
                    || REPORT_OPENINGS.in_text(line.key)
                    || REPLY_OPENINGS.in_text(line.key))
            {
                next = None;
            }
            heading_before = false;
            continue;
        };
        if n.style != Style::CnIs {
            if next == Some(1) {
                next = None;
            }
            if let Some((2, at)) = under.take() {
                dropped.push(at);
            }
            // (A heading's title on a line of its own may end with a stop: "(一)加强家庭
            // 保护。" over "一是…" and "二是…" lines, held-out c12790; not an item's of
            // a lower level, "1.加强招商。" over the points of its text, nor one whose
            // points run in after it.)
            let title = line.key.trim_end();
            let heading_style = n
                .style
                .official_level()
                .is_some_and(|lv| lv <= Style::CnParen.official_level().unwrap_or(3));
            let title = match title.strip_suffix('。') {
                Some(t) if heading_style => t,
                _ => title,
            };
            heading_before = next.is_none() && is_heading_alone(title, n.skip);
            continue;
        } else if next == Some(n.value) {
            next = Some(n.value + 1);
            first.get_or_insert(i);
        } else if n.value == 1 && heading_before {
            under = Some((2, i));
        } else if let Some((v, at)) = under.filter(|&(v, _)| v == n.value) {
            under = Some((v + 1, at));
        } else {
            line.class = Class::Text;
        }
        heading_before = false;
    }
    if let (Some(i), Some(2)) = (first, next) {
        lines[i].class = Class::Text;
    }
    // (A list of one item under a heading enumerates nothing: "一是" alone is text.)
    if let Some((2, at)) = under {
        dropped.push(at);
    }
    for at in dropped {
        lines[at].class = Class::Text;
    }
    lines
}

/// Whether a numbered line is a heading's title alone, no sentence ("(一)实施产业强镇
/// 工程", not "1.加强招商。"): the 一是…二是 paragraphs under it are its items. `skip`
/// is the number's length in chars.
fn is_heading_alone(key: &str, skip: usize) -> bool {
    let title = key.trim_end();
    let n = title.chars().count().saturating_sub(skip);
    // (A comma may part a title's two halves: "(五)加大监督考核,机制保障标准化生产",
    // held-out c12370.)
    (2..=MAX_HEADING_ALONE_CHARS).contains(&n)
        && !title.contains(|c| c != ',' && SENTENCE_MARKS.contains(&c))
}

/// The longest title of a heading alone over 一是…二是 items, in chars.
const MAX_HEADING_ALONE_CHARS: usize = 20;

/// Whether a line opens with a news report's dateline (within its first chars).
fn is_dateline(key: &str) -> bool {
    let head = &key[..key.char_indices().nth(12).map_or(key.len(), |(i, _)| i)];
    NEWS_DATELINES.in_text(head)
        || opens_news(key)
        || key
            .match_indices('。')
            .any(|(at, _)| opens_news(&key[at + '。'.len_utf8()..]))
}

/// Whether a sentence opens with a news report's word and its comma ("日前,…").
fn opens_news(sentence: &str) -> bool {
    NEWS_OPENERS
        .prefix_of(sentence)
        .is_some_and(|w| sentence[w.len()..].starts_with(','))
}

/// The longest title of a heading that a sub-item runs on from without a space or a
/// stop ("(一)建立健全中医药服务体系行动1.…"), in chars.
const MAX_RUN_TITLE_CHARS: usize = 20;

/// The longest title of a page that its first part runs on from ("社会信用体系建设实施方
/// 案一、…"), in chars.
const MAX_RUN_DOC_TITLE_CHARS: usize = 40;

/// Chars a heading's title has none of: a title is no sentence, no list and opens no
/// bracket.
const TITLE_BREAKS: [char; 8] = title_breaks();

const fn title_breaks() -> [char; 8] {
    let mut out = ['、', '(', '、', '(', '、', '(', '、', '('];
    let mut i = 0;
    while i < SENTENCE_MARKS.len() {
        out[i + 2] = SENTENCE_MARKS[i];
        i += 1;
    }
    out
}

/// The shortest line looked at for items run together on it.
const MIN_INLINE_LINE_CHARS: usize = 40;

/// Lines that hold several numbered items run together ("(一)…。(省发改委负责)(二)…",
/// or a whole page whose line breaks were lost: "…推进。 一、加快… (一)全面… 1.把…")
/// are cut into one entry per item, each with the line's number. Most lines have no
/// such items: they are passed on as they are.
fn cut_inline_items(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        // (Not a table's row between bars: "2 | … | 1.…;2.… | 卫生健康局 |" holds
        // numbered lines inside a cell.)
        let mut cuts = if line.chars >= MIN_INLINE_LINE_CHARS
            && matches!(line.class, Class::Number(_) | Class::Text | Class::Label)
        {
            inline_item_starts(&line)
        } else {
            Vec::new()
        };
        // (Asked only of the few lines with items run together.)
        if !cuts.is_empty() && is_bar_row(line.key) {
            cuts.clear();
        }
        if cuts.is_empty() {
            out.push(line);
            continue;
        }
        // "…1.加强学习;2.完善制度。责任领导:张三;责任单位:县发改局": labels after the
        // last run-in item's sentence are a line of their own (the tree gives a label
        // on the same line as the run-in items to their group).
        // (Not when an item before has labels of its own, "1.优化机构。协同部门:X。 2.推进
        // 改革。协同部门:Y": each item's labels follow it, the last's too.)
        let last = *cuts.last().unwrap_or(&0);
        let own_labels = || {
            let mut from = 0;
            cuts.iter().any(|&to| {
                let piece = &line.key[from..to];
                from = to;
                label::first_label(piece).is_some()
            })
        };
        let labels = label::first_label(&line.key[last..])
            .map(|at| last + at)
            .filter(|&at| line.key[..at].trim_end().ends_with(['。', ';']))
            .filter(|_| !own_labels());
        // "…。 以上工作牵头单位:X。责任单位:Y。 (三)…": a label that points at the items
        // above closes their group wherever it stands (held-out c10600, a page on one
        // line): a line of its own too.
        let mut pointing: Vec<usize> = label::find_labels(line.key)
            .into_iter()
            .filter_map(|l| {
                let before = &line.key[..l.label_start];
                let work = POINTED_WORK.suffix_of(before)?;
                let before = &before[..before.len() - work.len()];
                let pointer = ABOVE_POINTERS.suffix_of(before)?;
                let at = before.len() - pointer.len();
                line.key[..at]
                    .trim_end()
                    .ends_with(['。', ';'])
                    .then_some(at)
            })
            .collect();
        let mut all_cuts: Vec<usize> = cuts.into_iter().chain(labels).collect();
        if !pointing.is_empty() {
            all_cuts.append(&mut pointing);
            crate::sort::sort_by_key(&mut all_cuts, |&at| at);
        }
        let mut bounds = vec![0];
        for at in all_cuts.into_iter().chain([line.key.len()]) {
            if at > bounds[bounds.len() - 1] {
                bounds.push(at);
            }
        }
        out.extend(
            line.cut_at(&bounds)
                .into_iter()
                .filter(|p| !p.key.is_empty()),
        );
    }
    out
}

/// A table row between bars: at least two bars with text between them.
fn is_bar_row(key: &str) -> bool {
    // (Most lines have no bar: a memchr-backed search says so.)
    (key.contains('|') || key.contains('│')) && key.matches(['|', '│']).nth(1).is_some()
}

/// Where items start inside a line (byte offsets in its key, after the first item):
/// a number right after the end of a sentence, a bracket or a space, that goes on
/// with the numbering seen on the line ("(二)" after "(一)"), or, after a space (a page
/// whose line breaks became spaces), starts a level ("一、", "(一)", "1.").
fn inline_item_starts(line: &Line) -> Vec<usize> {
    let key = line.key;
    let b = key.as_bytes();
    let mut last: Vec<(Style, u32)> = Vec::new();
    if let Class::Number(n) = line.class {
        last.push((n.style, n.value));
    }
    // Numbers that may start an item: (byte, style, value, after a space or colon).
    let mut found = Vec::new();
    // Walked byte by byte: an item can only start right after a space, or after 。
    // ) 】 ; ! ?, all of which are recognised from their bytes without decoding.
    // A first part's 一、 right after a word ("…实施方案一、工作目标…": the page's title,
    // then its first part): where each starts, found by a substring search, as most
    // lines have none. (Only the first: a later numeral after a word goes on with no
    // list, see `goes_on`; not 十一、.)
    let first_part: Vec<usize> = key
        .match_indices("一、")
        .map(|(at, _)| at)
        .filter(|&at| {
            key[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c as u32 >= 0x4000 && c != '十' && c != '、')
        })
        .collect();
    let mut next_part = first_part.iter().peekable();
    let mut i = 0;
    while i < b.len() {
        let (sep_len, spaced) = match b[i] {
            b' ' => (1, true),
            // After a colon a first item opens a run-in list, as after a space
            // ("丽景花园二期:(1)…;(2)…").
            b':' => (1, true),
            b')' | b';' | b'!' | b'?' => (1, false),
            0xE3 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x82 | 0x91)) => {
                (3, false)
            }
            // The lead byte of a CJK ideograph (U+4000–U+FFFF): none of its three
            // bytes can start a separator. (Continuation bytes are below 0xC0, so
            // only a real lead byte is skipped this way.) A bracket or a digit right
            // after one may open a sub-item after a heading's short title, "二、重点任务
            // (一)建立…行动1.中医医院…" (see `after_title` below).
            0xE4..=0xEF => {
                i += 3;
                // (The parts' starts are passed in order as `i` goes on: one walk, asked
                // only at 一's lead byte.)
                let mut part = || {
                    while next_part.next_if(|&&at| at < i).is_some() {}
                    next_part.peek() == Some(&&i)
                };
                let after = b.get(i).copied();
                if matches!(after, Some(b'(' | b'0'..=b'9')) || (after == Some(0xE4) && part()) {
                    (0, false)
                } else {
                    continue;
                }
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let titled = sep_len == 0;
        let at = i + sep_len;
        i = at.max(i + usize::from(titled));
        if at >= b.len() || b[at] == b' ' {
            continue;
        }
        let rest = &key[at..];
        let Some(c) = rest.chars().next() else {
            continue;
        };
        if !numbering::starts_number(c) {
            continue;
        }
        let Some(n) = numbering::recognise(rest) else {
            continue;
        };
        // (Circled numbers only go on with a line that opens with one, right after a
        // semicolon: "①积极宣传…;②积极协调…;③负责党建…", a zone's list of its offices'
        // tasks. Run in after a colon inside a paragraph they are its points, and after
        // "。 " in a table's cell its notes: "①巩固扩展…。 ②落实…", c4900, c8008.)
        if !matches!(
            n.style,
            Style::CnComma
                | Style::CnParen
                | Style::ArabicDot
                | Style::ArabicComma
                | Style::ArabicParen
                | Style::Circled
        ) {
            continue;
        }
        // After a space, the char before the spaces must end a clause (not a digit,
        // nor a list's comma).
        let before = key[..at].trim_end_matches(' ').chars().next_back();
        // (After a closed bracket of who does an item, "…〕 二、压实…": the next heading
        // of a page whose line breaks were lost, whatever its value.)
        // (Or after a sentence's end and a space, "…年终对年度工作进行总结。 (七)严格目标
        // 考核。…": a line break lost where a page broke it, whatever its value.)
        let after_bracket = spaced
            && matches!(before, Some('〕' | ')' | '】' | '。'))
            && matches!(n.style, Style::CnComma | Style::CnParen);
        let spaced = spaced && before.is_some_and(|p| !p.is_ascii_digit() && p != ',' && p != '、');
        // (Right after a sentence's end, "…制订本方案。一、指导思想…": a page whose line
        // breaks were lost without spaces; a heading's number opens a list only when its
        // next number comes later on the line. Not "。1.出台政策。2.…": steps run in
        // inside a paragraph or a table's cell.)
        let after_stop = !spaced && matches!(before, Some('。' | ';' | '!' | '?'));
        let ended = after_stop && matches!(n.style, Style::CnComma | Style::CnParen);
        // ("…制定2023年重点工作任务如下。一、…": the list is announced; its second
        // number may be past the page's cut.)
        let announced = ended
            && key[..at]
                .trim_end_matches(['。', ':', ' '])
                .ends_with("如下");
        found.push((
            at,
            n.style,
            n.value,
            spaced,
            after_bracket,
            ended,
            announced,
            after_stop,
            titled,
        ));
    }
    // Whether the number of each candidate is followed, later on the line, by the next
    // number of its style (one backward pass).
    // (And whether a greater number of its style comes later, on a page that left
    // some items out: "…等)(二)提升…等)(五)…".)
    let mut later: HashSet<(Style, u32)> = HashSet::new();
    let mut greatest: Vec<(Style, u32)> = Vec::new();
    let mut followed = vec![false; found.len()];
    let mut greater_later = vec![false; found.len()];
    // (A number right after a title's char, which only a heading's first sub-item
    // may follow, is no sign that the one before it opens a list.)
    for (j, &(_, style, value, .., titled)) in found.iter().enumerate().rev() {
        followed[j] = later.contains(&(style, value + 1));
        if titled {
            continue;
        }
        later.insert((style, value));
        match greatest.iter_mut().find(|(s, _)| *s == style) {
            Some(g) => {
                greater_later[j] = g.1 > value;
                g.1 = g.1.max(value);
            }
            None => greatest.push((style, value)),
        }
    }
    let mut cuts: Vec<usize> = Vec::new();
    for (
        j,
        (
            &(at, style, value, spaced, after_bracket, ended, announced, after_stop, titled),
            followed,
        ),
    ) in found.iter().zip(followed).enumerate()
    {
        let continues = last.iter().any(|&(s, v)| s == style && value == v + 1);
        // A first item after a space: "1." — or, on a page that starts inside a
        // list ("[接上页] … (二十六)抓好… (二十七)做好…"), any number whose next one
        // comes later on the line.
        let first_of_style = !last.iter().any(|&(s, _)| s == style);
        // (Arabic steps after a sentence's end open a list only when the first closes
        // with a bracket of who does it, or says who first: "…困难人群。1、…。(市劳动和社
        // 会保障局负责,市国资委配合)2、…", "…展销活动。1、此项活动由X共同组织实施。2、…",
        // a page whose line breaks were lost.)
        let steps_with_brackets = || {
            let next = found.get(j + 1).map_or(key.len(), |f| f.0);
            let step = &key[at..next];
            closes_with_role_bracket(step) || first_clause_names_a_role(step)
        };
        // (Or right after a heading's closing bracket on a page whose line breaks were
        // lost: "(一)第一阶段(2021年5月10日前)1.按照…。2.全县…", its first step and a
        // second later on the line.)
        let after_heading_bracket = !spaced
            && key[..at].ends_with(')')
            && value == 1
            && first_of_style
            && followed
            && matches!(style, Style::ArabicDot | Style::ArabicComma);
        // (Or right after a bracket of who does the item before, on a page whose line
        // breaks were lost: "…(責任單位:縣工信商務局、各鄉鎮)(三)實施…(責任單位:…)(四)…",
        // held-out c10460; its next number later on the line.)
        // Steps too ("…(责任单位:区卫生健康局、区财政局等)2.政府举办…", held-out c10942),
        // and numbers that skip where the page left items out, as long as they rise.
        let rises = match last.iter().find(|&&(s, _)| s == style) {
            Some(&(_, v)) => value > v,
            None => followed || greater_later[j],
        };
        let after_role_bracket = || {
            !spaced
                && !titled
                && matches!(
                    style,
                    Style::CnComma | Style::CnParen | Style::ArabicDot | Style::ArabicComma
                )
                && rises
                && key[..at].ends_with(')')
                && closes_with_role_bracket(&key[..at])
        };
        // (Or right after the short title of the heading the line's piece opens with,
        // without a space or a stop: "二、重点任务(一)建立健全…行动1.中医医院…", a page
        // whose line breaks were lost; the first of a style set below the heading's,
        // its next number later on the line.)
        let after_title = || {
            if !(titled && value == 1 && first_of_style) {
                return false;
            }
            let from = cuts.last().copied().unwrap_or(0);
            let segment = &key[from..at];
            // (Counted up to one past the most: a bounded look.)
            // (A heading's title may have a comma, "一、指导企业规范用工,落实劳动权益保障
            // 责任(一)分类确定…", held-out c13670; no other mark of a sentence.)
            let short = |title: &str, most: usize| {
                title.chars().take(most + 1).count() <= most
                    && !title.contains(|c| c != ',' && TITLE_BREAKS.contains(&c))
            };
            match numbering::recognise(segment) {
                // Its next number later on the line, or the heading an item of its own
                // (cut from the line, or the line's own number): "…。二、工作步骤及完成
                // 时限(一)完善…" on a page cut before (二) (held-out c11148).
                Some(h) => {
                    let below = h
                        .style
                        .official_level()
                        .zip(style.official_level())
                        .is_some_and(|(h, n)| n > h);
                    let heading_is_item =
                        !cuts.is_empty() || matches!(line.class, Class::Number(_));
                    below
                        && (followed || heading_is_item)
                        && short(
                            &segment[byte_of_char(segment, h.chars)..],
                            MAX_RUN_TITLE_CHARS,
                        )
                }
                // "社会信用体系建设实施方案一、工作目标…": the page's title run into its first
                // part, a title of a plan at the line's start, the part's next number later
                // on the line.
                None => {
                    from == 0
                        && followed
                        && matches!(style, Style::CnComma | Style::Chapter)
                        && PLAN_IN_TITLE.ends(segment)
                        && short(segment, MAX_RUN_DOC_TITLE_CHARS)
                }
            }
        };
        // (Or right after a preamble's last words, its stop lost with the line break:
        // "…经省政府同意,现提出以下实施意见一、指导企业…", held-out c13670.)
        let after_preamble = || {
            titled
                && style == Style::CnComma
                && value == 1
                && first_of_style
                && cuts.is_empty()
                && closes_preamble(&key[..at])
        };
        let opens = after_heading_bracket
            || after_role_bracket()
            || after_title()
            || after_preamble()
            || (spaced && (value == 1 || (first_of_style && followed)))
            || (ended && first_of_style && ((value == 1 && announced) || followed))
            || (after_stop && value == 1 && first_of_style && followed && steps_with_brackets())
            || after_bracket;
        let circled_after_semicolon = style == Style::Circled && key[..at].ends_with(';');
        // (A Chinese numeral right after a title's char opens an item only after a
        // title: it goes on with no list, "推进一、二期工程" after "一、…".)
        let goes_on = continues && !(titled && style == Style::CnComma);
        if (goes_on && (style != Style::Circled || circled_after_semicolon))
            || (opens && style != Style::Circled)
        {
            cuts.push(at);
            match last.iter_mut().find(|(s, _)| *s == style) {
                Some(e) => e.1 = value,
                None => last.push((style, value)),
            }
        }
    }
    cuts
}

/// The most chars between a preamble's closing words and the kind of its document
/// ("以下" and "意见" in "现提出以下实施意见").
const MAX_KIND_QUALIFIER_CHARS: usize = 4;

/// Whether `before` ends a preamble: "…通知如下", or closing words ([`PREAMBLE_CLOSERS`])
/// and the kind of the document ([`DOCUMENT_NAME_ENDS`]), a few chars of qualifier
/// between ("现提出以下实施意见", "特制定本工作方案").
fn closes_preamble(before: &str) -> bool {
    if before.ends_with("如下") {
        return true;
    }
    let Some(kind) = DOCUMENT_NAME_ENDS.suffix_of(before) else {
        return false;
    };
    let head = &before[..before.len() - kind.len()];
    head.char_indices()
        .rev()
        .take(MAX_KIND_QUALIFIER_CHARS)
        .map(|(i, _)| i)
        .chain([head.len()])
        .any(|i| PREAMBLE_CLOSERS.ends(&head[..i]) || MAKING_THIS.ends(&head[..i]))
}

/// Whether the first clause of a step has a role verb: who does it, said first
/// ("1、此项活动由区商贸旅游局、长延堡街办共同组织实施。", "1、由X牵头,…").
fn first_clause_names_a_role(step: &str) -> bool {
    has_role_verb(&step[..step.find([',', '。', ';']).unwrap_or(step.len())])
}

/// Whether a text closes with a bracket of who does it: a role verb or a label inside
/// ("(市劳动和社会保障局负责,市国资委配合)").
fn closes_with_role_bracket(text: &str) -> bool {
    let t = text.trim_end_matches([' ', '。', ';']);
    let Some(inner) = t
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|open| &t[open + 1..]))
    else {
        return false;
    };
    has_role_verb(inner) || label::first_label(inner).is_some()
}

impl<'a> Line<'a> {
    /// The part of the line at bytes `a..b` of its key, in all its views, classified
    /// on its own.
    pub(crate) fn cut(&self, a: usize, b: usize) -> Line<'a> {
        let (ca, cb) = (self.key[..a].chars().count(), self.key[..b].chars().count());
        let (ta, tb) = (byte_of_char(self.text, ca), byte_of_char(self.text, cb));
        self.part(a, b, ta, tb)
    }

    /// The parts of the line between consecutive byte offsets of its key (`bounds`
    /// increasing), in all views, each classified on its own: one walk over the line,
    /// however many parts (a line of thousands of items run together stays linear).
    pub(crate) fn cut_at(&self, bounds: &[usize]) -> Vec<Line<'a>> {
        let Some(&first) = bounds.first() else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(bounds.len());
        let (mut a, mut ta) = (
            first,
            byte_of_char(self.text, self.key[..first].chars().count()),
        );
        for &b in &bounds[1..] {
            let chars = self.key[a..b].chars().count();
            let tb = ta + byte_of_char(&self.text[ta..], chars);
            out.push(self.part(a, b, ta, tb));
            (a, ta) = (b, tb);
        }
        out
    }

    /// The part at bytes `a..b` of the key and `ta..tb` of the display view (the same
    /// chars).
    fn part(&self, a: usize, b: usize, ta: usize, tb: usize) -> Line<'a> {
        let trim = |s: &'a str| s.trim_matches([' ', '\t']);
        let (text, folded, key) = (
            trim(&self.text[ta..tb]),
            trim(&self.folded[a..b]),
            trim(&self.key[a..b]),
        );
        Line {
            no: self.no,
            text,
            folded,
            key,
            chars: key.chars().count(),
            tab: key.contains('\t'),
            lead_tabs: 0,
            class: classify(key),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalise::split_lines;
    use super::*;

    /// A line is classified from its key alone.
    #[test]
    fn classes_are_those_of_the_key() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut text = String::from(
            "a｜b｜c\nｘ＠ｙ.cn\n 版權所有 \n© Ｃｏｐｙｒｉｇｈｔ\n首页 ＞ 新闻 ＞ x\n微信扫一扫\n公网安备\n二维码\n",
        );
        for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            text += &std::fs::read_to_string(e.path()).unwrap_or_default();
        }
        let mut buf = String::new();
        for l in split(&text, &mut buf) {
            let k = l.key();
            assert_eq!(l.class, classify(k), "{k:?}");
        }
        assert_eq!(
            split("a｜b｜c", &mut buf)[0].class,
            Class::Noise(noise::classify("a|b|c").unwrap())
        );
    }

    /// A three-byte char the scan skips reads the same in every view.
    #[test]
    fn skipped_3_byte_chars_are_unchanged() {
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let mut b = [0; 3];
            c.encode_utf8(&mut b);
            if !has_utf8(&SLOW_3_BYTE, b[0], b[1], b[2]) {
                assert_eq!(fold_display(c), c, "{c}");
                assert_eq!(to_simplified(fold_punct(c)), c, "{c}");
            }
        }
    }

    #[test]
    fn counts_lfs() {
        for s in ["", "\n", "a\r\nb", &"\n".repeat(600), &"ab\n".repeat(300)] {
            assert_eq!(count_lf(s.as_bytes()), s.matches('\n').count());
        }
    }

    #[test]
    fn lines_are_those_of_split_lines() {
        for input in [
            "",
            "\n",
            "\r",
            "\r\n",
            "\n\r",
            "\r\r\n",
            "a\r\nb\rc\n\nd\n",
            "a",
            "a\u{3000}\r\n ｂ\r",
            "x\u{1}\n\u{7F}\r\n區\n",
        ] {
            let mut buf = String::new();
            let lines = split(input, &mut buf);
            let raws: Vec<&str> = split_lines(input).collect();
            assert_eq!(lines.len(), raws.len(), "{input:?}");
            for (i, (l, raw)) in lines.iter().zip(&raws).enumerate() {
                let text: String = raw.chars().map(fold_display).collect();
                assert_eq!(l.no, i + 1);
                assert_eq!(l.text(), text.trim_matches([' ', '\t']), "{input:?}");
            }
        }
    }

    /// The class of a one-line input.
    fn class(raw: &str) -> Class {
        split(raw, &mut String::new())[0].class
    }

    #[test]
    fn views_are_aligned() {
        let mut buf = String::new();
        let lines = split(
            "\n\n\u{3000}（一）地區　２０２３年，牽頭單位：區財政局 ",
            &mut buf,
        );
        let l = &lines[2];
        assert_eq!(l.no, 3);
        assert_eq!(l.text(), "（一）地區 2023年，牽頭單位：區財政局");
        assert_eq!(l.folded(), "(一)地區 2023年,牽頭單位:區財政局");
        assert_eq!(l.key(), "(一)地区 2023年,牵头单位:区财政局");
        assert_eq!(l.text().chars().count(), l.folded().chars().count());
        assert_eq!(l.folded().len(), l.key().len());
        assert!(matches!(l.class, Class::Number(_)));
    }

    /// A line whose text opens with the first number of a lower style is cut there
    /// (held-out c6803); a number of the same level, or a date, is no such item.
    #[test]
    fn a_first_sub_item_on_its_parent_s_line() {
        let mut buf = String::new();
        let lines = split(
            "19、①禁养区养殖场关闭拆迁。
三、(一)加快发展
",
            &mut buf,
        );
        let keys: Vec<&str> = lines.iter().map(|l| l.key()).collect();
        assert_eq!(
            keys,
            [
                "19、",
                "①禁养区养殖场关闭拆迁。",
                "三、",
                "(一)加快发展",
                ""
            ]
        );
        let mut buf = String::new();
        for raw in ["1. 1、原创力文档网站", "1、1月份完成摸底", "一、(二)做好"]
        {
            assert_eq!(split(raw, &mut buf).len(), 1, "{raw}");
        }
    }

    #[test]
    fn one_scan_equals_three_folds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut raws: Vec<String> = [
            "\u{3000}\t（一）ａ·・，\u{200B}x\u{1}\u{7F}\u{FEFF}\u{FE59}區\u{2022} ",
            "\u{3000}",
            "",
            "é漢字\u{10FFFF}\u{1F600}",
            "\t a\tb é\t ",
            "\t\t",
        ]
        .map(String::from)
        .to_vec();
        for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                raws.extend(split_lines(&text).map(String::from));
            }
        }
        for raw in &raws {
            let text: String = raw.chars().map(fold_display).collect();
            let text = text.trim_matches([' ', '\t']);
            let folded: String = text.chars().map(fold_punct).collect();
            let key: String = folded.chars().map(to_simplified).collect();
            let mut buf = String::new();
            let lines = split(raw, &mut buf);
            let l = &lines[0];
            assert_eq!(lines.len(), 1);
            assert_eq!(l.text(), text, "{raw:?}");
            assert_eq!(l.folded(), folded, "{raw:?}");
            assert_eq!(l.key(), key, "{raw:?}");
            assert_eq!(l.chars(), key.chars().count(), "{raw:?}");
            assert_eq!(l.has_tab(), key.contains('\t'), "{raw:?}");
            // A view equal to the one before it is shared, not copied; only views
            // that differ from the input take room in the buffer.
            assert_eq!(
                std::ptr::eq(l.folded(), l.text()),
                folded == text,
                "{raw:?}"
            );
            assert_eq!(std::ptr::eq(l.key(), l.folded()), key == folded, "{raw:?}");
            let in_input = raw.as_bytes().as_ptr_range().contains(&l.text().as_ptr());
            if !text.is_empty() {
                assert_eq!(in_input, text == raw.trim_matches([' ', '\t']), "{raw:?}");
            }
            let copied = |v: &str, before: &str| if v == before { 0 } else { v.len() };
            let text_copied = if in_input { 0 } else { text.len() };
            assert_eq!(
                buf.len(),
                text_copied + copied(&folded, text) + copied(&key, &folded),
                "{raw:?}"
            );
        }
    }

    /// A viewer's page: a document cut into chunks of a few hundred chars, each
    /// opened by its number, one chunk cut inside a word ("市" + "2、住建局").
    #[test]
    fn viewer_chunks_are_one_text() {
        let body = "推进生活垃圾分类,完善回收利用体系,优化社区回收设施布局。".repeat(8);
        let text =
            format!("1、{body}市商务局,市\n2、住建局负责。(一)加强宣传{body}引导市民\n3、参与。\n");
        let mut buf = String::new();
        let lines = split(&text, &mut buf);
        let keys: Vec<(&str, usize)> = lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| (if l.key().len() > 40 { "long" } else { l.key() }, l.no))
            .collect();
        assert_eq!(keys, [("1、", 1), ("long", 1), ("2、", 2), ("3、", 3)]);
        let whole = &lines[1];
        assert!(whole.key().contains("市商务局,市住建局负责。(一)加强宣传"));
        assert!(whole.key().ends_with("引导市民参与。"));
        assert_eq!(whole.chars(), whole.text().chars().count());
        let marker = &lines[0];
        assert!(matches!(marker.class, Class::Noise(n) if n.reason == noise::VIEWER_CHUNK));
        // A chunk that opens with a number of the document: the cut fell on a line
        // break, kept as a space.
        let text = format!("1、{body}二、主要措施\n2、(一)加强领导。");
        let mut buf = String::new();
        let lines = split(&text, &mut buf);
        let keys: Vec<&str> = lines.iter().map(|l| l.key()).collect();
        assert!(keys.ends_with(&["(一)加强领导。", "2、"]), "{keys:?}");
        assert!(keys[keys.len() - 3].ends_with("二、主要措施"));
        // Items whose long paragraphs end their sentences are a list, not chunks; so
        // are short items, and long items closed by their own labels.
        for text in [
            format!("1、{body}\n2、{body}\n3、{body}"),
            format!("1、{body}牵头单位:市发改委\n2、{body}牵头单位:市财政局\n3、{body}"),
            "1、加强领导\n2、落实责任,市商务局\n3、市住建局负责".to_string(),
        ] {
            let mut buf = String::new();
            let lines = split(&text, &mut buf);
            assert_eq!(lines.len(), 3, "{text}");
            assert!(lines.iter().all(|l| matches!(l.class, Class::Number(_))));
        }
        // A chunk that closes with a label whose list is cut inside a name is one
        // all the same (held-out c11160: "…卫健局、文" + "2、体旅局、…").
        let text = format!(
            "1、{body}牵头单位:市住建局责任单位:市卫健局、文
2、体旅局、市民政局。{body}
"
        );
        let mut buf = String::new();
        let lines = split(&text, &mut buf);
        assert!(
            lines
                .iter()
                .any(|l| l.key().contains("市卫健局、文体旅局、市民政局")),
            "{:?}",
            lines.iter().map(|l| l.key()).collect::<Vec<_>>()
        );
    }

    /// Each line that is not blank, by its key, and whether it is furniture of `reason`.
    fn furniture_of<'a>(lines: &[Line<'a>], reason: &str) -> Vec<(&'a str, bool)> {
        lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| {
                let furniture = matches!(l.class, Class::Noise(n) if n.reason == reason);
                (l.key(), furniture)
            })
            .collect()
    }

    /// A forum's junk string before an item and on a line alone (held-out c5800).
    #[test]
    fn forum_junk_is_furniture() {
        let text = "一是成立指挥部。\n7 }7 g$ [9 a5 Q: J' x! r: w% F二是依法加大打击力度。\n( }% {( M- V! \\0 Y6 e1 F |\nPM 2.5 浓度下降。\n";
        let mut buf = String::new();
        let lines = split(text, &mut buf);
        let got = furniture_of(&lines, noise::JUNK);
        assert_eq!(
            got,
            [
                ("一是成立指挥部。", false),
                ("7 }7 g$ [9 a5 Q: J' x! r: w% F", true),
                ("二是依法加大打击力度。", false),
                ("( }% {( M- V! \\0 Y6 e1 F |", true),
                ("PM 2.5 浓度下降。", false),
            ]
        );
        assert!(matches!(lines[2].class, Class::Number(_)));
    }

    /// A sharing site's copy that wrote each line break as a Cyrillic "Р" (held-out
    /// c12370): the line is cut at each mark into the source's lines, the marks are
    /// furniture; a "Р" inside a Cyrillic word is a letter.
    #[test]
    fn paragraph_marks_of_a_sharing_site_break_lines() {
        let text =
            "维护多方利益。Р责任单位:各镇、农牧局Р(五)加大监督考核Р一是由督查室牵头。ПРИВЕТ\n";
        let mut buf = String::new();
        let lines = split(text, &mut buf);
        let got = furniture_of(&lines, noise::PARAGRAPH_MARK);
        assert_eq!(
            got,
            [
                ("维护多方利益。", false),
                ("Р", true),
                ("责任单位:各镇、农牧局", false),
                ("Р", true),
                ("(五)加大监督考核", false),
                ("Р", true),
                ("一是由督查室牵头。ПРИВЕТ", false),
            ]
        );
        assert!(lines.iter().filter(|l| !l.is_blank()).all(|l| l.no == 1));
        assert!(lines.iter().any(|l| matches!(l.class, Class::Number(_))));
    }

    /// Points run in one paragraph, "一是…。二是…;三是…", right under a heading's title
    /// alone are its items (held-out c11746); under an item's sentence they stay its text.
    #[test]
    fn run_in_ordinals_under_a_heading_alone_are_items() {
        let classes = |text: &str| -> Vec<(String, bool)> {
            let mut buf = String::new();
            split(text, &mut buf)
                .iter()
                .filter(|l| !l.is_blank())
                .map(|l| {
                    let ordinal = matches!(l.class, Class::Number(n) if n.style == Style::CnIs);
                    (l.key().to_string(), ordinal)
                })
                .collect()
        };
        let got = classes(
            "一、落实各项责任\n一是各镇街要落实负责制。二是成员单位要落实责任人;三是管护单位要落实责任人。\n",
        );
        let want = [
            ("一、落实各项责任", false),
            ("一是各镇街要落实负责制。", true),
            ("二是成员单位要落实责任人;", true),
            ("三是管护单位要落实责任人。", true),
        ];
        assert_eq!(got, want.map(|(k, o)| (k.to_string(), o)));
        // A comma may part the heading's title; a sharing site's paragraph mark between
        // the heading and its points is furniture (held-out c12370).
        let got = classes(
            "(五)加大监督考核,机制保障标准化生产Р一是由督查室牵头,林业局配合,成立督查组;二是由农牧局牵头,成立指导组。\n",
        );
        let ordinals: Vec<&str> = got
            .iter()
            .filter(|(_, o)| *o)
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(
            ordinals,
            [
                "一是由督查室牵头,林业局配合,成立督查组;",
                "二是由农牧局牵头,成立指导组。"
            ]
        );
        // After a heading with a sentence of its own, the points are its text.
        let got = classes("一、落实责任。\n一是落实负责制。二是落实责任人。\n");
        assert_eq!(got.len(), 2);
        assert!(!got[1].1);
    }

    /// Wide spaces a copy showed as question marks before an item's number (held-out
    /// c11400): junk before the number, which numbers the item; a question mark before
    /// letters or digits is the line's own.
    #[test]
    fn question_marks_for_wide_spaces_before_a_number() {
        let text = "???(一)第一检查督导组;
? (二)第二检查督导组;
?A级景区
";
        let mut buf = String::new();
        let lines = split(text, &mut buf);
        let got: Vec<(&str, bool)> = lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| (l.key(), matches!(l.class, Class::Number(_))))
            .collect();
        assert_eq!(
            got,
            [
                ("???", false),
                ("(一)第一检查督导组;", true),
                ("?", false),
                ("(二)第二检查督导组;", true),
                ("?A级景区", false),
            ]
        );
    }

    #[test]
    fn classes() {
        assert_eq!(class(" \u{3000}\t"), Class::Blank);
        assert_eq!(class("责任单位:区财政局"), Class::Label);
        assert_eq!(class("目标任务:优化教育布局"), Class::Text);
        assert!(matches!(class("朗读"), Class::Noise(_)));
    }

    fn classes_of(text: &str) -> Vec<&'static str> {
        split(text, &mut String::new())
            .iter()
            .map(|l| match l.class {
                Class::Number(n) if n.style == Style::CnIs => "ordinal",
                Class::Number(_) => "number",
                Class::Text => "text",
                _ => "other",
            })
            .collect()
    }

    /// 一是… numbers paragraphs only where it is the first numbering and its list goes
    /// on at a later line's start, and not in a news report.
    #[test]
    fn ordinal_items() {
        // A 街道's 工作思路 (c1409): the only numbering.
        let plan = "2021年,重点抓好以下几个方面工作:\n一是落实管党治党责任。\n二是强化政务保障。";
        assert_eq!(classes_of(plan), ["text", "ordinal", "ordinal"]);
        // Over (一)…(二), then 二是 (c437).
        let over = "一是推进产业强镇。\n(一)中药材项目\n(二)西瓜项目\n二是推进党的建设。";
        assert_eq!(classes_of(over), ["ordinal", "number", "number", "ordinal"]);
        // Points of an item's text, after "1.": text.
        let inside = "1.加强招商。\n一是外出招商。\n二是跟进项目。";
        assert_eq!(classes_of(inside), ["number", "text", "text"]);
        // The items of a heading alone, a title and no sentence (c9306).
        let under = "(一)实施产业强镇工程\n一是外出招商。\n二是跟进项目。\n(二)实施乡村振兴工程\n一是发展特色种植。";
        assert_eq!(
            classes_of(under),
            ["number", "ordinal", "ordinal", "number", "text"]
        );
        // A heading's title with its stop (held-out c12790).
        let stop = "(一)加强家庭保护。\n一是强化家庭教育指导。\n二是加大就业帮扶力度。";
        assert_eq!(classes_of(stop), ["number", "ordinal", "ordinal"]);
        // Run together in one paragraph (c2111): text.
        assert_eq!(classes_of("一是外出招商。二是跟进项目。"), ["text"]);
        // A news report's paragraphs (c1017): text.
        let news = "本报讯 近日,某局建立整改制度。\n一是建立责任制度。\n二是建立督办制度。";
        assert_eq!(classes_of(news), ["text", "text", "text"]);
        // Or one that opens "日前," (c10665); not a deadline's "日前" inside a line.
        let news = "日前,县农水局牵头编制了实施方案。\n一是明确责任。\n二是拟定目标。";
        assert_eq!(classes_of(news), ["text", "text", "text"]);
        // (Or a sentence of its first paragraph does, c12408.)
        let news =
            "节水是基础工作。日前,县农水局牵头编制了实施方案。\n一是明确责任。\n二是拟定目标。";
        assert_eq!(classes_of(news), ["text", "text", "text"]);
        let plan = "5月31日前,各村完成排查。\n一是明确责任。\n二是拟定目标。";
        assert_eq!(classes_of(plan), ["text", "ordinal", "ordinal"]);
    }

    fn keys_of(text: &str) -> Vec<String> {
        split(text, &mut String::new())
            .iter()
            .map(|l| l.key().to_string())
            .collect()
    }

    /// A page whose line breaks became spaces, copied from the middle of a document
    /// (c2803, a law site's page 3): its first numbers are not 1, but each is followed
    /// by the next of its style on the line.
    #[test]
    fn items_run_together_from_the_middle_of_a_list() {
        let page =
            "[接上页] 五、坚持协调发展,推进和谐社会建设 (二十六)抓好科技教育工作。(州科技局牵头) \
                    (二十七)做好两基复验准备工作。(州教育局负责) (二十八)加快文化事业发展。";
        let keys = keys_of(page);
        assert_eq!(keys.len(), 4, "{keys:?}");
        assert!(keys[1].starts_with("(二十六)抓好"));
        assert!(keys[3].starts_with("(二十八)加快"));
        // A heading after a closed bracket of who does the item before it (c3102): "〔…〕
        // 二、…" on a label's line.
        let labels = "〔牵头单位:县政府办公室、县司法局;责任单位:县政府各部门〕 二、压实法治政府建设第一责任人职责";
        let keys = keys_of(labels);
        assert_eq!(keys.len(), 2, "{keys:?}");
        assert!(keys[1].starts_with("二、压实"));
        // A heading after a sentence's end and a space, whatever its value (c4201, a
        // law site's page 4).
        let page = "每半年召开一次情况通报会,年终对年度工作进行总结。 (七)严格目标考核。领导小组具体负责考核验收。";
        let keys = keys_of(page);
        assert_eq!(keys.len(), 2, "{keys:?}");
        assert!(keys[1].starts_with("(七)严格"));
        // A number alone, whose next does not follow on the line, opens no item.
        let text = "全年计划完成投资额的 (二十六)个重点项目进展顺利,其中部分项目提前完成了全年投资计划的目标任务。";
        assert_eq!(keys_of(text).len(), 1);
    }

    /// A page whose line breaks were lost without spaces (c1808, c2411): a heading's
    /// number right after a sentence's end opens the list when its next number comes
    /// later on the line (or, a first number, when 如下 announces it); steps run in
    /// inside a paragraph or a cell ("。1.出台政策。2.…", c2706) and a number whose next
    /// does not follow stay text.
    #[test]
    fn headings_right_after_a_sentence_end() {
        let page = "制订本方案。一、指导思想以保护大气环境质量为目标。二、目标任务全县秸秆禁烧。三、组织领导";
        assert_eq!(
            keys_of(page),
            [
                "制订本方案。",
                "一、指导思想以保护大气环境质量为目标。",
                "二、目标任务全县秸秆禁烧。",
                "三、组织领导"
            ]
        );
        let parts = "力争实现五星级村级党组织到达百分之五十以上。(一)坚持以党建为统领,为基层建设聚力增效。(二)坚持服务科创城建设";
        assert_eq!(keys_of(parts).len(), 3);
        // A list announced ("…任务如下。一、…") opens though the page is cut before its
        // second number (c3309).
        let announced =
            "结合我市实际,制定2023年重点工作任务如下。一、提升科技创新能力。推动科技成果转化。";
        assert_eq!(keys_of(announced).len(), 2);
        for text in [
            "继续落实国家现行中职学校免学费资助政策。1.出台政策,宣传发动。2.信息审核统计汇总、核拨春季学期资金。",
            "项目分两期建设,总投资三亿元。一、二期工程均已开工建设,预计年底前全部完工投入使用。",
        ] {
            assert_eq!(keys_of(text).len(), 1, "{text}");
        }
        // A page that starts inside a list: a heading right after a sentence's end whose
        // next number follows on the line, whatever its value (held-out c5101).
        let page = "增强国防观念和防空意识。(二)加强领导,密切配合。各有关部门要密切配合。(三)广泛宣传,确保安全。";
        assert_eq!(keys_of(page).len(), 3);
        // Arabic steps that each close with a bracket of who does it (held-out c4902).
        let steps = "覆盖所有困难人群。1、将未参保的退休人员纳入城镇职工医保。(市劳动和社会保障局负责,市国资委配合)2、在校大学生纳入城镇居民医保。(市劳动和社会保障局负责,市财政局配合)";
        let keys = keys_of(steps);
        assert_eq!(keys.len(), 3, "{keys:?}");
        assert!(keys[2].starts_with("2、在校"));
    }

    /// A page whose line breaks and the stops before them were lost (held-out c13670):
    /// its first part right after the preamble's last words ("…现提出以下实施意见一、…"),
    /// and a sub-item right after a heading's title with a comma in it.
    #[test]
    fn first_part_right_after_a_preamble() {
        let page = "结合我省实际,经省政府同意,现提出以下实施意见一、指导企业规范用工,落实劳动权益保障责任(一)分类确定企业与劳动者的权利义务指导企业与劳动者订立劳动合同";
        assert_eq!(
            keys_of(page),
            [
                "结合我省实际,经省政府同意,现提出以下实施意见",
                "一、指导企业规范用工,落实劳动权益保障责任",
                "(一)分类确定企业与劳动者的权利义务指导企业与劳动者订立劳动合同"
            ]
        );
        let plan = "为做好冬季保供工作,特制定本工作方案一、组织领导成立工作专班,统筹推进冬季保供各项工作。";
        assert_eq!(keys_of(plan).len(), 2);
        // Not a numeral inside the preamble's text, nor one after other words.
        for text in [
            "经研究,现提出以下意见一、二期工程合并实施,统一招标,由县住建局负责组织。",
            "各地要认真学习省政府印发的实施意见一、二批次试点经验,结合实际抓好落实。",
        ] {
            assert_eq!(keys_of(text).len(), 1, "{text}");
        }
    }
}

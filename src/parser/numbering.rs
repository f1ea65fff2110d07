//! Stage 3: the number at the start of a line (一、 (一) 1. 1、 (1) 1) ① ⑴ ⒈ 第一条 1.1).
//!
//! Works on the recognition key of a trimmed line (full-width punctuation folded), so
//! "（一）" and "(一)", "1．" and "1." are the same style. Only the start of a line is
//! looked at: enumerations inside a sentence (一是…二是…, …(1)…(2)…) are never numbers.

// Marks written between a number and its separator ("1*.", "2★、"): the marks of a
// lead unit.
use super::text::is_ideograph;
use super::words::LEAD_SIGNS as NUMBER_MARKS;

/// A numbering style. Levels are not fixed per style: the tree stage ranks styles by
/// their first appearance in each document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// 一、
    CnComma,
    /// (一)
    CnParen,
    /// 1.
    ArabicDot,
    /// 1、
    ArabicComma,
    /// (1)
    ArabicParen,
    /// 1)
    ArabicHalfParen,
    /// ①
    Circled,
    /// ⑴
    ParenCircled,
    /// ⒈
    DotCircled,
    /// 第一条
    Article,
    /// 第1号 (a proposal's or a motion's number in a list of 建议/提案 handed to units)
    Docket,
    /// 第一章
    Chapter,
    /// 第一部分
    Part,
    /// 第一阶段 (a stage of a campaign, with its dates and work: "第一阶段:全面动员,梳理分
    /// 析(8月初—8月10日)")
    Stage,
    /// 1.1 (2 parts), 1.1.1 (3 parts), ...
    Decimal(u8),
    /// A bare number in a table's 序号 column.
    Bare,
    /// 一是 (ordinal words at a paragraph's start, as some plans number their items;
    /// the line stage keeps them as numbers only where they are the text's first
    /// numbering, see `lines::ordinal_items`).
    CnIs,
}

impl Style {
    /// Where official documents set the style in their order of headings (GB/T 9704:
    /// 一、 above (一) above 1. above (1), parts and chapters above them all): smaller
    /// is higher. None for styles with no set place (articles, bare table numbers).
    pub fn official_level(self) -> Option<u8> {
        match self {
            Style::Part => Some(0),
            Style::Chapter => Some(1),
            Style::CnComma => Some(2),
            Style::CnParen => Some(3),
            Style::ArabicDot | Style::ArabicComma | Style::Decimal(_) => Some(4),
            Style::ArabicParen | Style::ArabicHalfParen => Some(5),
            Style::Circled | Style::ParenCircled | Style::DotCircled => Some(6),
            Style::Article | Style::Docket | Style::Bare | Style::CnIs | Style::Stage => None,
        }
    }

    /// Whether the style numbers headings of parts, not items: parts, chapters, 一、 and
    /// (一) (the four highest of [`Style::official_level`]). A table row numbered so is
    /// a category of the rows below it.
    pub fn is_heading(self) -> bool {
        matches!(
            self,
            Style::Part | Style::Chapter | Style::CnComma | Style::CnParen
        )
    }
}

/// A recognised number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbering {
    pub style: Style,
    pub value: u32,
    /// Chars taken by the number itself (what is shown as the number).
    pub chars: usize,
    /// Chars to skip before the item text (the number plus following spaces).
    pub skip: usize,
}

const MAX_VALUE: u32 = 999;
const MAX_DECIMAL_PARTS: u8 = 6;

/// Recognises a number at the start of `key` (a trimmed recognition key).
pub fn recognise(key: &str) -> Option<Numbering> {
    // Most lines start with a char no number starts with: decide on it before
    // decoding the first chars.
    if !starts_number(key.chars().next()?) {
        return None;
    }
    let chars = &mut ['\0'; 24];
    let len = head_chars(key, chars);
    numbering_in(&chars[..len])
}

/// The number at the start of `chars` (the first chars of a line, decoded), with the
/// separator and spaces after it.
fn numbering_in(chars: &[char]) -> Option<Numbering> {
    let (style, value, mut n) = number_at(chars)?;
    // A second separator is sometimes typed after a bracketed number: "(一)、".
    if matches!(style, Style::CnParen | Style::ArabicParen) && matches!(chars.get(n), Some('、')) {
        n += 1;
    }
    let mut skip = n;
    while matches!(chars.get(skip), Some(' ' | '\t')) {
        skip += 1;
    }
    Some(Numbering {
        style,
        value,
        chars: n,
        skip,
    })
}

/// Decodes the first chars of `key` into `buf` (at most its length), up to and
/// including the first char that no number is made of and the one after it: the
/// patterns below stop at that char (looking one further only to tell a word from a
/// measure: "01 项目" from "3 项"), so the rest of the line is not decoded.
/// Returns how many chars were decoded.
fn head_chars(key: &str, buf: &mut [char]) -> usize {
    let mut len = 0;
    let mut stopped = false;
    for (slot, c) in buf.iter_mut().zip(key.chars()) {
        *slot = c;
        len += 1;
        if stopped {
            break;
        }
        if !in_number(c) {
            stopped = true;
        }
    }
    len
}

/// The chars that a number, its brackets, separators, marks and spaces are made of.
fn in_number(c: char) -> bool {
    starts_number(c)
        || NUMBER_MARKS.contains(&c)
        || matches!(
            c,
            ')' | '.' | '。' | '、' | ' ' | '\t' | '条' | '章' | '部' | '分' | '十' | '百'
        )
}

/// Whether [`number_at`] may find a number starting with `c`.
pub fn starts_number(c: char) -> bool {
    matches!(c, '①'..='⑳' | '㉑'..='㉟' | '⑴'..='⒇' | '⒈'..='⒛' | '㈠'..='㈩' | '(' | '第' | '0'..='9')
        || is_cn_digit(c)
}

fn number_at(c: &[char]) -> Option<(Style, u32, usize)> {
    let first = *c.first()?;
    match first {
        '①'..='⑳' => Some((Style::Circled, first as u32 - '①' as u32 + 1, 1)),
        '㉑'..='㉟' => Some((Style::Circled, first as u32 - '㉑' as u32 + 21, 1)),
        '⑴'..='⒇' => Some((Style::ParenCircled, first as u32 - '⑴' as u32 + 1, 1)),
        '⒈'..='⒛' => Some((Style::DotCircled, first as u32 - '⒈' as u32 + 1, 1)),
        // "㈠" is "(一)" in one char.
        '㈠'..='㈩' => Some((Style::CnParen, first as u32 - '㈠' as u32 + 1, 1)),
        '(' => paren(c),
        '第' => ordinal(c),
        '0'..='9' => arabic(c),
        _ if is_cn_digit(first) => cn_comma(c),
        _ => None,
    }
}

/// "(一)", "( 一 )", "(1)".
fn paren(c: &[char]) -> Option<(Style, u32, usize)> {
    let mut i = skip_spaces(c, 1);
    let (style, value, next) = if c.get(i).is_some_and(|d| d.is_ascii_digit()) {
        let (v, n) = digits(c, i)?;
        (Style::ArabicParen, v, n)
    } else {
        let (v, n) = cn_number(c, i)?;
        (Style::CnParen, v, n)
    };
    i = skip_spaces(c, next);
    (c.get(i) == Some(&')')).then_some((style, value, i + 1))
}

/// "第一条", "第1条", "第一章", "第一部分".
fn ordinal(c: &[char]) -> Option<(Style, u32, usize)> {
    let i = skip_spaces(c, 1);
    let (value, next) = if c.get(i).is_some_and(|d| d.is_ascii_digit()) {
        digits(c, i)?
    } else {
        cn_number(c, i)?
    };
    let i = skip_spaces(c, next);
    match (c.get(i), c.get(i + 1)) {
        (Some('条'), _) => Some((Style::Article, value, i + 1)),
        // "第1号“关于…的建议”": a proposal's number, in digits and followed by its
        // title (not "第1号令", "第1号文件", nor a 公告's "第四号" on its own line).
        (Some('号'), Some(&next))
            if c.get(1).is_some_and(char::is_ascii_digit)
                && !matches!(next, '令' | '文' | '公' | '通') =>
        {
            Some((Style::Docket, value, i + 1))
        }
        (Some('章'), _) => Some((Style::Chapter, value, i + 1)),
        (Some('部'), Some('分')) => Some((Style::Part, value, i + 2)),
        (Some('阶'), Some('段')) => Some((Style::Stage, value, i + 2)),
        _ => None,
    }
}

/// "1.", "1、", "1)", "1.1", "1 .", but not "2023年", "1.2万", "10:25".
fn arabic(c: &[char]) -> Option<(Style, u32, usize)> {
    let (value, mut i) = digits(c, 0)?;
    // (Where the first number ends, at its dot if it has parts.)
    let first_end = i;
    // "1.2009年底前,完成…": an item's number, then a year (four digits and 年), not
    // 1.2009.
    let year_after_dot = c.get(i) == Some(&'.')
        && c.get(i + 1..i + 6).is_some_and(|y| {
            y[..4].iter().all(char::is_ascii_digit) && y[4] == '年' && matches!(y[0], '1' | '2')
        });
    if year_after_dot {
        return Some((Style::ArabicDot, value, i + 1));
    }
    let mut parts = 1u8;
    let mut last = value;
    // Decimal: 1.1, 1.1.1
    while c.get(i) == Some(&'.') && c.get(i + 1).is_some_and(|d| d.is_ascii_digit()) {
        let (v, n) = digits(c, i + 1)?;
        parts = parts.saturating_add(1);
        last = v;
        i = n;
    }
    // "5.10月底之前完成…": an item's number, then a date (a month), not 5.10.
    if parts == 2 && c.get(i) == Some(&'月') && (1..=12).contains(&last) {
        return Some((Style::ArabicDot, value, first_end + 1));
    }
    if parts > 1 {
        if parts > MAX_DECIMAL_PARTS {
            return None;
        }
        // "1.2万人" is a quantity, not a number.
        match c.get(i) {
            Some('.' | '、' | ' ' | '\t') => {
                let n = if c[i] == '.' || c[i] == '、' {
                    i + 1
                } else {
                    i
                };
                return Some((Style::Decimal(parts), last, n));
            }
            Some(&ch) if is_ideograph(ch) && !is_quantity_word(ch) => {
                return Some((Style::Decimal(parts), last, i));
            }
            None => return Some((Style::Decimal(parts), last, i)),
            _ => return None,
        }
    }
    let j = skip_spaces(c, i);
    // "1*.", "2★、": a mark between the number and its separator (a key or new item).
    if c.get(j).is_some_and(|m| NUMBER_MARKS.contains(m)) {
        let k = skip_spaces(c, j + 1);
        return match c.get(k) {
            Some('.') if !c.get(k + 1).is_some_and(|d| d.is_ascii_digit()) => {
                Some((Style::ArabicDot, value, k + 1))
            }
            Some('、') => Some((Style::ArabicComma, value, k + 1)),
            _ => None,
        };
    }
    match c.get(j) {
        Some('.') if !c.get(j + 1).is_some_and(|d| d.is_ascii_digit()) => {
            Some((Style::ArabicDot, value, j + 1))
        }
        Some('、') => Some((Style::ArabicComma, value, j + 1)),
        Some(')') => Some((Style::ArabicHalfParen, value, j + 1)),
        // "1。" where "1." was meant (a full stop typed for the dot): same style.
        Some('。') if j == i && value <= 99 => Some((Style::ArabicDot, value, j + 1)),
        // "1 实施10条…": a number and a space before the text, as a 序号 column is
        // copied without its table; not a quantity ("3 个", "5 月").
        Some(&next)
            if j > i
                && i <= 2
                && value <= 99
                && is_ideograph(next)
                && (!is_counted(next) || opens_a_word(&c[j..])) =>
        {
            Some((Style::Bare, value, i))
        }
        _ => None,
    }
}

/// The value of a Chinese number written alone ("一", "十二"), as a 序号 cell of a
/// table's category row gives it.
pub fn cn_value(key: &str) -> Option<u32> {
    let c: Vec<char> = key.chars().take(4).collect();
    if key.chars().nth(4).is_some() {
        return None;
    }
    let (value, n) = cn_number(&c, 0)?;
    (n == c.len()).then_some(value)
}

/// "一、", "十一、", "一.": a Chinese number directly followed by a separator. Not
/// numbers listed one after another ("二、三、四季度分别完成…", held-out c10464's
/// cell): the next is one too.
fn cn_comma(c: &[char]) -> Option<(Style, u32, usize)> {
    let (value, n) = cn_number(c, 0)?;
    let j = skip_spaces(c, n);
    let listed = || cn_number(c, j + 1).is_some_and(|(_, m)| c.get(m) == Some(&'、'));
    match c.get(j) {
        Some('、') if listed() => None,
        Some('、') => Some((Style::CnComma, value, j + 1)),
        Some('.') if j == n => Some((Style::CnComma, value, j + 1)),
        // "一,、加强组织领导": a comma a copy put before the 、 (held-out c13930).
        Some(',') if j == n && c.get(j + 1) == Some(&'、') => Some((Style::CnComma, value, j + 2)),
        _ => None,
    }
}

/// The ordinal words at the start of `key` (a trimmed recognition key) that some
/// plans number their paragraphs with: "一是…", "二是,…" (not "一是否"). Asked for
/// apart from [`recognise`]: whether they number items depends on the numbering
/// around them (the line stage decides), and inside a cell or a sentence they never do.
pub fn recognise_ordinal(key: &str) -> Option<Numbering> {
    if !key.chars().next().is_some_and(is_cn_digit) {
        return None;
    }
    // The number, 是 and the char after it: the first few chars.
    let mut buf = ['\0'; 8];
    let len = buf
        .iter_mut()
        .zip(key.chars())
        .map(|(slot, c)| *slot = c)
        .count();
    let c = &buf[..len];
    let (value, n) = cn_number(c, 0)?;
    if c.get(n) != Some(&'是') || value > 20 {
        return None;
    }
    let chars = match c.get(n + 1) {
        Some(',' | ':') => n + 2,
        Some(&t) if is_ideograph(t) && t != '否' => n + 1,
        _ => return None,
    };
    Some(Numbering {
        style: Style::CnIs,
        value,
        chars,
        skip: chars,
    })
}

fn skip_spaces(c: &[char], mut i: usize) -> usize {
    while matches!(c.get(i), Some(' ')) {
        i += 1;
    }
    i
}

/// 1 to 3 ASCII digits, value 1..=999.
fn digits(c: &[char], start: usize) -> Option<(u32, usize)> {
    let mut i = start;
    let mut v = 0u32;
    while let Some(d) = c.get(i).and_then(|d| d.to_digit(10)) {
        if i - start == 3 {
            return None;
        }
        v = v * 10 + d;
        i += 1;
    }
    (i > start && (1..=MAX_VALUE).contains(&v)).then_some((v, i))
}

fn is_cn_digit(c: char) -> bool {
    cn_digit(c).is_some() || c == '十' || c == '百'
}

/// The value of one Chinese digit 〇/零 to 九 (and 两 for 2).
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// A Chinese number of up to 6 chars: 一, 十, 十一, 二十, 二十一, 一百零一.
pub fn cn_number(c: &[char], start: usize) -> Option<(u32, usize)> {
    let mut total = 0u32;
    let mut cur: Option<u32> = None;
    let mut i = start;
    while i < c.len() && i - start < 6 {
        let ch = c[i];
        if let Some(d) = cn_digit(ch) {
            if cur.is_some() && d != 0 {
                return None;
            }
            cur = Some(d);
        } else if ch == '十' {
            total += cur.unwrap_or(1).max(1) * 10;
            cur = None;
        } else if ch == '百' {
            total += cur.unwrap_or(1).max(1) * 100;
            cur = None;
        } else {
            break;
        }
        i += 1;
    }
    total += cur.unwrap_or(0);
    (i > start && (1..=MAX_VALUE).contains(&total)).then_some((total, i))
}

/// Words that open with a char a number may count ([`is_counted`]) but count nothing:
/// "01 项目名称:…", "2 家庭医生签约…" are items.
const WORDS_OF_COUNTED_CHARS: &[[char; 2]] = &[
    ['项', '目'],
    ['条', '例'],
    ['家', '庭'],
    ['名', '单'],
    ['处', '理'],
    ['户', '籍'],
    ['座', '谈'],
    ['周', '边'],
    ['日', '常'],
    ['批', '准'],
];

/// Whether `c` opens with one of [`WORDS_OF_COUNTED_CHARS`].
fn opens_a_word(c: &[char]) -> bool {
    WORDS_OF_COUNTED_CHARS.iter().any(|w| c.starts_with(w))
}

/// What a number before a space may count ("3 个", "5 月"), so it is no item number.
fn is_counted(c: char) -> bool {
    is_quantity_word(c)
        || matches!(
            c,
            '年' | '月'
                | '日'
                | '号'
                | '季'
                | '周'
                | '天'
                | '项'
                | '件'
                | '条'
                | '家'
                | '所'
                | '座'
                | '户'
                | '次'
                | '名'
                | '位'
                | '批'
                | '处'
                | '套'
                | '台'
                | '辆'
                | '间'
                | '期'
                | '级'
                | '类'
                | '大'
                | '小'
                | '分'
                | '时'
                | '点'
                | '岁'
                | '层'
                | '栋'
                | '张'
                | '本'
        )
}

fn is_quantity_word(c: char) -> bool {
    matches!(
        c,
        '万' | '亿' | '千' | '百' | '倍' | '元' | '个' | '米' | '吨' | '亩' | '人' | '公' | '平'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Option<(Style, u32, usize)> {
        recognise(s).map(|n| (n.style, n.value, n.chars))
    }

    /// The headings' styles are the highest four of the official order.
    #[test]
    fn heading_styles() {
        for key in [
            "第一部分 x",
            "第一章 x",
            "一、x",
            "(一)x",
            "1.x",
            "(1)x",
            "①x",
            "第一条 x",
        ] {
            let style = recognise(key).expect(key).style;
            let top = style.official_level().is_some_and(|l| l <= 3);
            assert_eq!(style.is_heading(), top, "{key}");
        }
        assert!(recognise("一、x").is_some_and(|n| n.style.is_heading()));
        assert!(!recognise("1.x").is_some_and(|n| n.style.is_heading()));
    }

    #[test]
    fn styles() {
        assert_eq!(r("一、中心工作"), Some((Style::CnComma, 1, 2)));
        assert_eq!(r("二、三、四季度分别完成9%"), None);
        assert_eq!(r("二、三季度工作安排"), Some((Style::CnComma, 2, 2)));
        assert_eq!(r("十一、x"), Some((Style::CnComma, 11, 3)));
        assert_eq!(r("二十五 、x"), Some((Style::CnComma, 25, 5)));
        assert_eq!(r("(一)x"), Some((Style::CnParen, 1, 3)));
        assert_eq!(r("㈠大力发展商贸业"), Some((Style::CnParen, 1, 1)));
        assert_eq!(r("㈩x"), Some((Style::CnParen, 10, 1)));
        assert_eq!(r("( 十一 ) x"), Some((Style::CnParen, 11, 6)));
        assert_eq!(r("(二十五)x"), Some((Style::CnParen, 25, 5)));
        assert_eq!(r("1.x"), Some((Style::ArabicDot, 1, 2)));
        // A number, then a month (held-out c7600): item 5, not 5.10.
        assert_eq!(r("5.10月底之前完成"), Some((Style::ArabicDot, 5, 2)));
        assert_eq!(r("12.3月份完成"), Some((Style::ArabicDot, 12, 3)));
        assert_eq!(r("5.13月"), Some((Style::Decimal(2), 13, 4)));
        // An item's number, then a year (held-out c10101).
        assert_eq!(r("2.2009年底前,完成"), Some((Style::ArabicDot, 2, 2)));
        assert_eq!(r("1.2009万元"), None);
        assert_eq!(r("12 . x"), Some((Style::ArabicDot, 12, 4)));
        assert_eq!(r("1、x"), Some((Style::ArabicComma, 1, 2)));
        // A mark between the number and its separator (a 广州 黄埔 action plan).
        assert_eq!(r("1* .x"), Some((Style::ArabicDot, 1, 4)));
        assert_eq!(r("12★、x"), Some((Style::ArabicComma, 12, 4)));
        assert_eq!(r("3*x"), None);
        assert_eq!(r("(3)x"), Some((Style::ArabicParen, 3, 3)));
        assert_eq!(r("3)x"), Some((Style::ArabicHalfParen, 3, 2)));
        assert_eq!(r("③x"), Some((Style::Circled, 3, 1)));
        assert_eq!(r("⑶x"), Some((Style::ParenCircled, 3, 1)));
        assert_eq!(r("⒊x"), Some((Style::DotCircled, 3, 1)));
        assert_eq!(r("第十二条 x"), Some((Style::Article, 12, 4)));
        assert_eq!(r("第二阶段:集中会战"), Some((Style::Stage, 2, 4)));
        // A comma a copy put before the 、 (held-out c13930); not a comma alone.
        assert_eq!(r("一,、加强组织领导"), Some((Style::CnComma, 1, 3)));
        assert_eq!(r("一,加强组织领导"), None);
        assert_eq!(r("第1号“关于…的建议”"), Some((Style::Docket, 1, 3)));
        assert_eq!(r("第1号令"), None);
        assert_eq!(r("第四号"), None);
        assert_eq!(r("第1号"), None);
        assert_eq!(r("第一部分 x"), Some((Style::Part, 1, 4)));
        assert_eq!(r("1.2 x"), Some((Style::Decimal(2), 2, 3)));
        assert_eq!(r("2.3.4推进"), Some((Style::Decimal(3), 4, 5)));
        // A full stop typed for the dot (seen in a 天津 web page).
        assert_eq!(r("1。 在x"), Some((Style::ArabicDot, 1, 2)));
        assert_eq!(r("2023。x"), None);
        // A number and a space, as a 序号 column copied without its table.
        assert_eq!(r("1 实施10条城市断头路畅通工程"), Some((Style::Bare, 1, 1)));
        assert_eq!(r("3 个项目"), None);
        assert_eq!(r("3 项工作"), None);
        assert_eq!(cn_value("一"), Some(1));
        assert_eq!(cn_value("十二"), Some(12));
        assert_eq!(cn_value("一是"), None);
        // A word that opens with a counting char counts nothing (held-out c5003).
        assert_eq!(r("01 项目名称:提升县域生态环境"), Some((Style::Bare, 1, 2)));
        assert_eq!(r("2024 年"), None);
    }

    /// `recognise` with the 24 first chars decoded, as before `head_chars`.
    fn recognise_full(key: &str) -> Option<Numbering> {
        let mut buf = ['\0'; 24];
        let mut len = 0;
        for (slot, c) in buf.iter_mut().zip(key.chars()) {
            *slot = c;
            len += 1;
        }
        numbering_in(&buf[..len])
    }

    #[test]
    fn head_decoding_changes_nothing() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut keys: Vec<String> = Vec::new();
        for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                let mut buf = String::new();
                let lines = super::super::lines::split(&text, &mut buf);
                keys.extend(lines.iter().map(|l| l.key().to_string()));
            }
        }
        let parts = [
            "(", ")", "1", "12", "1234", ".", "、", " ", "\t", "第", "条", "章", "部", "分", "一",
            "十", "百", "零", "两", "①", "⑴", "⒈", "㉑", "万", "年", "x", "推进",
        ];
        // Every sequence of up to four parts.
        let mut seqs: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = seqs
                .iter()
                .flat_map(|s| parts.iter().map(move |p| format!("{s}{p}")))
                .collect();
            keys.extend(longer.iter().cloned());
            seqs = longer;
        }
        keys.push(format!("({}一){}", " ".repeat(30), "x"));
        keys.push(format!("1{}.x", " ".repeat(30)));
        for k in &keys {
            assert_eq!(recognise(k), recognise_full(k), "{k:?}");
        }
    }

    #[test]
    fn skip_counts_spaces() {
        let n = recognise("1.  地区").unwrap();
        assert_eq!((n.chars, n.skip), (2, 4));
        let n = recognise("(一)、x").unwrap();
        assert_eq!(n.chars, 4);
    }

    /// "一是…" is asked for on its own: never by [`recognise`] (see `not_numbers`).
    #[test]
    fn ordinals() {
        let o = |s: &str| recognise_ordinal(s).map(|n| (n.style, n.value, n.chars));
        assert_eq!(o("一是进一步落实管党治党责任"), Some((Style::CnIs, 1, 2)));
        assert_eq!(o("十二是,加强"), Some((Style::CnIs, 12, 4)));
        assert_eq!(o("二是:加强"), Some((Style::CnIs, 2, 3)));
        for s in [
            "一是否",
            "一是",
            "一是2023年",
            "是加强",
            "一、加强",
            "二十一是x",
        ] {
            assert_eq!(o(s), None, "{s}");
        }
    }

    #[test]
    fn not_numbers() {
        for s in [
            "一是加强",
            "2023年",
            "1.2万人",
            "10:25",
            "(2023年底前完成)",
            "一见·",
            "一般公共",
            "第一观察",
            "(此件公开发布)",
            "2018-02-04",
            "1234.x",
            "0.x",
            "十",
            "(一",
            "第三轮",
        ] {
            assert_eq!(r(s), None, "{s}");
        }
    }
}

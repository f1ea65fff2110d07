//! Automatic numbering, as Word shows it (ECMA-376 part 1, §17.9).
//!
//! A paragraph is numbered by a numbering instance (`w:num`, §17.9.15) that points to
//! an abstract numbering definition (`w:abstractNum`, §17.9.1) of nine levels
//! (`w:lvl`, §17.9.6). The rules kept here, each tested below:
//!
//! - counters belong to the abstract definition: two instances of one definition
//!   continue one list (§17.9.15); an instance that overrides a level's start
//!   (`w:lvlOverride/w:startOverride`, §17.9.8, §17.9.27) is a list of its own, whose
//!   overridden levels begin at that value; a level redefined in an override
//!   (`w:lvlOverride/w:lvl`) replaces the definition's for that instance;
//! - a level's first number is its `w:start` (§17.9.25; 0 when absent), each use adds
//!   one, and using a level restarts the levels below it, unless a level's
//!   `w:lvlRestart` (§17.9.10) says after which level it restarts (0: never);
//! - the number is `w:lvlText` (§17.9.11) with `%1`…`%9` replaced by the current
//!   number of that level in that level's own format (`w:numFmt`, §17.9.17), or in
//!   decimal when the level is legal numbering (`w:isLgl`, §17.9.4); a level never
//!   used yet shows its start;
//! - after the number comes `w:suff` (§17.9.28: a tab by default, a space, or nothing);
//! - a definition may take its levels from a numbering style (`w:numStyleLink`,
//!   §17.9.21), whose `numPr` names the instance that holds them (`w:styleLink`);
//! - a level hidden with `w:vanish` in its run properties shows no number, and bullets
//!   (`w:numFmt="bullet"`) are not numbers: neither is written into the text.

use std::collections::HashMap;

use super::styles::Styles;
use super::xml::{self, Node};
use super::DocxError;

/// What follows a number (§17.18.92 ST_LevelSuffix).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Suffix {
    #[default]
    Tab,
    Space,
    Nothing,
}

/// One level of a list definition.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Level {
    pub start: Option<u32>,
    pub format: String,
    /// `None`: no `lvlText` element (no number shown); `Some("")` likewise.
    pub text: Option<String>,
    pub restart: Option<u32>,
    pub suffix: Suffix,
    pub legal: bool,
    pub style: Option<String>,
    pub hidden: bool,
}

impl Level {
    fn start(&self) -> u32 {
        self.start.unwrap_or(0)
    }
}

#[derive(Debug, Clone, Default)]
struct Abstract {
    levels: [Option<Level>; 9],
    num_style_link: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Override {
    start: Option<u32>,
    level: Option<Level>,
}

#[derive(Debug, Clone, Default)]
struct Instance {
    abstract_id: String,
    overrides: [Option<Override>; 9],
}

/// Which counters a paragraph advances.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ListKey {
    Abstract(String),
    Instance(String),
}

/// The list definitions of a document, and the counters as the document is read.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, Abstract>,
    instances: HashMap<String, Instance>,
    /// Per list, the current number of each level (`None`: not used since its restart).
    counters: HashMap<ListKey, [Option<u32>; 9]>,
}

/// A rendered number and what follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub suffix: Suffix,
}

impl Label {
    /// The number as it goes into the text: the gap Word shows after it (a tab stop or
    /// a space) becomes one space where the number ends in a letter, digit or ideograph
    /// that would run into the text ("第一条 总则", "1 实施"), and nothing after
    /// punctuation or an enclosed number ("一、", "（一）", "1.", "①"), so that the line
    /// reads as typed and a tab never makes it look like a table row.
    pub fn with_gap(&self) -> String {
        let runs_on = |c: char| {
            c.is_ascii_alphanumeric()
                || ('\u{4E00}'..='\u{9FFF}').contains(&c)
                || ('\u{FF10}'..='\u{FF5A}').contains(&c)
                || c == '〇'
        };
        let gap = self.suffix != Suffix::Nothing && self.text.chars().last().is_some_and(runs_on);
        if gap {
            format!("{} ", self.text)
        } else {
            self.text.clone()
        }
    }
}

fn level_index(e: &quick_xml::events::BytesStart<'_>) -> Option<usize> {
    xml::number(e, "ilvl")
        .map(|n| n as usize)
        .filter(|&n| n < 9)
}

impl Numbering {
    pub fn parse(xml_text: &str) -> Result<Self, DocxError> {
        let mut numbering = Numbering::default();
        // Where we are: the definition or instance open, the override open, the level open.
        let mut abstract_open: Option<(String, Abstract)> = None;
        let mut instance_open: Option<(String, Instance)> = None;
        let mut override_open: Option<(usize, Override)> = None;
        let mut level_open: Option<(usize, Level)> = None;
        let mut in_rpr = false;
        let mut stack: Vec<String> = Vec::new();
        xml::walk(xml_text, |node| match node {
            Node::Open(e) => {
                let name = xml::name(&e).to_owned();
                match name.as_str() {
                    "abstractNum" => {
                        abstract_open = Some((
                            xml::attr(&e, "abstractNumId").unwrap_or_default(),
                            Abstract::default(),
                        ))
                    }
                    "num" => {
                        instance_open = Some((
                            xml::attr(&e, "numId").unwrap_or_default(),
                            Instance::default(),
                        ))
                    }
                    "lvlOverride" => {
                        override_open = level_index(&e).map(|i| (i, Override::default()))
                    }
                    "lvl" => {
                        level_open = level_index(&e).map(|i| {
                            (
                                i,
                                Level {
                                    format: "decimal".into(),
                                    ..Level::default()
                                },
                            )
                        })
                    }
                    "rPr" => in_rpr = true,
                    _ => {}
                }
                if let Some((_, level)) = level_open.as_mut() {
                    match name.as_str() {
                        "start" => level.start = xml::number(&e, "val"),
                        // Word 2010 writes a custom format (`w:val="custom"`) in an
                        // mc:Choice with a standard one in the mc:Fallback: the latter
                        // is read.
                        "numFmt" => match xml::attr(&e, "val") {
                            Some(v) if v != "custom" => level.format = v,
                            _ => {}
                        },
                        "lvlText" => level.text = Some(xml::attr(&e, "val").unwrap_or_default()),
                        "lvlRestart" => level.restart = xml::number(&e, "val"),
                        "suff" => {
                            level.suffix = match xml::attr(&e, "val").as_deref() {
                                Some("space") => Suffix::Space,
                                Some("nothing") => Suffix::Nothing,
                                _ => Suffix::Tab,
                            }
                        }
                        "isLgl" => level.legal = xml::is_on(&e),
                        "pStyle" => level.style = xml::attr(&e, "val"),
                        "vanish" if in_rpr => level.hidden = xml::is_on(&e),
                        _ => {}
                    }
                } else if let Some((_, over)) = override_open.as_mut() {
                    if name == "startOverride" {
                        over.start = xml::number(&e, "val");
                    }
                } else if let Some((_, inst)) = instance_open.as_mut() {
                    if name == "abstractNumId" {
                        inst.abstract_id = xml::attr(&e, "val").unwrap_or_default();
                    }
                } else if let Some((_, abs)) = abstract_open.as_mut() {
                    if name == "numStyleLink" {
                        abs.num_style_link = xml::attr(&e, "val");
                    }
                }
                stack.push(name);
            }
            Node::Close => match stack.pop().as_deref() {
                Some("rPr") => in_rpr = false,
                Some("lvl") => {
                    if let Some((i, level)) = level_open.take() {
                        if let Some((_, over)) = override_open.as_mut() {
                            over.level = Some(level);
                        } else if let Some((_, abs)) = abstract_open.as_mut() {
                            abs.levels[i] = Some(level);
                        }
                    }
                }
                Some("lvlOverride") => {
                    if let (Some((i, over)), Some((_, inst))) =
                        (override_open.take(), instance_open.as_mut())
                    {
                        inst.overrides[i] = Some(over);
                    }
                }
                Some("num") => {
                    if let Some((id, inst)) = instance_open.take() {
                        numbering.instances.insert(id, inst);
                    }
                }
                Some("abstractNum") => {
                    if let Some((id, abs)) = abstract_open.take() {
                        numbering.abstracts.insert(id, abs);
                    }
                }
                _ => {}
            },
            Node::Text(_) => {}
        })?;
        Ok(numbering)
    }

    /// The abstract definition that holds the levels of instance `num_id`, following a
    /// numbering style link (at most a few hops: a loop in a damaged file ends).
    fn definition(&self, num_id: &str, styles: &Styles) -> Option<(&str, &Abstract)> {
        let mut abstract_id = self.instances.get(num_id)?.abstract_id.as_str();
        for _ in 0..4 {
            let (key, abs) = self.abstracts.get_key_value(abstract_id)?;
            let Some(link) = abs.num_style_link.as_deref() else {
                return Some((key.as_str(), abs));
            };
            let (num, _) = styles.numbering(link);
            let linked = num.num_id.and_then(|id| self.instances.get(&id))?;
            abstract_id = linked.abstract_id.as_str();
        }
        None
    }

    /// The level of `num_id` whose `pStyle` is one of `styles_chain` (a paragraph style
    /// linked to a list level, §17.9.23), for a paragraph numbered through its style.
    pub fn level_of_style(&self, num_id: &str, chain: &[&str], styles: &Styles) -> Option<u8> {
        let (_, abs) = self.definition(num_id, styles)?;
        chain
            .iter()
            .find_map(|style| {
                abs.levels.iter().position(|l| {
                    l.as_ref()
                        .and_then(|l| l.style.as_deref())
                        .is_some_and(|s| s == *style)
                })
            })
            .map(|i| i as u8)
    }

    /// Advances the counters for a paragraph of list `num_id` at level `ilvl` and returns
    /// its number, or `None` when the paragraph shows none (`numId` 0, an unknown list,
    /// a bullet, an empty or hidden level).
    pub fn next(&mut self, num_id: &str, ilvl: u8, styles: &Styles) -> Option<Label> {
        if num_id == "0" {
            return None;
        }
        let instance = self.instances.get(num_id)?;
        let (abstract_id, abs) = self.definition(num_id, styles)?;
        let levels: [Option<Level>; 9] = std::array::from_fn(|i| {
            match instance.overrides[i].as_ref().and_then(|o| o.level.clone()) {
                Some(level) => Some(level),
                None => abs.levels[i].clone(),
            }
        });
        let starts: [u32; 9] = std::array::from_fn(|i| {
            instance.overrides[i]
                .as_ref()
                .and_then(|o| o.start)
                .or_else(|| levels[i].as_ref().map(Level::start))
                .unwrap_or(0)
        });
        let own_list = instance
            .overrides
            .iter()
            .flatten()
            .any(|o| o.start.is_some());
        let key = if own_list {
            ListKey::Instance(num_id.to_owned())
        } else {
            ListKey::Abstract(abstract_id.to_owned())
        };
        let i = usize::from(ilvl.min(8));
        let level = levels[i].clone()?;
        let counters = self.counters.entry(key).or_insert([None; 9]);
        counters[i] = Some(counters[i].map_or(starts[i], |n| n.saturating_add(1)));
        for (below, counter) in counters.iter_mut().enumerate().skip(i + 1) {
            let restarts_after = levels[below]
                .as_ref()
                .and_then(|l| l.restart)
                .unwrap_or(below as u32);
            // lvlRestart is one-based: restart when a level above that one is used.
            if (i as u32) < restarts_after {
                *counter = None;
            }
        }
        if level.format == "bullet" || level.hidden {
            return None;
        }
        let template = level.text.as_deref().unwrap_or_default();
        let mut text = String::new();
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            let digit = chars.peek().and_then(|d| d.to_digit(10));
            match (c, digit) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    let at = d as usize - 1;
                    let value = counters[at].unwrap_or(starts[at]);
                    let format = if level.legal {
                        "decimal"
                    } else {
                        levels[at].as_ref().map_or("decimal", |l| l.format.as_str())
                    };
                    text.push_str(&format_number(value, format));
                }
                _ => text.push(c),
            }
        }
        if text.is_empty() {
            return None;
        }
        Some(Label {
            text,
            suffix: level.suffix,
        })
    }
}

const LOWER_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const COUNTING_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/// A number in one of the formats of §17.18.59 ST_NumberFormat. Formats not listed,
/// and numbers past a format's range (①…⑳), are written in decimal, as Word does.
pub fn format_number(n: u32, format: &str) -> String {
    let in_range = |max: u32| (1..=max).contains(&n);
    let offset = |base: u32| char::from_u32(base + n - 1).map(String::from);
    let shown = match format {
        "none" | "bullet" => Some(String::new()),
        "decimalZero" => Some(format!("{n:02}")),
        "decimalFullWidth" | "decimalFullWidth2" => Some(
            n.to_string()
                .chars()
                .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c))
                .collect(),
        ),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if in_range(20) => offset(0x2460),
        "decimalEnclosedParen" if in_range(20) => offset(0x2474),
        "decimalEnclosedParen" => Some(format!("({n})")),
        "decimalEnclosedFullstop" if in_range(20) => offset(0x2488),
        "decimalEnclosedFullstop" => Some(format!("{n}.")),
        "upperRoman" if n > 0 => Some(roman(n)),
        "lowerRoman" if n > 0 => Some(roman(n).to_lowercase()),
        "upperLetter" if n > 0 => Some(letters(n, b'A')),
        "lowerLetter" if n > 0 => Some(letters(n, b'a')),
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => {
            Some(chinese(n, &COUNTING_DIGITS, ['十', '百', '千'], true))
        }
        "chineseLegalSimplified" => Some(chinese(n, &LEGAL_DIGITS, ['拾', '佰', '仟'], false)),
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => Some(
            n.to_string()
                .bytes()
                .map(|b| LOWER_DIGITS[usize::from(b - b'0')])
                .collect(),
        ),
        "ideographTraditional" if in_range(10) => Some(
            ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'][n as usize - 1].into(),
        ),
        "ideographZodiac" if in_range(12) => Some(
            [
                '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥',
            ][n as usize - 1]
                .into(),
        ),
        _ => None,
    };
    shown.unwrap_or_else(|| n.to_string())
}

fn roman(mut n: u32) -> String {
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in PARTS {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// A, B, … Z, AA, BB, … (the letter repeated, as §17.18.59 shows).
fn letters(n: u32, first: u8) -> String {
    let letter = char::from(first + ((n - 1) % 26) as u8);
    std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect()
}

/// Chinese counting: 一 … 十 (or 一十 in the legal form), 十一, 二十, 一百零一, 一千零一十,
/// 一万零二 …
fn chinese(n: u32, digits: &[char; 10], units: [char; 3], ten_alone: bool) -> String {
    if n == 0 {
        return digits[0].to_string();
    }
    let mut out = String::new();
    let high = n / 10_000;
    let low = n % 10_000;
    if high > 0 {
        out.push_str(&chinese(high, digits, units, ten_alone));
        out.push('万');
        if low > 0 && low < 1000 {
            out.push(digits[0]);
        }
        if low > 0 {
            group(low, digits, units, false, &mut out);
        }
    } else {
        group(low, digits, units, ten_alone, &mut out);
    }
    out
}

/// One group of four digits (1–9999).
fn group(n: u32, digits: &[char; 10], units: [char; 3], ten_alone: bool, out: &mut String) {
    let places = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut started = false;
    let mut zero = false;
    for (i, &d) in places.iter().enumerate() {
        let place = 3 - i;
        if d == 0 {
            zero |= started;
            continue;
        }
        if zero {
            out.push(digits[0]);
            zero = false;
        }
        // 十, 十一 … rather than 一十: only when the number starts with its tens.
        if !(place == 1 && d == 1 && !started && ten_alone) {
            out.push(digits[d as usize]);
        }
        if place > 0 {
            out.push(units[place - 1]);
        }
        started = true;
    }
}

//! One .docx per seed document (tests/fixtures/000–004, and 007, a table copied from
//! Word), made as Word makes it: every heading and item number that a list can give is
//! left out of the text and given by automatic numbering instead (一、 （一） 1. （1）,
//! levels restarting), tab-separated lines become a Word table. The reader's text of that
//! file must parse to exactly the seed's outline.

use crate::docx_support::*;
use crate::parser_support::fixture;
use duban::parser::{json::to_json, parse};

const CN: &str = "一二三四五六七八九十";

/// The number a line starts with: (level, number text, the text after it).
fn leading_number(line: &str) -> Option<(usize, &str, &str)> {
    let chinese = |s: &str| -> usize {
        s.char_indices()
            .take_while(|(_, c)| CN.contains(*c))
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let bracket = |s: &str| -> Option<(usize, &'static str)> {
        for (open, close) in [("（", "）"), ("(", ")")] {
            if s.starts_with(open) {
                return Some((open.len(), close));
            }
        }
        None
    };
    let n = chinese(line);
    if n > 0 && line[n..].starts_with('、') {
        let end = n + '、'.len_utf8();
        return Some((0, &line[..end], &line[end..]));
    }
    if let Some((open, close)) = bracket(line) {
        let inner = &line[open..];
        let n = chinese(inner).max(digits(inner));
        if n > 0 && inner[n..].starts_with(close) {
            let level = if inner.as_bytes()[0].is_ascii_digit() {
                3
            } else {
                1
            };
            let end = open + n + close.len();
            return Some((level, &line[..end], &line[end..]));
        }
    }
    let n = digits(line);
    if n > 0 {
        for punct in ['.', '．', '、'] {
            if let Some(rest) = line[n..].strip_prefix(punct) {
                if !rest.starts_with(|c: char| c.is_ascii_digit()) {
                    let end = n + punct.len_utf8();
                    return Some((2, &line[..end], rest));
                }
            }
        }
    }
    None
}

/// The seed as a .docx, and how many of its paragraphs have automatic numbers.
fn seed_docx(text: &str) -> (Vec<u8>, usize) {
    // The level texts of this document, taken from the first number of each level
    // ("（%2）" or "(%2)" …); a number written otherwise stays typed.
    let mut templates: [Option<String>; 4] = Default::default();
    let formats = ["chineseCounting", "chineseCounting", "decimal", "decimal"];
    let mut counters = [0u32; 4];
    let mut body = String::new();
    let mut numbered = 0;
    let mut table_rows = String::new();
    for line in text.lines() {
        if line.contains('\t') {
            table_rows.push_str(&tr(&line.split('\t').collect::<Vec<_>>()));
            continue;
        }
        if !table_rows.is_empty() {
            body.push_str(&table(&std::mem::take(&mut table_rows)));
        }
        // Indentation typed before a number is not part of it: Word indents a list.
        let auto = leading_number(line.trim_start()).and_then(|(level, number, rest)| {
            let value = counters[level] + 1;
            let shown = duban::docx::numbering::format_number(value, formats[level]);
            let template = number.replacen(&shown, &format!("%{}", level + 1), 1);
            let fits =
                number.contains(&shown) && templates[level].as_ref().is_none_or(|t| *t == template);
            fits.then(|| {
                templates[level] = Some(template);
                counters[level] = value;
                counters[level + 1..].fill(0);
                (level, rest)
            })
        });
        match auto {
            Some((level, rest)) => {
                numbered += 1;
                body.push_str(&np(1, level as u32, rest));
            }
            None => body.push_str(&p(line)),
        }
    }
    if !table_rows.is_empty() {
        body.push_str(&table(&table_rows));
    }
    let levels: String = templates
        .iter()
        .enumerate()
        .map(|(i, t)| lvl(i as u32, formats[i], t.as_deref().unwrap_or("%1")))
        .collect();
    let numbering = [abstract_num(0, &levels), num(1, 0)].concat();
    (docx(&body, &numbering, ""), numbered)
}

fn check_seed(prefix: &str, min_numbered: usize) {
    let seed = fixture(prefix);
    let (file, numbered) = seed_docx(&seed);
    assert!(
        numbered >= min_numbered,
        "{prefix}: only {numbered} automatic numbers"
    );
    let text = duban::docx::docx_text(&file).expect("the seed's .docx reads");
    assert_eq!(
        to_json(&parse(&text)),
        to_json(&parse(&seed)),
        "{prefix}: the .docx parses otherwise than the seed"
    );
}

#[test]
fn seed_000_as_docx() {
    check_seed("000_", 25);
}

#[test]
fn seed_001_as_docx() {
    check_seed("001_", 45);
}

#[test]
fn seed_002_as_docx() {
    check_seed("002_", 20);
}

#[test]
fn seed_003_as_docx() {
    check_seed("003_", 50);
}

#[test]
fn seed_004_as_docx() {
    check_seed("004_", 90);
}

#[test]
fn word_table_fixture_as_docx() {
    check_seed("007_", 0);
}

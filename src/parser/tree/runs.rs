//! Units' duties run together on one line: a page whose line breaks were lost gives
//! "…纳入不良行为记录管理. 区安监局:负责综合监督…" and "(三)部门相关监管责任 区建设局:
//! 负责…", where the source had one paragraph per unit ("区安监局:负责…") and the
//! heading on a line of its own. Each unit's entry is cut onto a line of its own
//! before the tree is built, so that the tree reads it as it reads such paragraphs.
//!
//! A cut is made only where a unit's name and its colon open an entry
//! ([`resp::duty_opening`] with a colon, or a full stop before 负责: "区卫计局、区旅游
//! 局:负责…", "县环保局。负责…"), right after the end of a sentence or a colon (spaces
//! between allowed), or after the short title of a numbered heading and a space. A label ("责任单位:…") is never cut off this way: labels
//! after a sentence are the item's own (the tree reads them where they are).

use crate::parser::label;
use crate::parser::lines::{cut_lines, Class, Line};
use crate::parser::resp;

/// The shortest line looked at: a sentence, then a unit's name, its colon and a duty.
const MIN_RUN_LINE_CHARS: usize = 20;

/// The longest title of a numbered heading that a unit's entry may follow after a
/// space ("(三)部门相关监管责任 区建设局:负责…").
const MAX_HEADING_TITLE_CHARS: usize = 16;

/// The longest marker in square brackets that opens a page's line ("[接上页]").
const MAX_MARKER_CHARS: usize = 6;

/// Chars that end a sentence, after which a unit's entry may start (and the colon
/// that announces the entries: "各组成单位及其职责如下:县环保局。负责…").
const SENTENCE_ENDS: [char; 6] = ['。', '.', ';', '!', '?', ':'];

/// Lines cut where a unit's entry of duties starts inside them; other lines are
/// passed on as they are.
pub fn cut_duty_runs(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    cut_lines(lines, entry_starts)
}

/// Where units' entries start inside a line (byte offsets in its key, never 0).
fn entry_starts(line: &Line) -> Vec<usize> {
    let key = line.key();
    // (A row of a table pasted from Word or a web page has its cells between tabs: a
    // cell "泉山学校:完成主体施工" is no unit's entry run in.)
    if line.chars() < MIN_RUN_LINE_CHARS
        || line.has_tab()
        || !matches!(line.class, Class::Text | Class::Number(_))
        // (A memchr-backed search first: an entry needs its colon, or a duty verb after
        // a full stop or a comma.)
        || !(key.contains(':') || key.contains("负责"))
    {
        return Vec::new();
    }
    let mut cuts = Vec::new();
    if let Class::Number(n) = line.class {
        // "(三)部门相关监管责任 区建设局:负责…": the heading's title, a space, an entry.
        let title_start = key.char_indices().nth(n.skip).map_or(key.len(), |(i, _)| i);
        let title = &key[title_start..];
        if let Some(space) = title
            .char_indices()
            .take(MAX_HEADING_TITLE_CHARS + 1)
            .find(|&(_, c)| c == ' ' || is_punct(c))
            .filter(|&(i, c)| c == ' ' && i > 0)
            .map(|(i, _)| title_start + i)
        {
            let at = space + key[space..].len() - key[space..].trim_start().len();
            if opens_entry(&key[at..]) {
                cuts.push(at);
            }
        }
    }
    // "[接上页] 交通部门,负责…": a page's marker in square brackets opens the line.
    if let Some(rest) = key.strip_prefix(['[', '【']) {
        if let Some((close, c)) = rest
            .char_indices()
            .take(MAX_MARKER_CHARS + 1)
            .find(|&(_, c)| c == ']' || c == '】')
        {
            let after = key.len() - rest.len() + close + c.len_utf8();
            let at = after + key[after..].len() - key[after..].trim_start_matches(' ').len();
            if opens_entry(&key[at..]) {
                cuts.push(at);
            }
        }
    }
    // Inside a bracket ("(责任单位:…;配合单位:…)") no entry starts. Walked byte by byte:
    // the sentence ends and brackets are ASCII or three bytes led by E2 or E3, and the
    // lead byte of any other three-byte char skips it whole.
    let b = key.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let (c, len) = match b[i] {
            b'(' | b'[' => (OPEN, 1),
            b')' | b']' => (CLOSE, 1),
            b'.' | b';' | b'!' | b'?' | b':' => (char::from(b[i]), 1),
            0xE2 | 0xE3 if b.get(i + 1) == Some(&0x80) => match (b[i], b.get(i + 2)) {
                (0xE3, Some(0x82)) => ('。', 3),
                (0xE3, Some(0x90 | 0x94)) | (0xE2, Some(0x9C)) => (OPEN, 3),
                (0xE3, Some(0x91 | 0x95)) | (0xE2, Some(0x9D)) => (CLOSE, 3),
                _ => (OTHER, 3),
            },
            0xE4..=0xEF => (OTHER, 3),
            _ => (OTHER, 1),
        };
        let at_char = i;
        i += len;
        match c {
            OPEN => depth += 1,
            CLOSE => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 || !SENTENCE_ENDS.contains(&c) {
            continue;
        }
        // (A label's colon, "牵头领导:王仁洲 责任单位:…", is followed by its value.)
        if c == ':' && label::label_before(key, at_char).is_some_and(|(_, f)| f.is_responsibility())
        {
            continue;
        }
        let after = i;
        let at = after + key[after..].len() - key[after..].trim_start_matches(' ').len();
        if at < key.len() && cuts.last().is_none_or(|&l| l < at) && opens_entry(&key[at..]) {
            cuts.push(at);
        }
    }
    cuts
}

/// Stand-ins for the bytes the walk in [`entry_starts`] tells apart (no sentence end is
/// one of them).
const OPEN: char = '\u{1}';
const CLOSE: char = '\u{2}';
const OTHER: char = '\u{3}';

/// Whether `rest` opens with a unit's name and its colon, then its duties.
fn opens_entry(rest: &str) -> bool {
    !rest.starts_with(['(', '[', '【', '〔', '“'])
        && !label::starts_with_label(rest)
        && resp::duty_opening(rest).is_some_and(|(start, end, verb)| {
            // (A name has no space: "王仁洲 责任单位:" is a value and the next label.)
            start == 0 && verb == ":" && !rest[..end].contains(' ')
        })
}

/// Punctuation that ends a heading's title before any space: a title with it is a
/// sentence, not a short title.
fn is_punct(c: char) -> bool {
    matches!(c, ',' | '。' | ';' | ':' | '、' | '(' | ')')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::lines::split;

    fn cut(text: &str) -> Vec<String> {
        let mut buf = String::new();
        cut_duty_runs(split(text, &mut buf))
            .iter()
            .map(|l| l.text().to_string())
            .collect()
    }

    /// A page of c3109 (a district's 瓶改管 plan): each unit's entry on a line of
    /// its own, the heading's title apart from the first entry.
    #[test]
    fn cuts_units_entries_run_together() {
        assert_eq!(
            cut("(三)部门相关监管责任 区建设局:负责组织管道天然气经营企业梳理制定简便安装流程;"),
            [
                "(三)部门相关监管责任",
                "区建设局:负责组织管道天然气经营企业梳理制定简便安装流程;"
            ]
        );
        assert_eq!(
            cut("负责督促各瓶装液化石油气经营企业禁止供应钢瓶. 区安监局:负责综合监督和协调工作,督促有关部门履行职责;"),
            [
                "负责督促各瓶装液化石油气经营企业禁止供应钢瓶.",
                "区安监局:负责综合监督和协调工作,督促有关部门履行职责;"
            ]
        );
        assert_eq!(
            cut("依法进行查处. 区卫计局、区旅游局、区教育局:负责指导督促直属卫生医疗机构落实安全生产主体责任"),
            ["依法进行查处.", "区卫计局、区旅游局、区教育局:负责指导督促直属卫生医疗机构落实安全生产主体责任"]
        );
    }

    /// A page of c4201 (a 盟's plan, its line breaks lost): "X部门,负责…" entries, a
    /// comma after the unit's name.
    #[test]
    fn cuts_entries_whose_name_a_comma_closes() {
        assert_eq!(
            cut("[接上页] 交通部门,负责通村公路和道路建设。"),
            ["[接上页]", "交通部门,负责通村公路和道路建设。"]
        );
        assert_eq!(
            cut("交通部门,负责通村公路和道路建设。 教育部门,负责试点嘎查村义务教育。 水利部门,负责指导防洪、排涝、抗旱工作。"),
            [
                "交通部门,负责通村公路和道路建设。",
                "教育部门,负责试点嘎查村义务教育。",
                "水利部门,负责指导防洪、排涝、抗旱工作。"
            ]
        );
    }

    /// A label after a sentence stays where it is; so do a colon that no unit's name
    /// opens, a decimal point and a heading's title that is a sentence.
    #[test]
    fn leaves_labels_and_other_colons() {
        for line in [
            "1.加强宣传引导工作。责任单位:县委宣传部、县融媒体中心",
            "全年完成投资1.5亿元。主要内容:新建道路三条,改造管网两公里",
            "1.5:1的配套比例由各县区负责落实到位,确保资金及时足额拨付",
            "(一)加强领导,明确责任 县住建局:负责统筹推进全县燃气安全工作",
        ] {
            assert_eq!(cut(line).len(), 1, "{line}");
        }
    }
}

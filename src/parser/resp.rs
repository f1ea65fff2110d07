//! Stage 5: who does what. Reads responsibility clauses — label lines
//! ("牵头领导:…,责任单位:…"), trailing brackets ("(市发改局牵头,市财政局等按职责分工负责)"),
//! headings that name a leader ("二、胡海达常务副市长负责主抓工作") — into leaders,
//! lead units, cooperating units and a deadline.
//!
//! Every function takes a *folded* text (names are cut from it) and its *key*
//! (recognition view, same byte length, see [`mod@super::normalise`]).

use super::deadline;
use super::lines::{contains_any, starts_with_any};
use super::model::{Leader, Unit};
use super::normalise::{is_traditional_utf8, key_char};

/// What a label says the following list is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Leader,
    /// 牵头单位: all listed units lead.
    Lead,
    /// 责任单位: lead, unless the same clause names 牵头 units or the 列第一位 rule holds.
    Resp,
    Coop,
    Deadline,
}

const LABELS: &[(&str, Role)] = &[
    ("牵头领导", Role::Leader),
    ("责任领导", Role::Leader),
    ("分管领导", Role::Leader),
    ("联系领导", Role::Leader),
    ("领衔领导", Role::Leader),
    ("责任人", Role::Leader),
    ("牵头责任单位", Role::Lead),
    ("牵头单位", Role::Lead),
    ("牵头部门", Role::Lead),
    ("主办单位", Role::Lead),
    ("主责单位", Role::Lead),
    ("责任单位", Role::Resp),
    ("责任部门", Role::Resp),
    ("实施单位", Role::Resp),
    ("承办单位", Role::Resp),
    ("配合单位", Role::Coop),
    ("配合部门", Role::Coop),
    ("协办单位", Role::Coop),
    ("参与单位", Role::Coop),
    ("协同单位", Role::Coop),
    ("协助单位", Role::Coop),
    ("协作单位", Role::Coop),
    ("完成时限", Role::Deadline),
    ("完成时间", Role::Deadline),
    ("时间节点", Role::Deadline),
    ("时限要求", Role::Deadline),
    ("办结时限", Role::Deadline),
    ("完成期限", Role::Deadline),
    ("时间要求", Role::Deadline),
    ("截止时间", Role::Deadline),
    ("截止日期", Role::Deadline),
];

/// A labelled value: role and byte range of the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labelled {
    pub role: Role,
    /// Where the label starts.
    pub label_start: usize,
    pub start: usize,
    pub end: usize,
}

fn is_boundary(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | '。' | ' ' | '\t' | '(' | '[' | '【' | '〔' | '、' | '.'
    )
}

/// The first char of some label in [`LABELS`] (a prefilter).
#[inline]
fn is_label_first(c: char) -> bool {
    matches!(
        c,
        '牵' | '责'
            | '分'
            | '联'
            | '领'
            | '主'
            | '实'
            | '承'
            | '配'
            | '协'
            | '参'
            | '完'
            | '时'
            | '办'
            | '截'
    )
}

/// Finds "label:" occurrences at the start of `key` or after a separator.
pub fn find_labels(key: &str) -> Vec<Labelled> {
    // Found from the colons back (few per line) rather than by trying every char:
    // a label is followed by spaces and its colon, and no label contains a colon,
    // so each colon closes at most one label and they come in order.
    let mut found: Vec<Labelled> = key
        .match_indices(':')
        .filter_map(|(colon, _)| {
            let (label_start, role) = label_before(key, colon)?;
            Some(Labelled {
                role,
                label_start,
                start: colon + 1,
                end: key.len(),
            })
        })
        .collect();
    for k in 1..found.len() {
        let next_start = found[k].label_start;
        found[k - 1].end = next_start;
    }
    found
}

/// Where the first label of [`find_labels`] starts (no list is made, and the
/// colons after it are not looked at).
pub fn first_label(key: &str) -> Option<usize> {
    key.match_indices(':')
        .find_map(|(colon, _)| label_before(key, colon))
        .map(|(start, _)| start)
}

/// The label that ends right before the colon at byte `colon` of `key` (spaces
/// between them allowed) and starts the line or follows a separator.
fn label_before(key: &str, colon: usize) -> Option<(usize, Role)> {
    let head = key[..colon].trim_end_matches(' ');
    // One label may end another ("牵头责任单位", "责任单位"): the one that starts
    // after a separator counts (labels contain no separators, so at most one does).
    LABELS.iter().find_map(|&(label, role)| {
        let start = head.len().checked_sub(label.len())?;
        let after_boundary = || head[..start].chars().next_back().is_none_or(is_boundary);
        (head.ends_with(label) && after_boundary()).then_some((start, role))
    })
}

/// True when a line starts with a responsibility label.
pub fn starts_with_label(key: &str) -> bool {
    // What `find_labels(key).first()` would find at 0, without scanning the whole
    // line (no label is a prefix of another, so the first match is the only one).
    key.chars().next().is_some_and(is_label_first)
        && LABELS
            .iter()
            .find(|(l, _)| starts_with_any(key, &[l]))
            .is_some_and(|(l, _)| key[l.len()..].trim_start_matches(' ').starts_with(':'))
}

/// Responsibilities collected for one node (its own, before inheritance).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Own {
    pub leaders: Vec<Leader>,
    pub lead: Vec<Unit>,
    pub coop: Vec<Unit>,
    pub deadline: Option<String>,
    /// "列第一位者为牵头…,下同" seen: from here on the first listed unit leads.
    pub first_leads_from_here: bool,
}

/// Reads one clause (a label line, the label tail of a heading, or a bracket's
/// content) into `own`. `first_leads` is the document's 列第一位 rule state.
pub fn read_clause(folded: &str, key: &str, first_leads: bool, own: &mut Own) {
    let labels = find_labels(key);
    if labels.is_empty() {
        read_list(folded, key, Role::Resp, first_leads, false, own);
        return;
    }
    let has_lead_label = labels.iter().any(|l| l.role == Role::Lead);
    // Text before the first label, if any, is a bare list (rare): treat as 责任单位.
    for l in &labels {
        let (Some(f), Some(k)) = (folded.get(l.start..l.end), key.get(l.start..l.end)) else {
            continue;
        };
        match l.role {
            Role::Leader => own.leaders.extend(parse_leaders(f, k)),
            Role::Deadline => {
                let t = trim_value(f);
                if !t.is_empty() && own.deadline.is_none() {
                    own.deadline = Some(t.to_string());
                }
            }
            role => read_list(f, k, role, first_leads, has_lead_label, own),
        }
    }
}

fn trim_value(s: &str) -> &str {
    let t = trim_separators(s);
    // A closing bracket left over from "【责任单位:…】" when the label was cut inline.
    if !t.ends_with([')', ']', '】', '〕']) {
        return t;
    }
    let (opens, closes) = count_brackets(t);
    if closes > opens {
        let c = t.chars().next_back().map_or(0, char::len_utf8);
        return trim_value(&t[..t.len() - c]);
    }
    t
}

/// How many of ( [ 【 〔 and of ) ] 】 〕 `t` holds, counted on the bytes (【 〔 】 〕
/// are E3 80 90/94/91/95, a sequence no other char contains).
fn count_brackets(t: &str) -> (usize, usize) {
    let b = t.as_bytes();
    let (mut opens, mut closes) = (0, 0);
    for (i, &x) in b.iter().enumerate() {
        let wide = || match b.get(i + 1..i + 3) {
            Some([0x80, y]) => *y,
            _ => 0,
        };
        match x {
            b'(' | b'[' => opens += 1,
            b')' | b']' => closes += 1,
            0xE3 => match wide() {
                0x90 | 0x94 => opens += 1,
                0x91 | 0x95 => closes += 1,
                _ => {}
            },
            _ => {}
        }
    }
    (opens, closes)
}

/// `s` without the separators , ; 。 space tab : 、 at either end. Byte by byte: the
/// ASCII ones are one byte, 。 and 、 are E3 80 82 and E3 80 81 (a char-by-char trim
/// decodes every char it looks at, and this runs several times per unit name).
fn trim_separators(s: &str) -> &str {
    let b = s.as_bytes();
    let mut a = 0;
    loop {
        match b.get(a..) {
            Some([b',' | b';' | b' ' | b'\t' | b':', ..]) => a += 1,
            Some([0xE3, 0x80, 0x81 | 0x82, ..]) => a += 3,
            _ => break,
        }
    }
    let mut z = b.len();
    loop {
        match b.get(a..z) {
            Some([.., b',' | b';' | b' ' | b'\t' | b':']) => z -= 1,
            Some([.., 0xE3, 0x80, 0x81 | 0x82]) => z -= 3,
            _ => break,
        }
    }
    // Both ends moved over whole chars only, so both are char boundaries.
    s.get(a..z).unwrap_or_default()
}

/// One piece of a unit list.
struct Piece<'a> {
    name: &'a str,
    key: &'a str,
    /// Marked "…牵头" / "分别牵头".
    lead: bool,
    /// Marked "…负责"/"…配合"/"…参与" after a lead was named.
    coop: bool,
}

fn read_list(
    folded: &str,
    key: &str,
    role: Role,
    first_leads: bool,
    clause_has_lead: bool,
    own: &mut Own,
) {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut rule_here = false;
    for (a, b) in split_top(key) {
        let (Some(f), Some(k)) = (folded.get(a..b), key.get(a..b)) else {
            continue;
        };
        let (f, k) = strip_notes(f, k, &mut rule_here, &mut own.first_leads_from_here);
        let (f, k) = (trim_value(f), trim_value(k));
        if k.is_empty() {
            continue;
        }
        if !looks_like_unit(k) && deadline::is_deadline_text(k) {
            if own.deadline.is_none() {
                own.deadline = Some(f.to_string());
            }
            continue;
        }
        push_pieces(f, k, &mut pieces);
    }
    let any_lead = pieces.iter().any(|p| p.lead);
    let first_leads = first_leads || rule_here || own.first_leads_from_here;
    for (i, p) in pieces.into_iter().enumerate() {
        let is_lead = match role {
            Role::Lead => !p.coop,
            Role::Coop => false,
            _ if any_lead => p.lead,
            _ if clause_has_lead => false,
            _ if first_leads => i == 0,
            _ => !p.coop,
        };
        let unit = make_unit(p.name, p.key);
        let list = if is_lead {
            &mut own.lead
        } else {
            &mut own.coop
        };
        if !list.iter().any(|u| u.key == unit.key) {
            list.push(unit);
        }
    }
}

/// Removes notes in brackets that are not part of a name: "(列第一位者为牵头或汇总单位,下同)".
fn strip_notes<'a>(
    f: &'a str,
    k: &'a str,
    rule_here: &mut bool,
    onward: &mut bool,
) -> (&'a str, &'a str) {
    // Every note has a 第.
    if !k.contains('第') {
        return (f, k);
    }
    for note in [
        "列第一位",
        "排第一位",
        "排名第一",
        "第一位的为牵头",
        "第一个为牵头",
    ] {
        if let Some(i) = k.find(note) {
            let open = k[..i].rfind(['(', '[', '【', '〔']).unwrap_or(i);
            *rule_here = true;
            if k[i..].contains("下同") {
                *onward = true;
            }
            return (&f[..open], &k[..open]);
        }
    }
    (f, k)
}

/// Splits a list at top level (outside brackets) on 、 , ; and spaces: the byte
/// ranges of the pieces, empty ones included. (An iterator: no list is kept.)
fn split_top(key: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut depth = 0usize;
    let mut start = 0;
    let mut chars = key.char_indices();
    let mut done = false;
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            match c {
                '(' | '[' | '【' | '〔' | '《' => depth += 1,
                ')' | ']' | '】' | '〕' | '》' => depth = depth.saturating_sub(1),
                '、' | ',' | ';' | ' ' | '\t' | '。' | '/' if depth == 0 => {
                    let piece = (start, i);
                    start = i + c.len_utf8();
                    return Some(piece);
                }
                _ => {}
            }
        }
        // The last piece runs to the end.
        (!std::mem::replace(&mut done, true)).then_some((start, key.len()))
    })
}

/// Endings that mark the units before them as leading ("…牵头").
const LEAD_ENDINGS: &[&str] = &["分别牵头", "共同牵头", "牵头负责", "牵头"];
/// Endings that mark the units before them as cooperating ("…配合"), or, 负责 alone,
/// as neither.
const COOP_ENDINGS: &[&str] = &[
    "按职责分工负责",
    "按职责负责",
    "按照职责分工负责",
    "分工负责",
    "配合",
    "参与",
    "协助",
    "负责",
];
/// The last chars of [`LEAD_ENDINGS`] and [`COOP_ENDINGS`].
const ROLE_ENDING_CHARS: [char; 5] = ['头', '责', '合', '与', '助'];

/// The bracket that `close` closes, for the brackets a clause is put in (in a
/// recognition key, full-width parentheses are already folded to half width).
fn opening_of(close: char) -> Option<char> {
    match close {
        ')' => Some('('),
        ']' => Some('['),
        '】' => Some('【'),
        '〕' => Some('〔'),
        _ => None,
    }
}

/// A role mark in brackets after a name: "市发改局(牵头)", "市财政局(配合)",
/// "市财政局(按职责分工负责)". Returns where the bracket starts and the role it marks:
/// Some(true) leads, Some(false) cooperates, None only says that each unit does its
/// part (a note, not part of the name either).
fn bracket_role(k: &str) -> Option<(usize, Option<bool>)> {
    let close = k.chars().next_back()?;
    let open = opening_of(close)?;
    let at = k.rfind(open)?;
    let inner = k[at + open.len_utf8()..k.len() - close.len_utf8()].trim();
    let role = match inner {
        "牵头" | "牵头单位" | "牵头部门" | "牵头负责" | "主办" | "主责" => {
            Some(true)
        }
        "配合" | "配合单位" | "配合部门" | "协办" | "参与" | "协助" => Some(false),
        "负责"
        | "按职责分工负责"
        | "按职责负责"
        | "按照职责分工负责"
        | "分工负责"
        | "按职责分工"
        | "按职责" => None,
        _ => return None,
    };
    Some((at, role))
}

/// A piece without its role ending ("X牵头", "X等按职责分工负责"), and whether the
/// ending marks it as leading or as cooperating.
fn role_ending<'a>(f: &'a str, k: &'a str) -> (&'a str, &'a str, bool, bool) {
    let mut lead = false;
    let mut coop = false;
    let mut body_len = k.len();
    // Most names end in none of the chars these endings end in.
    let lead_endings: &[&str] = if k.ends_with(ROLE_ENDING_CHARS) {
        LEAD_ENDINGS
    } else {
        &[]
    };
    for s in lead_endings {
        if k.ends_with(s) {
            lead = true;
            body_len = k.len() - s.len();
            break;
        }
    }
    if !lead && k.ends_with(ROLE_ENDING_CHARS) {
        for &s in COOP_ENDINGS {
            if k.ends_with(s) && k.len() > s.len() {
                coop = s != "负责";
                body_len = k.len() - s.len();
                break;
            }
        }
    }
    (&f[..body_len], &k[..body_len], lead, coop)
}

/// One split piece into unit names: "X和Y分别牵头" → X, Y (lead); "X牵头" → X (lead);
/// "X等市级有关部门" → X, 市级有关部门; "X等按职责分工负责" → X (coop).
fn push_pieces<'a>(f: &'a str, k: &'a str, out: &mut Vec<Piece<'a>>) {
    let f = f.strip_prefix('由').unwrap_or(f);
    let k = k.strip_prefix('由').unwrap_or(k);
    let (f, k, lead, coop) = match bracket_role(k) {
        // "市发改局 (牵头)": the mark, split off at the space, is the last name's.
        Some((0, role)) => {
            if let Some(last) = out.last_mut() {
                (last.lead, last.coop) = (role == Some(true), role == Some(false));
            }
            return;
        }
        Some((at, role)) => (&f[..at], &k[..at], role == Some(true), role == Some(false)),
        None => role_ending(f, k),
    };
    let split =
        lead && k.contains(['和', '与']) && k.ends_with(['局', '委', '办', '部', '心', '府']);
    // Split on no separator, the whole body is the one name.
    for (a, b) in split_on(k, if split { &['和', '与'] } else { &[] }) {
        let (nf, nk) = (&f[a..b], &k[a..b]);
        // "X等市级有关部门": X plus the collective; "X等": X.
        let (nf, nk, tail) = match nk.find('等') {
            Some(i) if i > 0 => {
                let rest_k = &nk[i + '等'.len_utf8()..];
                let rest_f = &nf[i + '等'.len_utf8()..];
                (
                    &nf[..i],
                    &nk[..i],
                    (!rest_k.is_empty() && is_collective(rest_k)).then_some((rest_f, rest_k)),
                )
            }
            _ => (nf, nk, None),
        };
        for (xf, xk) in std::iter::once((nf, nk)).chain(tail) {
            let (xf, xk) = (trim_value(xf), trim_value(xk));
            if !xk.is_empty() {
                out.push(Piece {
                    name: xf,
                    key: xk,
                    lead,
                    coop,
                });
            }
        }
    }
}

/// The byte ranges of `k` between the chars of `seps` (all of `k` when there are none).
fn split_on<'a>(k: &'a str, seps: &'a [char]) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut start = 0;
    let cuts = k.char_indices().filter(|(_, c)| seps.contains(c));
    cuts.map(Some).chain([None]).map(move |cut| match cut {
        Some((i, c)) => {
            let piece = (start, i);
            start = i + c.len_utf8();
            piece
        }
        None => (start, k.len()),
    })
}

fn make_unit(name: &str, key: &str) -> Unit {
    Unit {
        name: name.to_string(),
        key: unit_key(name),
        collective: is_collective(key),
    }
}

/// The grouping key of a unit name: width, Traditional forms, spaces and bracket
/// shapes folded, so that "市委组织部（市人才办）" and "市委组织部(市人才办)" group.
pub fn unit_key(name: &str) -> String {
    // Sized once: almost every fold keeps or shrinks a char's UTF-8 length (a
    // collected filter would start empty and grow several times per name).
    let mut key = String::with_capacity(name.len());
    let b = name.as_bytes();
    // Bytes from `run` to `i` are kept as they are, and copied in one go when a
    // char that changes (or the end) is reached.
    let (mut run, mut i) = (0, 0);
    while i < b.len() {
        let kept = match b[i] {
            b'A'..=b'Z' | b'[' | b']' => 0,
            // Printable ASCII is unchanged by every fold but the lowercasing.
            0x21..=0x7E => 1,
            // U+4000..U+9FFF (nearly every char of a name) is changed by the
            // Traditional fold only.
            0xE4..=0xE9 => match b.get(i..i + 3) {
                Some(&[b0, b1, b2]) if !is_traditional_utf8(b0, b1, b2) => 3,
                _ => 0,
            },
            _ => 0,
        };
        if kept > 0 {
            i += kept;
            continue;
        }
        key.push_str(name.get(run..i).unwrap_or_default());
        let Some(c) = name.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        run = i;
        if let Some(k) = unit_key_char(c) {
            key.push(k);
        }
    }
    key.push_str(name.get(run..).unwrap_or_default());
    key
}

/// What one char of a unit name becomes in its key (None: dropped).
fn unit_key_char(c: char) -> Option<char> {
    let c = if c.is_ascii_graphic() { c } else { key_char(c) };
    if c.is_whitespace() {
        return None;
    }
    Some(match c {
        '[' | '【' | '〔' | '〖' => '(',
        ']' | '】' | '〕' | '〗' => ')',
        c => c.to_ascii_lowercase(),
    })
}

/// Words that make a unit entry collective wherever they are in it.
const COLLECTIVE_WORDS: &[&str] = &["有关", "相关", "各部门", "各单位", "各直属单位", "成员单位"];

/// 各镇(街道), 市级有关部门, 区政府各部门, 各直属单位, 有关镇(街道), 区防指成员单位.
pub fn is_collective(key: &str) -> bool {
    key.starts_with('各')
        || key.ends_with("各级")
        || contains_any(key, COLLECTIVE_WORDS, |c| {
            matches!(c, '有' | '相' | '各' | '成')
        })
}

/// The endings of unit names, as [`has_unit_suffix`] tests them.
#[cfg(test)]
const UNIT_SUFFIXES: &[&str] = &[
    "局",
    "委",
    "办",
    "部",
    "厅",
    "中心",
    "政府",
    "街道",
    "镇",
    "乡",
    "集团",
    "公司",
    "管委会",
    "单位",
    "部门",
    "指挥部",
    "大队",
    "支行",
    "银行",
    "院",
    "所",
    "会",
    "团",
    "社",
    "站",
    "处",
    "队",
    ")",
    "区委",
    "分局",
    "办事处",
    "法院",
    "检察院",
];

/// `UNIT_SUFFIXES.iter().any(|s| k.ends_with(s))` decided on the last char: most
/// suffixes are one char, and each longer one ends in a char no one-char suffix is
/// (a test checks this against the list).
fn has_unit_suffix(k: &str) -> bool {
    let Some(last) = k.chars().next_back() else {
        return false;
    };
    match last {
        '局' | '委' | '办' | '部' | '厅' | '镇' | '乡' | '院' | '所' | '会' | '团' | '社'
        | '站' | '处' | '队' | ')' => true,
        '心' => k.ends_with("中心"),
        '府' => k.ends_with("政府"),
        '道' => k.ends_with("街道"),
        '司' => k.ends_with("公司"),
        '位' => k.ends_with("单位"),
        '门' => k.ends_with("部门"),
        '行' => k.ends_with("支行") || k.ends_with("银行"),
        _ => false,
    }
}

/// Ends like the name of a unit (市发改局, 各镇(街道), 人行慈溪支行).
pub fn looks_like_unit(key: &str) -> bool {
    let k = key.trim();
    // The cheapest test first: the suffix is decided on the last char.
    has_unit_suffix(k) && (2..=30).contains(&k.chars().count()) && !k.contains(['。', ':'])
}

/// "市长、副市长" → two post-only leaders; "胡海达常务副市长", "王明(副市长)",
/// "副市长王明", "王明 副市长" → name and post; "市委常委、常务副市长王明" → one
/// leader whose post is "市委常委、常务副市长".
pub fn parse_leaders(folded: &str, key: &str) -> Vec<Leader> {
    let mut out: Vec<Leader> = Vec::new();
    // The leader read last, whether it has a name, and whether a space (not 、 or
    // a comma) separates it from the next piece.
    let mut last: Option<(Leader, bool)> = None;
    for (a, b) in split_top(key) {
        let (Some(f), Some(k)) = (folded.get(a..b), key.get(a..b)) else {
            continue;
        };
        let (f, k) = (trim_value(f), trim_value(k));
        if k.is_empty() || k.chars().count() > 24 {
            continue;
        }
        let l = split_name_post(f, k);
        let spaced = key.get(b..b + 1) == Some(" ");
        last = match last.take() {
            Some((prev, true)) if is_name_and_post_apart(&prev, &l) => {
                Some((join_name_and_post(prev, l), spaced))
            }
            Some((prev, _)) if qualifies(&prev, &l) => {
                let post = l.post.as_deref().map(|p| format!("{}、{p}", prev.name));
                Some((Leader { post, ..l }, spaced))
            }
            Some((prev, _)) => {
                push_leader(&mut out, prev);
                Some((l, spaced))
            }
            None => Some((l, spaced)),
        };
    }
    if let Some((l, _)) = last {
        push_leader(&mut out, l);
    }
    out
}

fn push_leader(out: &mut Vec<Leader>, l: Leader) {
    if !out.contains(&l) {
        out.push(l);
    }
}

/// Whether a leader is a post alone ("副市长", "市委常委").
fn is_post_only(l: &Leader) -> bool {
    l.post.is_none() && POSTS.iter().any(|p| l.name.starts_with(p))
}

/// Whether a leader is a name alone ("王明").
fn is_name_only(l: &Leader) -> bool {
    l.post.is_none() && !is_post_only(l)
}

/// "王明 副市长", "副市长 王明": a name and a post that a space keeps apart.
fn is_name_and_post_apart(a: &Leader, b: &Leader) -> bool {
    (is_name_only(a) && is_post_only(b)) || (is_post_only(a) && is_name_only(b))
}

fn join_name_and_post(a: Leader, b: Leader) -> Leader {
    let (name, post) = if is_name_only(&a) { (a, b) } else { (b, a) };
    Leader {
        name: name.name,
        post: Some(post.name),
    }
}

/// "市委常委" before "常务副市长王明": a rank that goes with the next leader's post
/// (a standalone post such as 市长 in "市长、副市长王明" is a leader of its own).
fn qualifies(rank: &Leader, next: &Leader) -> bool {
    is_post_only(rank)
        && next.post.is_some()
        && ["常委", "委员", "成员"]
            .iter()
            .any(|w| rank.name.ends_with(w))
}

const POSTS: &[&str] = &[
    "常务副",
    "副",
    "市长",
    "区长",
    "县长",
    "镇长",
    "乡长",
    "省长",
    "州长",
    "旗长",
    "主任",
    "书记",
    "秘书长",
    "区政府",
    "市政府",
    "县政府",
    "区委",
    "市委",
    "县委",
    "党组",
    "部长",
    "局长",
    "主席",
    "处长",
    "厅长",
    "调研员",
    "巡视员",
    "市长助理",
    "区长助理",
    "政府",
];

/// The last words of a post: a name ends with none of them.
const POST_ENDS: &[&str] = &[
    "长", "主任", "书记", "常委", "委员", "成员", "助理", "主席", "员", "部长",
];

/// Splits "胡海达常务副市长" into name 胡海达 and post 常务副市长, "王明(副市长)" into
/// 王明 and 副市长, and "副市长王明" into 王明 and 副市长. A post alone ("市长") is the
/// name with no post; a name alone has no post.
pub fn split_name_post(folded: &str, key: &str) -> Leader {
    if let Some(l) = bracketed_post(folded, key) {
        return l;
    }
    if POSTS.iter().any(|p| key.starts_with(p)) {
        return post_then_name(folded, key).unwrap_or_else(|| Leader {
            name: folded.to_string(),
            post: None,
        });
    }
    for (i, _) in key.char_indices().skip(2).take(3) {
        let rest = &key[i..];
        if rest.chars().count() >= 2 && POSTS.iter().any(|p| rest.starts_with(p)) {
            return Leader {
                name: folded[..i].to_string(),
                post: Some(folded[i..].to_string()),
            };
        }
    }
    Leader {
        name: folded.to_string(),
        post: None,
    }
}

/// "王明(副市长)", "王五(市政府副秘书长)": a name of 2 to 4 chars and the post in brackets.
fn bracketed_post(folded: &str, key: &str) -> Option<Leader> {
    let inner = key.strip_suffix(')')?;
    let open = inner.find('(')?;
    let (name, post) = (&key[..open], &inner[open + 1..]);
    let name_ok =
        (2..=4).contains(&name.chars().count()) && !POSTS.iter().any(|p| name.starts_with(p));
    let post_ok = !post.trim().is_empty() && !post.contains(['(', ')']);
    (name_ok && post_ok).then(|| Leader {
        name: folded[..open].trim().to_string(),
        post: Some(folded[open + 1..inner.len()].trim().to_string()),
    })
}

/// "副市长王明", "常务副市长王明": a post, then a name of 2 to 4 chars after the
/// post's last word.
fn post_then_name(folded: &str, key: &str) -> Option<Leader> {
    let is_name = |s: &str| {
        (2..=4).contains(&s.chars().count())
            && !POST_ENDS.iter().any(|w| s.contains(w))
            && !POSTS.iter().any(|p| s.contains(p))
    };
    // The longest post that leaves a name.
    key.char_indices()
        .map(|(i, _)| i)
        .skip(1)
        .filter(|&i| POST_ENDS.iter().any(|w| key[..i].ends_with(w)) && is_name(&key[i..]))
        .last()
        .map(|i| Leader {
            name: folded[i..].to_string(),
            post: Some(folded[..i].to_string()),
        })
}

/// Heading endings that say "the tasks below are led by …".
const LEADER_HEADINGS: &[&str] = &[
    "负责主抓工作",
    "牵头重点工作",
    "牵头负责工作",
    "负责的工作",
    "牵头的工作",
    "分管工作",
    "主抓工作",
    "负责工作",
    "牵头工作",
    "领衔工作",
    "领衔重点工作",
    "牵头事项",
    "负责事项",
];

/// "胡海达常务副市长负责主抓工作" → the leader part's byte range.
pub fn heading_leader(key: &str) -> Option<(usize, usize)> {
    let k = key.trim_end_matches([' ', '。', ':']);
    let end = LEADER_HEADINGS
        .iter()
        .find_map(|h| k.strip_suffix(h))?
        .len();
    let who = &k[..end];
    let n = who.chars().count();
    ((2..=16).contains(&n) && !who.contains([',', '、', ';', '。', '(', '“'])).then_some((0, end))
}

/// A responsibility or deadline bracket at the end of an item text:
/// "…(市发改局牵头,市财政局等按职责分工负责)。", "…(2023年底前完成)", "…【区财政局】".
/// Returns (bracket start, content start, content end) in bytes.
pub fn trailing_bracket(key: &str) -> Option<(usize, usize, usize)> {
    let t = key.trim_end_matches([' ', '。', ';', ',', '.']);
    let close = t.chars().next_back()?;
    let open = opening_of(close)?;
    let content_end = t.len() - close.len_utf8();
    let mut depth = 0usize;
    let mut open_at = None;
    for (i, c) in t[..content_end].char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            if depth == 0 {
                open_at = Some(i);
                break;
            }
            depth -= 1;
        }
    }
    let open_at = open_at?;
    let start = open_at + open.len_utf8();
    let inner = &t[start..content_end];
    if open_at == 0 || inner.trim().is_empty() {
        return None;
    }
    let is_resp = first_label(inner).is_some()
        || ["牵头", "负责", "配合", "参与", "列第一位"]
            .iter()
            .any(|w| inner.contains(w))
        || deadline::is_deadline_text(inner)
        || (split_top(inner).all(|(a, b)| {
            inner
                .get(a..b)
                .is_some_and(|s| s.trim().is_empty() || looks_like_unit(s))
        }) && close != ')'
            || inner.contains('、')
                && split_top(inner).all(|(a, b)| inner.get(a..b).is_some_and(looks_like_unit)));
    is_resp.then_some((open_at, start, content_end))
}

/// A line that is nothing but a responsibility bracket: "(市商务局牵头,各开发区管委会配合)".
/// Returns the content's byte range.
pub fn whole_bracket(key: &str) -> Option<(usize, usize)> {
    let first = key.chars().next()?;
    if !matches!(first, '(' | '[' | '【' | '〔') {
        return None;
    }
    // Reuse the trailing-bracket test with a stand-in for the text before it.
    let padded = format!("x{key}");
    match trailing_bracket(&padded) {
        Some((1, a, b)) => Some((a - 1, b - 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(s: &str) -> Own {
        let mut o = Own::default();
        read_clause(s, s, false, &mut o);
        o
    }

    fn names(v: &[Unit]) -> Vec<&str> {
        v.iter().map(|u| u.name.as_str()).collect()
    }

    #[test]
    fn leader_and_units_line() {
        let o =
            own("牵头领导:市长、副市长,责任单位:市发改局、市统计局、市级有关部门、各镇(街道)。");
        assert_eq!(
            o.leaders,
            [
                Leader {
                    name: "市长".into(),
                    post: None
                },
                Leader {
                    name: "副市长".into(),
                    post: None
                }
            ]
        );
        assert_eq!(
            names(&o.lead),
            ["市发改局", "市统计局", "市级有关部门", "各镇(街道)"]
        );
        assert!(o.coop.is_empty());
        assert!(o.lead[3].collective && o.lead[2].collective && !o.lead[0].collective);
    }

    #[test]
    fn lead_and_coop_with_collective_tail() {
        let o = own("牵头单位:市发改局,配合单位:市经信局、市商务局、市科技局、市文广旅体局等市级有关部门,慈溪高新技术产业开发区,各镇(街道)。");
        assert_eq!(names(&o.lead), ["市发改局"]);
        assert_eq!(
            names(&o.coop),
            [
                "市经信局",
                "市商务局",
                "市科技局",
                "市文广旅体局",
                "市级有关部门",
                "慈溪高新技术产业开发区",
                "各镇(街道)"
            ]
        );
    }

    #[test]
    fn names_with_brackets_and_he_stay_whole() {
        let o =
            own("配合单位:市委宣传部、市委组织部(市人才办)、区文化和广电旅游体育局、各镇(乡)街道");
        assert_eq!(
            names(&o.coop),
            [
                "市委宣传部",
                "市委组织部(市人才办)",
                "区文化和广电旅游体育局",
                "各镇(乡)街道"
            ]
        );
    }

    #[test]
    fn two_leads_separately() {
        let o = own("责任单位:经济投资局和航空口岸局分别牵头、区发改局");
        assert_eq!(names(&o.lead), ["经济投资局", "航空口岸局"]);
        assert_eq!(names(&o.coop), ["区发改局"]);
    }

    #[test]
    fn role_marks_in_brackets_are_not_part_of_the_name() {
        let o = own("责任单位:市发展改革委(牵头)、市财政局、市自然资源局");
        assert_eq!(names(&o.lead), ["市发展改革委"]);
        assert_eq!(names(&o.coop), ["市财政局", "市自然资源局"]);
        let o = own("责任单位:市财政局、市发展改革委【牵头】、市统计局(配合)");
        assert_eq!(names(&o.lead), ["市发展改革委"]);
        assert_eq!(names(&o.coop), ["市财政局", "市统计局"]);
        let o = own("责任单位:市发改局 (牵头) 市财政局");
        assert_eq!(names(&o.lead), ["市发改局"]);
        assert_eq!(names(&o.coop), ["市财政局"]);
        // A note that each unit does its part: dropped, the label decides.
        let o = own("牵头单位:市发改局、市财政局(按职责分工负责)");
        assert_eq!(names(&o.lead), ["市发改局", "市财政局"]);
        assert!(o.coop.is_empty());
        // A bracket that is part of the name stays.
        let o = own("责任单位:市委组织部(市人才办)、各镇(街道)");
        assert_eq!(names(&o.lead), ["市委组织部(市人才办)", "各镇(街道)"]);
    }

    #[test]
    fn first_listed_rule() {
        let o = own("责任单位:区发改局、海曙生态环境分局(列第一位者为牵头或汇总单位,下同)");
        assert_eq!(names(&o.lead), ["区发改局"]);
        assert_eq!(names(&o.coop), ["海曙生态环境分局"]);
        assert!(o.first_leads_from_here);
        let mut o = Own::default();
        read_clause(
            "责任单位:区发改局、区人力社保局",
            "责任单位:区发改局、区人力社保局",
            true,
            &mut o,
        );
        assert_eq!(names(&o.lead), ["区发改局"]);
    }

    #[test]
    fn bracket_forms() {
        let s = "加快推进(市发展改革委牵头,市财政局等按职责分工负责)。";
        let (open, a, b) = trailing_bracket(s).unwrap();
        assert_eq!(&s[..open], "加快推进");
        let o = own(&s[a..b]);
        assert_eq!(names(&o.lead), ["市发展改革委"]);
        assert_eq!(names(&o.coop), ["市财政局"]);

        let s = "推进(责任领导:张三副市长;牵头单位:市发改局;责任单位:市财政局)";
        let (_, a, b) = trailing_bracket(s).unwrap();
        let o = own(&s[a..b]);
        assert_eq!(
            o.leaders,
            [Leader {
                name: "张三".into(),
                post: Some("副市长".into())
            }]
        );
        assert_eq!(names(&o.lead), ["市发改局"]);
        assert_eq!(names(&o.coop), ["市财政局"]);

        let s = "完成改造(2023年底前完成)";
        let (_, a, b) = trailing_bracket(s).unwrap();
        assert_eq!(own(&s[a..b]).deadline.as_deref(), Some("2023年底前完成"));

        assert!(trailing_bracket("【区财政局、区发改局】").is_none()); // nothing before it
        assert!(trailing_bracket("做好工作【区财政局、区发改局】").is_some());
        assert!(trailing_bracket("发展行动计划(2024-2026)").is_none());
        assert!(trailing_bracket("全国学前教育普及普惠县(市)").is_none());
        let s = "(市商务局牵头,各开发区管委会配合)";
        assert_eq!(whole_bracket(s), Some((1, s.len() - 1)));
        assert_eq!(whole_bracket("(一)做好"), None);
    }

    #[test]
    fn leaders_with_posts_are_one_leader_each() {
        let leader = |name: &str, post: Option<&str>| Leader {
            name: name.into(),
            post: post.map(Into::into),
        };
        for (value, want) in [
            ("王明(副市长)", vec![leader("王明", Some("副市长"))]),
            (
                "王五(市政府副秘书长)",
                vec![leader("王五", Some("市政府副秘书长"))],
            ),
            (
                "王明(常务副市长)、李华(副市长)",
                vec![
                    leader("王明", Some("常务副市长")),
                    leader("李华", Some("副市长")),
                ],
            ),
            ("王明 副市长", vec![leader("王明", Some("副市长"))]),
            ("副市长 王明", vec![leader("王明", Some("副市长"))]),
            ("副市长王明", vec![leader("王明", Some("副市长"))]),
            (
                "市委常委、常务副市长王明",
                vec![leader("王明", Some("市委常委、常务副市长"))],
            ),
            (
                "胡海达常务副市长",
                vec![leader("胡海达", Some("常务副市长"))],
            ),
            // Posts alone stay leaders of their own.
            (
                "市长、副市长",
                vec![leader("市长", None), leader("副市长", None)],
            ),
            (
                "市长、副市长王明",
                vec![leader("市长", None), leader("王明", Some("副市长"))],
            ),
            ("市长助理", vec![leader("市长助理", None)]),
            ("市委常委", vec![leader("市委常委", None)]),
            (
                "王明 李华",
                vec![leader("王明", None), leader("李华", None)],
            ),
        ] {
            assert_eq!(parse_leaders(value, value), want, "{value}");
        }
    }

    #[test]
    fn leaders_in_headings() {
        for (h, name, post) in [
            ("胡海达常务副市长负责主抓工作", "胡海达", Some("常务副市长")),
            ("叶枝利区长牵头重点工作", "叶枝利", Some("区长")),
            (
                "张盈军区政府党组成员牵头重点工作",
                "张盈军",
                Some("区政府党组成员"),
            ),
            ("邬旻副区长牵头重点工作", "邬旻", Some("副区长")),
        ] {
            let (a, b) = heading_leader(h).unwrap();
            let l = split_name_post(&h[a..b], &h[a..b]);
            assert_eq!((l.name.as_str(), l.post.as_deref()), (name, post), "{h}");
        }
        assert!(heading_leader("共同落实工作").is_none());
        assert!(heading_leader("综合方面").is_none());
    }

    /// Names and pieces of the fixtures, and variations on the vocabulary.
    fn samples() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut out: Vec<String> = Vec::new();
        for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                for l in text.lines() {
                    let k: String = l.trim().chars().map(key_char).collect();
                    out.extend(
                        split_top(&k)
                            .filter_map(|(a, b)| k.get(a..b))
                            .map(String::from),
                    );
                    out.push(l.to_string());
                }
            }
        }
        for s in UNIT_SUFFIXES {
            for p in ["", "市", "中", "市发改", "行", "心心", "x", "(", " "] {
                out.push(format!("{p}{s}"));
                out.push(format!("{p}{s}x"));
            }
        }
        out.extend(
            [
                "ＡＢｃ［］【】〔〕〖〗",
                "區發改局",
                "a b\tc\u{3000}d",
                "\u{4DFF}\u{4000}",
                "é\u{1F600}",
            ]
            .map(String::from),
        );
        out
    }

    #[test]
    fn collective_words_start_with_the_tested_chars() {
        for w in COLLECTIVE_WORDS {
            assert!(w.starts_with(['有', '相', '各', '成']), "{w}");
        }
    }

    #[test]
    fn role_endings_end_in_the_tested_chars() {
        for s in LEAD_ENDINGS.iter().chain(COOP_ENDINGS) {
            assert!(s.ends_with(ROLE_ENDING_CHARS), "{s}");
        }
    }

    #[test]
    fn unit_suffix_by_last_char() {
        for k in samples() {
            let listed = UNIT_SUFFIXES.iter().any(|s| k.ends_with(s));
            assert_eq!(has_unit_suffix(&k), listed, "{k:?}");
        }
    }

    #[test]
    fn unit_keys_fold_every_char() {
        for name in samples() {
            let slow: String = name.chars().filter_map(unit_key_char).collect();
            assert_eq!(unit_key(&name), slow, "{name:?}");
        }
    }

    #[test]
    fn brackets_counted_on_bytes() {
        for t in samples() {
            let opens = t.matches(['(', '[', '【', '〔']).count();
            let closes = t.matches([')', ']', '】', '〕']).count();
            assert_eq!(count_brackets(&t), (opens, closes), "{t:?}");
        }
    }

    #[test]
    fn separators_trim_like_chars() {
        let seps = |c: char| matches!(c, ',' | ';' | '。' | ' ' | '\t' | ':' | '、');
        for s in [
            "",
            "。",
            "、,x;。",
            " :a、b。 ",
            "a",
            "。、",
            "ab ,",
            "(x)、",
            "é。",
            "ā",
        ] {
            assert_eq!(trim_separators(s), s.trim_matches(seps), "{s:?}");
        }
    }

    #[test]
    fn keys_group_variants() {
        assert_eq!(
            unit_key("市委组织部（市人才办）"),
            unit_key("市委组织部(市人才办)")
        );
        assert_eq!(unit_key("區發改局"), unit_key("区发改局"));
        assert_eq!(unit_key("市 发改局"), "市发改局");
    }

    #[test]
    fn labels_need_colon_and_boundary() {
        for (l, _) in LABELS {
            assert!(l.chars().next().is_some_and(is_label_first), "{l}");
            assert!(starts_with_label(&format!("{l}:x")), "{l}");
        }
        assert!(starts_with_label("责任单位:区财政局"));
        assert!(starts_with_label("责任单位 :区财政局"));
        assert!(!starts_with_label("责任单位要落实"));
        assert!(find_labels("明确责任单位:x").is_empty());
    }

    /// The label scan before it went from the colons back: every char that
    /// follows a separator tried against the labels.
    fn find_labels_by_chars(key: &str) -> Vec<Labelled> {
        let mut found: Vec<Labelled> = Vec::new();
        let mut prev: Option<char> = None;
        for (i, c) in key.char_indices() {
            if prev.is_none_or(is_boundary) && is_label_first(c) {
                if let Some((label, role)) = LABELS.iter().find(|(l, _)| key[i..].starts_with(l)) {
                    let trimmed = key[i + label.len()..].trim_start_matches(' ');
                    if trimmed.starts_with(':') {
                        found.push(Labelled {
                            role: *role,
                            label_start: i,
                            start: key.len() - trimmed.len() + 1,
                            end: key.len(),
                        });
                    }
                }
            }
            prev = Some(c);
        }
        for k in 1..found.len() {
            found[k - 1].end = found[k].label_start;
        }
        found
    }

    #[test]
    fn labels_found_from_colons_as_by_chars() {
        let mut keys = samples();
        for (a, _) in LABELS {
            for (b, _) in LABELS {
                for sep in ["", ",", " ", "x", "、", "(", "头", "。"] {
                    keys.push(format!("{a}{sep}{b}:x{sep}{a} :y:{b}::"));
                    keys.push(format!("z{sep}{a}{b}  :{sep}{b}"));
                }
            }
        }
        for k in &keys {
            assert_eq!(find_labels(k), find_labels_by_chars(k), "{k:?}");
        }
    }

    #[test]
    fn first_label_is_the_first_found() {
        for k in samples() {
            let first = find_labels(&k).first().map(|l| l.label_start);
            assert_eq!(first_label(&k), first, "{k:?}");
        }
    }

    #[test]
    fn starts_with_label_is_the_first_found_label_at_0() {
        for (a, _) in LABELS {
            for (b, _) in LABELS {
                assert!(!a.starts_with(b) || a == b, "{b} is a prefix of {a}");
            }
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut keys: Vec<String> = ["责任单位 要:x", "责任单位,牵头单位:x", "牵头单位", "x"]
            .map(String::from)
            .to_vec();
        for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                keys.extend(
                    text.lines()
                        .map(|l| l.trim().chars().map(key_char).collect()),
                );
            }
        }
        for k in &keys {
            let slow = find_labels(k).first().is_some_and(|l| l.label_start == 0);
            assert_eq!(starts_with_label(k), slow, "{k}");
        }
    }
}

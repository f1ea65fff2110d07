//! Labels: a short phrase before a colon at the start of a line or clause
//! ("牵头单位:", "分管市领导:", "完成时限:", "实际完成情况:"). A responsibility label is
//! read by its words (see [`super::words`]): fillers and role words, then an entity
//! word. Any other short phrase before a colon is a field label of its own, which ends
//! the value of the label before it.
//!
//! Works on a recognition key (full-width punctuation folded, Traditional simplified).
//! Only colons outside brackets count, and each colon closes at most one label, so a
//! line is read in one pass over its colons.

use super::words::{
    Alone, Entity, Mark, RoleWord, ABOVE_POINTERS, ASSIGNMENT_LABELS, CONCERNED_ROLE_WORDS,
    COPULAS, DEADLINE_QUALIFIERS, DEADLINE_TAILS, DEADLINE_TIME_WORDS, EFFECTIVE_DATE_LABELS,
    FIELD_NAME_ENDS, LABEL_ENTITY_WORDS, LABEL_FILLERS, LABEL_OBJECTS, LABEL_ROLE_WORDS,
    LEADER_TITLES, LEADING_VERBS, NOT_ROLE_PERSON_LABELS, POINTED_WORK, POSTS, PURPOSE_OPENERS,
    ROLE_LABEL_ENDS, ROSTER_PLACES, SURNAMES, THIS_POINTERS, UNIT_SUFFIXES,
};

/// What a label says its value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Leader,
    /// 牵头单位: the units lead.
    Lead,
    /// 责任单位: the units lead unless the task names leading units.
    Resp,
    Coop,
    /// 成员单位: members of the group doing the task (see [`Mark::Member`]).
    Member,
    Deadline,
    /// "牵头单位及责任人", "责任领导和责任单位": units of the given role, and the leaders
    /// (persons) beside them in the same value.
    UnitsAndLeaders(Mark),
    /// 部门分工: a sentence saying who does what.
    Assign,
    /// Any other field ("实际完成情况", "目标任务"); `role_like` when it ends in an entity
    /// word (单位, 部门, 领导, 处室, 人) but is not understood: worth a warning.
    Other {
        role_like: bool,
    },
}

impl Field {
    /// Whether the value names who does the task (or by when).
    pub fn is_responsibility(self) -> bool {
        !matches!(self, Field::Other { .. })
    }

    /// The mark a unit label gives the units it lists (牵头单位, 责任单位, 配合单位).
    pub fn unit_mark(self) -> Option<Mark> {
        match self {
            Field::Lead => Some(Mark::Lead),
            Field::Resp => Some(Mark::Resp),
            Field::Coop => Some(Mark::Coop),
            Field::Member => Some(Mark::Member),
            _ => None,
        }
    }

    /// Whether the value is a list of units.
    pub fn names_units(self) -> bool {
        matches!(
            self,
            Field::Lead
                | Field::Resp
                | Field::Coop
                | Field::Member
                | Field::Assign
                | Field::UnitsAndLeaders(_)
        )
    }
}

/// A label found in a text: its field and byte ranges (of the label and of its value,
/// which runs to the next label or the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labelled {
    pub field: Field,
    pub label_start: usize,
    /// Just after the colon.
    pub start: usize,
    pub end: usize,
}

/// The longest words of a leader's relation to a task that are not role words
/// ("挂点", "蹲点", "帮扶"), in chars.
const MAX_LEADER_RELATION_CHARS: usize = 2;

/// The longest label phrase, in chars: "责任主体与协同单位" has 9, "完成时限要求" 6.
pub const MAX_LABEL_CHARS: usize = 12;

/// The most chars in a bracket that closes a label phrase ("责任处(室)").
const MAX_BRACKET_IN_LABEL_CHARS: usize = 3;

/// Chars that may stand before a label (a label starts a line or follows one of them).
fn is_boundary(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | '。'
            | ' '
            | '\t'
            | '('
            | '['
            | '【'
            | '〔'
            | '、'
            | '.'
            | '|'
            | '│'
            | '!'
            | '?'
            // "组织单位:组织单位:县安办、…": a label written twice.
            | ':'
    )
}

/// Chars a label phrase is made of: CJK ideographs (and the / of "牵头/配合单位").
fn in_label(c: char) -> bool {
    super::text::is_ideograph(c) || c == '/'
}

/// Every label of `key` at bracket depth 0, in order; each value runs to the next label.
/// A label is a phrase before a colon ("牵头单位:"), or a responsibility label in square
/// brackets ("【牵头单位】X", "[责任单位]X").
pub fn find_labels(key: &str) -> Vec<Labelled> {
    let mut found: Vec<Labelled> = Vec::new();
    scan(key, |l| {
        if let Some(prev) = found.last_mut() {
            prev.end = l.label_start;
        }
        found.push(l);
        false
    });
    found
}

/// Where the first responsibility label of `key` starts (depth 0).
pub fn first_label(key: &str) -> Option<usize> {
    let mut first = None;
    scan(key, |l| {
        if l.field.is_responsibility() {
            first = Some(l.label_start);
        }
        first.is_some()
    });
    first
}

/// Walks the labels of `key` in order, giving each to `found` until it returns true.
/// One pass over the chars, only when the text has a colon or a square bracket.
fn scan(key: &str, mut found: impl FnMut(Labelled) -> bool) {
    let b = key.as_bytes();
    // Most texts have no colon and no square bracket: memchr searches say so.
    if !b.contains(&b':') && !key.contains('】') && !b.contains(&b']') {
        return;
    }
    let mut depth = 0usize;
    // Where a square bracket at depth 0 opened, and its length.
    let mut square: Option<(usize, usize)> = None;
    for (i, c) in key.char_indices() {
        match c {
            '[' | '【' => {
                if depth == 0 {
                    square = Some((i, c.len_utf8()));
                }
                depth += 1;
            }
            ']' | '】' => {
                depth = depth.saturating_sub(1);
                if let Some((open, len)) = square.take().filter(|_| depth == 0) {
                    if let Some(field) = bracketed_label(key, open, len, i) {
                        let l = Labelled {
                            field,
                            label_start: open,
                            start: i + c.len_utf8(),
                            end: key.len(),
                        };
                        if found(l) {
                            return;
                        }
                    }
                }
            }
            '(' | '〔' | '《' => depth += 1,
            ')' | '〕' | '》' => depth = depth.saturating_sub(1),
            ':' if depth == 0 => {
                if let Some((label_start, field)) = label_before(key, i) {
                    let l = Labelled {
                        field,
                        label_start,
                        start: i + 1,
                        end: key.len(),
                    };
                    if found(l) {
                        return;
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether the text has a copula (为, 是), which may stand for a label's colon or give
/// a name a role with a label ("X为牵头单位").
pub fn has_copula(key: &str) -> bool {
    // (One memchr-backed search per char: a search for a set of chars goes char by
    // char.)
    COPULAS.iter().any(|&c| key.contains(c))
}

/// The copulas of `key` (为, 是) that stand for a label's colon: "牵头单位为县发改局,
/// 配合单位是县财政局" (a responsibility label, then the copula). Their byte offsets.
pub fn copula_colons(key: &str) -> Vec<usize> {
    // (Most texts have none: memchr-backed searches say so first.)
    if !has_copula(key) {
        return Vec::new();
    }
    key.match_indices(COPULAS)
        .filter(|&(i, _)| {
            key[..i]
                .chars()
                .next_back()
                .is_some_and(|c| ROLE_LABEL_ENDS.has(c))
                && !opens_purpose(&key[i..])
                && !names_a_roster_place(&key[i..])
                && label_before(key, i)
                    .is_some_and(|(_, f)| f.is_responsibility() && f != Field::Deadline)
        })
        .map(|(i, _)| i)
        .collect()
}

/// A line that opens with a responsibility label and a copula for its colon, after a
/// word that points at the work above ("该目标责任单位为市经委。", "该项任务牵头单位是
/// 县发改局", "责任单位为市财政局"): the label's field and where its value starts.
pub fn copula_label_at_start(key: &str) -> Option<(Field, usize)> {
    // (Only the head of the line is looked at, and only when a copula is there.)
    let head_end = key
        .char_indices()
        .nth(MAX_POINTER_CHARS + MAX_LABEL_CHARS + 2)
        .map_or(key.len(), |(i, _)| i);
    let head = &key[..head_end];
    if !has_copula(head) {
        return None;
    }
    let from = after_pointer(head);
    let (at, c) = head[from..]
        .char_indices()
        .find(|&(_, c)| COPULAS.contains(&c) || !in_label(c))
        .filter(|&(_, c)| COPULAS.contains(&c))?;
    if opens_purpose(&head[from + at..]) || names_a_roster_place(&head[from + at..]) {
        return None;
    }
    let phrase = &head[from..from + at];
    // "…均为": the label's value shared by the items above.
    let phrase = phrase.strip_suffix('均').unwrap_or(phrase);
    let field = responsibility(phrase).filter(|f| *f != Field::Deadline)?;
    Some((field, from + at + c.len_utf8()))
}

/// Whether a 为 there opens a clause of purpose ("组织机构为切实加强…的组织领导,…",
/// held-out c11525: a heading's title, then why), no copula of a label.
fn opens_purpose(at_copula: &str) -> bool {
    PURPOSE_OPENERS.starts(at_copula)
}

/// Whether a 为 there gives a post holder a place in a roster ("分管领导为副组长",
/// held-out c13228: [`ROSTER_PLACES`]), no copula of a label.
fn names_a_roster_place(at_copula: &str) -> bool {
    let mut chars = at_copula.chars();
    chars.next();
    ROSTER_PLACES.starts(chars.as_str())
}

/// The longest pointer and what it points at ("该项目标").
const MAX_POINTER_CHARS: usize = 4;

/// The label of "【牵头单位】" (bracket at `open`, `len` bytes, closing at `close`):
/// a responsibility or deadline label alone in the bracket, with a value after it.
fn bracketed_label(key: &str, open: usize, len: usize, close: usize) -> Option<Field> {
    let phrase = key.get(open + len..close)?.trim();
    let n = phrase.chars().count();
    if !(2..=MAX_LABEL_CHARS).contains(&n) || !phrase.chars().all(in_label) {
        return None;
    }
    // The bracket sets the label apart: it may follow the value before it without a
    // boundary ("【牵头单位】X【配合单位】Y"). Role words alone in brackets are a mark
    // of the name before them ("市发展改革委【牵头】"), not a label.
    if role_words_alone(phrase).is_some() {
        return None;
    }
    Some(field_of(phrase)).filter(|f| f.is_responsibility())
}

/// True when a line starts with a responsibility label.
pub fn starts_with_label(key: &str) -> bool {
    label_at_start(key).is_some_and(Field::is_responsibility)
}

/// The field of the label that starts `key`, if one does ("牵头单位 :" and
/// "【牵头单位】" included).
pub fn label_at_start(key: &str) -> Option<Field> {
    if key.starts_with(['【', '[']) {
        let mut first = None;
        scan(key, |l| {
            first = Some(l);
            true
        });
        return first.filter(|l| l.label_start == 0).map(|l| l.field);
    }
    // The colon comes within the first few chars (three bytes each at most).
    let head = &key.as_bytes()[..key.len().min((MAX_LABEL_CHARS + 4) * 3)];
    if !head.contains(&b':') {
        return None;
    }
    // A label is at most MAX_LABEL_CHARS chars and its colon follows it (spaces
    // between): only the head of the line is looked at.
    let colon = key
        .char_indices()
        .take(MAX_LABEL_CHARS + 2 + MAX_BRACKET_IN_LABEL_CHARS + 4)
        .find(|&(_, c)| c == ':' || !(in_label(c) || matches!(c, ' ' | '(' | ')')))
        .filter(|&(_, c)| c == ':')?
        .0;
    match label_before(key, colon) {
        Some((0, field)) => Some(field),
        _ => None,
    }
}

/// A line that is a responsibility or deadline label and nothing else, without its
/// colon: a key/value table copied one cell per line gives "责任单位" and then, on
/// the next line, its value. (A table's header cells look the same: tables are
/// found first.)
pub fn bare_label(key: &str) -> Option<Field> {
    let k = key.trim_end();
    // (A byte count first: most lines are longer than any label.)
    if k.len() > MAX_LABEL_CHARS * 3 {
        return None;
    }
    let n = k.chars().count();
    if !(4..=MAX_LABEL_CHARS).contains(&n) || !k.chars().all(in_label) {
        return None;
    }
    // (Not 职责分工 or 部门分工: their value is a sentence of who does what, never a
    // cell below them: "职责分工" over a column of units and duties is a header.)
    Some(field_of(k)).filter(|f| f.is_responsibility() && *f != Field::Assign)
}

/// The spaces that stand for a label's colon: a responsibility or deadline label
/// ([`bare_label`]) that opens the line, then a space and its value ("牵头单位 县发改
/// 局", "责任领导 张三"), and the labels after such a value ("牵头单位 县发改局 完成时
/// 限 2024年底"): a form pasted with spaces for its colons. The byte offset of the
/// first space after each such label. The value must be what its label asks for (a
/// unit's name, a person, a date): a table's header is words of the same look ("责任单
/// 位 外贸出口目标 实到外资目标", c10626); so is a row of cells between bars, or of
/// more than a label and its value between tabs.
pub fn spaced_label_colons(key: &str) -> Vec<usize> {
    let is_space = |c: char| c == ' ';
    // (Memchr-backed searches, the space first: most lines have neither a space nor a
    // tab. A line that writes its colons, "公开责任部门 紫阳县政府办公室 公开形式: 主动
    // 公开" of a site's metadata, c2004, has no spaces for them.)
    let b = key.as_bytes();
    if (!b.contains(&b' ') && !b.contains(&b'\t')) || b.contains(&b'|') || b.contains(&b':') {
        return Vec::new();
    }
    // "牵头单位\t县发改局": a row of two cells, a label and its value, of a task's card
    // copied from a Word table.
    if let Some(tab) = key.find('\t') {
        let (label, value) = (key[..tab].trim_end(), key[tab + 1..].trim_start());
        let fits = !value.contains('\t')
            && bare_label(label).is_some_and(|f| value_fits(f, value))
            && bare_label(value).is_none();
        return if fits { vec![tab] } else { Vec::new() };
    }
    let mut colons = Vec::new();
    let mut word_start = Some(0);
    for (i, c) in key.char_indices() {
        if !is_space(c) {
            if word_start.is_none() && key[..i].ends_with(is_space) {
                word_start = Some(i);
            }
            continue;
        }
        let Some(start) = word_start.take() else {
            continue;
        };
        // (The first label opens the line; later ones follow a label's value.)
        if start > 0 && colons.is_empty() {
            break;
        }
        let Some(field) = bare_label(&key[start..i]) else {
            continue;
        };
        let value = key[i..].trim_start_matches(is_space);
        let first = value.split(is_space).next().unwrap_or_default();
        if value_fits(field, first) && bare_label(first).is_none() {
            colons.push(i);
        }
    }
    colons
}

/// Whether the first word of a spaced label's value is what the label asks for: a date
/// for a deadline, a person or a post for a leader, a unit's name (or a list of them)
/// for units.
fn value_fits(field: Field, word: &str) -> bool {
    let name = word
        .rsplit(['、', ','])
        .next()
        .unwrap_or(word)
        .trim_end_matches(['。', ';']);
    let a_person = || {
        LEADER_TITLES.ends(name)
            || ((2..=4).contains(&name.chars().count())
                && name.chars().next().is_some_and(|c| SURNAMES.contains(c))
                && name.chars().all(super::text::is_ideograph))
    };
    let a_unit =
        || UNIT_SUFFIXES.ends(name) || (name.starts_with('各') && name.chars().nth(1).is_some());
    match field {
        Field::Deadline => super::deadline::find_inline(word).is_some_and(|(a, _)| a == 0),
        Field::Leader => a_person(),
        Field::UnitsAndLeaders(_) => a_unit() || a_person(),
        _ => a_unit(),
    }
}

/// A line that is the start of a label cut by the page's end or a wrap ("牵", "牵头",
/// "责任单", "配合单位" without its colon): a role word or a piece of one, or a role word
/// and a piece of an entity word. No name goes on into it.
pub fn is_cut_label(key: &str) -> bool {
    let k = key.trim();
    if k.is_empty() || k.len() > MAX_LABEL_CHARS * 3 {
        return false;
    }
    LABEL_ROLE_WORDS.iter().any(|&(role, _)| {
        role.starts_with(k)
            || k.strip_prefix(role).is_some_and(|rest| {
                LABEL_ENTITY_WORDS
                    .iter()
                    .any(|&(entity, _)| entity.starts_with(rest))
            })
    })
}

/// The label that ends right before the colon at byte `colon` of `key` (spaces between
/// them allowed), starting the text or after a boundary char.
pub fn label_before(key: &str, colon: usize) -> Option<(usize, Field)> {
    let head = key.get(..colon)?.trim_end_matches(' ');
    // "责任处(室):", "牵头部门(单位):": a short bracket closes the phrase. The phrase
    // is read with the bracket's words ("责任处室"), else without them ("牵头部门").
    let bracket = head
        .strip_suffix(')')
        .and_then(|h| h.rfind('('))
        .filter(|&open| {
            let inner = &head[open + 1..head.len() - 1];
            (1..=MAX_BRACKET_IN_LABEL_CHARS).contains(&inner.chars().count())
                && inner.chars().all(in_label)
        });
    // "牵 头 单 位:": a label whose letters a PDF copy set apart to fill its cell.
    if let Some(start) = spaced_run_start(head) {
        let letters: String = head[start..].chars().filter(|&c| c != ' ').collect();
        let field = field_of(&letters);
        if field.is_responsibility() {
            return Some((start, field));
        }
    }
    let phrase_end = bracket.unwrap_or(head.len());
    let start = label_run_start(&head[..phrase_end])?;
    let phrase = &head[start..phrase_end];
    let field = match bracket {
        Some(open) => {
            let inner = &head[open + 1..head.len() - 1];
            Some(field_of(&format!("{phrase}{inner}")))
                .filter(|f| f.is_responsibility())
                .unwrap_or_else(|| field_of(phrase))
        }
        None => field_of(phrase),
    };
    // "责任单位:莲塘镇任务目标:2024年…": a value run into the next label without a
    // stop. Right after a colon, a run that is no label but a unit's name and then a
    // label is the value of the label before, then a label of its own. (Or after the
    // 、 of a list: "牵头单位:农业农村局、城管局、卫健局配合单位:…".)
    let after_value = head[..start].ends_with(':')
        || (head[..start].ends_with('、') && head[..start].contains(':'));
    if let (Field::Other { .. }, None, true) = (field, bracket, after_value) {
        if let Some(at) = label_after_a_name(phrase) {
            return Some((start + at, field_of(&phrase[at..])));
        }
    }
    // "该项目标责任单位:市商务局": a word that points at the work above, then the label.
    if let (Field::Other { .. }, None) = (field, bracket) {
        let at = after_pointer(phrase);
        if let Some(f) = Some(field_of(&phrase[at..])).filter(|f| at > 0 && f.is_responsibility()) {
            return Some((start + at, f));
        }
    }
    Some((start, field))
}

/// Where the words that point at the work above end ("该项目标", "此项任务", "该",
/// "以上工作": held-out c10600's "以上工作牵头单位:"): 0 when `phrase` opens with none.
fn after_pointer(phrase: &str) -> usize {
    if let Some((_, end)) = counted_items(phrase) {
        return end;
    }
    // (Words that point at the items above name their work: "以上工作", "上述任务".)
    if let Some(p) = ABOVE_POINTERS.prefix_of(phrase) {
        return POINTED_WORK
            .prefix_of(&phrase[p.len()..])
            .map_or(0, |w| p.len() + w.len());
    }
    let Some(p) = THIS_POINTERS.prefix_of(phrase) else {
        return 0;
    };
    p.len()
        + POINTED_WORK
            .prefix_of(&phrase[p.len()..])
            .map_or(0, str::len)
}

/// The most items above that a count before a label may cover.
pub const MAX_COUNTED_ITEMS: u32 = 30;

/// A count of the items above that a label line covers, before its label ("4项目标的
/// 责任单位均为市发展改革委", "两项任务牵头单位:…"): the count, and where the words of
/// the count end (项, what it counts, 的).
pub fn counted_items(key: &str) -> Option<(u32, usize)> {
    let digits = key.bytes().take_while(u8::is_ascii_digit).count();
    let (n, mut end) = if digits > 0 {
        (key.get(..digits.min(2))?.parse().ok()?, digits)
    } else {
        let c = key.chars().next()?;
        let n = match c {
            '两' => 2,
            _ => {
                super::numbering::cn_number(&[c], 0)
                    .filter(|&(_, used)| used == 1)?
                    .0
            }
        };
        (n, c.len_utf8())
    };
    end += key[end..].strip_prefix('项').map(|_| '项'.len_utf8())?;
    end += POINTED_WORK.prefix_of(&key[end..]).map_or(0, str::len);
    end += key[end..].strip_prefix('的').map_or(0, |_| '的'.len_utf8());
    (2..=MAX_COUNTED_ITEMS).contains(&n).then_some((n, end))
}

/// Where a label starts in a run that opens with a unit's name ("莲塘镇" + "任务目标",
/// "县教育局" + "完成时限"): the first cut after a unit's ending where the rest is a
/// label of a field or a field's name ("任务目标", "建设内容").
fn label_after_a_name(phrase: &str) -> Option<usize> {
    phrase.char_indices().skip(2).map(|(i, _)| i).find(|&at| {
        let (name, rest) = phrase.split_at(at);
        UNIT_SUFFIXES.suffix_of(name).is_some()
            && rest.chars().nth(1).is_some()
            && (!matches!(field_of(rest), Field::Other { .. })
                || FIELD_NAME_ENDS.suffix_of(rest).is_some())
    })
}

/// Where a run of letters set apart by single spaces ends `head` ("牵 头 单 位"): at
/// least [`MIN_SPACED_LETTERS`] of them, at most [`MAX_LABEL_CHARS`], after a boundary.
fn spaced_run_start(head: &str) -> Option<usize> {
    let mut chars = head.char_indices().rev();
    let (mut start, last) = chars.next()?;
    if !in_label(last) {
        return None;
    }
    let mut letters = 1;
    // (Pairs of a space and a letter before it, read back from the end.)
    loop {
        match (chars.next(), chars.clone().next()) {
            (Some((_, ' ')), Some((i, c))) if in_label(c) && letters < MAX_LABEL_CHARS => {
                chars.next();
                start = i;
                letters += 1;
            }
            // (Two letters side by side: no run set apart.)
            (Some((_, c)), _) if in_label(c) => return None,
            _ => break,
        }
    }
    (letters >= MIN_SPACED_LETTERS).then_some(start)
}

/// The fewest letters of a label set apart by spaces ([`spaced_run_start`]): "单 位" alone
/// may be two words.
const MIN_SPACED_LETTERS: usize = 3;

/// Where the run of label chars that ends `head` starts: a run of 2 to
/// MAX_LABEL_CHARS chars, at the start of the text or after a boundary char.
fn label_run_start(head: &str) -> Option<usize> {
    // At most MAX_LABEL_CHARS + 1 chars are looked at (one more, to tell a run that is
    // too long).
    let mut start = head.len();
    let mut n = 0;
    for (i, c) in head.char_indices().rev() {
        if !in_label(c) {
            break;
        }
        start = i;
        n += 1;
        if n > MAX_LABEL_CHARS {
            return None;
        }
    }
    if n < 2 {
        return None;
    }
    head[..start]
        .chars()
        .next_back()
        .is_none_or(is_boundary)
        .then_some(start)
}

/// The field a label phrase names.
pub fn field_of(phrase: &str) -> Field {
    if is_deadline_label(phrase) {
        return Field::Deadline;
    }
    if ASSIGNMENT_LABELS.contains(&phrase) {
        return Field::Assign;
    }
    if let Some(f) = responsibility(phrase) {
        return f;
    }
    if let Some(f) = compound(phrase) {
        return f;
    }
    let role_like = !NOT_ROLE_PERSON_LABELS.contains(&phrase)
        && LABEL_ENTITY_WORDS.iter().any(|(w, _)| phrase.ends_with(w))
        && phrase.chars().count() <= 8;
    Field::Other { role_like }
}

/// What joins two labels into one ("牵头单位及责任人", "牵头单位/责任人").
const JOINERS: [char; 5] = ['及', '和', '与', '、', '/'];

/// Two labels joined by 及/和/与/、// into one, a unit label and a leader label:
/// "牵头单位及责任人", "责任单位和责任人", "责任领导及责任单位", "牵头领导及单位" (the
/// second without its role words shares the first's).
fn compound(phrase: &str) -> Option<Field> {
    let (at, joiner) = phrase.char_indices().find(|&(_, c)| JOINERS.contains(&c))?;
    let (a, b) = (&phrase[..at], &phrase[at + joiner.len_utf8()..]);
    let first = responsibility(a)?;
    let second = responsibility(b).or_else(|| {
        // The entity alone: the role words of the first before it.
        let entity = LABEL_ENTITY_WORDS.iter().find(|(w, _)| *w == b)?;
        let body = LABEL_ENTITY_WORDS
            .iter()
            .find_map(|(w, _)| a.strip_suffix(w))?;
        responsibility(&format!("{body}{}", entity.0))
    })?;
    match (first, second) {
        (Field::Leader, f) | (f, Field::Leader) => f.unit_mark().map(Field::UnitsAndLeaders),
        _ => None,
    }
}

/// A label of role words alone, the entity understood ("牵头:X", "配合:Y", "主办:",
/// "协办:"): units that lead or cooperate. Words of responsibility alone ("落实:",
/// "责任:") or of a leader's relation ("分管:") name no field without their entity.
fn role_words_alone(phrase: &str) -> Option<Field> {
    // Two role words at most ("牵头", "协办", "牵头负责"): a cheap test first.
    if phrase.len() > 4 * 3 {
        return None;
    }
    let (mut lead, mut host, mut coop) = (false, false, false);
    let mut rest = phrase;
    while !rest.is_empty() {
        // A filler may stand among them ("具体负责:", "主要牵头:").
        if let Some(f) = LABEL_FILLERS
            .prefix_of(rest)
            .filter(|_| role_word_at(rest).is_none())
        {
            rest = &rest[f.len()..];
            continue;
        }
        let (w, role) = role_word_at(rest)?;
        match role {
            RoleWord::Lead | RoleWord::Charge => lead = true,
            RoleWord::Host => host = true,
            RoleWord::Coop => coop = true,
            RoleWord::Resp | RoleWord::Member | RoleWord::Oversee | RoleWord::Assess => {
                return None
            }
        }
        rest = &rest[w.len()..];
    }
    if coop {
        Some(Field::Coop)
    } else if lead {
        Some(Field::Lead)
    } else if host {
        Some(Field::Resp)
    } else {
        None
    }
}

/// Whether a phrase is one of the time words alone ("时间", "节点"): a deadline's
/// label only where other labels say the line is about a task.
pub fn is_time_word(phrase: &str) -> bool {
    DEADLINE_TIME_WORDS.iter().any(|(w, _)| *w == phrase)
}

/// Whether a phrase is a deadline label by its words (see [`DEADLINE_TIME_WORDS`]):
/// qualifiers, time words, an optional 要求.
fn is_deadline_label(phrase: &str) -> bool {
    if EFFECTIVE_DATE_LABELS.contains(&phrase) {
        return false;
    }
    // "时间要求", "时间进度": a time that is asked for, a time schedule.
    let mut rest = phrase;
    let mut asked = false;
    while let Some(t) = DEADLINE_TAILS.iter().find(|t| rest.ends_with(**t)) {
        rest = &rest[..rest.len() - t.len()];
        asked = true;
    }
    let (mut time_words, mut alone) = (0, asked);
    while let Some((w, a)) = DEADLINE_TIME_WORDS
        .iter()
        .filter(|(w, _)| rest.ends_with(*w))
        .max_by_key(|(w, _)| w.len())
    {
        rest = &rest[..rest.len() - w.len()];
        time_words += 1;
        alone |= *a == Alone::Yes;
    }
    let mut qualified = false;
    while let Some(w) = DEADLINE_QUALIFIERS.iter().find(|w| rest.starts_with(**w)) {
        rest = &rest[w.len()..];
        qualified = true;
    }
    rest.is_empty() && time_words > 0 && (qualified || alone || time_words > 1)
}

/// The longest role word `s` starts with, and its role (an index by first char, built
/// from [`LABEL_ROLE_WORDS`] on first use).
fn role_word_at(s: &str) -> Option<(&'static str, RoleWord)> {
    use std::sync::OnceLock;
    static BY_FIRST: OnceLock<Vec<(char, &'static str, RoleWord)>> = OnceLock::new();
    let index = BY_FIRST.get_or_init(|| {
        let mut v: Vec<(char, &'static str, RoleWord)> = LABEL_ROLE_WORDS
            .iter()
            .filter_map(|&(w, r)| Some((w.chars().next()?, w, r)))
            .collect();
        crate::sort::sort_by_key(&mut v, |(c, w, _)| (*c, std::cmp::Reverse(w.len())));
        v
    });
    let c = s.chars().next()?;
    let a = index.partition_point(|(k, ..)| *k < c);
    index[a..]
        .iter()
        .take_while(|(k, ..)| *k == c)
        .find(|(_, w, _)| s.starts_with(w))
        .map(|&(_, w, r)| (w, r))
}

/// Reads a responsibility label by its words: fillers and role words, then an entity
/// word. None when the phrase is not one.
pub fn responsibility(phrase: &str) -> Option<Field> {
    // "加强组织领导", "组织领导为…": a verb of leading (a plan's 保障措施 heading) ends
    // like a leader label (组织 + 领导) but names no one's role.
    if NOT_ROLE_PERSON_LABELS.contains(&phrase) || LEADING_VERBS.ends(phrase) {
        return None;
    }
    let Some((body, entity)) = LABEL_ENTITY_WORDS
        .iter()
        .filter_map(|&(w, e)| phrase.strip_suffix(w).map(|b| (b, e)))
        .min_by_key(|(b, _)| b.len())
    else {
        return role_words_alone(phrase).or_else(|| post_label(phrase));
    };
    // ("相关单位": the units concerned, beside a lead.)
    if entity == Entity::Unit && CONCERNED_ROLE_WORDS.words.contains(&body) {
        return Some(Field::Coop);
    }
    // The words before the entity, read from the start: each a role word or a filler.
    // One word of what the role is about may come first ("数据" of 数据提供单位), or a
    // longer one of [`LABEL_OBJECTS`] ("问题整改" of 问题整改责任单位).
    let (mut lead, mut host, mut resp, mut coop, mut oversee) = (false, false, false, false, false);
    let mut member = false;
    let mut charge = false;
    let mut assess = false;
    let mut rest = body;
    let starts_with_role = |r: &str| role_word_at(r).is_some();
    if !starts_with_role(rest) && !LABEL_FILLERS.starts(rest) {
        let object = rest.char_indices().nth(2).map_or(rest.len(), |(i, _)| i);
        let listed = LABEL_OBJECTS.prefix_of(rest).map_or(0, str::len);
        for at in [object, listed] {
            if at > 0 && starts_with_role(&rest[at..]) {
                rest = &rest[at..];
                break;
            }
        }
    }
    while !rest.is_empty() {
        if let Some((w, role)) = role_word_at(rest) {
            match role {
                RoleWord::Lead => lead = true,
                RoleWord::Charge => charge = true,
                RoleWord::Host => host = true,
                RoleWord::Resp => resp = true,
                RoleWord::Coop => coop = true,
                RoleWord::Member => member = true,
                RoleWord::Oversee => oversee = true,
                RoleWord::Assess => assess = true,
            }
            rest = &rest[w.len()..];
        } else if let Some(w) = LABEL_FILLERS.prefix_of(rest) {
            rest = &rest[w.len()..];
        } else if entity == Entity::Leader && rest.chars().count() <= MAX_LEADER_RELATION_CHARS {
            // A leader's relation to the task in words of its own ("挂点领导", "蹲点领
            // 导", "帮扶领导"): a leader label whatever the words.
            return Some(Field::Leader);
        } else {
            return None;
        }
    }
    match entity {
        Entity::Leader => Some(Field::Leader),
        // 责任人, 牵头责任人, 牵头人 (held-out c12140): a leader. Other persons (联系人,
        // 负责人, 配合责任人) are not responsibility labels.
        Entity::Person => ((resp || lead) && !coop).then_some(Field::Leader),
        // (Who scores the work: a field understood, whose value is no doer.)
        Entity::Unit if assess => Some(Field::Other { role_like: false }),
        Entity::Unit | Entity::Principal if coop => Some(Field::Coop),
        Entity::Principal if lead || resp || host || charge => Some(Field::Lead),
        Entity::Unit if lead => Some(Field::Lead),
        Entity::Unit if resp || host || charge => Some(Field::Resp),
        Entity::Unit if member => Some(Field::Member),
        // A unit with no role word ("有关单位:") or only a leader's ("分管单位") is no label.
        Entity::Unit | Entity::Principal => {
            let _ = oversee;
            None
        }
    }
}

/// A leader label whose entity is the leader's post ("分管副市长", "联系副秘书长", "牵头
/// 县长"): role words (not cooperating ones) and fillers, then a post. Without a role
/// word a post is no label: "市长:" opens what a mayor said in minutes.
fn post_label(phrase: &str) -> Option<Field> {
    let title = LEADER_TITLES.suffix_of(phrase)?;
    let mut rest = &phrase[..phrase.len() - title.len()];
    let mut role = false;
    // "常务副", "副" before the title (posts that are role words too: "分管").
    while let Some(p) = POSTS.suffix_of(rest) {
        if let Some((_, r)) = role_word_at(p).filter(|(w, _)| w.len() == p.len()) {
            if r == RoleWord::Coop {
                return None;
            }
            role = true;
        }
        rest = &rest[..rest.len() - p.len()];
    }
    while !rest.is_empty() {
        if let Some((w, r)) = role_word_at(rest) {
            if r == RoleWord::Coop {
                return None;
            }
            role = true;
            rest = &rest[w.len()..];
        } else {
            rest = &rest[LABEL_FILLERS.prefix_of(rest)?.len()..];
        }
    }
    role.then_some(Field::Leader)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field and value of each label of `k`.
    fn fields_of(k: &str) -> Vec<(Field, &str)> {
        find_labels(k)
            .iter()
            .map(|l| (l.field, &k[l.start..l.end]))
            .collect()
    }

    /// A label whose letters a PDF copy set apart ("牵 头 单 位:", "责 任 人:", c3606);
    /// not words that happen to stand apart ("单 位:" is two letters only).
    #[test]
    fn labels_with_their_letters_set_apart() {
        assert_eq!(
            fields_of("牵 头 单 位:市发改委"),
            [(Field::Lead, "市发改委")]
        );
        assert_eq!(
            fields_of("推进项目建设。配 合 单 位:市财政局"),
            [(Field::Coop, "市财政局")]
        );
        assert_eq!(fields_of("责 任 人:安洪海"), [(Field::Leader, "安洪海")]);
        assert!(fields_of("单 位:市财政局")
            .iter()
            .all(|(f, _)| !f.is_responsibility()));
    }

    /// "相关单位" beside "牵头单位" (held-out c13410): the units concerned cooperate;
    /// 相关 inside a name is no role ("区级相关部门", an addressee "市直相关单位").
    #[test]
    fn the_units_concerned_cooperate() {
        assert_eq!(responsibility("相关单位"), Some(Field::Coop));
        assert_eq!(responsibility("相关部门"), Some(Field::Coop));
        assert_eq!(responsibility("区级相关部门"), None);
        assert_eq!(responsibility("市直相关单位"), None);
        assert_eq!(
            fields_of("牵头单位:市文物局 相关单位:市水务局、市政府办"),
            [
                (Field::Lead, "市文物局 "),
                (Field::Coop, "市水务局、市政府办")
            ]
        );
    }

    /// A level and 直 or 属 before the role words ("(市直责任单位:…)", held-out c13512):
    /// the bodies directly under the level, a filler as the level alone is.
    #[test]
    fn the_bodies_directly_under_a_level_are_a_filler() {
        assert_eq!(responsibility("市直责任单位"), Some(Field::Resp));
        assert_eq!(responsibility("县直牵头单位"), Some(Field::Lead));
        assert_eq!(responsibility("市属配合单位"), Some(Field::Coop));
        assert_eq!(
            fields_of("市直责任单位:市政府法制办、市直各相关单位"),
            [(Field::Resp, "市政府法制办、市直各相关单位")]
        );
    }

    /// The labels of issue 11, each read by its words.
    #[test]
    fn labels_by_their_words() {
        for (label, field) in [
            ("牵头领导", Field::Leader),
            ("牵头负责领导", Field::Leader),
            ("责任领导", Field::Leader),
            ("分管领导", Field::Leader),
            ("分管市领导", Field::Leader),
            ("分管省领导", Field::Leader),
            ("分管县领导", Field::Leader),
            ("联系领导", Field::Leader),
            ("包保领导", Field::Leader),
            ("市级领导", Field::Leader),
            ("责任人", Field::Leader),
            // The lead person of a task, beside its 具体责任人 (held-out c2201).
            ("牵头责任人", Field::Leader),
            // The person who leads the task (held-out c12140).
            ("牵头人", Field::Leader),
            ("具体责任人", Field::Leader),
            ("牵头单位", Field::Lead),
            ("牵头部门", Field::Lead),
            ("牵头责任单位", Field::Lead),
            ("主责单位", Field::Lead),
            // 主办 leads alone, and does the work beside a 牵头 unit: 责任单位's field.
            ("主办单位", Field::Resp),
            // The units in charge, as 责任单位 (held-out c9917).
            ("负责单位", Field::Resp),
            ("牵头负责部门", Field::Lead),
            ("牵头处室", Field::Lead),
            // Beside 责任单位 in a 目标责任分解书 (held-out c3100): the main ones lead.
            ("主要责任单位", Field::Lead),
            ("责任股室", Field::Resp),
            ("责任主体", Field::Lead),
            ("责任单位", Field::Resp),
            ("责任部门", Field::Resp),
            ("实施单位", Field::Resp),
            // Who holds an activity of a 活动方案 (held-out c3404).
            ("组织单位", Field::Resp),
            // The units a task is given to (held-out c11880).
            ("任务单位", Field::Resp),
            ("任务部门", Field::Resp),
            ("配合单位", Field::Coop),
            ("协同单位", Field::Coop),
            ("协同责任单位", Field::Coop),
            ("协办单位", Field::Coop),
            ("会办单位", Field::Coop),
            ("参与单位", Field::Coop),
            ("参加单位", Field::Coop),
            ("协助单位", Field::Coop),
            ("会同单位", Field::Coop),
            ("配合部门", Field::Coop),
            ("对接单位", Field::Coop),
            ("数据提供单位", Field::Coop),
            ("问题整改责任单位", Field::Resp),
            ("整改责任单位", Field::Resp),
            ("提供单位", Field::Coop),
            // A group's members: cooperating beside its 牵头部门 (held-out c10220).
            ("成员单位", Field::Member),
            ("完成时限", Field::Deadline),
            // A 督办单's time to handle the matter.
            ("办理时限", Field::Deadline),
            ("计划完成时间", Field::Deadline),
            ("完成时限要求", Field::Deadline),
            ("时间节点", Field::Deadline),
            ("办结日期", Field::Deadline),
            ("时间要求", Field::Deadline),
            ("整改期限", Field::Deadline),
            // When an activity of a 活动方案 is held (held-out c3404).
            ("活动时间", Field::Deadline),
            ("时限", Field::Deadline),
            ("部门分工", Field::Assign),
            // Role words alone, the entity understood.
            ("牵头", Field::Lead),
            ("主办", Field::Resp),
            ("配合", Field::Coop),
            ("协办", Field::Coop),
            ("参与", Field::Coop),
        ] {
            assert_eq!(field_of(label), field, "{label}");
        }
        for other in [
            "联系人",
            "督办人",
            "有关单位",
            "目标任务",
            "实际完成情况",
            "具体要求",
            "发布时间",
            "成文日期",
            // The date a law takes effect, on a law site's record (held-out c4102).
            "实施日期",
            "实际完成时间",
            "进度",
            "时间",
            "日期",
            // Without their entity these name no field.
            "落实",
            "分管",
            "责任",
        ] {
            assert!(matches!(field_of(other), Field::Other { .. }), "{other}");
        }
        assert_eq!(field_of("督导单位"), Field::Other { role_like: true });
        assert_eq!(field_of("目标任务"), Field::Other { role_like: false });
    }

    /// The start of a label cut before its colon (c3502's last line, "牵"), which no
    /// name goes on into; names are none.
    #[test]
    fn labels_cut_before_their_colon() {
        for k in ["牵", "牵头", "牵头单", "责任单位", "配合"] {
            assert!(is_cut_label(k), "{k}");
        }
        for k in ["刘希明", "市财政局", "副市长", ""] {
            assert!(!is_cut_label(k), "{k}");
        }
    }

    /// A leader label may name the leader's relation in words of its own.
    #[test]
    fn leader_labels_with_words_of_their_own() {
        for label in ["挂点领导", "蹲点领导", "帮扶领导", "县级挂点领导"] {
            assert_eq!(field_of(label), Field::Leader, "{label}");
        }
        // A post as the entity, after a role word: a leader label; a post alone is none.
        for label in [
            "分管副市长",
            "联系副秘书长",
            "分管市领导",
            "包保县长",
            "牵头常务副县长",
        ] {
            assert_eq!(field_of(label), Field::Leader, "{label}");
        }
        for label in ["市长", "副市长", "配合副市长", "增长"] {
            assert!(matches!(field_of(label), Field::Other { .. }), "{label}");
        }
        // Not a unit label: unknown words before 单位 name nothing.
        assert!(matches!(field_of("挂点单位"), Field::Other { .. }));
        // Nor a verb of leading that ends like one (组织 + 领导): a 保障措施 heading.
        for phrase in ["组织领导", "加强组织领导", "统一领导"] {
            assert_eq!(responsibility(phrase), None, "{phrase}");
        }
    }

    /// Role words alone with a filler among them are a label too: "具体负责:X".
    /// A short bracket closes a label phrase: its words complete the entity
    /// ("责任处(室)" → 处室) or add nothing ("牵头部门(单位)").
    #[test]
    fn labels_closed_by_a_bracket() {
        assert!(starts_with_label("责任处(室):规划处"));
        assert_eq!(label_at_start("责任处(室):规划处"), Some(Field::Resp));
        assert_eq!(label_at_start("配合处(室):财务处"), Some(Field::Coop));
        assert_eq!(label_at_start("牵头部门(单位):县发改局"), Some(Field::Lead));
        assert_eq!(label_at_start("执行单位:县发改局"), Some(Field::Resp));
        // (Not 支持: "技术支持单位:" is a site's footer.)
        // A bracket that is no part of a label phrase: a note.
        assert_eq!(label_at_start("(一)工作目标:完成建设"), None);
    }

    /// Who scores the work is named by a label, but does none of it (held-out c11966,
    /// c11584).
    #[test]
    fn an_assessors_label_names_no_doer() {
        for l in ["考评责任单位", "考核单位", "考核责任单位"] {
            assert_eq!(field_of(l), Field::Other { role_like: false }, "{l}");
        }
        assert_eq!(field_of("责任单位"), Field::Resp);
    }

    #[test]
    fn role_words_alone_with_a_filler() {
        assert_eq!(field_of("具体负责"), Field::Lead);
        assert_eq!(field_of("主要牵头"), Field::Lead);
        assert!(matches!(field_of("具体"), Field::Other { .. }));
    }

    /// A unit label and a leader label joined into one: the units' field, with leaders.
    #[test]
    fn two_labels_joined_in_one() {
        for (label, field) in [
            ("牵头单位及责任人", Field::UnitsAndLeaders(Mark::Lead)),
            ("责任单位和责任人", Field::UnitsAndLeaders(Mark::Resp)),
            ("整改责任单位及责任人", Field::UnitsAndLeaders(Mark::Resp)),
            ("责任领导与责任单位", Field::UnitsAndLeaders(Mark::Resp)),
            ("牵头领导及单位", Field::UnitsAndLeaders(Mark::Lead)),
            ("配合单位及责任人", Field::UnitsAndLeaders(Mark::Coop)),
        ] {
            assert_eq!(field_of(label), field, "{label}");
        }
        // Two unit labels, or a contact person, are no such pair.
        assert!(matches!(
            field_of("牵头单位及配合单位"),
            Field::Other { .. }
        ));
        assert!(matches!(field_of("责任单位及联系人"), Field::Other { .. }));
    }

    #[test]
    fn labels_in_a_line() {
        let k = "牵头领导:林静国 责任单位:市指挥部 项目责任人:尹文德 配合单位:市城管局、市财政局 实际完成情况:已完成";
        let fields = fields_of(k);
        assert_eq!(
            fields,
            [
                (Field::Leader, "林静国 "),
                (Field::Resp, "市指挥部 "),
                (Field::Other { role_like: false }, "尹文德 "),
                (Field::Coop, "市城管局、市财政局 "),
                (Field::Other { role_like: false }, "已完成"),
            ]
        );
        assert_eq!(first_label("1.做好工作。牵头单位:市发改局"), Some(17));
        assert!(starts_with_label("牵头单位 :市发改局"));
        assert!(starts_with_label("分管省领导:林克庆"));
        assert!(!starts_with_label("目标任务:优化教育布局"));
        // A colon inside brackets closes no label; a time is no label.
        assert!(find_labels("做好(牵头单位:市发改局)工作").is_empty());
        assert!(find_labels("会议10:30开始").is_empty());
        // A label must start the text or follow a boundary.
        assert!(first_label("做好工作牵头单位:市发改局").is_none());
        // A label written twice: the second holds the value (held-out c3404).
        assert_eq!(
            fields_of("组织单位:组织单位:县安办、各乡镇人民政府"),
            [(Field::Resp, ""), (Field::Resp, "县安办、各乡镇人民政府")]
        );
        // A value run into the next label without a stop (held-out c3500): the unit's
        // name is the value, the field's name a label; a name alone is no label.
        assert_eq!(
            fields_of("责任单位:莲塘镇任务目标:改造小区"),
            [
                (Field::Resp, "莲塘镇"),
                (Field::Other { role_like: false }, "改造小区")
            ]
        );
        assert_eq!(
            fields_of("牵头单位:县教育局完成时限:6月底"),
            [(Field::Lead, "县教育局"), (Field::Deadline, "6月底")]
        );
        // The same after the 、 of a list (held-out c8202).
        assert_eq!(
            fields_of("牵头单位:农业农村局、卫健局配合单位:各镇人民政府"),
            [
                (Field::Lead, "农业农村局、卫健局"),
                (Field::Coop, "各镇人民政府")
            ]
        );
        assert_eq!(
            fields_of("责任单位:工作目标:改造小区"),
            [
                (Field::Resp, ""),
                (Field::Other { role_like: false }, "改造小区")
            ]
        );
        // Labels in square brackets, as some tables-turned-text write them.
        let k = "【牵头领导】王明 【牵头单位】市发改委";
        let fields = fields_of(k);
        assert_eq!(
            fields,
            [(Field::Leader, "王明 "), (Field::Lead, "市发改委")]
        );
        assert!(starts_with_label("【配合单位】市财政局"));
        assert!(!starts_with_label("【公共设施】"));
        assert!(find_labels("做好工作【区财政局】").is_empty());
        // 为 or 是 in place of the colon, after a responsibility label only.
        let k = "推进项目建设。牵头单位为县发改局,配合单位是县财政局";
        let at = copula_colons(k);
        assert_eq!(at.len(), 2);
        assert_eq!(
            &k[at[0] + '为'.len_utf8()..at[1] - "配合单位".len()],
            "县发改局,"
        );
        assert!(copula_colons("力争成为全省示范").is_empty());
        assert!(copula_colons("重点是各责任单位").is_empty());
        assert!(copula_colons("完成时间为6月底").is_empty());
        // 为 opening a clause of purpose after a heading's title (held-out c11525).
        assert!(copula_colons("组织机构为切实加强清廉学校建设工作的组织领导").is_empty());
        // A post holder's place in a roster (held-out c13228), no label's value.
        let roster = "成立由镇长为组长、分管领导为副组长、相关职能部门负责人为成员的领导小组";
        assert!(copula_colons(roster).is_empty());
        assert!(copula_label_at_start("分管领导为副组长的领导小组").is_none());
        assert_eq!(copula_colons("牵头领导为张三,责任单位为县发改局").len(), 2);
        assert!(copula_label_at_start("组织机构为切实加强组织领导,确保落实到位").is_none());
        // At a line's start, after a word that points at the work above or a count of
        // the items it covers (held-out c4400).
        for (k, field, value) in [
            ("责任单位为市经委。", Field::Resp, "市经委。"),
            ("该目标责任单位为市财政局。", Field::Resp, "市财政局。"),
            ("该项任务牵头单位是县发改局", Field::Lead, "县发改局"),
            (
                "4项目标的责任单位均为市发展改革委。",
                Field::Resp,
                "市发展改革委。",
            ),
        ] {
            let (f, at) = copula_label_at_start(k).unwrap_or_else(|| panic!("{k}"));
            assert_eq!((f, &k[at..]), (field, value));
        }
        for k in ["力争成为全省示范", "重点是各责任单位", "该项目为省重点项目"]
        {
            assert!(copula_label_at_start(k).is_none(), "{k}");
        }
        assert_eq!(counted_items("4项目标的责任单位").map(|c| c.0), Some(4));
        assert_eq!(counted_items("两项任务牵头单位").map(|c| c.0), Some(2));
        assert_eq!(counted_items("项目标的"), None);
        assert_eq!(
            fields_of("该项目标责任单位:市商务局"),
            [(Field::Resp, "市商务局")]
        );
        // A label alone on its line without its colon.
        assert_eq!(bare_label("责任单位"), Some(Field::Resp));
        assert_eq!(bare_label("牵头领导"), Some(Field::Leader));
        assert_eq!(bare_label("完成时限"), Some(Field::Deadline));
        // A time schedule is when each task is done (held-out c9401); progress alone
        // is no deadline.
        assert_eq!(bare_label("时间进度"), Some(Field::Deadline));
        assert_eq!(bare_label("时间进度要求"), Some(Field::Deadline));
        assert_ne!(bare_label("完成进度"), Some(Field::Deadline));
        assert_ne!(bare_label("进度要求"), Some(Field::Deadline));
        assert_eq!(bare_label("具体任务"), None);
        assert_eq!(bare_label("牵头"), None);
        // A sentence's label alone is a header over a column (held-out c2003).
        assert_eq!(bare_label("职责分工"), None);
        assert_eq!(bare_label("责任单位要加强领导"), None);
        // The bracket sets a label apart from the value before it.
        let k = "推进项目建设。【牵头单位】县发改局【配合单位】县财政局";
        let fields = fields_of(k);
        assert_eq!(
            fields,
            [(Field::Lead, "县发改局"), (Field::Coop, "县财政局")]
        );
    }

    #[test]
    fn spaces_that_stand_for_colons() {
        let at = |k: &str| spaced_label_colons(k);
        assert_eq!(at("牵头单位 县发改局"), [12]);
        assert_eq!(at("责任领导 张三"), [12]);
        let k = "牵头单位 县发改局 完成时限 2024年12月底";
        assert_eq!(at(k).len(), 2);
        // A table's header, a row between bars or tabs, a line with its own colons.
        assert!(at("责任单位 外贸出口目标 实到外资目标").is_empty());
        assert!(at("序号 目标任务 责任单位 上半年推进情况").is_empty());
        assert!(at("牵头单位 配合单位 完成时限").is_empty());
        assert!(at("责任单位 | 县发改局 |").is_empty());
        assert_eq!(at("牵头单位\t县发改局"), [12]);
        assert!(at("牵头单位\t县发改局\t县财政局").is_empty());
        assert!(at("公开责任部门 紫阳县政府办公室 公开形式: 主动公开").is_empty());
        // A deadline's value is a date.
        assert!(at("完成时限 按计划推进").is_empty());
    }
}

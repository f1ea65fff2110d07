//! Tables copied from Word or Excel: cells separated by tabs, a header row such as
//! 序号 / 重点工作 / 牵头单位 / 配合单位 / 完成时限. The header gives each column a
//! role; each row becomes an item whose responsibility cells are turned into the
//! same labelled clauses a label line would give ("牵头单位:…").
//!
//! A cell with line breaks spans several lines of the paste. Excel (and WPS) quote
//! such a cell on the clipboard (`"市财政局⏎市自然资源局"`, `""` standing for a quote):
//! [`read_row`] reads it as one cell. Word does not quote: the tree joins the lines of
//! a row that has too few cells with the lines that complete it.

use super::label::{self, Field};
use super::numbering::Style;
use super::words::{
    Entity, Mark, RoleWord, FACT_COLUMN_WORDS, FOLLOW_UP_COLUMN_WORDS, LABEL_ENTITY_WORDS,
    LABEL_ROLE_WORDS, OWN_COLUMN_WORDS, PLACE_COLUMN_WORDS, TOTAL_ROW_WORDS, WORK_COLUMN_ENDS,
};

/// What a table column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Number,
    Text,
    Leader,
    Lead,
    Resp,
    Coop,
    Deadline,
    /// 所属章节: the section the task belongs to, as written ("一、总体要求").
    Section,
    /// 原文编号: the task's number in the source document ("(一)"), preferred to 序号.
    SourceNumber,
    /// 状态, 备注 and any other column: kept as a paragraph of the task, not its text.
    Other,
    /// 建设地点, 实施地点: where the work is done. Its cells name towns and districts
    /// as places, not as units that do the work; kept as a paragraph, like
    /// [`Column::Other`].
    Place,
}

impl Column {
    /// Whether the column holds who does the work: its leaders or its units.
    pub fn names_who(self) -> bool {
        matches!(
            self,
            Column::Lead | Column::Resp | Column::Coop | Column::Leader
        )
    }

    /// Whether a cell of this column merged over rows holds for each of them: who does
    /// the work, by when, the category (a row whose cell was merged with the row above
    /// takes the row above's).
    pub fn shared_by_merged_rows(self) -> bool {
        self.names_who() || matches!(self, Column::Deadline | Column::Section)
    }

    /// The label a cell of this column stands for.
    pub fn label(self) -> Option<&'static str> {
        Some(match self {
            Column::Leader => "牵头领导",
            Column::Lead => "牵头单位",
            Column::Resp => "责任单位",
            Column::Coop => "配合单位",
            Column::Deadline => "完成时限",
            _ => return None,
        })
    }
}

/// The longest header cell, in chars.
pub(super) const MAX_HEADER_CHARS: usize = 14;
/// A header cell's text without spaces, bars and bracketed notes ("牵头单位（部门）").
pub(super) fn header_word(cell: &str) -> std::borrow::Cow<'_, str> {
    if !cell.contains(['(', '（', '[', '【', ' ', '\t', '|', '│', '\u{3000}']) {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut out = String::new();
    let mut depth = 0usize;
    for c in cell.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            ' ' | '\t' | '|' | '│' | '\u{3000}' => {}
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.into()
}

/// The longest of the names that a header cell joins with 、 ("执行措施、实施步骤").
const MAX_NAME_IN_PAIR_CHARS: usize = 6;

/// The column a header cell names, or None when it is no column name.
pub fn column_of(cell: &str) -> Option<Column> {
    let c = header_word(cell);
    let n = c.chars().count();
    // Digits only as a period before the name ("2022年预期目标", "1-10月推进情况"),
    // never alone (a 分值 cell) nor as a quantity (5.5%).
    let digits = c.chars().filter(char::is_ascii_digit).count();
    if n == 0 || n > MAX_HEADER_CHARS || digits * 2 >= n {
        return None;
    }
    if c.contains(['。', ',', ';', ':', '%', '.']) {
        return None;
    }
    // "执行措施、实施步骤", "工作进展、取得成效": one column named twice over; the first
    // name says what it holds. (Short names, written together: "管理事项 中考、高考保障"
    // is a field and its value.)
    if c.contains('、') {
        let named_twice = !cell.trim().contains(' ')
            && c.split('、')
                .all(|p| (2..=MAX_NAME_IN_PAIR_CHARS).contains(&p.chars().count()));
        return c
            .split_once('、')
            .filter(|_| named_twice)
            .and_then(|(first, _)| column_of(first));
    }
    let has = |ws: &[&str]| ws.iter().any(|w| c.contains(w));
    if has(&["原文编号", "原编号"]) {
        return Some(Column::SourceNumber);
    }
    if has(&["序号", "编号"]) && n <= 4 {
        return Some(Column::Number);
    }
    // (Or what the category is of: "事项分类", "项目类别", "工作领域".)
    if has(&["章节", "所属部分", "所属类别"])
        || matches!(&*c, "项目" | "类别" | "分类" | "领域" | "板块" | "类型")
        || (n <= 6
            && ["分类", "类别", "领域", "板块"]
                .iter()
                .any(|w| c.ends_with(w)))
    {
        return Some(Column::Section);
    }
    if OWN_COLUMN_WORDS.iter().any(|w| c.starts_with(w)) {
        return Some(Column::Other);
    }
    match label::field_of(&c) {
        Field::Leader => return Some(Column::Leader),
        // A column of units and persons ("责任单位及责任人") is read as the units'.
        Field::Lead | Field::UnitsAndLeaders(Mark::Lead) => return Some(Column::Lead),
        Field::Coop | Field::UnitsAndLeaders(Mark::Coop) => return Some(Column::Coop),
        // A column of a group's members ("成员单位 | 工作职责"): each row's units do its
        // work, and cooperate beside a 牵头单位 column, as responsible units do.
        Field::Resp | Field::Member | Field::Assign | Field::UnitsAndLeaders(_) => {
            return Some(Column::Resp)
        }
        Field::Deadline => return Some(Column::Deadline),
        Field::Other { .. } => {}
    }
    // A column of persons: who answers for the task (责任人, 负责人: as a label line a
    // 负责人 is often a contact's, as a column it is the task's own) is its leader; who
    // takes part (参与人, 协助人) is neither leader nor unit, kept as a note.
    let persons = c.ends_with('人');
    if has(&["领导", "责任人"]) || (persons && c.ends_with("负责人")) {
        Some(Column::Leader)
    } else if persons
        && LABEL_ROLE_WORDS
            .iter()
            .any(|&(w, r)| r == RoleWord::Coop && c.contains(w))
    {
        Some(Column::Other)
    } else if has(&["配合", "协办", "参与", "协同"]) {
        Some(Column::Coop)
    } else if has(&["牵头", "主办", "主责"]) {
        Some(Column::Lead)
    } else if has(FOLLOW_UP_COLUMN_WORDS) {
        Some(Column::Other)
    } else if has(PLACE_COLUMN_WORDS) {
        Some(Column::Place)
    } else if names_facts(&c) {
        Some(Column::Other)
    } else if WORK_COLUMN_ENDS.iter().any(|w| c.ends_with(w))
        && !has(&["单位", "部门", "科室", "处室"])
    {
        // "责任目标", "责任事项": the work a unit answers for, not the unit.
        Some(Column::Text)
    } else if has(&["责任", "单位", "部门", "科室", "处室"]) || ends_with_unit_entity(&c)
    {
        Some(Column::Resp)
    } else if has(&["时限", "时间", "期限", "节点"]) {
        Some(Column::Deadline)
    } else if has(&[
        "工作", "任务", "内容", "项目", "事项", "举措", "措施", "目标", "名称", "实事", "指标",
        // "细化分工" (the work broken down), "质量标准", "目标要求".
        "细化", "标准", "要求",
    ]) {
        Some(Column::Text)
    } else {
        None
    }
}

/// Whether a column's name ends with an entity word of units ([`LABEL_ENTITY_WORDS`]),
/// whatever words of the work stand before it: "检查主体 | … | 股室" of a 双随机 plan's
/// table (held-out c13510) name who inspects, as "责任单位" does.
fn ends_with_unit_entity(name: &str) -> bool {
    LABEL_ENTITY_WORDS
        .iter()
        .any(|&(w, e)| matches!(e, Entity::Unit | Entity::Principal) && name.ends_with(w))
}

/// Whether a row's first cell says it sums the rows above ([`TOTAL_ROW_WORDS`]: "合
/// 计", "小计"): the row is no task.
pub fn opens_totals_row(first_cell: &str) -> bool {
    let w = header_word(first_cell.trim());
    TOTAL_ROW_WORDS.contains(&&*w)
}

/// Whether a column's name says it holds facts about the task ([`FACT_COLUMN_WORDS`]:
/// 年度投资金额, 建设规模): neither who does it nor by when.
pub fn names_facts(name: &str) -> bool {
    FACT_COLUMN_WORDS.iter().any(|w| name.contains(w))
}

/// Byte ranges of the tab-separated cells of a line, spaces trimmed.
pub fn cells(key: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in key.split('\t') {
        let lead = part.len() - part.trim_start().len();
        let t = part.trim();
        out.push((start + lead, start + lead + t.len()));
        start += part.len() + 1;
    }
    out
}

/// The longest header cell: column names are short ("牵头单位（部门）"), a task's text
/// that happens to hold 工作 and 配合 is not.
const MAX_HEADER_CELL_CHARS: usize = 12;

/// A line that only draws a table's rules: "| --- | :---: |" (Markdown's line under
/// the header), "+------+------+", "------": bars, dashes, colons and spaces, with at
/// least three dashes.
pub fn is_rule_line(key: &str) -> bool {
    let k = key.trim();
    k.chars()
        .filter(|c| matches!(c, '-' | '—' | '─' | '━' | '='))
        .count()
        >= 3
        && k.chars().all(|c| {
            matches!(
                c,
                '-' | '—' | '─' | '━' | '=' | ':' | '|' | '│' | '+' | '┼' | ' ' | '\t'
            )
        })
}

/// A header row: at least a text column and a responsibility column, every cell a
/// short name and none a number (so that a row of the table is never taken for one).
pub fn header(key: &str) -> Option<Vec<Column>> {
    if !names_only(key) {
        return None;
    }
    let names: Vec<&str> = cells(key).iter().map(|&(a, b)| &key[a..b]).collect();
    // Every cell of a header is a column; one that names none is kept as a note.
    let cols: Vec<Column> = names
        .iter()
        .map(|c| column_of(c).unwrap_or(Column::Other))
        .collect();
    // (As between bars: beside a column named by a role, one that only ends like a
    // unit's, "对应部门、行业领域", holds no units that do the work.)
    let cols = super::grid::settle_unit_columns(cols, &names);
    // (A header of a table pasted from Word or Excel is a header as one between bars
    // is: a text column, and who does it or a 序号, "类别\t序号\t项目名称\t工作标准";
    // but "序号\t重点工作" alone says too little, as two names one per line do.)
    let who = cols.iter().any(|c| c.names_who());
    (super::grid::is_task_header(&cols) && (who || cols.len() >= 3)).then_some(cols)
}

/// Whether a line of tabs holds names only, as a header does: every cell short and
/// none a number (a row of the table never does).
pub fn names_only(key: &str) -> bool {
    key.contains('\t')
        && cells(key)
            .into_iter()
            .all(|(a, b)| is_header_name(&key[a..b]))
}

/// Whether a cell may be a header's: short (a note in brackets not counted: "责任单位
/// (加黑为牵头单位)"), and no number.
pub fn is_header_name(c: &str) -> bool {
    header_word(c).chars().count() <= MAX_HEADER_CELL_CHARS
        && c.parse::<u32>().is_err()
        && super::numbering::recognise(c).is_none()
}

/// The names of a header whose second row a browser copied without the cells beside
/// its names ("序号\t工作任务\t责任分工\t完成时限" over "牵头单位\t配合单位"): the
/// second row's names take the place of the one cell of the first row that is of
/// their kind, who does the work (责任分工 over 牵头单位 and 配合单位,
/// [`super::grid::group_over_whos`]). None when the second row opens with empty cells
/// (Word's and Excel's copies keep them) or no one cell of the first row spans it.
fn under_spanning(top: &[Cell], sub: &[Cell]) -> Option<Vec<Cell>> {
    if sub.is_empty() || sub.len() >= top.len() {
        return None;
    }
    under_group(top, sub, super::grid::group_over_whos)
}

/// The names of a header of two rows whose second row, none of its cells empty, goes
/// in the place of the cell of the first row that `group` finds spanning it.
fn under_group(
    top: &[Cell],
    sub: &[Cell],
    group: impl Fn(&[&str], &[&str]) -> Option<usize>,
) -> Option<Vec<Cell>> {
    if sub.iter().any(|c| c.key.trim().is_empty()) {
        return None;
    }
    let top_keys: Vec<&str> = top.iter().map(|c| c.key.trim()).collect();
    let sub_keys: Vec<&str> = sub.iter().map(|c| c.key.trim()).collect();
    let k = group(&top_keys, &sub_keys)?;
    Some(
        top[..k]
            .iter()
            .chain(sub)
            .chain(&top[k + 1..])
            .cloned()
            .collect(),
    )
}

/// The names of a header whose second row a browser copied without the cells beside
/// its names, when those share a word with the one cell of the first row that names
/// their group ([`super::grid::group_by_shared_word`]: "资金来源" over "中央衔接资金",
/// "省级衔接资金", …). None when the second row has an empty cell or no cell spans it.
pub fn under_group_by_word(top: &[Cell], sub: &[Cell]) -> Option<Vec<Cell>> {
    under_group(top, sub, super::grid::group_by_shared_word)
}

/// A second header row under cells merged across columns (Word's "责任分工" over
/// "牵头单位 | 配合单位", its other cells empty under names merged down): every cell it
/// fills names a column of its own, short and no number. (No row of a table's data
/// is made of such names only.)
pub fn is_sub_header(key: &str) -> bool {
    let mut named = cells(key)
        .into_iter()
        .map(|(a, b)| &key[a..b])
        .filter(|c| !c.is_empty())
        .peekable();
    named.peek().is_some()
        && named.all(|c| is_header_name(c) && column_of(c).is_some_and(|col| col != Column::Other))
}

/// The names of a header of two rows ([`is_sub_header`]), each row's cells from its
/// first column (its leading empty cells kept): the second row's name where it has
/// one, the first row's elsewhere. A second row as a browser copies it, its names
/// alone without the empty cells beside them, goes under the one cell of the first
/// row that spans it ([`under_spanning`]).
pub fn under_merged(top: Vec<Cell>, sub: Vec<Cell>) -> Vec<Cell> {
    if let Some(names) = under_spanning(&top, &sub) {
        return names;
    }
    let n = top.len().max(sub.len());
    let mut top = top.into_iter();
    let mut sub = sub.into_iter();
    (0..n)
        .map(|_| {
            let (t, s) = (
                top.next().unwrap_or_default(),
                sub.next().unwrap_or_default(),
            );
            if s.key.is_empty() {
                t
            } else {
                s
            }
        })
        .collect()
}

/// One cell of a table row, in the three views of a line (see
/// [`super::lines::Line`]). A line break inside a quoted cell is kept as `\n`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub folded: String,
    pub key: String,
}

impl Cell {
    fn push(&mut self, (t, f, k): (char, char, char)) {
        self.text.push(t);
        self.folded.push(f);
        self.key.push(k);
    }

    /// The cell with the spaces at either end removed (the same chars in every view).
    fn trimmed(self) -> Cell {
        let trim = |s: &str| s.trim_matches([' ', '\t']).to_string();
        Cell {
            text: trim(&self.text),
            folded: trim(&self.folded),
            key: trim(&self.key),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// The cell with its line breaks taken out (a header's name broken over lines:
    /// "牵头\n领导" is 牵头领导).
    pub fn without_line_breaks(self) -> Cell {
        let strip = |s: String| s.replace('\n', "");
        Cell {
            text: strip(self.text),
            folded: strip(self.folded),
            key: strip(self.key),
        }
    }

    /// Appends `other` as it is, in all views (a cell's rest, a name's bracket).
    pub fn append(&mut self, other: &Cell) {
        self.text.push_str(&other.text);
        self.folded.push_str(&other.folded);
        self.key.push_str(&other.key);
    }

    /// Appends `other` after a line break (a cell that goes on on the next line).
    pub fn push_line(&mut self, other: &Cell) {
        for (to, from) in [
            (&mut self.text, &other.text),
            (&mut self.folded, &other.folded),
            (&mut self.key, &other.key),
        ] {
            if !to.is_empty() && !from.is_empty() {
                to.push('\n');
            }
            to.push_str(from);
        }
    }
}

/// A table row read by the header's columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// The number (原文编号 when it has one, else 序号): the cell as written, and its
    /// style and value.
    pub number: Option<(String, Style, u32)>,
    /// 所属章节 as written (display view), when the table has that column.
    pub section: Option<Cell>,
    /// The task text: the text cells joined (and any cell that has no other place).
    pub text: Cell,
    /// "label:value" clauses (folded, key) of the responsibility and deadline cells.
    pub clauses: Vec<(String, String)>,
    /// "name:value" (display view) of the other cells (状态, 备注…): paragraphs.
    pub notes: Vec<String>,
}

/// Chars (of the key view) that end a clause: no space is needed after them.
const CLAUSE_ENDS: &[char] = &['。', ';', ':', ',', '、', '!', '?', ' '];

/// Reads `cells` by the header's columns (`names`: the header cells, display view).
pub fn read_cells(cols: &[Column], names: &[String], cells: Vec<Cell>) -> Row {
    let mut row = Row::default();
    let (mut ordinal, mut source) = (None, None);
    for (i, cell) in cells.into_iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        let col = cols.get(i).copied();
        match col {
            Some(Column::Number | Column::SourceNumber) if number_of(&cell.key).is_some() => {
                let (style, value) = number_of(&cell.key).unwrap_or((Style::Bare, 0));
                let n = Some((cell.text, style, value));
                if col == Some(Column::Number) {
                    ordinal = n;
                } else {
                    source = n;
                }
            }
            Some(Column::Section) => row.section = Some(cell),
            Some(c) => match c.label() {
                Some(label) => row.clauses.push((
                    format!(
                        "{label}:{}",
                        letters_joined(&cell.folded).replace('\n', "、")
                    ),
                    format!("{label}:{}", letters_joined(&cell.key).replace('\n', "、")),
                )),
                None if matches!(c, Column::Other | Column::Place) => {
                    let name = names.get(i).map_or("", String::as_str);
                    row.notes
                        .push(format!("{name}：{}", cell.text.replace('\n', " ")));
                }
                // Text, and a number column that holds no number (the rest of a
                // wrapped row): the task text, lines joined as a hard wrap is, but
                // apart by a space before a line that opens with a number ("1.加快园区
                // 建设" / "2.引进龙头企业" in one cell); the cells of two text columns
                // (项目名称, 建设内容) apart by a space unless the first ends a clause.
                None => {
                    let apart = row
                        .text
                        .key
                        .chars()
                        .next_back()
                        .is_some_and(|c| !CLAUSE_ENDS.contains(&c));
                    let spaced = numbered_line_breaks(&cell.key);
                    for (to, from) in [
                        (&mut row.text.text, &cell.text),
                        (&mut row.text.folded, &cell.folded),
                        (&mut row.text.key, &cell.key),
                    ] {
                        if apart {
                            to.push(' ');
                        }
                        let (mut breaks, mut next) = (0, spaced.iter().peekable());
                        for c in from.chars() {
                            if c != '\n' {
                                to.push(c);
                                continue;
                            }
                            if next.next_if_eq(&&breaks).is_some() {
                                to.push(' ');
                            }
                            breaks += 1;
                        }
                    }
                }
            },
            // A cell beyond the header's columns.
            None => row.notes.push(cell.text.replace('\n', " ")),
        }
    }
    row.number = source.or(ordinal);
    // A table without a 序号 column whose task cells carry their own numbers
    // ("(一)推进项目建设", "1.抓好重大项目"): the row's number is the text's.
    let numbered_cols = cols
        .iter()
        .any(|c| matches!(c, Column::Number | Column::SourceNumber));
    if row.number.is_none() && !numbered_cols {
        if let Some(n) = super::numbering::recognise(&row.text.key) {
            let t = &mut row.text;
            let at = |s: &str, chars| super::text::byte_of_char(s, chars);
            let number = t.text[..at(&t.text, n.chars)].trim().to_string();
            let (a, b, c) = (
                at(&t.text, n.skip),
                at(&t.folded, n.skip),
                at(&t.key, n.skip),
            );
            t.text.drain(..a);
            t.folded.drain(..b);
            t.key.drain(..c);
            row.number = Some((number, n.style, n.value));
        }
    }
    row
}

/// Whether a cell is a name set out letter by letter to fill a narrow column ("市 城 市
/// 管 理 局", held-out c11080): three letters or more, each alone between spaces (a
/// list's names apart by spaces are not).
pub(super) fn set_out_letter_by_letter(cell: &str) -> bool {
    let mut letters = cell.split(' ').filter(|p| !p.is_empty());
    cell.contains(' ')
        && letters.clone().nth(2).is_some()
        && letters.all(|p| p.chars().nth(1).is_none())
}

/// A cell set out letter by letter ([`set_out_letter_by_letter`]) joined; other cells
/// as they are.
fn letters_joined(cell: &str) -> std::borrow::Cow<'_, str> {
    if set_out_letter_by_letter(cell) {
        cell.chars()
            .filter(|&c| c != ' ')
            .collect::<String>()
            .into()
    } else {
        cell.into()
    }
}

/// Which line breaks of a cell (counted from 0, key view) come before a line that
/// opens with a number, after a line that does not end a clause: kept as a space
/// when the lines are joined. (The views break at the same places.)
fn numbered_line_breaks(key: &str) -> Vec<usize> {
    let lines: Vec<&str> = key.split('\n').collect();
    lines
        .windows(2)
        .enumerate()
        .filter(|(_, w)| {
            let ends_clause = w[0]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| CLAUSE_ENDS.contains(&c));
            !ends_clause && super::numbering::recognise(w[1].trim_start()).is_some()
        })
        .map(|(i, _)| i)
        .collect()
}

/// The number of a 序号 or 原文编号 cell: "3", "(一)", "1.".
pub fn number_of(key: &str) -> Option<(Style, u32)> {
    if let Ok(v) = key.parse::<u32>() {
        return Some((Style::Bare, v.min(999)));
    }
    // "一" alone in the 序号 column: a category row's number, as "一、" is.
    if let Some(v) = super::numbering::cn_value(key) {
        return Some((Style::CnComma, v));
    }
    let n = super::numbering::recognise(key)?;
    // The whole cell is the number ("(一)"), not a text that starts with one.
    (key[super::text::byte_of_char(key, n.chars)..]
        .trim()
        .is_empty())
    .then_some((n.style, n.value))
}

/// The display, folded and key views of one line.
pub type Views<'a> = (&'a str, &'a str, &'a str);

/// How many lines one quoted cell may span: a longer run means the quote was no
/// Excel quoting, and the row is read line by line.
const MAX_QUOTED_LINES: usize = 12;

/// Reads the table row that starts at `lines[0]`: its cells and the number of lines
/// it takes. A cell that starts with `"` and closes with `"` before a tab or the end
/// of a line is Excel's quoting: the quotes go, `""` is one quote, and such a cell
/// may span lines. Anything else is read as it is, one line, tabs between cells.
pub fn read_row(lines: &[Views]) -> (Vec<Cell>, usize) {
    let Some(&first) = lines.first() else {
        return (Vec::new(), 0);
    };
    let opens_quote = cells(first.2)
        .iter()
        .any(|&(a, b)| first.2[a..b].starts_with('"'));
    if opens_quote {
        if let Some(row) = read_quoted(lines) {
            return row;
        }
    }
    (plain_cells(first), 1)
}

/// The cells of one line split on tabs, as written.
pub fn plain_cells((t, f, k): Views) -> Vec<Cell> {
    let mut out = vec![Cell::default()];
    for c in t.chars().zip(f.chars()).zip(k.chars()) {
        let ((t, f), k) = c;
        match (k, out.last_mut()) {
            ('\t', _) => out.push(Cell::default()),
            (_, Some(cell)) => cell.push((t, f, k)),
            _ => {}
        }
    }
    out.into_iter().map(Cell::trimmed).collect()
}

/// [`read_row`] with Excel's quoting; None when a quote does not close as Excel's
/// would (within [`MAX_QUOTED_LINES`], before a tab or a line end).
fn read_quoted(lines: &[Views]) -> Option<(Vec<Cell>, usize)> {
    let mut cells = Vec::new();
    let mut cell = Cell::default();
    // Inside a quoted cell; at the start of a cell (only spaces read so far).
    let (mut quoted, mut start) = (false, true);
    for (n, &(t, f, k)) in lines.iter().take(MAX_QUOTED_LINES).enumerate() {
        if n > 0 {
            cell.push(('\n', '\n', '\n'));
        }
        let mut chars = t
            .chars()
            .zip(f.chars())
            .zip(k.chars())
            .map(|((t, f), k)| (t, f, k))
            .peekable();
        while let Some(c) = chars.next() {
            match c.2 {
                '"' if start => (quoted, start) = (true, false),
                '"' if quoted => match chars.peek().map(|c| c.2) {
                    Some('"') => {
                        cell.push(c);
                        chars.next();
                    }
                    None | Some('\t') => quoted = false,
                    // A quote inside the text, not Excel's closing one.
                    Some(_) => return None,
                },
                '\t' if !quoted => {
                    cells.push(std::mem::take(&mut cell).trimmed());
                    start = true;
                }
                ' ' if start => {}
                _ => {
                    start = false;
                    cell.push(c);
                }
            }
        }
        if !quoted {
            cells.push(cell.trimmed());
            return Some((cells, n + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A second header row names columns only; a row of data is never one.
    #[test]
    fn sub_headers() {
        assert!(is_sub_header("牵头单位\t配合单位\t"));
        assert!(is_sub_header("牵头领导\t牵头单位\t配合单位"));
        for k in [
            "市发改委\t市财政局",
            "1\t推进项目建设",
            "\t",
            "牵头单位\t2023年底前",
        ] {
            assert!(!is_sub_header(k), "{k}");
        }
    }

    /// A second row's names that share a word go under the one cell of the first row
    /// that names their group (held-out c6902, as a browser copies its header).
    #[test]
    fn second_row_under_its_group_by_a_shared_word() {
        let row = |names: &[&str]| -> Vec<Cell> {
            names
                .iter()
                .map(|n| Cell {
                    text: n.to_string(),
                    folded: n.to_string(),
                    key: n.to_string(),
                })
                .collect()
        };
        let keys = |cells: Vec<Cell>| cells.into_iter().map(|c| c.key).collect::<Vec<_>>();
        let top = row(&[
            "序号",
            "项目名称",
            "计划投入资金",
            "资金来源",
            "实施期限",
            "责任单位",
        ]);
        let sub = row(&["中央衔接资金", "省级衔接资金", "其他 资金"]);
        assert_eq!(
            keys(under_group_by_word(&top, &sub).unwrap()),
            [
                "序号",
                "项目名称",
                "计划投入资金",
                "中央衔接资金",
                "省级衔接资金",
                "其他 资金",
                "实施期限",
                "责任单位"
            ]
        );
        // Names that share no word, or no cell above that names their group.
        assert!(under_group_by_word(&top, &row(&["市发改委", "市财政局"])).is_none());
        assert!(under_group_by_word(&row(&["序号", "计划投入资金"]), &sub).is_none());
    }

    #[test]
    fn totals_rows() {
        for c in ["合 计", "小计", "总计", "共计"] {
            assert!(opens_totals_row(c), "{c}");
        }
        for c in ["1", "合计投资", "项目合计完成"] {
            assert!(!opens_totals_row(c), "{c}");
        }
    }

    #[test]
    fn rule_lines() {
        for k in [
            "| --- | --- | :---: |",
            "+------+------+",
            "------",
            "|:--|--:|",
        ] {
            assert!(is_rule_line(k), "{k}");
        }
        for k in ["| 1 | 建成5G基站 |", "--", "- 1 -", "| | |"] {
            assert!(!is_rule_line(k), "{k}");
        }
    }

    #[test]
    fn header_roles() {
        let h = header("序号\t重点工作\t牵头单位\t配合单位\t完成时限").unwrap();
        assert_eq!(
            h,
            [
                Column::Number,
                Column::Text,
                Column::Lead,
                Column::Coop,
                Column::Deadline
            ]
        );
        assert!(header("序号\t重点工作").is_none());
        assert!(header("1\t做好工作\t市发改局").is_none());
        // The work broken down, its standard or demand: text (held-out c3700); 职责分工
        // is still who does it.
        for name in ["细化分工", "质量标准", "目标要求"] {
            assert_eq!(column_of(name), Some(Column::Text), "{name}");
        }
        assert_eq!(column_of("职责分工"), Some(Column::Resp));
        // The work a unit answers for (held-out c10881), not the unit.
        assert_eq!(column_of("责任目标"), Some(Column::Text));
        assert_eq!(column_of("责任事项"), Some(Column::Text));
        assert_eq!(column_of("责任单位"), Some(Column::Resp));
        assert_eq!(column_of("目标责任单位"), Some(Column::Resp));
        // Columns of persons (held-out c11020, c10441): who answers for the task leads
        // it, who takes part is a note.
        assert_eq!(column_of("责任人"), Some(Column::Leader));
        assert_eq!(column_of("负责人"), Some(Column::Leader));
        assert_eq!(column_of("参与人"), Some(Column::Other));
        assert_eq!(column_of("协助人"), Some(Column::Other));
        assert_eq!(column_of("参与单位"), Some(Column::Coop));
        // Words of the work before an entity word of units (held-out c13510, a 双随机
        // plan: "检查主体 | … | 股室"): who does it.
        for name in ["检查主体", "抽查主体", "股室"] {
            assert_eq!(column_of(name), Some(Column::Resp), "{name}");
        }
    }

    #[test]
    fn letters_of_a_narrow_cell_are_joined() {
        assert_eq!(letters_joined("市 城 市 管 理 局"), "市城市管理局");
        assert_eq!(letters_joined("市发改委 市财政局"), "市发改委 市财政局");
        assert_eq!(letters_joined("沈 昱"), "沈 昱");
        let row = read_cells(
            &[Column::Number, Column::Lead],
            &["序号".into(), "总牵头单位".into()],
            ["1", "市 城 市 管 理 局"]
                .into_iter()
                .map(|k| Cell {
                    text: k.into(),
                    folded: k.into(),
                    key: k.into(),
                })
                .collect(),
        );
        assert_eq!(row.clauses[0].1, "牵头单位:市城市管理局");
    }

    #[test]
    fn cell_ranges() {
        let k = "1\t 做好 \t\t市发改局";
        let c: Vec<&str> = cells(k).iter().map(|&(a, b)| &k[a..b]).collect();
        assert_eq!(c, ["1", "做好", "", "市发改局"]);
    }
}

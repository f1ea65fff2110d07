//! Tables pasted without tabs: from a web page or a PDF, one cell per line (with an
//! optional `|` or `│` after each cell, or lines of `|` between cells), or a row per
//! line with cells set apart by `|`, by runs of spaces, or by single spaces. A header
//! (序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限 …, letters spaced or not, a name
//! broken over two lines) fixes the columns.
//!
//! Cells are then given to the columns by what they are, not by their place alone:
//! a bare number starts a row (序号), names of units go to the unit column, a person's
//! name or a post to the leader column, a deadline to the time column, other text to
//! the text column. So a cell that wraps over lines, a unit cell with one unit per
//! line, and cells left out where the source merged them still land where they
//! belong. A row that starts without a number continues the numbering of a merged
//! 序号 cell, and a row that is a numbered heading alone (一、…, (一)…) is a category.

use super::deadline;
use super::label::{self, Field};
use super::numbering::{self, Style};
use super::resp;
use super::table::{column_of, header_word, names_facts, Cell, Column, Row, MAX_HEADER_CHARS};
use super::text::has_sentence_mark;
use super::words::{has_role_verb, MEASURE_WORDS};

/// What separates the cells of a header and its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One cell per line.
    Lines,
    /// Cells on one line between `|` or `│`.
    Bars,
    /// Cells on one line between runs of two or more spaces.
    Spaces,
    /// Cells on one line between single spaces (words spaced out, "工 作 任 务", are
    /// one cell).
    Space,
    /// Cells run together with nothing between them, as a PDF or a document viewer
    /// copies a table: "序号工作任务责任单位" then "21树立婚育新风。…省妇联牵头;…配合"
    /// (see [`run_header`], [`run_rows`], [`run_cells`]).
    Run,
}

/// What a table's title ends with ("2024年重点工作任务分解表", "…责任清单"): a line
/// above the header, never a column's name.
const TABLE_TITLE_ENDS: &[&str] = &["表", "清单", "台账"];

/// A table title is longer than any column name that ends like one (进度表).
const MIN_TABLE_TITLE_CHARS: usize = 6;

/// Words that end a column name broken over two lines of a narrow header cell.
const HEADER_ENDINGS: &[&str] = &[
    "领导", "科室", "单位", "部门", "处室", "任务", "情况", "时限", "时间", "内容", "事项", "人",
    "名称",
];

/// The one name of a header's first row that spans the names below it when all of
/// those name who does the work, in roles that differ ("责任分工" over "牵头单位",
/// "配合单位"): the one cell of the first row that names who as well; None when none or
/// several do.
pub fn group_over_whos(top: &[&str], sub: &[&str]) -> Option<usize> {
    let names_who = |c: &&str| column_of(c).is_some_and(Column::names_who);
    // (Roles that differ, 牵头 and 配合: "责任部门 | 评分部门" after a "单位" column are
    // columns of one row.)
    let roles: Vec<Option<Column>> = sub.iter().map(|c| column_of(c)).collect();
    if sub.len() < 2 || !sub.iter().all(names_who) || roles.iter().all(|r| *r == roles[0]) {
        return None;
    }
    let mut who = top.iter().enumerate().filter(|(_, c)| names_who(c));
    let (k, _) = who.next()?;
    who.next().is_none().then_some(k)
}

/// The shortest word that names a group of columns by what they share.
const MIN_SHARED_CHARS: usize = 2;

/// The one name of a header's first row that spans the names below it when those
/// share a word at their end or start ("中央衔接资金", "省级衔接资金", "其他资金": 资金)
/// and that cell names their group with it, not as one of them ("资金来源" spans them;
/// "计划投入资金", a total that ends as they do, is a column of its own); None when
/// the names share no word or no one cell of the first row is their group's.
pub fn group_by_shared_word(top: &[&str], sub: &[&str]) -> Option<usize> {
    let words: Vec<std::borrow::Cow<'_, str>> = sub.iter().map(|c| header_word(c.trim())).collect();
    let (first, rest) = words.split_first()?;
    if rest.is_empty() {
        return None;
    }
    // The chars `first` shares with every other name, from its end or its start.
    let shared = |from_end: bool| -> String {
        let chars = |w: &str| -> Vec<char> {
            if from_end {
                w.chars().rev().collect()
            } else {
                w.chars().collect()
            }
        };
        let mut shared = chars(first);
        for w in rest {
            let n = shared
                .iter()
                .zip(chars(w))
                .take_while(|(a, b)| **a == *b)
                .count();
            shared.truncate(n);
        }
        if from_end {
            shared.reverse();
        }
        shared.into_iter().collect()
    };
    let (word, from_end) = [(shared(true), true), (shared(false), false)]
        .into_iter()
        .find(|(w, _)| w.chars().count() >= MIN_SHARED_CHARS)?;
    // (No name of the second row is the word alone.)
    if words.iter().any(|w| *w == word) {
        return None;
    }
    let mut group = top.iter().enumerate().filter(|(_, c)| {
        let w = header_word(c.trim());
        let peer = if from_end {
            w.ends_with(&word)
        } else {
            w.starts_with(&word)
        };
        w.contains(&word) && !peer
    });
    let (k, _) = group.next()?;
    group.next().is_none().then_some(k)
}

/// Whether a header cell ends as a column's name ends ("责任单位", "完成时限",
/// "分管领导"): a whole name, not the first part of one a narrow cell broke ("牵头" of
/// 牵头领导).
pub fn ends_as_name(cell: &str) -> bool {
    HEADER_ENDINGS.iter().any(|e| cell.ends_with(e))
}

/// Whether a header cell is a column's name cut before its end by a wrap: it ends with
/// the start of a word that ends names ("分管领" + "导", "责任科" + "室"), and with the
/// rest of that word it names a column.
fn cut_name(cell: &str) -> bool {
    HEADER_ENDINGS.iter().any(|end| {
        end.char_indices().skip(1).any(|(i, _)| {
            cell.ends_with(&end[..i]) && column_of(&format!("{cell}{}", &end[i..])).is_some()
        })
    })
}

/// The most columns a header may have.
pub const MAX_COLUMNS: usize = 24;

/// Whether columns make a task table: a text column, and a number, a responsibility
/// or a time column (a table of work by when names no one: "时限 | 类别 | 工作任务 |
/// 目标及质量要求", held-out c11040).
pub fn is_task_header(cols: &[Column]) -> bool {
    let text = cols.contains(&Column::Text);
    let who = cols.iter().any(|c| c.names_who());
    let number = cols.contains(&Column::Number);
    let when = cols.contains(&Column::Deadline);
    (2..=MAX_COLUMNS).contains(&cols.len()) && text && (who || number || when)
}

/// The header cells of one line, split by `layout`.
pub fn split(line: &str, layout: Layout) -> Vec<&str> {
    let t = line.trim();
    let mut cells: Vec<&str> = match layout {
        Layout::Lines => vec![t],
        Layout::Bars => t.split(['|', '│']).collect(),
        Layout::Spaces => split_runs(t),
        Layout::Space => t.split(' ').collect(),
        Layout::Run => run_cells(t).into_iter().map(|(a, b)| &t[a..b]).collect(),
    };
    cells.retain(|c| !c.trim().is_empty());
    cells.iter_mut().for_each(|c| *c = c.trim());
    cells
}

/// Splits at runs of two or more spaces (or a tab).
fn split_runs(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\t' || (b[i] == b' ' && b.get(i + 1) == Some(&b' ')) {
            out.push(&t[start..i]);
            while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    out.push(&t[start..]);
    out
}

/// More words that end a column's name where the names ran together, beside
/// [`HEADER_ENDINGS`].
const RUN_NAME_ENDS: &[&str] = &["名称", "备注", "措施"];

/// The words that open a header whose names ran together: its 序号 column.
pub const RUN_HEADER_OPENINGS: &[&str] = &["序号", "编号"];

/// A header whose names ran together ("序号工作内容目标任务责任单位备注1将…"): its
/// columns, names and length in bytes. It opens with 序号; each name after it is the
/// shortest run of chars that ends with a word that ends a column's name and names a
/// column; it ends where no such name follows, before the first row's number or at the
/// end of the text. It has a text column and a column of who does it.
pub fn run_header(key: &str) -> Option<(Vec<Column>, Vec<String>, usize)> {
    let open = RUN_HEADER_OPENINGS.iter().find(|w| key.starts_with(*w))?;
    let mut at = open.len();
    let (mut cols, mut names) = (vec![Column::Number], vec![open.to_string()]);
    while cols.len() < MAX_COLUMNS && !key[at..].starts_with(|c: char| c.is_ascii_digit()) {
        let rest = &key[at..];
        if rest.starts_with([' ', '\t', '|', '│']) {
            break;
        }
        let name = rest
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(MAX_HEADER_CHARS)
            .skip(1)
            .map(|end| &rest[..end])
            // (Names apart by spaces or bars are another layout's.)
            .take_while(|name| !name.ends_with([' ', '\t', '|', '│']))
            .find(|name| {
                HEADER_ENDINGS
                    .iter()
                    .chain(RUN_NAME_ENDS)
                    .any(|e| name.ends_with(e))
                    && column_of(name).is_some()
            });
        let Some(name) = name else { break };
        cols.push(column_of(name).unwrap_or(Column::Other));
        names.push(name.to_string());
        at += name.len();
    }
    let ends = at == key.len() || key[at..].starts_with(|c: char| c.is_ascii_digit());
    let who = cols.iter().any(|c| c.names_who());
    (ends && cols.len() >= 3 && who && is_task_header(&cols))
        .then(|| (settle_unit_columns(cols, &names), names, at))
}

/// The fewest chars of a row whose cells ran together, its number included.
const MIN_RUN_ROW_CHARS: usize = 6;

/// The digits that open `key` (at most three: a row's 序号).
fn row_number(key: &str) -> Option<(u32, usize)> {
    let d = key.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&d) {
        return None;
    }
    key[..d].parse().ok().map(|v| (v, d))
}

/// Where the rows of a table whose cells ran together start in `key` (byte offsets),
/// the first at `from` (its 序号, "21树立…" on a page that goes on from another):
/// each next row at the next number, right after a char that is no digit and no
/// 第/前 and right before a char that opens a text (an ideograph that is no measure
/// word, "2座" being a count, or an opening quote or bracket). One pass: each number
/// is looked for after the row before it, and the rows end where one is not found.
pub fn run_rows(key: &str, from: usize) -> Vec<usize> {
    let Some((mut value, digits)) = key.get(from..).and_then(row_number) else {
        return Vec::new();
    };
    let mut starts = vec![from];
    let mut pos = from + digits;
    loop {
        let next = (value + 1).to_string();
        let mut search = pos;
        let mut found = None;
        while let Some(i) = key[search..].find(&next).map(|i| search + i) {
            let after = i + next.len();
            let before_ok = key[..i].chars().next_back().is_some_and(|c| {
                !c.is_ascii_digit() && !matches!(c, '.' | '第' | '前' | '-' | '/')
            });
            let opens_text = key[after..].chars().next().is_some_and(|c| {
                (super::text::is_ideograph(c) && !MEASURE_WORDS.contains(c))
                    || matches!(c, '“' | '"' | '《' | '(')
            });
            if before_ok
                && opens_text
                && key[starts[starts.len() - 1]..i]
                    .chars()
                    .nth(MIN_RUN_ROW_CHARS)
                    .is_some()
            {
                found = Some(i);
                break;
            }
            search = after;
        }
        let Some(i) = found else { break };
        starts.push(i);
        value += 1;
        pos = i + next.len();
    }
    starts
}

/// The longest name of one unit read alone after a row's text, where the cells ran
/// together.
const MAX_RUN_UNIT_CHARS: usize = 12;

/// The cells of a row whose cells ran together (byte ranges of `key`): its number, its
/// text to the end of its last sentence, and after that the units that do it, where
/// what follows the last sentence names units ("…重点群体。省民政厅、省住房城乡建设厅
/// 牵头;…配合"); else the number and the rest as one text.
pub fn run_cells(key: &str) -> Vec<(usize, usize)> {
    let d = row_number(key).map_or(0, |(_, d)| d);
    let mut out = Vec::new();
    if d > 0 {
        out.push((0, d));
    }
    let body = &key[d..];
    let tail_at = body
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '。' | '!' | '?'))
        .map(|(i, c)| d + i + c.len_utf8());
    if let Some(t) = tail_at.filter(|&t| t < key.len()) {
        let rest = &key[t..];
        let tail = rest.trim();
        // (Where the tail starts: the spaces trimmed off its start, whatever its end.)
        let tail_at = t + rest.len() - rest.trim_start().len();
        // (A run of names without a separator, "何海平教育局经开区高新园", may be
        // several cells run together: left in the text.)
        let apart =
            tail.contains(['、', ',', ';']) || tail.chars().nth(MAX_RUN_UNIT_CHARS).is_none();
        let names_units = (apart && kind_of(tail) == Kind::Units) || has_role_verb(tail);
        if names_units {
            out.push((d, t));
            out.push((tail_at, tail_at + tail.len()));
            return out;
        }
    }
    if d < key.len() {
        out.push((d, key.len()));
    }
    out
}

/// A header on one line: its columns, names and layout. Words spaced out letter by
/// letter ("工 作 任 务") are joined first.
pub fn inline_header(key: &str) -> Option<(Vec<Column>, Vec<String>, Layout)> {
    if let Some((cols, names, len)) = run_header(key) {
        if len == key.len() {
            return Some((cols, names, Layout::Run));
        }
    }
    for layout in [Layout::Bars, Layout::Spaces, Layout::Space] {
        if layout == Layout::Bars && !key.contains(['|', '│']) {
            continue;
        }
        let mut cells: Vec<String> = split(key, layout).into_iter().map(String::from).collect();
        if layout == Layout::Space {
            cells = join_spaced_letters(cells);
        }
        if cells.len() < 2 || cells.len() > MAX_COLUMNS {
            continue;
        }
        // Between bars the cells are certain: a few that name no known column (监督电话
        // at the end, 存在问题 between known ones) are other columns of a header that
        // has a task text and who does it: short names, none a number.
        let cols: Option<Vec<Column>> = if layout == Layout::Bars {
            let known: Vec<Option<Column>> = cells.iter().map(|c| column_of(c)).collect();
            let unknown = known.iter().filter(|c| c.is_none()).count();
            // (Not a name cut where a narrow cell wrapped it, "分管领" of 分管领导: its
            // header goes on over the next line, which this one cannot read.)
            if cells
                .iter()
                .zip(&known)
                .any(|(c, k)| k.is_none() && cut_name(c))
            {
                continue;
            }
            // (A year alone names the column of a target: "指标 | 2025年 | 2025 |".)
            let short = |c: &String| {
                c.chars().count() <= MAX_HEADER_CHARS
                    && !has_sentence_mark(c)
                    && (!c.chars().all(|c| c.is_ascii_digit()) || is_year(c))
            };
            let cols: Vec<Column> = known.iter().map(|c| c.unwrap_or(Column::Other)).collect();
            // (Or, naming no one, a number column and only known names: "类别 | 序号 |
            // 项目名称 | 工作标准 |" over a plan's rows, its work tracked by number.)
            let who = cols.iter().any(|c| c.names_who())
                || (unknown == 0
                    && (cols.contains(&Column::Number) || cols.contains(&Column::Deadline)));
            (unknown * 3 <= cells.len()
                && who
                && cells
                    .iter()
                    .zip(&known)
                    .all(|(c, k)| k.is_some() || short(c)))
            .then_some(cols)
        } else {
            cells.iter().map(|c| column_of(c)).collect()
        };
        // "… | 年度目标 | 牵头单位 | 配合单位 | 2018年度 | 2019年度 | 2020年度 |": a header
        // of two rows on one line, the periods under the cell that spans them last.
        let (cols, cells) = match cols {
            None if layout == Layout::Bars => match periods_last(&cells) {
                Some((cols, cells)) => (Some(cols), cells),
                None => (None, cells),
            },
            cols => (cols, cells),
        };
        if let Some(cols) = cols.filter(|c| is_task_header(c)) {
            let cols = settle_unit_columns(cols, &cells);
            return Some((cols, cells, layout));
        }
    }
    None
}

/// Whether a line of bars under a header holds only words in brackets that qualify
/// its names ("(海南) | (国家) | ||||", "(万元) | (%) |"), no row of its own.
pub fn is_header_tail(key: &str) -> bool {
    let cells: Vec<&str> = split(key, Layout::Bars)
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    !cells.is_empty()
        && cells.iter().all(|c| {
            c.chars().count() <= MAX_HEADER_TAIL_CHARS
                && c.starts_with(['(', '（'])
                && c.ends_with([')', '）'])
        })
}

/// The longest bracketed words under a header's name ("(亿元)", "(2025年)").
const MAX_HEADER_TAIL_CHARS: usize = 10;

/// Whether `cell` is a year alone ("2025"; a row's number never is one).
fn is_year(cell: &str) -> bool {
    cell.len() == 4 && cell.starts_with("20") && cell.bytes().all(|b| b.is_ascii_digit())
}

/// A header of two lines between bars, as a web page copies one whose cells span
/// columns (the spans lost): "序号 | 内容清单 | 责任清单 | 措施清单 | 标准清单 |" over
/// "责任领导 | 责任人 | 责任处室 | 普法对象 | 学习宣传载体 | 方式措施 |". The cells of the
/// first line that share a word with the second's (责任清单: 责任领导, 责任人, 责任处室;
/// 措施清单: 方式措施) span them, side by side: the second line's names take their place.
/// Every cell of both a short name and none a number; the names of the second line
/// name who does the work and are no header alone (a repeated header is one).
pub fn two_line_header(top: &str, sub: &str) -> Option<(Vec<Column>, Vec<String>)> {
    // (Asked of every line of bars that may start a table: a count of the bars first,
    // before any cell is split out.)
    let bars = |l: &str| l.matches(['|', '│']).count();
    let fits = |l: &str| (1..=MAX_COLUMNS + 1).contains(&bars(l));
    if !fits(top) || !fits(sub) {
        return None;
    }
    let names_only = |cells: &[&str]| {
        cells.len() >= 2
            && cells.len() <= MAX_COLUMNS
            && cells.iter().all(|c| {
                c.chars().count() <= MAX_HEADER_CHARS
                    && !has_sentence_mark(c)
                    && !c.chars().all(|c| c.is_ascii_digit())
            })
    };
    let top = split(top, Layout::Bars);
    let sub = split(sub, Layout::Bars);
    if !names_only(&top) || !names_only(&sub) {
        return None;
    }
    // A second row that names no one: its names share a word with the one cell above
    // that spans them ("资金来源" over "中央衔接资金 | 省级衔接资金 |").
    if !sub
        .iter()
        .any(|c| column_of(c).is_some_and(Column::names_who))
    {
        let k = group_by_shared_word(&top, &sub)?;
        return header_of_names(top[..k].iter().chain(&sub).chain(&top[k + 1..]));
    }
    // A word of two chars of `a` in `b`.
    let shares_word = |a: &str, b: &str| {
        let chars: Vec<char> = a.chars().collect();
        chars
            .windows(2)
            .any(|w| b.contains(&w.iter().collect::<String>()))
    };
    let mut spanning: Vec<usize> = (0..top.len())
        .filter(|&i| sub.iter().any(|s| shares_word(top[i], s)))
        .collect();
    // (Or the one cell of the second row's kind, who does the work: "责任分工" over
    // "牵头单位 | 配合单位".)
    if spanning.is_empty() {
        spanning = group_over_whos(&top, &sub).into_iter().collect();
    }
    let (&first, &last) = (spanning.first()?, spanning.last()?);
    header_of_names(top[..first].iter().chain(&sub).chain(&top[last + 1..]))
}

/// The columns of a header of two lines once its names are settled: a task header,
/// no more than a third of the names unknown.
fn header_of_names<'s>(
    names: impl Iterator<Item = &'s &'s str>,
) -> Option<(Vec<Column>, Vec<String>)> {
    let names: Vec<String> = names.map(|c| c.to_string()).collect();
    if names.len() > MAX_COLUMNS {
        return None;
    }
    let known: Vec<Option<Column>> = names.iter().map(|n| column_of(n)).collect();
    let unknown = known.iter().filter(|c| c.is_none()).count();
    let cols: Vec<Column> = known.iter().map(|c| c.unwrap_or(Column::Other)).collect();
    (unknown * 3 <= names.len() && is_task_header(&cols))
        .then(|| (settle_unit_columns(cols, &names), names))
}

/// "序号 工 作 任 务 牵头负责部门" → 序号, 工作任务, 牵头负责部门: runs of one-char
/// cells are one word spaced out.
fn join_spaced_letters(cells: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut run = false;
    for c in cells {
        let single = c.chars().count() == 1;
        match out.last_mut() {
            Some(last) if single && run => last.push_str(&c),
            _ => out.push(c),
        }
        run = single;
    }
    out
}

/// Header names one per line, starting at `lines[0]`: their columns and names, and how
/// many lines they take (blank lines and lines of bars between them included). A name
/// broken over two lines ("市政府" + "分管领导", "责任" + "科室") is one.
pub fn vertical_header(lines: &[&str]) -> Option<(Vec<Column>, Vec<String>, usize)> {
    let mut cols = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut used = 0;
    let mut i = 0;
    let clean = |s: &str| {
        s.trim()
            .trim_end_matches(['|', '│', ' '])
            .trim()
            .to_string()
    };
    let skip = |s: &str| s.trim().chars().all(|c| c == '|' || c == '│' || c == ' ');
    while i < lines.len() && cols.len() < MAX_COLUMNS {
        if skip(lines[i]) {
            i += 1;
            continue;
        }
        let cell = clean(lines[i]);
        if cell.chars().count() >= MIN_TABLE_TITLE_CHARS
            && TABLE_TITLE_ENDS.iter().any(|e| cell.ends_with(e))
        {
            break;
        }
        // A header names each column once: a name again is a column of cells, not a
        // header (and reading on would cost a scan per line of such a column).
        if names.contains(&cell) {
            break;
        }
        // A numbered line ("(一)" over "经济社会发展主要预期目标") is the first category
        // row, never part of a column's name.
        if numbering::recognise(&cell).is_some() {
            break;
        }
        let alone = column_of(&cell);
        let next = lines[i + 1..]
            .iter()
            .position(|l| !skip(l))
            .map(|p| i + 1 + p);
        // A name broken over two lines ("责任" + "领导", "第二季度" + "完成情况"): the
        // two together are a column, and the first alone is none (or a less telling
        // one), or the second is a word that ends a column name.
        // (A row's number is never part of a name: "1" + "推进项目建设" is the first row.)
        let number = !cell.is_empty() && cell.chars().all(|c| c.is_ascii_digit());
        let joined = next.filter(|_| !number).and_then(|j| {
            let second = clean(lines[j]);
            let both = format!("{cell}{second}");
            let col = column_of(&both)?;
            let second_col = column_of(&second);
            // ("總投資" + "(萬元)": a short note in brackets on a line of its own, a
            // measure, is the name's; not a number, "(一)", nor a score, "(5分)".)
            let note = second.starts_with('(')
                && second.ends_with(')')
                && second.chars().count() <= 8
                && !second.contains(|c: char| c.is_ascii_digit())
                && numbering::recognise(&second).is_none()
                && alone.is_some();
            let better = note
                || alone.is_none()
                // ("进展情况" + "责任单位" are two columns: the second is one alone.)
                || (alone == Some(Column::Other)
                    && col != Column::Other
                    && second_col != Some(col))
                // ("责任" + "领导"; not "责任单位" + "分管市领导", two names whole.)
                || (alone == Some(Column::Resp)
                    && col == Column::Leader
                    && !ends_as_name(&cell))
                || (alone != Some(Column::Number)
                    && HEADER_ENDINGS.contains(&second.as_str())
                    // A name that ends like a column name is whole ("考核内容" + "单位").
                    && !(alone.is_some() && ends_as_name(&cell)));
            (better && second_col.is_none_or(|c| c != Column::Number)).then_some((col, both, j))
        });
        let (col, name, last) = match (joined, alone) {
            (Some((col, both, j)), _) => (col, both, j),
            (None, Some(col)) => (col, cell, i),
            (None, None) => {
                // "年度目标" over "2018年度", "2019年度", "2020年度": the second row of a
                // header whose cell spans the periods, copied after the first row's
                // last name. The periods take the spanning cell's place.
                if let Some((periods, end)) = periods_at(&lines[i..], &names) {
                    if let Some(at) = spanning_cell(&cols, &names) {
                        let n = periods.len();
                        cols.splice(at..=at, std::iter::repeat_n(Column::Other, n));
                        names.splice(at..=at, periods);
                        used = i + end;
                    }
                }
                break;
            }
        };
        if names.contains(&name) {
            break;
        }
        cols.push(col);
        names.push(name);
        i = last + 1;
        used = i;
    }
    // "责任分工" over "牵头单位 | 配合单位", one name per line: the second row's names
    // come after the first row's, and take the place of the one that spans them.
    let (cols, names) = spanned_names_last(cols, names);
    (cols.len() >= 3 && is_task_header(&cols))
        .then(|| (settle_unit_columns(cols, &names), names, used))
}

/// `v` with `v[split..]` put in the place of `v[k]` (`k < split`).
fn reordered<T: Clone>(v: &[T], k: usize, split: usize) -> Vec<T> {
    v[..k]
        .iter()
        .chain(&v[split..])
        .chain(&v[k + 1..split])
        .cloned()
        .collect()
}

/// A header read one name per line whose last names are a second row under one name of
/// the first ("序号 / 工作任务 / 责任分工 / 完成时限 / 牵头单位 / 配合单位"): the last
/// names of who does the work (two or more) go in the place of the one earlier name of
/// their kind ([`group_over_whos`]). Other headers are returned as they are.
fn spanned_names_last(cols: Vec<Column>, names: Vec<String>) -> (Vec<Column>, Vec<String>) {
    let trailing = cols.iter().rev().take_while(|c| c.names_who()).count();
    if trailing < 2 || trailing >= cols.len() {
        return (cols, names);
    }
    let split = cols.len() - trailing;
    let top: Vec<&str> = names[..split].iter().map(String::as_str).collect();
    let sub: Vec<&str> = names[split..].iter().map(String::as_str).collect();
    let Some(k) = group_over_whos(&top, &sub) else {
        return (cols, names);
    };
    // (Not a group right before them: "牵头单位 / 配合单位" after "责任单位" are columns of
    // one row.)
    if k + 1 == split {
        return (cols, names);
    }
    (reordered(&cols, k, split), reordered(&names, k, split))
}

/// The fewest periods a header's second row names ([`periods_at`]).
const MIN_PERIOD_COLUMNS: usize = 2;

/// The names of periods one per line at the start of `lines` ("2018年度", "一季度",
/// "1月"), none of them among `names` already, at least [`MIN_PERIOD_COLUMNS`] of
/// them, and the index of the line after them (lines of bars between them skipped).
fn periods_at(lines: &[&str], names: &[String]) -> Option<(Vec<String>, usize)> {
    let mut periods: Vec<String> = Vec::new();
    let mut end = 0;
    for (i, l) in lines.iter().enumerate().take(MAX_COLUMNS * 2) {
        let cell = l.trim().trim_end_matches(['|', '│', ' ']).trim();
        if cell.is_empty() {
            continue;
        }
        let is_period = cell.chars().count() <= MAX_HEADER_CHARS
            && deadline::is_time_after_names(cell)
            && !names.iter().chain(&periods).any(|n| n == cell);
        if !is_period {
            break;
        }
        periods.push(cell.to_string());
        end = i + 1;
    }
    (periods.len() >= MIN_PERIOD_COLUMNS).then_some((periods, end))
}

/// A header on one line between bars whose last names are periods (a second row
/// after the first): every other name a column's, and the periods moved under the
/// cell that spans them ([`spanning_cell`]). The columns and the names in order.
fn periods_last(cells: &[String]) -> Option<(Vec<Column>, Vec<String>)> {
    let first_period = cells
        .iter()
        .rposition(|c| !deadline::is_time_after_names(c.trim()))?
        + 1;
    let (top, periods) = cells.split_at(first_period);
    if periods.len() < MIN_PERIOD_COLUMNS {
        return None;
    }
    let mut cols: Vec<Column> = top.iter().map(|c| column_of(c)).collect::<Option<_>>()?;
    let mut names = top.to_vec();
    let at = spanning_cell(&cols, &names)?;
    cols.splice(at..=at, std::iter::repeat_n(Column::Other, periods.len()));
    names.splice(at..=at, periods.iter().cloned());
    Some((cols, names))
}

/// The header cell that spans the periods of its second row: the last one before the
/// columns of who does the work that is neither a number nor who does it ("年度目标"
/// in 序号, 任务事项, 年度目标, 牵头责任部门, 主要参与部门), where such columns follow it
/// (the periods, read after them, belong under an earlier cell).
fn spanning_cell(cols: &[Column], names: &[String]) -> Option<usize> {
    let first_who = cols.iter().position(|c| c.names_who())?;
    let at = cols[..first_who]
        .iter()
        .rposition(|&c| !c.names_who() && c != Column::Number)?;
    // (A name of its own kind of time or target, not the task's text alone: the task's
    // column is the first text column.)
    let first_text = cols.iter().position(|&c| c == Column::Text);
    (first_text != Some(at) && !names[at].is_empty()).then_some(at)
}

/// A column of units named by a role label (责任部门, 牵头单位) makes the other columns
/// that only end like one (评分部门, 督导单位, a 单位 of measure) columns of something
/// else: units that score or oversee the work do not do it.
pub(super) fn settle_unit_columns<S: AsRef<str>>(
    mut cols: Vec<Column>,
    names: &[S],
) -> Vec<Column> {
    let named_role =
        |name: &str| !matches!(label::field_of(&header_word(name)), Field::Other { .. });
    let is_unit_col = |c: &Column| matches!(c, Column::Lead | Column::Resp | Column::Coop);
    let has_role_col = cols
        .iter()
        .zip(names)
        .any(|(c, n)| is_unit_col(c) && named_role(n.as_ref()));
    if has_role_col {
        for (c, n) in cols.iter_mut().zip(names) {
            if *c == Column::Resp && !named_role(n.as_ref()) {
                *c = Column::Other;
            }
        }
    }
    cols
}

/// The longest bracket of a unit's name on a line of its own ("(邹区镇)"), in chars.
const MAX_NAME_BRACKET_CHARS: usize = 12;

/// The longest category cell (类别, 领域), in chars.
const MAX_CATEGORY_CHARS: usize = 16;

/// The longest cell of one unit that ends with 。 ("区投资促进中心。"); a longer one
/// ("成功创建首批浙江省美丽城镇。") is a sentence.
const MAX_UNIT_SENTENCE_CHARS: usize = 10;

/// What a cell looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A bare number: 序号.
    Number(u32),
    /// A numbered heading alone ("一、主要预期目标", "(一)…"): a category row, or a task
    /// text that carries its own number.
    Numbered(Style, u32),
    /// Names of units.
    Units,
    /// A person's name or a post.
    Leader,
    Deadline,
    Text,
}

/// What the cell `key` looks like.
pub fn kind_of(key: &str) -> Kind {
    let k = key.trim();
    if let Ok(v) = k.parse::<u32>() {
        if v <= 999 {
            return Kind::Number(v);
        }
    }
    if let Some(n) = numbering::recognise(k) {
        return Kind::Numbered(n.style, n.value);
    }
    // "牵头单位:市文物局": a cell that labels the units it names (held-out c13410).
    if super::label::starts_with_label(k) {
        return Kind::Units;
    }
    if is_deadline_cell(k) && !resp::looks_like_unit(k) {
        return Kind::Deadline;
    }
    let spaced: String = k.chars().filter(|c| *c != ' ').collect();
    // "市 城 市 管 理 局": a name set out letter by letter to fill a narrow cell's
    // width is what it spells (held-out c11080).
    if super::table::set_out_letter_by_letter(k) {
        return match kind_of(&spaced) {
            Kind::Units => Kind::Units,
            _ => Kind::Text,
        };
    }
    let spaced_name = k.contains(' ')
        && k.split(' ')
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() <= 2)
        && resp::is_person_name(&spaced);
    if spaced_name
        || resp::is_person_name(k)
        || (resp::is_leader(k) && !k.contains('、'))
        || several_persons(k)
    {
        return Kind::Leader;
    }
    let pieces: Vec<&str> = split_outside_brackets(k.trim_end_matches(['。', ';', ',']))
        .map(|p| p.trim_matches(super::words::LEAD_SIGNS))
        // "农业局等", "基层处等按职责分工落实": a name, a tail and role verbs.
        .map(resp::name_before_roles)
        .filter(|p| !p.is_empty())
        .collect();
    // "区财政局、区统计局、区": the page ends inside the list's last name; the lone
    // char is no name (the list reader leaves it out) and says nothing of the cell.
    let pieces = match pieces.split_last() {
        Some((last, before)) if !before.is_empty() && last.chars().nth(1).is_none() => before,
        _ => &pieces[..],
    };
    // "已完成新增15家示范型…照料中心": a count of things done, not a unit's name.
    let counts = k.char_indices().any(|(i, c)| {
        c.is_ascii_digit() && k[i + 1..].starts_with(|m: char| MEASURE_WORDS.contains(m))
    });
    if !pieces.is_empty()
        && !counts
        && pieces.len() <= 40
        && pieces
            .iter()
            .all(|p| resp::looks_like_unit(p) || resp::is_collective(p))
        // A sentence ends with 。; a list of units may too ("…,魏武国控集团。"), but
        // none has a sentence ended inside it ("区发改局与市中城发集团…均已立项备案。各相关
        // 部门正合力推进…": a progress cell).
        && (!k.ends_with('。') || pieces.len() > 1 || k.chars().count() <= MAX_UNIT_SENTENCE_CHARS)
        && !k.trim_end_matches('。').contains('。')
    {
        return Kind::Units;
    }
    Kind::Text
}

/// Whether a cell names several persons apart by spaces or 、 ("祝振伟 陈夏林", "沈 昱
/// 祝振伟" where a two-char name was padded to the width of three, held-out c11046):
/// each piece a person's name, single chars side by side taken as one name.
fn several_persons(k: &str) -> bool {
    if !k.contains([' ', '、']) || k.chars().count() > MAX_PERSONS_CELL_CHARS {
        return false;
    }
    let mut names: Vec<String> = Vec::new();
    let mut lone = String::new();
    for p in k.split([' ', '、']).filter(|p| !p.is_empty()) {
        if p.chars().count() == 1 {
            lone.push_str(p);
            continue;
        }
        if !lone.is_empty() {
            names.push(std::mem::take(&mut lone));
        }
        names.push(p.to_string());
    }
    if !lone.is_empty() {
        names.push(lone);
    }
    names.len() >= 2 && names.iter().all(|n| resp::is_person_name(n))
}

/// The longest cell of who does the work taken by its place alone, in chars.
const MAX_NAME_CELL_CHARS: usize = 24;

/// The longest cell read as several persons' names, in chars.
const MAX_PERSONS_CELL_CHARS: usize = 40;

/// The pieces of a cell between 、 , ; space and /, outside brackets ("各县(市、区)党委和
/// 人民政府" is one piece).
fn split_outside_brackets(k: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0usize;
    k.split(move |c: char| {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && matches!(c, '、' | ',' | ';' | ' ' | '/')
    })
}

/// A time cell: a deadline phrase, or a short cell with a month, a year or a quarter
/// ("9月投入使用", "2024年", "三季度").
fn is_deadline_cell(k: &str) -> bool {
    // "2025年11月底前,并长期坚持", "立行立改,长期坚持": times joined by a comma.
    let joined_times = || {
        k.chars().count() <= MAX_JOINED_TIMES_CHARS
            && !k.contains('。')
            && k.split(',').all(|p| {
                let p = p.trim().trim_start_matches(['并', '且']);
                !p.is_empty() && is_one_time(p)
            })
    };
    // "2014年12月底前落实并持续实施" (held-out c10440): a time, 并 and a short word of
    // going on, no comma between.
    let joined_by_and = || {
        k.split_once('并').is_some_and(|(a, b)| {
            let b = b.trim();
            is_one_time(a.trim())
                && b.chars().count() <= MAX_ONGOING_AFTER_AND_CHARS
                && deadline::ONGOING.starts(b)
        })
    };
    is_one_time(k) || (k.contains(',') && joined_times()) || joined_by_and()
}

/// The longest word of going on after 并 in a time cell ("持续实施"), in chars.
const MAX_ONGOING_AFTER_AND_CHARS: usize = 6;

/// The longest cell of times joined by commas ([`is_deadline_cell`]), in chars.
const MAX_JOINED_TIMES_CHARS: usize = 24;

/// [`is_deadline_cell`] for a cell of one time.
fn is_one_time(k: &str) -> bool {
    let n = k.chars().count();
    let dated = k.chars().next().is_some_and(|c| c.is_ascii_digit())
        && (k.contains('月') || k.contains('年') || k.contains("季度"));
    // "持续推进", "长期坚持", "年底前": a time alone, not "常态化疫情防控"; "常态工作",
    // "长期工作": the work is ongoing.
    let ongoing = n <= 6
        && (k.starts_with("年底")
            || k.starts_with("年内")
            || deadline::ONGOING.starts(k)
            || deadline::RECURRING.starts(k))
        && (!k.ends_with(['控', '理', '设', '作'])
            || deadline::ONGOING
                .prefix_of(k)
                .is_some_and(|w| matches!(&k[w.len()..], "工作" | "性工作")));
    let short = n <= 16 && !k.contains(['。', ',', '%']);
    // "2024" alone in a 建设时间 cell: a year.
    (short && (dated || ongoing))
        || is_year(k)
        // (Spaces a copy put around numbers not counted: "省出台文件后 2 个月完成".)
        || (deadline::is_deadline_text(k)
            && k.chars().filter(|&c| c != ' ').count() <= 12
            && !k.contains(['。', ',']))
}

/// Whether a cell of `kind` may go in a column of `col`.
fn fits(col: Column, kind: Kind) -> bool {
    match col {
        Column::Number | Column::SourceNumber => matches!(kind, Kind::Number(_)),
        // (A category as written, its number with it: "一、经济社会发展的主要预期目标".)
        Column::Section => matches!(kind, Kind::Text | Kind::Numbered(..)),
        Column::Text => matches!(kind, Kind::Text | Kind::Numbered(..)),
        Column::Leader => matches!(kind, Kind::Leader),
        Column::Lead | Column::Resp | Column::Coop => matches!(kind, Kind::Units),
        Column::Deadline => matches!(kind, Kind::Deadline),
        Column::Other => matches!(kind, Kind::Text | Kind::Number(_) | Kind::Deadline),
        // (A town may read as a person: "谢村镇".)
        Column::Place => matches!(kind, Kind::Text | Kind::Units | Kind::Leader),
    }
}

/// The columns for a row's cells that are fewer than the columns, in order: where
/// they fit best, each cell scoring one in a column that holds its kind and losing one
/// in a column that holds another kind (a note's column, 备注 or 进展情况, holds any
/// text and scores nothing); of the best places the leftmost. None when the cells fit
/// no better there than one after another from the first column.
pub fn columns_that_fit(cols: &[Column], keys: &[&str]) -> Option<Vec<usize>> {
    let (n, m) = (keys.len(), cols.len());
    if n == 0 || n >= m {
        return None;
    }
    // (Each cell's kind once: the table below asks for each many times.)
    let kinds: Vec<Option<Kind>> = keys
        .iter()
        .map(|k| (!k.trim().is_empty()).then(|| kind_of(k)))
        .collect();
    let score = |i: usize, j: usize| -> i32 {
        let col = cols[j];
        let Some(kind) = kinds[i].filter(|_| !matches!(col, Column::Other | Column::Place)) else {
            return 0;
        };
        let fitting = match (col, kind) {
            // (The number as the source wrote it: "(一)".)
            (Column::SourceNumber, Kind::Numbered(..)) => true,
            // (A category is written as words or as a heading, "四、教育文化"; "15.推进…"
            // is a task's own number, in the text column.)
            (Column::Section, Kind::Numbered(style, _)) => style.is_heading(),
            _ => fits(col, kind),
        };
        if fitting {
            1
        } else {
            -1
        }
    };
    // best[i][j]: the best score of keys[i..] in cols[j..] (a small table: a header
    // has at most MAX_COLUMNS columns).
    let mut best = vec![vec![0i32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            if m - j < n - i {
                continue;
            }
            let place = score(i, j) + best[i + 1][j + 1];
            best[i][j] = if m - j > n - i {
                place.max(best[i][j + 1])
            } else {
                place
            };
        }
    }
    let as_is: i32 = (0..n).map(|i| score(i, i)).sum();
    if best[0][0] <= as_is {
        return None;
    }
    let mut out = Vec::with_capacity(n);
    let (mut i, mut j) = (0, 0);
    while i < n {
        if score(i, j) + best[i + 1][j + 1] == best[i][j] {
            out.push(j);
            i += 1;
        }
        j += 1;
    }
    Some(out)
}

/// The most chars of a time cell's opening in which its first time is looked for
/// ("设计方案2011年9月底前完成").
const MAX_TIME_OPENING_CHARS: usize = 12;

/// One cell as read, with its line.
#[derive(Debug, Clone)]
pub struct Piece {
    pub cell: Cell,
    pub line: usize,
}

/// A row of the table, or a category heading between rows.
#[derive(Debug, Clone)]
pub enum GridRow {
    /// A numbered heading alone on its row ("一、经济社会发展主要预期目标").
    Category { cell: Cell, line: usize },
    Task {
        row: Row,
        first: usize,
        last: usize,
        /// The row had no 序号 of its own (a merged cell): it continues the one above.
        merged_number: bool,
    },
}

/// A row being filled.
#[derive(Default)]
struct Filling {
    /// The cells of each column, in order.
    cells: Vec<Vec<Cell>>,
    /// The column the last cell went to.
    at: Option<usize>,
    first: usize,
    last: usize,
    number: Option<u32>,
    /// The last cell was closed by a bar after it ("教體局 |"): the next cell is the
    /// next column's, never more of it.
    closed: bool,
    /// The row's cells moved left over a cell merged with the row above (see
    /// [`Assembler::mark_shifted`]).
    shifted: bool,
    /// The line of the cell before the last one (where the row ends if its last cell
    /// turns out to be the next row's text).
    before_last: usize,
    /// Columns the copy showed empty (two bars with nothing between): never merged
    /// with the row above.
    blank: Vec<usize>,
}

impl Filling {
    fn is_empty(&self) -> bool {
        self.cells.iter().all(Vec::is_empty)
    }
}

/// Whether the last cell of a column opens with the number before `value` in `style`
/// ("1. 印发…" before "2. 印发…" in a 进展情况 cell).
fn goes_on_list(cells: &[Cell], style: Style, value: u32) -> bool {
    cells
        .last()
        .and_then(|c| numbering::recognise(&c.key))
        .is_some_and(|n| n.style == style && n.value + 1 == value)
}

/// Where a table's categories come from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Categories {
    /// None seen yet.
    None,
    /// Rows of their own or cells with a number ("一、主要预期目标").
    Rows,
    /// Cells of a category column, named without a number ("省市重点类").
    Names,
}

/// Gives cells to columns by kind and groups them into rows.
pub struct Assembler {
    cols: Vec<Column>,
    names: Vec<String>,
    rows: Vec<GridRow>,
    filling: Filling,
    /// The last category was a number alone: the next text cell is its title.
    title_pending: bool,
    /// The cells of the last task row, by column.
    last_cells: Vec<Cell>,
    /// The key of the last category cell a row had (see [`Column::Section`]).
    section_key: Option<String>,
    /// What the table's categories were so far.
    categories: Categories,
    /// The layout's cells are whole: a category cell without a number is the
    /// category's name, not a piece of a cell broken at a space.
    cells_whole: bool,
    /// Cells of one line are apart for certain (between bars or runs of spaces): two
    /// that go to one text column read apart. (Single spaces may part one word of a
    /// PDF copy: "效率控制 红线".)
    cells_apart: bool,
    /// One cell per line and no bar seen between the cells: a cell merged with the row
    /// above leaves no trace but the cells after it coming early. (Between bars an
    /// empty cell shows as two bars, and a cell that comes early is no sign of a
    /// merged one.)
    one_per_line: bool,
}

impl Assembler {
    pub fn new(cols: Vec<Column>, names: Vec<String>) -> Assembler {
        let filling = Filling {
            cells: vec![Vec::new(); cols.len()],
            ..Filling::default()
        };
        Assembler {
            cols,
            names,
            rows: Vec::new(),
            filling,
            title_pending: false,
            last_cells: Vec::new(),
            section_key: None,
            categories: Categories::None,
            cells_whole: true,
            cells_apart: false,
            one_per_line: false,
        }
    }

    /// The assembler for cells laid out as `layout` says.
    pub fn for_layout(cols: Vec<Column>, names: Vec<String>, layout: Layout) -> Assembler {
        Assembler {
            cells_apart: matches!(layout, Layout::Bars | Layout::Spaces | Layout::Run),
            cells_whole: layout != Layout::Space,
            one_per_line: layout == Layout::Lines,
            ..Assembler::new(cols, names)
        }
    }

    fn has(&self, col: Column) -> bool {
        self.cols.contains(&col)
    }

    /// Whether a text column of the row being filled has a cell (a table may have
    /// several: 主要任务 and 细化措施, 考核指标 and 考核内容).
    fn text_filled(&self) -> bool {
        self.text_filled_in(&self.filling)
    }

    fn text_filled_in(&self, f: &Filling) -> bool {
        f.cells
            .iter()
            .zip(&self.cols)
            .any(|(cells, col)| *col == Column::Text && !cells.is_empty())
    }

    fn text_col(&self) -> Option<usize> {
        self.cols.iter().position(|c| *c == Column::Text)
    }

    fn number_col(&self) -> Option<usize> {
        self.cols.iter().position(|c| *c == Column::Number)
    }

    /// Takes the next cell. Returns false when the cell cannot be part of the table
    /// (the caller ends the table before it).
    pub fn push(&mut self, cell: Cell, line: usize) -> bool {
        // A name's bracket on a line of its own after the name in a unit column ("高新园"
        // + "(邹区镇)", "应急管理局" + "(安委办)"): the rest of that name.
        if self.names_bracket_after_unit(&cell) {
            if let Some(last) = self
                .filling
                .at
                .and_then(|a| self.filling.cells[a].last_mut())
            {
                last.append(&cell);
                self.filling.last = line;
                return true;
            }
        }
        let kind = kind_of(&cell.key);
        // A cell like none of the table's columns ("万元/人" read as a person where
        // no column holds leaders) is text.
        let kind = match kind {
            Kind::Leader | Kind::Units | Kind::Deadline
                if !self.cols.iter().any(|&c| fits(c, kind)) =>
            {
                Kind::Text
            }
            k => k,
        };
        // The table's first cell a bare number under a header without 序号 (after the
        // category rows above the first row, if any): the header's first cell was lost
        // (a web table's blank-looking 序号 cell), and the numbers are its column.
        if let Kind::Number(1) = kind {
            let no_task_yet = self
                .rows
                .iter()
                .all(|r| matches!(r, GridRow::Category { .. }));
            if no_task_yet && self.filling.is_empty() && !self.has(Column::Number) {
                self.cols.insert(0, Column::Number);
                self.names.insert(0, String::new());
                self.filling.cells.insert(0, Vec::new());
            }
        }
        let f = &self.filling;
        // After a cell closed by its bar, a number that the next column takes is that
        // column's ("300" under 投资金额), not a new row's.
        let next_col = self
            .filling
            .at
            .map(|a| a + 1)
            .filter(|_| self.filling.closed);
        if let (Kind::Number(_), Some(j)) = (kind, next_col) {
            if self
                .cols
                .get(j)
                .is_some_and(|&c| c != Column::Number && fits(c, kind))
            {
                self.put(j, cell, line);
                return true;
            }
        }
        // A number after a row's cells that is not the next row's ("300" after row 1's
        // text, one cell per line, under 年度投资金额): the next fact column's still empty.
        if let (Kind::Number(v), Some(n), Some(a)) = (kind, f.number, f.at) {
            let fact = |j: usize| {
                self.cols[j] == Column::Other
                    && self.names.get(j).is_some_and(|name| names_facts(name))
            };
            let later = (a + 1..self.cols.len()).find(|&j| fact(j) && f.cells[j].is_empty());
            if let Some(j) = later.filter(|_| v != n + 1) {
                self.put(j, cell, line);
                return true;
            }
        }
        // A bare number starts a row (when the table numbers its rows).
        if let Kind::Number(v) = kind {
            // The next number, or any larger one (a table cut to some rows: 3, 68, 69).
            let expected = f.number.is_none_or(|n| v > n || v == 1);
            let number_col = self.number_col();
            let number_first = f.at.is_none_or(|a| number_col.is_some_and(|n| a >= n));
            // The row's category cell came first, its column before 序号 ("类别 | 序号 |
            // …": 社会事业类 then 3): the number is this row's.
            let after_category = number_col.is_some_and(|n| {
                !f.is_empty()
                    && f.cells.iter().enumerate().all(|(j, cells)| {
                        cells.is_empty() || (j < n && self.cols[j] == Column::Section)
                    })
            });
            if number_col.is_some() && expected && (number_first || !f.is_empty()) {
                if !after_category {
                    self.finish_row();
                    self.filling.first = line;
                }
                let at = number_col.unwrap_or(0);
                self.filling.cells[at].push(cell);
                self.filling.at = Some(at);
                self.filling.last = line;
                self.filling.number = Some(v);
                return true;
            }
        }
        // A numbered heading alone, before a row's text: a category row.
        if let Kind::Numbered(style, _) = kind {
            let heading_style = style.is_heading();
            let text_filled = self
                .text_col()
                .is_some_and(|t| !self.filling.cells[t].is_empty());
            if heading_style && (self.filling.is_empty() || text_filled) {
                self.finish_row();
                // "(一)" alone: its title is the next cell.
                self.title_pending = numbering::recognise(&cell.key)
                    .is_some_and(|n| cell.key.chars().count() == n.skip);
                self.categories = Categories::Rows;
                self.rows.push(GridRow::Category { cell, line });
                return true;
            }
        }
        // In a table that numbers its rows in a 序号 column, a numbered line after the
        // row's text is part of a cell ("1、查处违法行为31起。2、…" under 完成情况), not
        // a row's text.
        // (Its number kept: "2. …" after "1. …" goes on in that cell, sentences ended
        // or not.)
        // But a row whose text opens with the number before it ("(4)实际使用外资…" then
        // "(5)居民人均可支配收入…", the cells between them merged with the rows above) has
        // a sibling: a row of its own under the same 序号.
        if let Kind::Numbered(style, v) = kind {
            if self.has(Column::Number) && self.text_is_item_before(style, v) {
                let number = self.filling.number;
                self.finish_row();
                self.filling.number = number;
                let Some(t) = self.text_col() else {
                    return false;
                };
                self.filling.first = line;
                self.put(t, cell, line);
                return true;
            }
        }
        let mut in_cell_list = None;
        let kind = match kind {
            Kind::Numbered(style, v) if self.has(Column::Number) && self.text_filled() => {
                in_cell_list = Some((style, v));
                Kind::Text
            }
            k => k,
        };
        if self.title_pending {
            self.title_pending = false;
            if kind == Kind::Text {
                if let Some(GridRow::Category { cell: c, .. }) = self.rows.last_mut() {
                    c.append(&cell);
                    return true;
                }
            }
        }
        let start = self.filling.at.map_or(0, |a| a);
        // A short text that ends like a unit's name ("现代化美丽城镇") where the row's
        // text is still to come, before any unit column: the text.
        let kind = match (kind, self.text_col()) {
            (Kind::Units, Some(t))
                if t >= start
                    && !self.text_filled()
                    && !self.cols[start..t]
                        .iter()
                        .any(|c| matches!(c, Column::Lead | Column::Resp | Column::Coop)) =>
            {
                Kind::Text
            }
            _ => kind,
        };
        // The column for the cell: the one the last cell went to when this one goes on
        // with it (a unit per line, a text that wraps), else the next that fits.
        let same = self
            .filling
            .at
            .filter(|_| !self.filling.closed)
            .filter(|&a| {
                let col = self.cols[a];
                // Another column of the same kind after this one takes the cell instead
                // (牵头单位 then 配合单位): a cell goes on over lines only in the last one.
                let later_same_kind = self.cols[a + 1..]
                    .iter()
                    .any(|&c| fits(c, kind) && c != Column::Other);
                fits(col, kind)
                    && match col {
                        Column::Lead | Column::Resp | Column::Coop | Column::Leader => {
                            !later_same_kind
                        }
                        Column::Text | Column::Other => {
                            !ends_text(&self.filling.cells[a])
                                || in_cell_list.is_some_and(|(style, v)| {
                                    goes_on_list(&self.filling.cells[a], style, v)
                                })
                        }
                        _ => false,
                    }
            });
        let next = same.or_else(|| {
            (start..self.cols.len())
                .skip(usize::from(self.filling.at.is_some()))
                .find(|&j| self.accepts(j, kind, &cell.key))
        });
        match next {
            Some(j) => {
                // One cell per line, a cell that passes over a column of who does it
                // with nothing in this row ("已完成。…" under 落实情况 right after the
                // 月度工作计划, no 牵头单位 between): the copy left out a cell merged
                // with the row above, and the row shares it.
                let over_who = self.one_per_line
                    && self.filling.at.is_some_and(|a| {
                        (a + 1..j)
                            .any(|m| self.cols[m].names_who() && self.filling.cells[m].is_empty())
                    });
                if over_who {
                    self.filling.shifted = true;
                }
                self.put(j, cell, line)
            }
            None => {
                // "2011年8月20日前完成,并上报…" after the row's text cells: a sentence that
                // opens with its time fills the row's empty time column (held-out c13410).
                if let Some(j) = self.empty_time_column_for(kind, &cell.key) {
                    self.put(j, cell, line);
                    return true;
                }
                // The cell belongs to a column before this one: a new row (its 序号
                // merged with the row above).
                if self.filling.is_empty() {
                    return false;
                }
                let number = self.filling.number;
                let next_text = self.take_next_rows_text(kind);
                self.finish_row();
                self.filling.number = number;
                if let (Some((text, at)), Some(t)) = (next_text, self.text_col()) {
                    self.put(t, text, at);
                }
                let Some(j) = (0..self.cols.len()).find(|&j| self.accepts(j, kind, &cell.key))
                else {
                    return false;
                };
                self.put(j, cell, line);
            }
        }
        true
    }

    /// The deadline column after the last cell's, still empty in the row being filled,
    /// that a text cell opening with a time belongs in ("2011年8月20日前完成,并上报省文物
    /// 局论证…" under 时间, too long to read as a deadline alone).
    fn empty_time_column_for(&self, kind: Kind, key: &str) -> Option<usize> {
        let at = self.filling.at?;
        if kind != Kind::Text || !self.text_filled() {
            return None;
        }
        let j = (at + 1..self.cols.len()).find(|&j| self.cols[j] == Column::Deadline)?;
        // (Or after a few words of what is due by then: "设计方案2011年9月底前完成,…".)
        let key = key.trim_start();
        let window = &key[..crate::parser::text::byte_of_char(key, MAX_TIME_OPENING_CHARS)];
        let opens_with_time = deadline::find_inline(window).is_some();
        (self.filling.cells[j].is_empty() && opens_with_time).then_some(j)
    }

    /// Whether the row being filled has a text of one cell that opens with the number
    /// before `value` of `style`, and nothing after its text ("(4)实际使用外资和进出口总
    /// 额稳中提质。" alone, before "(5)…"): the next number of that style is a sibling
    /// row's.
    fn text_is_item_before(&self, style: Style, value: u32) -> bool {
        let Some(t) = self.text_col() else {
            return false;
        };
        self.filling.at == Some(t)
            && self.filling.cells[t].len() == 1
            && goes_on_list(&self.filling.cells[t], style, value)
    }

    /// Whether `cell` is a short bracket alone ("(邹区镇)", not a number: "(4)") and the
    /// cell before it in the row a unit's name in a column of units, not closed.
    fn names_bracket_after_unit(&self, cell: &Cell) -> bool {
        let k = cell.key.trim();
        k.starts_with('(')
            && k.ends_with(')')
            && k.chars().count() <= MAX_NAME_BRACKET_CHARS
            && k.matches('(').count() == 1
            && numbering::recognise(k).is_none()
            && !self.filling.closed
            && self.filling.at.is_some_and(|a| {
                matches!(self.cols[a], Column::Lead | Column::Resp | Column::Coop)
                    && self.filling.cells[a]
                        .last()
                        .is_some_and(|c| resp::looks_like_unit(c.key.trim()))
            })
    }

    /// Whether column `j` takes a cell of `kind` in the row being filled.
    fn accepts(&self, j: usize, kind: Kind, key: &str) -> bool {
        let col = self.cols[j];
        if !fits(col, kind) {
            return false;
        }
        match col {
            // A category cell: only in a row that has its number (or at the row's start,
            // its column before 序号) and no text yet, and short (a sentence is the task:
            // "抓好工业节水。加快…" after 类别 left empty).
            Column::Section => {
                key.chars().count() <= MAX_CATEGORY_CHARS
                    && !key.contains('。')
                    && (self.filling.number.is_some()
                        || self.filling.is_empty() && self.number_col().is_some_and(|n| n > j))
                    && self.filling.cells[j].is_empty()
                    && self
                        .text_col()
                        .is_some_and(|t| t > j && self.filling.cells[t].is_empty())
            }
            // Other columns (progress, notes) come after the task's text.
            Column::Other => self
                .text_col()
                .is_none_or(|t| t < j && !self.filling.cells[t].is_empty()),
            _ => true,
        }
    }

    fn put(&mut self, j: usize, mut cell: Cell, line: usize) {
        if self.filling.is_empty() {
            self.filling.first = line;
        }
        // Two cells of one line that go to one text column ("| 稳增长 | 推动经济平稳运行
        // |" under one 工作任务) read apart; a cell that wrapped onto the next line goes
        // on without a space.
        let beside = self.cells_apart
            && self.filling.at == Some(j)
            && self.filling.last == line
            && matches!(self.cols[j], Column::Text | Column::Other)
            && self.filling.cells[j]
                .last()
                .is_some_and(|c| !c.key.ends_with(['。', ';', ':', ',', '、', ' ']));
        if beside {
            for v in [&mut cell.text, &mut cell.folded, &mut cell.key] {
                v.insert(0, ' ');
            }
        }
        self.filling.cells[j].push(cell);
        self.filling.at = Some(j);
        self.filling.before_last = self.filling.last;
        self.filling.last = line;
        self.filling.closed = false;
    }

    /// The row's last cell when it is the next row's text, not more of its own last
    /// column: a copy one cell per line ran the next row's text ("全社会R&D经费支出增长
    /// 15%") into the progress cell that closed this row ("正常进行中"), and the cell
    /// that came now (`kind`, the next row's units) goes to a column after the text.
    /// Taken out of the row, with the line it was on.
    fn take_next_rows_text(&mut self, kind: Kind) -> Option<(Cell, usize)> {
        let t = self.text_col()?;
        let a = self.filling.at?;
        let f = &self.filling;
        let goes_after_text = (0..self.cols.len())
            .find(|&j| fits(self.cols[j], kind) && j != t)
            .is_some_and(|j| j > t);
        let taken = !self.cells_apart
            && matches!(kind, Kind::Units | Kind::Leader)
            && goes_after_text
            && a > t
            && matches!(self.cols[a], Column::Text | Column::Other)
            && f.cells[a].len() >= 2
            && !f.cells[t].is_empty();
        if !taken {
            return None;
        }
        let cell = self.filling.cells[a].pop()?;
        let line = self.filling.last;
        self.filling.last = self.filling.before_last;
        Some((cell, line))
    }

    /// Whether one line's cells (between bars) fill every column, each with a cell its
    /// column may hold: then they are the row's cells by position ("2 | 新建成… | 新建
    /// 锦南街道、高虹镇… | 卫生健康局", where the progress cell looks like units), not by
    /// kind.
    /// Columns of notes at the end (备注) that a row leaves empty do not count.
    pub fn fills_row(&self, cells: &[Cell]) -> bool {
        let notes_left = self
            .cols
            .get(cells.len()..)
            .is_some_and(|rest| rest.iter().all(|&c| c == Column::Other));
        // (A row with a cell for each column that opens with its number is certain of
        // its columns: a short cell of who does it is theirs though it reads as no
        // name, "未来科技城(海创园)", "临平新城", held-out c11046.)
        let numbered_full = cells.len() == self.cols.len()
            && self.cols.first() == Some(&Column::Number)
            && cells
                .first()
                .is_some_and(|c| matches!(kind_of(&c.key), Kind::Number(_)));
        let short_name =
            |k: &str| k.chars().count() <= MAX_NAME_CELL_CHARS && !k.contains(['。', ',', ';']);
        cells.len() >= 2
            && notes_left
            && self.cols.iter().zip(cells).all(|(&col, c)| {
                let kind = kind_of(&c.key);
                matches!(col, Column::Other | Column::Place)
                    || fits(col, kind)
                    || (numbered_full
                        && col.names_who()
                        && kind == Kind::Text
                        && short_name(c.key.trim()))
            })
    }

    /// The header's number of columns.
    pub fn columns(&self) -> usize {
        self.cols.len()
    }

    /// The row being filled lacks a cell merged with the row above, and its later cells
    /// moved left into its place (a row between bars one cell short, its last empty):
    /// its empty cells of who does it take the row above's.
    pub fn mark_shifted(&mut self) {
        self.filling.shifted = true;
    }

    /// A row whose cells fill every column ([`Assembler::fills_row`]): each goes to its
    /// column.
    pub fn push_row(&mut self, cells: Vec<Cell>, line: usize) {
        self.finish_row();
        self.title_pending = false;
        let n = cells.len();
        for (j, cell) in cells.into_iter().enumerate() {
            if let (Column::Number, Kind::Number(v)) = (self.cols[j], kind_of(&cell.key)) {
                self.filling.number = Some(v);
            }
            self.put(j, cell, line);
            self.close_cell();
        }
        // The notes it left empty are empty: the next cell is the next row's.
        if n < self.cols.len() {
            self.filling.blank.extend(n..self.cols.len());
            self.filling.at = Some(self.cols.len() - 1);
        }
    }

    /// The copy showed `n` empty cells after the cell taken last (bars with nothing
    /// between them, "|" over "|"): the columns after it are empty in this row, and
    /// the next cell goes after them.
    pub fn empty_cells(&mut self, n: usize) {
        let Some(a) = self.filling.at else {
            return;
        };
        let end = (a + 1 + n).min(self.cols.len());
        if a + 1 < end {
            self.filling.blank.extend(a + 1..end);
            self.filling.at = Some(end - 1);
            self.filling.closed = true;
        }
    }

    /// A line of the table had a bar: its cells are marked, empty ones too.
    pub fn saw_bars(&mut self) {
        self.one_per_line = false;
    }

    /// The cell taken last was closed by a bar after it: the next cell starts the next
    /// column.
    pub fn close_cell(&mut self) {
        self.filling.closed = true;
    }

    /// Ends the row being filled (a line of bars alone, in a table whose cells each
    /// open with a bar).
    pub fn end_row(&mut self) {
        self.finish_row();
    }

    /// Ends the row being filled.
    fn finish_row(&mut self) {
        let f = std::mem::replace(
            &mut self.filling,
            Filling {
                cells: vec![Vec::new(); self.cols.len()],
                ..Filling::default()
            },
        );
        if f.is_empty() {
            return;
        }
        let text_col = self.text_col();
        // (A table may have several text columns, 考核指标 and 考核内容: a row with any
        // of them filled has a text.)
        if text_col.is_some() && !self.text_filled_in(&f) {
            // A row of a number alone (or cells without a text): nothing to track,
            // its cells are kept as notes of the row above.
            if let Some(GridRow::Task { row, last, .. }) = self.rows.last_mut() {
                for cells in f.cells.iter() {
                    for c in cells {
                        row.notes.push(c.text.clone());
                    }
                }
                *last = f.last.max(*last);
                return;
            }
        }
        let merged_number = f
            .cells
            .iter()
            .zip(&self.cols)
            .all(|(cells, col)| !matches!(col, Column::Number) || cells.is_empty())
            && self.has(Column::Number);
        // A row of text alone in a numbered table, none of its other cells filled: a
        // category spanning the row ("强化科技创新支撑能力。").
        let text_only = f
            .cells
            .iter()
            .zip(&self.cols)
            .all(|(cells, col)| *col == Column::Text || cells.is_empty());
        // (Not a row whose text goes on with the numbers of the rows above it, "(4)…"
        // after "(3)…", in a copy one cell per line: its other cells are merged with
        // theirs, and the copy gives them once. Between bars a merged cell shows as an
        // empty one, and a row of text alone there is cut or a category.)
        let numbered_after_rows = || {
            if self.cells_apart {
                return false;
            }
            let Some(mine) = text_col
                .and_then(|t| f.cells[t].first())
                .and_then(|c| numbering::recognise(&c.key))
            else {
                return false;
            };
            matches!(self.rows.last(), Some(GridRow::Task { row, .. })
                if goes_on_list(std::slice::from_ref(&row.text), mine.style, mine.value))
        };
        if merged_number && text_only && !numbered_after_rows() {
            if let Some(t) = text_col {
                let mut cell = Cell::default();
                for c in &f.cells[t] {
                    cell.append(c);
                }
                // The row above stopped inside a sentence ("推进项目建设,加快" + "前期
                // 工作"): its text cell wrapped, and this is the rest of it, not a
                // category.
                if let Some(GridRow::Task { row, last, .. }) = self.rows.last_mut() {
                    let k = row.text.key.trim_end();
                    if k.contains(',') && !k.ends_with(['。', ';', '!', '?', ':']) {
                        row.text.append(&cell);
                        *last = f.last.max(*last);
                        return;
                    }
                }
                self.categories = Categories::Rows;
                self.rows.push(GridRow::Category {
                    cell,
                    line: f.first,
                });
                return;
            }
        }
        let mut f = f;
        let shifted = f.shifted;
        let blank = std::mem::take(&mut f.blank);
        self.rebalance_unit_cells(&mut f.cells);
        let mut cells: Vec<Cell> = Vec::with_capacity(self.cols.len());
        for (j, list) in f.cells.into_iter().enumerate() {
            let mut joined = Cell::default();
            let sep = if matches!(self.cols[j], Column::Text | Column::Other | Column::Place) {
                ""
            } else {
                "\n"
            };
            for c in list {
                if !joined.key.is_empty() {
                    joined.text.push_str(sep);
                    joined.folded.push_str(sep);
                    joined.key.push_str(sep);
                }
                joined.append(&c);
            }
            cells.push(joined);
        }
        // Cells merged with the row above, a copy giving them once, in the group's
        // first row; each empty one takes the row above's:
        // - a row whose 序号 was merged with the row above shares that row's leader and
        //   unit cells too;
        // - a numbered row of its own shares the 完成时限 (not leaders and units:
        //   labellers differ on whether a copy that shows no leader for a row means a
        //   merged cell, c201 and c2200);
        // - in a table without 序号, a row whose first cell comes after a column of who
        //   does it ("| 推进国家安全工作发展" under a 牵头单位 cell spanning rows) shares
        //   the cells before it.
        let numbered = self.has(Column::Number);
        let first = cells.iter().position(|c| !c.key.is_empty()).unwrap_or(0);
        for (j, cell) in cells.iter_mut().enumerate() {
            let col = self.cols[j];
            let who = col.names_who();
            let merged = match (numbered, merged_number) {
                (true, true) => who,
                (true, false) => col == Column::Deadline || (shifted && who),
                (false, _) => who && j < first,
            };
            if merged && cell.key.is_empty() && !blank.contains(&j) {
                if let Some(prev) = self.last_cells.get(j) {
                    *cell = prev.clone();
                }
            }
        }
        self.last_cells = cells.clone();
        let mut row = super::table::read_cells(&self.cols, &self.names, cells);
        // A numbered category cell at the row's start (merged over the rows below it:
        // only the first has it, "一、经济社会发展的主要预期目标"): a category its rows go
        // under, once per name. (Names without numbers stay the row's.)
        let numbered =
            |c: &Cell| numbering::recognise(&c.key).is_some_and(|n| n.style.is_heading());
        // A category cell without a number ("类别 | 序号 | …": 省市重点类 on each of its
        // rows, or on the first only) is a category too, in a table whose categories
        // are not numbered rows or cells: under "一、主要预期目标" a 项目 cell names a
        // group of rows within the section, not a section of its own. (Cells parted by
        // single spaces may hold a piece of a category broken at a space.)
        let named = self.cells_whole && self.categories != Categories::Rows;
        if let Some(section) = row.section.take_if(|c| numbered(c) || named) {
            self.categories = if numbered(&section) {
                Categories::Rows
            } else {
                Categories::Names
            };
            if self.section_key.as_deref() != Some(section.key.as_str()) {
                self.section_key = Some(section.key.clone());
                self.rows.push(GridRow::Category {
                    cell: section,
                    line: f.first,
                });
            }
        }
        self.rows.push(GridRow::Task {
            row,
            first: f.first,
            last: f.last,
            merged_number,
        });
    }

    /// A unit cell broken over lines, one name per line, then the next unit cell on a
    /// line of its own: "区财政局" / "区税务局" / "区政府有关部门,各乡镇人民政府" under
    /// 主要责任单位 and 协同配合单位. The names were all given to the later column (a cell
    /// goes on over lines only in the last column of its kind); a cell is either one
    /// name per line or a list on a line, so the lone names before the list belong to
    /// the earlier column when its own cell is lone names too.
    fn rebalance_unit_cells(&self, cells: &mut [Vec<Cell>]) {
        let is_unit_col = |c: Column| matches!(c, Column::Lead | Column::Resp | Column::Coop);
        let lone = |c: &Cell| {
            let k = c.key.trim();
            !k.contains(['、', ',', ';', ' ']) && kind_of(k) == Kind::Units
        };
        for j in 1..self.cols.len() {
            if !(is_unit_col(self.cols[j - 1]) && is_unit_col(self.cols[j])) {
                continue;
            }
            let (before, after) = cells.split_at_mut(j);
            let (prev, last) = (&mut before[j - 1], &mut after[0]);
            let k = last.iter().take_while(|c| lone(c)).count();
            if k == 0 || k == last.len() || prev.is_empty() || !prev.iter().all(lone) {
                continue;
            }
            prev.extend(last.drain(..k));
        }
    }

    /// The rows read, the row being filled included.
    pub fn finish(mut self) -> Vec<GridRow> {
        self.finish_row();
        self.rows
    }
}

/// Whether the text cells so far end a sentence (the next text is a new cell).
fn ends_text(cells: &[Cell]) -> bool {
    cells
        .last()
        .is_some_and(|c| c.key.trim_end().ends_with(['。', ';', '!', '?']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row short of cells goes where most of its cells fit their columns, at the
    /// leftmost such place; a row that fits as well as it is stays (None).
    #[test]
    fn short_rows_go_where_their_cells_fit() {
        use Column::*;
        let cols = [Section, Text, Text, Resp, Leader, Other];
        // The 类别 left out: the task's own number 15. is no category.
        let keys = [
            "15.推进学校塑胶运动场地建设",
            "完成建设。",
            "教育体育局",
            "刘福利",
            "已开工。",
        ];
        assert_eq!(columns_that_fit(&cols, &keys), Some(vec![1, 2, 3, 4, 5]));
        // The 牵头单位 left out between the plan and the progress.
        let cols = [Number, Text, Other, Lead, Other];
        let keys = [
            "2",
            "开展筛查。",
            "4月:完成筛查1480人。",
            "已完成。完成筛查3495人。",
        ];
        assert_eq!(columns_that_fit(&cols, &keys), Some(vec![0, 1, 2, 4]));
        // Only the last cells missing: as it is.
        let keys = ["2", "开展筛查。", "4月:完成筛查1480人。", "县卫生健康局"];
        assert_eq!(columns_that_fit(&cols, &keys), None);
    }

    /// Names one per line: "责任" + "领导" is one name broken by a narrow cell, but
    /// "责任单位" + "分管市领导" are two whole names, a unit column and a leader column
    /// (c1101 copied one cell per line; c3202's 考评标准 + 责任科室).
    #[test]
    fn whole_names_one_per_line_stay_apart() {
        let (cols, names, _) =
            vertical_header(&["民生事项名称", "责任单位", "分管市领导", "完成情况"]).unwrap();
        assert_eq!(
            names,
            ["民生事项名称", "责任单位", "分管市领导", "完成情况"]
        );
        assert_eq!(cols[1..3], [Column::Resp, Column::Leader]);
        let (cols, names, _) = vertical_header(&["工作任务", "责任", "领导", "责任单位"]).unwrap();
        assert_eq!(names, ["工作任务", "责任领导", "责任单位"]);
        assert_eq!(cols[1], Column::Leader);
    }

    /// A measure in brackets on the line after a name is the name's note ("總投資" +
    /// "(萬元)", held-out c10140, keys as the parser gives them); a number in brackets
    /// is not.
    #[test]
    fn a_measure_in_brackets_below_a_name_is_its_note() {
        let (_, names, used) = vertical_header(&[
            "序号",
            "项目",
            "责任单位",
            "建设内容",
            "总投资",
            "(万元)",
            "2023年",
            "目标进度",
            "1",
        ])
        .unwrap();
        assert_eq!(
            names,
            [
                "序号",
                "项目",
                "责任单位",
                "建设内容",
                "总投资(万元)",
                "2023年目标进度"
            ]
        );
        assert_eq!(used, 8);
        let (_, names, _) =
            vertical_header(&["项目名称", "项目内容", "责任单位", "进展情况", "(一)"]).unwrap();
        assert_eq!(names, ["项目名称", "项目内容", "责任单位", "进展情况"]);
    }

    #[test]
    fn words_in_brackets_under_a_header_are_its_own() {
        assert!(is_header_tail("(海南) | (国家) | ||||"));
        assert!(is_header_tail("| (万元) | (%) |"));
        assert!(!is_header_tail("1 | (国家) |"));
        assert!(!is_header_tail("|||"));
    }

    #[test]
    fn a_year_names_a_column_of_targets() {
        assert!(inline_header("领域 | 序号 | 责任部门 | 指标 | 2025年 | 2025 |").is_some());
    }

    /// A deadline cell may join two times with a comma (c2902, a 整改 list); a
    /// sentence of work with a comma is no deadline.
    #[test]
    fn times_joined_by_a_comma_are_a_deadline() {
        for k in [
            "2025年11月底前,并长期坚持",
            "立行立改,长期坚持",
            "6月底前,长期坚持",
            // Or by 并 (held-out c10440).
            "2014年12月底前落实并持续实施",
        ] {
            assert_eq!(kind_of(k), Kind::Deadline, "{k}");
        }
        for k in [
            "常态化疫情防控,落实到位",
            "长期坚持,抓好宣传教育工作",
            "2024年完成改造并持续开展宣传教育",
        ] {
            assert_ne!(kind_of(k), Kind::Deadline, "{k}");
        }
    }

    /// A name set out letter by letter is what it spells (held-out c11080); names
    /// apart by spaces are not letters.
    #[test]
    fn letters_set_out_in_a_narrow_cell() {
        assert_eq!(kind_of("市 城 市 管 理 局"), Kind::Units);
        assert_eq!(kind_of("源 头 减 量 专 项 行 动"), Kind::Text);
        assert_eq!(kind_of("祝振伟 陈夏林"), Kind::Leader);
    }

    /// A progress cell that counts what was done ends like a unit's name but is none
    /// (held-out c6001).
    #[test]
    fn a_count_is_no_unit() {
        assert_eq!(kind_of("区民政局"), Kind::Units);
        assert_eq!(
            kind_of("已完成新增15家示范型居家养老服务照料中心"),
            Kind::Text
        );
    }

    #[test]
    fn headers_whose_names_ran_together() {
        let (cols, names, len) = run_header("序号工作内容目标任务责任单位备注1将").unwrap();
        assert_eq!(names, ["序号", "工作内容", "目标任务", "责任单位", "备注"]);
        assert_eq!(
            cols,
            [
                Column::Number,
                Column::Text,
                Column::Text,
                Column::Resp,
                Column::Other
            ]
        );
        assert_eq!(len, "序号工作内容目标任务责任单位备注".len());
        let (cols, names, _) =
            run_header("序号项目名称主要内容区政府分管领导牵头单位配合单位").unwrap();
        assert_eq!(names[3], "区政府分管领导");
        assert_eq!(cols[3..], [Column::Leader, Column::Lead, Column::Coop]);
        // Not when the names are apart (another layout), nor without who does it, nor
        // when text follows the names.
        assert!(run_header("序号 工作任务 责任单位").is_none());
        assert!(run_header("序号工作任务完成时限1做好").is_none());
        assert!(run_header("序号工作任务责任单位要明确").is_none());
    }

    #[test]
    fn rows_whose_cells_ran_together() {
        let key = "21树立新风。省妇联牵头22新建2座机构,第23批。省财政厅23做好工作";
        let starts = run_rows(key, 0);
        let rows: Vec<&str> = starts
            .iter()
            .zip(starts.iter().skip(1).chain([&key.len()]))
            .map(|(&a, &b)| &key[a..b])
            .collect();
        assert_eq!(
            rows,
            [
                "21树立新风。省妇联牵头",
                "22新建2座机构,第23批。省财政厅",
                "23做好工作"
            ]
        );
        let cells = |k: &'static str| -> Vec<&'static str> {
            run_cells(k).into_iter().map(|(a, b)| &k[a..b]).collect()
        };
        assert_eq!(
            cells("21树立新风。省妇联牵头;团省委配合"),
            ["21", "树立新风。", "省妇联牵头;团省委配合"]
        );
        assert_eq!(
            cells("3做好工作。市商务局,市住建局"),
            ["3", "做好工作。", "市商务局,市住建局"]
        );
        // Names run together without a separator may be several cells: text.
        assert_eq!(
            cells("1增加学位。何海平教育局经开区高新园各街道市国有公司"),
            ["1", "增加学位。何海平教育局经开区高新园各街道市国有公司"]
        );
        assert_eq!(
            cells("5统筹推进分类设施建设"),
            ["5", "统筹推进分类设施建设"]
        );
        // Spaces around the units' cell are no part of it, at either end.
        assert_eq!(
            cells("3做好工作。 市商务局,市住建局\u{3000}"),
            ["3", "做好工作。", "市商务局,市住建局"]
        );
    }

    fn cell(s: &str) -> Cell {
        Cell {
            text: s.into(),
            folded: s.into(),
            key: s.into(),
        }
    }

    #[test]
    fn header_words() {
        assert_eq!(column_of("序号"), Some(Column::Number));
        // This app's own 台账 columns: the user's date and the status are no deadline.
        assert_eq!(column_of("我的期限"), Some(Column::Other));
        assert_eq!(column_of("状态"), Some(Column::Other));
        assert_eq!(column_of("建设地点"), Some(Column::Place));
        assert_eq!(column_of("年度投资金额(万元)"), Some(Column::Other));
        assert_eq!(column_of("完成期限"), Some(Column::Deadline));
        assert_eq!(column_of("工 作 任 务"), Some(Column::Text));
        assert_eq!(column_of("牵头负责部门"), Some(Column::Lead));
        assert_eq!(column_of("分 管 县领导"), Some(Column::Leader));
        assert_eq!(column_of("责任主体与协同单位"), Some(Column::Resp));
        assert_eq!(column_of("牵头单位(部门)"), Some(Column::Lead));
        assert_eq!(column_of("1-10月推进情况"), Some(Column::Other));
        assert_eq!(column_of("2022年预期目标"), Some(Column::Text));
        assert_eq!(column_of("3"), None);
        // A column named twice over, joined by 、 (held-out c2111); a field and its
        // value are no column name.
        assert_eq!(column_of("执行措施、实施步骤"), Some(Column::Text));
        assert_eq!(column_of("工作进展、取得成效"), Some(Column::Other));
        assert_eq!(column_of("管理事项 中考、高考保障"), None);
        // Next steps and how the work is overseen are follow-up columns.
        assert_eq!(column_of("后续举措"), Some(Column::Other));
        assert_eq!(column_of("下一步计划"), Some(Column::Other));
        // What the category is of, then its word (held-out c1202's 事项分类).
        assert_eq!(column_of("事项分类"), Some(Column::Section));
        assert_eq!(column_of("项目类别"), Some(Column::Section));
        assert_eq!(column_of("事项名称"), Some(Column::Text));
        assert_eq!(column_of("下步打算"), Some(Column::Other));
        assert_eq!(column_of("监督方式"), Some(Column::Other));
        assert_eq!(column_of("上半年推进情况"), Some(Column::Other));
        assert_eq!(column_of("完成时限"), Some(Column::Deadline));
        assert_eq!(column_of("地区生产总值增长5.5%左右"), None);
        // Between bars, a header that names no one: a number column and known names
        // only (held-out c6800); a line of bars with names of no column is none.
        let (cols, ..) = inline_header("类别 | 序号 | 项目名称 | 工作标准 |").unwrap();
        assert_eq!(cols[1..3], [Column::Number, Column::Text]);
        assert!(inline_header("首页 | 序号 | 新闻中心 | 工作动态 |").is_none());
        assert!(inline_header("类别 | 项目名称 | 工作标准 |").is_none());
        // Between bars, a name of no column before known ones (c5002's 小项, a 存在问题
        // between them) is another column; a name cut by a narrow cell's wrap ("分管领"
        // of 分管领导, c424) leaves the header to the lines below.
        let (cols, ..) = inline_header(
            "小项 | 具体项目及实施内容 | 进度安排 | 完成标准 | 牵头单位 | 承办单位 |",
        )
        .unwrap();
        assert_eq!(cols[0], Column::Other);
        assert_eq!(cols[4], Column::Lead);
        let (cols, ..) =
            inline_header("序号 | 工作任务 | 存在问题 | 责任单位 | 完成时限 |").unwrap();
        assert_eq!(
            cols,
            [
                Column::Number,
                Column::Text,
                Column::Other,
                Column::Resp,
                Column::Deadline
            ]
        );
        assert!(inline_header("│ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│").is_none());
        assert!(cut_name("分管领") && cut_name("责任科") && !cut_name("存在问题"));
        let (cols, names, layout) = inline_header("序号 工 作 任 务 牵头负责部门").unwrap();
        assert_eq!(cols, [Column::Number, Column::Text, Column::Lead]);
        assert_eq!(names, ["序号", "工作任务", "牵头负责部门"]);
        assert_eq!(layout, Layout::Space);
        let lines = [
            "序号",
            "",
            "重点工作",
            "市政府",
            "分管领导",
            "牵头单位",
            "配合单位",
            "备注",
            "强化科技创新支撑能力。",
        ];
        let (cols, names, used) = vertical_header(&lines).unwrap();
        assert_eq!(
            cols,
            [
                Column::Number,
                Column::Text,
                Column::Leader,
                Column::Lead,
                Column::Coop,
                Column::Other
            ]
        );
        assert_eq!(names[2], "市政府分管领导");
        assert_eq!(used, 8);
        assert!(vertical_header(&["一、总体要求", "(一)指导思想"]).is_none());
    }

    /// A header whose cell spans periods, copied one name per line: the periods of its
    /// second row take the spanning cell's place (held-out c6502; c600 by quarters).
    #[test]
    fn a_name_that_ends_with_its_kind_is_whole() {
        // Held-out c13691, an event calendar: "赛事名称" is a column's whole name, not
        // the first line of "赛事名称时间".
        let lines = [
            "序号 |",
            "赛事名称 |",
            "时间 |",
            "备注 |",
            "1 |",
            "元旦长跑比赛 |",
        ];
        let (_, names, used) = vertical_header(&lines).unwrap();
        assert_eq!(names, ["序号", "赛事名称", "时间", "备注"]);
        assert_eq!(used, 4);
    }

    #[test]
    fn vertical_header_with_periods_under_a_spanning_cell() {
        let lines = [
            "序号",
            "|",
            "任务事项",
            "|",
            "年度目标",
            "|",
            "牵头责任",
            "部门",
            "|",
            "主要参与部门",
            "|",
            "2018年度",
            "|",
            "2019年度",
            "|",
            "2020年度",
            "|",
            "一",
            "|",
        ];
        let (cols, names, used) = vertical_header(&lines).unwrap();
        assert_eq!(
            names,
            [
                "序号",
                "任务事项",
                "2018年度",
                "2019年度",
                "2020年度",
                "牵头责任部门",
                "主要参与部门"
            ]
        );
        assert_eq!(cols[2..5], [Column::Other; 3]);
        assert_eq!(cols[5..], [Column::Lead, Column::Coop]);
        assert_eq!(used, 16);
        // The same on one line between bars.
        let (cols, names, _) = inline_header(
            "序号 | 任务事项 | 年度目标 | 牵头单位 | 配合单位 | 2018年度 | 2019年度 | 2020年度 |",
        )
        .unwrap();
        assert_eq!(names[2..5], ["2018年度", "2019年度", "2020年度"]);
        assert_eq!(cols[5..], [Column::Lead, Column::Coop]);
        // A header of two lines between bars whose first line's cells spanned columns
        // (held-out c6500): the second line's names take the place of the cells that
        // share a word with them.
        let (cols, names) = two_line_header(
            "序号 | 内容清单 | 责任清单 | 措施清单 | 标准清单 | ||||",
            "责任领导 | 责任人 | 责任处室 | 普法对象 | 学习宣传载体 | 方式措施 | |||",
        )
        .unwrap();
        assert_eq!(names.len(), 9);
        assert_eq!((&names[1][..], &names[8][..]), ("内容清单", "标准清单"));
        assert_eq!(cols[2..5], [Column::Leader, Column::Leader, Column::Resp]);
        // A row of data under a header is none, nor a line that names no one.
        assert!(
            two_line_header("序号 | 工作任务 | 责任单位 |", "1 | 推进项目 | 市发改委 |").is_none()
        );
        assert!(two_line_header("序号 | 工作任务 | 责任单位 |", "一、经济发展 | 小计 |").is_none());
        // One period alone is a row's cell, not a second header row.
        let (_, names, used) =
            vertical_header(&["序号", "工作任务", "责任单位", "2018年度", "1"]).unwrap();
        assert_eq!(names, ["序号", "工作任务", "责任单位"]);
        assert_eq!(used, 3);
    }

    #[test]
    fn scoring_units_do_not_do_the_work() {
        let names = [
            "序号",
            "考核内容",
            "单位",
            "年度目标",
            "责任部门",
            "评分部门",
        ];
        let lines: Vec<&str> = names.to_vec();
        let (cols, ..) = vertical_header(&lines).unwrap();
        assert_eq!(
            cols,
            [
                Column::Number,
                Column::Text,
                Column::Other,
                Column::Text,
                Column::Resp,
                Column::Other
            ]
        );
        // Alone, a column that ends like a unit column is one.
        let (cols, ..) = vertical_header(&["序号", "工作任务", "承担部门"]).unwrap();
        assert_eq!(cols[2], Column::Resp);
    }

    /// 嵊泗 2021: a merged 考核项目 cell, two text columns, a measure that reads like a
    /// person ("万元/人") in a table without a leader column.
    #[test]
    fn rows_of_a_table_with_several_text_columns() {
        let names = [
            "考核项目",
            "序号",
            "考核指标",
            "考核内容",
            "单位",
            "责任部门",
        ];
        let (cols, names, _) = vertical_header(&names).unwrap();
        let mut a = Assembler::new(cols, names);
        for (i, c) in [
            "农业高质高效",
            "1",
            "确保粮食和重要农产品有效供给",
            "农林牧渔业增加值增幅",
            "%",
            "县农业农村局",
            "2",
            "农业劳动生产率及增幅",
            "万元/人",
            "县海洋与渔业局",
            "3",
            "粮食安全责任制",
            "县经济和信息化局",
        ]
        .iter()
        .enumerate()
        {
            assert!(a.push(cell(c), i + 1), "{c}");
        }
        let rows = a.finish();
        let tasks: Vec<&Row> = rows
            .iter()
            .filter_map(|r| match r {
                GridRow::Task { row, .. } => Some(row),
                _ => None,
            })
            .collect();
        assert_eq!(tasks.len(), 3);
        assert!(tasks[1].text.key.starts_with("农业劳动生产率及增幅"));
        assert_eq!(tasks[1].clauses[0].1, "责任单位:县海洋与渔业局");
    }

    /// 平顶山 2018: a list of units with 等 and a bracket holding 、 is a units cell; a
    /// sentence after an empty 类别 is the task's text, not its category.
    #[test]
    fn unit_lists_with_tails_and_a_sentence_after_an_empty_category() {
        assert_eq!(
            kind_of("市发展改革委、住房和城乡建设局、农业局等"),
            Kind::Units
        );
        assert_eq!(
            kind_of("各县(市、区)党委和人民政府,城乡一体化示范区"),
            Kind::Units
        );
        // 上城 2019: the page ends inside the last name of a list.
        assert_eq!(kind_of("区商务局、区统计局、区"), Kind::Units);
        assert_eq!(kind_of("区"), Kind::Text);
        // A list closed by its role (held-out c3700).
        assert_eq!(
            kind_of("应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实"),
            Kind::Units
        );
        let cols = vec![
            Column::Number,
            Column::Section,
            Column::Text,
            Column::Text,
            Column::Lead,
            Column::Coop,
        ];
        let names = [
            "序号",
            "类别",
            "主要任务",
            "细化措施",
            "牵头单位",
            "参与单位",
        ];
        let mut a = Assembler::new(cols, names.iter().map(|n| n.to_string()).collect());
        for (i, c) in [
            "3",
            "抓好工业节水。加快实施工业节水技术改造,坚决遏制用水浪费。",
            "市工业和信息化委、水利局",
            "市发展改革委等",
        ]
        .iter()
        .enumerate()
        {
            assert!(a.push(cell(c), i + 1), "{c}");
        }
        let rows = a.finish();
        let GridRow::Task { row, .. } = &rows[0] else {
            panic!("{rows:?}")
        };
        assert!(row.text.key.starts_with("抓好工业节水"));
        assert_eq!(row.clauses[0].1, "牵头单位:市工业和信息化委、水利局");
    }

    #[test]
    fn cells_go_to_columns_by_kind() {
        let cols = vec![Column::Number, Column::Text, Column::Resp, Column::Deadline];
        let mut a = Assembler::new(
            cols,
            vec![
                "序号".into(),
                "民生实事".into(),
                "责任单位".into(),
                "完成时限".into(),
            ],
        );
        for (i, c) in [
            "1",
            "启动建设东柳河城区段综合治理工程。",
            "县水务局",
            "县住建局",
            "12月底前",
            "2",
            "新建2座人行天桥。",
            "县住建局",
            "9月投入使用",
            "5",
            "开工建设县老年养护楼。",
            "县民政局",
            "5月底前动工",
            "开工建设老年大学。",
            "12月底前",
        ]
        .iter()
        .enumerate()
        {
            assert!(a.push(cell(c), i + 1), "{c}");
        }
        let rows = a.finish();
        assert_eq!(rows.len(), 4);
        let GridRow::Task { row, .. } = &rows[0] else {
            panic!()
        };
        assert_eq!(row.text.key, "启动建设东柳河城区段综合治理工程。");
        assert_eq!(row.clauses[0].1, "责任单位:县水务局、县住建局");
        assert_eq!(row.clauses[1].1, "完成时限:12月底前");
        let GridRow::Task {
            row, merged_number, ..
        } = &rows[3]
        else {
            panic!()
        };
        assert!(*merged_number);
        assert_eq!(row.text.key, "开工建设老年大学。");
    }

    /// 谯城 2025: a lead cell of one name per line, then the cooperating cell as a list
    /// on a line of its own.
    #[test]
    fn lone_names_before_a_list_finish_the_cell_before_it() {
        let cols = vec![Column::Number, Column::Text, Column::Lead, Column::Coop];
        let names = ["序号", "重点工作任务", "主要责任单位", "协同配合单位"];
        let mut a = Assembler::new(cols, names.iter().map(|n| n.to_string()).collect());
        for (i, c) in [
            "2",
            "一般公共预算收入增长5%左右。",
            "区财政局",
            "区税务局",
            "区政府有关部门,各乡镇人民政府",
            "3",
            "固定资产投资增长7.5%左右。",
            "区发改委",
            "区工信局",
            "区住建局",
        ]
        .iter()
        .enumerate()
        {
            assert!(a.push(cell(c), i + 1), "{c}");
        }
        let rows = a.finish();
        let texts: Vec<Vec<String>> = rows
            .iter()
            .map(|r| match r {
                GridRow::Task { row, .. } => row.clauses.iter().map(|c| c.1.clone()).collect(),
                GridRow::Category { .. } => Vec::new(),
            })
            .collect();
        assert_eq!(
            texts[0],
            [
                "牵头单位:区财政局、区税务局",
                "配合单位:区政府有关部门,各乡镇人民政府"
            ]
        );
        // Lone names in both columns stay where they went: no list tells them apart.
        assert_eq!(
            texts[1],
            ["牵头单位:区发改委", "配合单位:区工信局、区住建局"]
        );
    }
}

//! Tables pasted without tabs (see [`crate::parser::grid`]): a header one cell per
//! line or on one line, then the body read cell by cell until the table ends (a
//! signature, a new table's header, the end of the document). Rows become items under
//! the category row above them; lines of the table in no row (bars between cells, a
//! number alone) are listed as ignored.

use crate::parser::grid::{self, Assembler, GridRow, Layout};
use crate::parser::lines::{Class, Line};
use crate::parser::meta;
use crate::parser::numbering::{self, Style};
use crate::parser::resp;
use crate::parser::table::{self, Cell, Column};
use crate::parser::text::{byte_of_char, digits_value};

use super::{Builder, Head, State};

const REASON_TABLE_HEADER: &str = "表头";
pub(super) const REASON_TABLE_LINE: &str = "表格线";

/// The longest first header cell looked at, in chars: a header line is short.
const MAX_HEADER_LINE_CHARS: usize = 120;
/// How many lines a vertical header may take (names, blank lines and bars).
const MAX_HEADER_LINES: usize = 48;
/// How many lines the first row of a table without its header may take (cells, bars
/// and blank lines).
const MAX_HEADERLESS_ROW_LINES: usize = 64;

/// The most digits of a headerless row's number alone ("125").
const MAX_ROW_NUMBER_DIGITS: usize = 3;

impl<'a> Builder<'a> {
    /// A table without tabs that starts at line `idx`: read it whole. False when the
    /// line starts no such table.
    pub(super) fn loose_table(&mut self, idx: usize) -> bool {
        if self.state == (State::Trailer { web: true }) {
            return false;
        }
        let line = &self.lines[idx];
        if line.chars() > MAX_HEADER_LINE_CHARS {
            return false;
        }
        let Some((cols, names, layout, header_end)) =
            self.header_at(idx).or_else(|| self.headerless_at(idx))
        else {
            return false;
        };
        self.doc.catalogue |= super::tables::names_a_catalogue(&names);
        if matches!(self.state, State::Trailer { .. }) {
            // After a signature: the table of an attachment, a document of its own.
            self.new_document(State::Body);
        }
        // A numbered title right above the header ("一、10件民生实事任务分解表") holds
        // the table's rows.
        self.doc.grid_parent = self.doc.stack.last().copied().filter(|&cur| {
            let item = &self.doc.items[cur];
            item.heading_open
                && item.body.is_empty()
                && item.clauses.is_empty()
                && self
                    .lines
                    .get(self.index_of(item.end_line + 1)..idx)
                    .is_some_and(|between| between.iter().all(Line::is_blank))
                && !item.key.contains('。')
        });
        for l in &self.lines[idx..header_end] {
            if !l.is_blank() {
                self.ignore(l, REASON_TABLE_HEADER);
            }
        }
        // Cells that each open with a bar ("| 目 标 任 务"), as a web table is copied one
        // cell per line: a line without the bar goes on with the cell before it (a
        // narrow cell's text broken over lines: "市政" "府办" "公厅").
        let opens_with_bar = |l: &Line| {
            let k = l.key().trim_start();
            k.starts_with(['|', '│']) && !k.trim_start_matches(['|', '│', ' ']).is_empty()
        };
        let bar_cells = layout == Layout::Lines
            && self.lines[idx..header_end]
                .iter()
                .filter(|l| opens_with_bar(l))
                .count()
                >= 2;
        // The cell being read over lines, its first line, and the key of its last line.
        let mut open_cell: Option<(Cell, usize)> = None;
        let mut open_tail = String::new();
        let mut asm = Assembler::for_layout(cols, names, layout);
        // Bars since the last cell, its own closing bar counted.
        let mut bars_since_cell = 0;
        let mut end = header_end;
        while end < self.lines.len() {
            let l = &self.lines[end];
            if l.is_blank() {
                end += 1;
                continue;
            }
            if self.table_ends_at(end) {
                break;
            }
            if let Class::Noise(n) = l.class {
                if n.ends_document {
                    break;
                }
                // Page furniture between rows (分享到:) is no cell; cells with bars
                // read as navigation on their own, and are cells.
                let bars = n.reason == crate::parser::noise::NAV && l.key().contains(['|', '│']);
                if !bars {
                    end += 1;
                    continue;
                }
            }
            // "| --- | --- |" under a Markdown table's header: a rule, in no row.
            if table::is_rule_line(l.key()) {
                end += 1;
                continue;
            }
            if l.key().contains(['|', '│']) {
                asm.saw_bars();
            }
            let mut cells = cells_of(l, layout);
            // One cell per line with bars between ("3.规上工业…" "|" "|" "★区工信局"):
            // bars alone with no cell between them show the empty cells. (A line of
            // several bars, "|||", pads a row short of cells merged with the rows
            // above: no cell of its own.)
            if layout == Layout::Lines && !bar_cells {
                if cells.is_empty() {
                    bars_since_cell = match l.key().matches(['|', '│']).count() {
                        1 => bars_since_cell + 1,
                        _ => 0,
                    };
                } else {
                    if bars_since_cell >= 2 {
                        asm.empty_cells(bars_since_cell - 1);
                    }
                    bars_since_cell = usize::from(l.key().trim_end().ends_with(['|', '│']));
                }
            }
            if bar_cells {
                // The line goes on with the open cell, or opens one (pushed when the
                // next cell opens).
                let goes_on = !opens_with_bar(l) && !cells.is_empty();
                match (open_cell.as_mut(), goes_on) {
                    (Some((open, _)), true) => {
                        for c in cells.drain(..) {
                            // A unit per line stays a list; a name or a sentence broken
                            // over lines is joined ("市政" "府办" "公厅"). Only the last
                            // line is looked at, so a cell of many lines costs its length.
                            let unit = |k: &str| k.chars().count() > 3 && resp::looks_like_unit(k);
                            let sep = if unit(&open_tail) && unit(&c.key) {
                                "\n"
                            } else {
                                ""
                            };
                            open_tail.clone_from(&c.key);
                            open.text.push_str(sep);
                            open.text.push_str(&c.text);
                            open.folded.push_str(sep);
                            open.folded.push_str(&c.folded);
                            open.key.push_str(sep);
                            open.key.push_str(&c.key);
                        }
                        end += 1;
                        continue;
                    }
                    _ => {
                        let next = cells.pop().map(|c| {
                            open_tail.clone_from(&c.key);
                            (c, l.no)
                        });
                        let before = std::mem::replace(&mut open_cell, next);
                        if let Some((c, no)) = before {
                            if !asm.push(c, no) {
                                open_cell = None;
                                break;
                            }
                        }
                        // A line of bars alone ends the row.
                        if open_cell.is_none() {
                            asm.end_row();
                        }
                    }
                }
            }
            if cells.is_empty() {
                // A line of bars between cells.
                end += 1;
                continue;
            }
            // A row of totals ("合 计 | 3069.7 | 0 | 1000 |") is no task: a line of the
            // table in no row.
            if layout != Layout::Lines
                && cells
                    .first()
                    .is_some_and(|c| table::opens_totals_row(&c.key))
            {
                end += 1;
                continue;
            }
            // A line between bars that fills every column: its cells by position.
            if layout == Layout::Bars && asm.fills_row(&cells) {
                asm.push_row(cells, l.no);
                end += 1;
                continue;
            }
            let mut taken = true;
            for c in cells {
                if !asm.push(c, l.no) {
                    taken = false;
                    break;
                }
            }
            if !taken {
                break;
            }
            if layout == Layout::Bars && shifted_left(l.key(), asm.columns()) {
                asm.mark_shifted();
            }
            // "教體局 |": a cell per line that a bar closes.
            if layout == Layout::Lines && l.key().trim_end().ends_with(['|', '│']) {
                asm.close_cell();
            }
            end += 1;
        }
        if let Some((c, no)) = open_cell {
            asm.push(c, no);
        }
        let rows = asm.finish();
        self.skip_to = self.skip_to.max(end);
        self.state = State::Body;
        let mut covered: Vec<(usize, usize)> = Vec::new();
        // The line of the last category row: a row may go on after the category on
        // its line ("四、教育文化 | 14.改扩建… | 教育体育局 |", the category a merged
        // cell at the row's start).
        let mut category_line = None;
        for r in rows {
            match r {
                GridRow::Category { cell, line } => {
                    self.grid_category(cell, line);
                    covered.push((line, line));
                    category_line = Some(line);
                }
                GridRow::Task {
                    row, first, last, ..
                } => {
                    let shares_category_line = category_line == Some(first);
                    category_line = None;
                    let first = covered.last().map_or(first, |c| {
                        // (The rows of a table whose cells ran together were cut
                        // from one line: they share it.)
                        if (shares_category_line || layout == Layout::Run) && c.1 == first {
                            first
                        } else {
                            first.max(c.1 + 1)
                        }
                    });
                    if first > last {
                        continue;
                    }
                    self.grid_row(first, last, row);
                    covered.push((first, last));
                }
            }
        }
        // Lines of the table in no row: bars, noise, a number without its row.
        let mut spans = covered.iter().peekable();
        for l in &self.lines[header_end..end] {
            while spans.peek().is_some_and(|s| s.1 < l.no) {
                spans.next();
            }
            let inside = spans.peek().is_some_and(|s| s.0 <= l.no && l.no <= s.1);
            if !l.is_blank() && !inside {
                let reason = match l.class {
                    _ if table::is_rule_line(l.key()) => REASON_TABLE_LINE,
                    Class::Noise(n) => n.reason,
                    _ => REASON_TABLE_LINE,
                };
                self.ignore(l, reason);
            }
        }
        true
    }

    /// Whether a table without tabs starts at line `idx`.
    pub(super) fn starts_loose_table(&self, idx: usize) -> bool {
        self.lines
            .get(idx)
            .is_some_and(|l| super::may_start_loose_table(l) && self.header_at(idx).is_some())
    }

    /// The header at line `idx`: columns, names, layout and the line after it.
    fn header_at(&self, idx: usize) -> Option<(Vec<Column>, Vec<String>, Layout, usize)> {
        let line = &self.lines[idx];
        let key = line.key();
        // A header of two lines whose first's cells spanned columns (the first may be a
        // header alone: "责任清单" names units too).
        if let Some((cols, names)) = self
            .lines
            .get(idx + 1)
            .and_then(|next| grid::two_line_header(key, next.key()))
        {
            return Some((cols, names, Layout::Bars, idx + 2));
        }
        if let Some((cols, names, layout)) = grid::inline_header(key) {
            // ("领域 | 序号 | 责任部门 | 指标 | 2025年 | 2025 |" over "(海南) | (国家) |
            // ||||": the words under its names are the header's too.)
            let tail = layout == Layout::Bars
                && self
                    .lines
                    .get(idx + 1)
                    .is_some_and(|next| grid::is_header_tail(next.key()));
            return Some((cols, names, layout, idx + 1 + usize::from(tail)));
        }
        // One name per line: the first must name a column.
        let first = key.trim_end_matches(['|', '│', ' ']);
        table::column_of(first)?;
        let keys: Vec<&str> = self.lines[idx..]
            .iter()
            .take(MAX_HEADER_LINES)
            .map(Line::key)
            .collect();
        let (cols, names, used) = grid::vertical_header(&keys)?;
        // A header one name per line over rows of cells between bars ("序号 |" "工作任务
        // |" … then "1 | 把稳定… | 发展改革委… | 持续实施"): the rows' layout is the
        // table's.
        let rows_in_bars = self.lines[idx + used..]
            .iter()
            .find(|l| !l.is_blank())
            .is_some_and(|l| {
                let k = l.key().trim().trim_matches(['|', '│']);
                grid::split(k, Layout::Bars).len() >= cols.len().max(3) - 1
            });
        let layout = if rows_in_bars {
            Layout::Bars
        } else {
            Layout::Lines
        };
        Some((cols, names, layout, idx + used))
    }

    /// A table whose header the page lost, its cells between lines of bars, one row
    /// after another from a bare 序号 ("1" "|" "一、…" "|" "任务…" "|" "法规科" "|"
    /// "潘秀峰" "|" "2024年底前" "|" "2" …): the columns are read from what the first
    /// row's cells look like. Only where the second row's number follows the first
    /// row, within [`MAX_HEADERLESS_ROW_LINES`] lines.
    fn headerless_at(&self, idx: usize) -> Option<(Vec<Column>, Vec<String>, Layout, usize)> {
        let is_bars = |l: &Line| {
            let k = l.key().trim();
            !k.is_empty() && k.chars().all(|c| matches!(c, '|' | '│' | ' '))
        };
        // (Digits alone, read by their bytes without the cell's whole kind: this is
        // asked of every short line, and of every line looked at after a number.)
        let number = |l: &Line| digits_value(l.key().trim(), MAX_ROW_NUMBER_DIGITS);
        let first = number(&self.lines[idx])?;
        let rest = self.lines.get(idx + 1..)?;
        let mut lines = rest
            .iter()
            .take(MAX_HEADERLESS_ROW_LINES)
            .filter(|l| !l.is_blank());
        let kinds = if lines.next().is_some_and(is_bars) {
            headerless_row_in_bars(lines, first, &is_bars, &number)?
        } else {
            self.headerless_rows_in_lines(idx, first, &number)?
        };
        let mut cols = vec![Column::Number];
        for kind in kinds {
            let has = |c: Column| cols.contains(&c);
            let col = match kind {
                grid::Kind::Numbered(style, _)
                    if !has(Column::Text) && matches!(style, Style::CnComma | Style::CnParen) =>
                {
                    Column::Section
                }
                grid::Kind::Text if !has(Column::Text) => Column::Text,
                grid::Kind::Units if !has(Column::Resp) => Column::Resp,
                grid::Kind::Leader if !has(Column::Leader) => Column::Leader,
                grid::Kind::Deadline if !has(Column::Deadline) => Column::Deadline,
                _ => Column::Other,
            };
            cols.push(col);
        }
        let who = cols.contains(&Column::Resp) || cols.contains(&Column::Leader);
        (who && grid::is_task_header(&cols)).then(|| {
            let names = vec![String::new(); cols.len()];
            (cols, names, Layout::Lines, idx)
        })
    }

    /// The kind of each cell of a headerless row copied one cell per line without bars
    /// ("1" "农村常住居民人均可支配收入…" "法规科" "潘秀峰" "2024年底前" "2" …): each
    /// line a cell, up to the next row's number. Without bars to part the cells, only
    /// where the second row follows at once with as many cells (one more or fewer: a
    /// category cell or a merged one) and both name who does it.
    fn headerless_rows_in_lines(
        &self,
        idx: usize,
        first: u32,
        number: &impl Fn(&Line) -> Option<u32>,
    ) -> Option<Vec<grid::Kind>> {
        let mut rows: Vec<Vec<grid::Kind>> = vec![Vec::new()];
        for (i, l) in self.lines[idx + 1..]
            .iter()
            .enumerate()
            .take(MAX_HEADERLESS_ROW_LINES)
            .filter(|(_, l)| !l.is_blank())
        {
            if number(l) == Some(first + rows.len() as u32) {
                if rows.len() == 2 {
                    break;
                }
                rows.push(Vec::new());
                continue;
            }
            if l.key().contains(['|', '│', '\t']) {
                return None;
            }
            // (A row longer than a table's, or the second longer than the first by
            // more than one cell, makes no table: the look stops there, as it is taken
            // at every number alone.)
            let most = match rows.as_slice() {
                [_] => grid::MAX_COLUMNS,
                [first_row, ..] => first_row.len() + 1,
                [] => return None,
            };
            let row = rows.last_mut()?;
            if row.len() == most {
                return None;
            }
            row.push(self.cell_kind(idx + 1 + i));
        }
        let names_who = |r: &[grid::Kind]| {
            r.iter()
                .any(|k| matches!(k, grid::Kind::Units | grid::Kind::Leader))
        };
        let (a, b) = (&rows[0], rows.get(1)?);
        (a.len() >= 2 && a.len().abs_diff(b.len()) <= 1 && names_who(a) && names_who(b))
            .then(|| a.clone())
    }

    /// The kind of line `i` as a cell ([`grid::kind_of`]), worked out once.
    fn cell_kind(&self, i: usize) -> grid::Kind {
        let mut kinds = self.cell_kinds.borrow_mut();
        *kinds[i].get_or_insert_with(|| grid::kind_of(self.lines[i].key()))
    }

    /// Whether line `i` ends the table: a signature, or the header (or the title) of
    /// another table.
    fn table_ends_at(&self, i: usize) -> bool {
        let l = &self.lines[i];
        let k = l.key();
        if self.is_signature(i) || meta::is_notice_title(k) {
            return true;
        }
        if l.chars() <= MAX_HEADER_LINE_CHARS {
            let next_is_header = |j: usize| {
                self.lines
                    .get(j..)
                    .and_then(|rest| rest.iter().position(|x| !x.is_blank()).map(|p| j + p))
                    .is_some_and(|h| self.header_at(h).is_some())
            };
            if grid::inline_header(k).is_some() {
                return true;
            }
            if table::column_of(k.trim_end_matches(['|', '│', ' '])).is_some()
                && self.header_at(i).is_some()
            {
                return true;
            }
            if meta::is_title_like(k) && next_is_header(i + 1) {
                return true;
            }
        }
        false
    }

    /// A category row ("一、经济社会发展主要预期目标"): an item placed by its numbering,
    /// the parent of the rows below it.
    fn grid_category(&mut self, cell: Cell, line: usize) {
        let Some(n) = numbering::recognise(&cell.key) else {
            // A category without a number: a top-level section its rows go under.
            let head = Head {
                number: String::new(),
                style: numbering::Style::Bare,
                value: 0,
                text: cell.text.into(),
                folded: cell.folded.into(),
                key: cell.key.into(),
                clauses: Vec::new(),
            };
            self.doc.stack.clear();
            self.attach(line, head, 0, None);
            // Numbered categories below it rank under it.
            self.doc.next_rank = self.doc.next_rank.max(1);
            let cur = self.doc.items.len() - 1;
            self.doc.items[cur].heading_open = false;
            self.doc.items[cur].category = true;
            self.doc.grid_parent = Some(cur);
            return;
        };
        let head = Head {
            number: cell.text[..byte_of_char(&cell.text, n.chars)].to_string(),
            style: n.style,
            value: n.value,
            text: cell.text[byte_of_char(&cell.text, n.skip)..]
                .to_string()
                .into(),
            folded: cell.folded[byte_of_char(&cell.folded, n.skip)..]
                .to_string()
                .into(),
            key: cell.key[byte_of_char(&cell.key, n.skip)..]
                .to_string()
                .into(),
            clauses: Vec::new(),
        };
        self.place(line, head);
        let cur = self.doc.items.len() - 1;
        self.doc.items[cur].heading_open = false;
        self.doc.items[cur].category = true;
        self.doc.grid_parent = Some(cur);
    }

    /// A row: a task under the category above it.
    fn grid_row(&mut self, first: usize, last: usize, row: crate::parser::table::Row) {
        let has_number = row.number.is_some();
        let (number, style, value) = match row.number {
            Some(n) => n,
            None => own_number(&row.text).unwrap_or((String::new(), numbering::Style::Bare, 0)),
        };
        let skip = if !has_number && !number.is_empty() {
            numbering::recognise(&row.text.key).map_or(0, |n| n.skip)
        } else {
            0
        };
        let head = Head {
            number,
            style,
            value,
            text: row.text.text[byte_of_char(&row.text.text, skip)..]
                .to_string()
                .into(),
            folded: row.text.folded[byte_of_char(&row.text.folded, skip)..]
                .to_string()
                .into(),
            key: row.text.key[byte_of_char(&row.text.key, skip)..]
                .to_string()
                .into(),
            clauses: row
                .clauses
                .into_iter()
                .map(|(f, k)| (f.into(), k.into()))
                .collect(),
        };
        let parent = self.doc.grid_parent;
        while self.doc.stack.last().is_some_and(|&t| Some(t) != parent) {
            self.doc.stack.pop();
        }
        let rank = parent.map_or(self.doc.next_rank, |p| self.doc.items[p].rank + 1);
        self.attach(first, head, rank, parent);
        let cur = self.doc.items.len() - 1;
        let item = &mut self.doc.items[cur];
        item.heading_open = false;
        item.end_line = last;
        super::tables::add_notes(&mut item.body, &row.notes);
        self.mark_row();
    }
}

/// The number a row's text starts with ("2.一般公共预算收入…"), for a row whose 序号
/// was merged with the row above.
fn own_number(text: &Cell) -> Option<(String, numbering::Style, u32)> {
    let n = numbering::recognise(&text.key)?;
    Some((
        text.text[..byte_of_char(&text.text, n.chars)].to_string(),
        n.style,
        n.value,
    ))
}

/// The shortest line looked at for a table whose cells ran together.
const MIN_RUN_TABLE_CHARS: usize = 12;

/// Lines that hold a table whose cells ran together ("…分工表序号工作任务责任单位21树立
/// 婚育新风。…省妇联牵头;…落实22根据…", as a PDF or a document viewer copies one) are cut
/// before its header, after it and before each row, so that the tree reads the header
/// and the rows as it reads the lines of a table (in [`Layout::Run`]). Other lines are
/// passed on as they are.
pub fn cut_run_tables(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    crate::parser::lines::cut_lines(lines, run_table_cuts)
}

/// Where a line is cut for the table whose cells ran together in it (see
/// [`cut_run_tables`]); the first header in the line only.
fn run_table_cuts(line: &Line) -> Vec<usize> {
    if line.chars() < MIN_RUN_TABLE_CHARS
        || line.has_tab()
        || !matches!(line.class, Class::Text | Class::Number(_))
    {
        return Vec::new();
    }
    let key = line.key();
    // (A memchr-backed search for each opening's first char first: most lines have
    // neither 序 nor 编, and a substring searcher costs its setup per line.)
    let openings = grid::RUN_HEADER_OPENINGS
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| key.contains(c)))
        .flat_map(|w| key.match_indices(w));
    for (at, _) in openings {
        let Some((_, _, len)) = grid::run_header(&key[at..]) else {
            continue;
        };
        let rows = grid::run_rows(key, at + len);
        if rows.is_empty() && at + len < key.len() {
            continue;
        }
        // The header again where a page of the source began ("…各街道市国有公司序号项目
        // 名称…配合单位5文体惠民…"): a line of its own, as the first.
        let header = &key[at..at + len];
        let again = key[at + len..]
            .match_indices(header)
            .flat_map(|(i, _)| [at + len + i, at + 2 * len + i]);
        let mut cuts: Vec<usize> = [at, at + len]
            .into_iter()
            .chain(rows)
            .chain(again)
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        cuts.retain(|&c| c > 0 && c < key.len());
        return cuts;
    }
    Vec::new()
}

/// Whether a row between bars has one cell fewer than the header's columns and an
/// empty cell at its end ("2 | 筛查… | 4月:… | 已完成。… | |"): a cell merged with the
/// row above was left out, and the cells after it moved left.
fn shifted_left(key: &str, columns: usize) -> bool {
    let key = key.trim();
    let mut slots: Vec<&str> = key.split(['|', '│']).collect();
    if slots.last().is_some_and(|s| s.trim().is_empty()) && key.ends_with(['|', '│']) {
        slots.pop();
    }
    let filled = slots.iter().filter(|s| !s.trim().is_empty()).count();
    slots.len() == columns
        && slots.last().is_some_and(|s| s.trim().is_empty())
        && filled + 1 == columns
}

/// The cells of one body line: the whole line for a table of one cell per line (bars
/// at its end taken off), else the line split like the header.
fn cells_of(l: &Line, layout: Layout) -> Vec<Cell> {
    let key = l.key();
    let ranges: Vec<(usize, usize)> = match layout {
        Layout::Lines => {
            let t = key.trim_end_matches(['|', '│', ' ']);
            let s = t.len() - t.trim_start_matches(['|', '│', ' ']).len();
            vec![(s, t.len())]
        }
        _ => {
            let parts = grid::split(key, layout);
            parts
                .iter()
                .map(|p| {
                    let start = p.as_ptr() as usize - key.as_ptr() as usize;
                    (start, start + p.len())
                })
                .collect()
        }
    };
    ranges
        .into_iter()
        .filter(|(a, b)| b > a)
        .map(|(a, b)| cell_views(l, a, b))
        .filter(|c| !c.key.trim().is_empty())
        .collect()
}

/// The cell at key bytes `a..b` of a line, in its three views.
fn cell_views(l: &Line, a: usize, b: usize) -> Cell {
    let key = l.key();
    let (ca, cb) = (key[..a].chars().count(), key[..b].chars().count());
    let slice = |s: &str| {
        let x = byte_of_char(s, ca);
        let y = byte_of_char(s, cb);
        s[x..y].to_string()
    };
    Cell {
        text: slice(l.text()),
        folded: l.folded().get(a..b).unwrap_or_default().to_string(),
        key: key[a..b].to_string(),
    }
}

/// The kind of each cell's first line in a headerless row between lines of bars,
/// up to the next row's number (None when it does not come).
fn headerless_row_in_bars<'l, 'a: 'l>(
    lines: impl Iterator<Item = &'l Line<'a>>,
    first: u32,
    is_bars: &impl Fn(&Line) -> bool,
    number: &impl Fn(&Line) -> Option<u32>,
) -> Option<Vec<grid::Kind>> {
    let mut kinds = Vec::new();
    let mut cell_open = false;
    for l in lines {
        if is_bars(l) {
            cell_open = false;
            continue;
        }
        if !cell_open && number(l).is_some_and(|v| v > first) {
            return Some(kinds);
        }
        if !cell_open {
            kinds.push(grid::kind_of(l.key()));
            cell_open = true;
        }
    }
    None
}

//! Rows of tables copied from Word or Excel: a header line names the columns, and
//! each numbered row becomes an item (under the section its 所属章节 cell names, when
//! the table has that column). A row may take several lines: Excel quotes a cell
//! with line breaks, Word breaks the row where a cell breaks; a row without a
//! number continues the row above.
//!
//! Kept apart from the line dispatch because reading a row means reading ahead
//! over the lines it takes (`skip_to` in the parent makes the dispatch skip them).

use crate::parser::grid;
use crate::parser::numbering::{self, Style};
use crate::parser::table::{self, Column};
use crate::parser::text::byte_of_char;
use crate::parser::words::DISCLOSURE_COLUMNS;

use super::{append, Builder, Head, Line, State, Text};
use crate::parser::resp;

const REASON_TABLE_HEADER: &str = "表头";

/// Most lines one table row may take (quoted cells, or a Word row's broken cells).
const MAX_ROW_LINES: usize = 16;

/// How many rows below a header are looked at for the table's width.
const HEADER_CHECK_ROWS: usize = 3;

impl<'a> Builder<'a> {
    /// A table header or row (with the lines a row's cells go on over). Returns false
    /// when the line is not part of a table.
    pub(super) fn table_line(&mut self, idx: usize) -> bool {
        let line = &self.lines[idx];
        if matches!(self.state, State::Trailer { .. }) {
            return false;
        }
        if let Some((cols, names, used)) = self.header_rows(idx) {
            self.doc.catalogue |= names_a_catalogue(&names);
            self.doc.table = Some((cols, names));
            self.doc.table_section = None;
            self.doc.table_header_line = line.no;
            for l in &self.lines[idx..idx + used] {
                self.ignore(l, REASON_TABLE_HEADER);
            }
            self.skip_to = idx + used;
            return true;
        }
        let Some((cols, names)) = self.doc.table.clone() else {
            return false;
        };
        // "| --- | :---: |" under a Markdown table's header, "+----+----+": a rule.
        if table::is_rule_line(line.key()) {
            self.ignore(line, super::grid::REASON_TABLE_LINE);
            return true;
        }
        let (mut cells, used, merged_before) = self.table_cells(idx, &cols, &names);
        // Category cells before the row's own numbered cell ("一、…\t(一)…\t1\t…", a
        // Word table's merged cells as a browser copies them): the headings the row
        // and those below it go under, read before the row. Cells beyond the header's
        // columns are theirs; others are left empty.
        if !cols.contains(&Column::Section) {
            let (from, n) = leading_categories(&cells);
            for cell in &cells[from..from + n] {
                let heading = table::read_cells(&[Column::Text], &names, vec![cell.clone()]);
                self.table_row(line.no, line.no, heading, false);
            }
            let beyond = n.min(cells.len().saturating_sub(cols.len()));
            cells.drain(from..from + beyond);
            for cell in &mut cells[from..from + n - beyond] {
                *cell = table::Cell::default();
            }
        }
        let row = table::read_cells(&cols, &names, cells.clone());
        let last = self.lines[idx + used - 1].no;
        let numbered_cols = cols
            .iter()
            .any(|c| matches!(c, Column::Number | Column::SourceNumber));
        // A heading's number and text alone under empty cells ("\t一、保障民生"): a
        // category of the rows below, read as the heading it is.
        let heading_alone = row.number.is_none()
            && row.clauses.is_empty()
            && row.notes.is_empty()
            && numbering::recognise(row.text.key.trim()).is_some_and(|n| n.style.is_heading());
        if heading_alone {
            return false;
        }
        if row.number.is_none()
            && numbered_cols
            && self.merged_number_row(merged_before, &cols, &cells)
        {
            // A row whose 序号 was merged with the row above (Excel gives a merged cell
            // in the group's first row only, and the line opens with a tab), with a
            // task text of its own: a task of its own beside the row above, sharing
            // its empty leader, unit and deadline cells.
            cells.resize(cols.len().max(cells.len()), table::Cell::default());
            for (j, cell) in cells.iter_mut().enumerate() {
                let shared = cols.get(j).is_some_and(|&c| c.shared_by_merged_rows());
                if shared && cell.key.trim().is_empty() {
                    if let Some(prev) = self.doc.table_last_cells.get(j) {
                        *cell = prev.clone();
                    }
                }
            }
            self.doc.table_last_cells = cells.clone();
            let row = table::read_cells(&cols, &names, cells);
            self.skip_to = idx + used;
            self.unnumbered_row(line.no, last, row);
            return true;
        }
        if row.number.is_some() {
            self.doc.table_last_cells = cells;
        }
        if row.number.is_none() && !numbered_cols && !row.text.is_empty() && !row.clauses.is_empty()
        {
            // A table without a 序号 column: a row with a task text of its own and who
            // does it (or by when) is a task of its own, without a number.
            self.skip_to = idx + used;
            self.unnumbered_row(line.no, last, row);
            return true;
        }
        if row.number.is_none() && row.text.is_empty() && row.clauses.is_empty() {
            if let Some(section) = row.section.clone() {
                // A row of a category alone ("一、稳增长" in the 类别 column, the other
                // cells empty): the section the rows below go under.
                self.skip_to = idx + used;
                self.state = State::Body;
                self.table_section(line.no, Some(section), Style::Bare);
                let cur = self.doc.items.len() - 1;
                self.doc.items[cur].end_line = last;
                return true;
            }
        }
        if row.number.is_none() {
            // A row without a number continues the row above (a cell that wrapped).
            let Some(&cur) = self.doc.stack.last().filter(|_| self.state == State::Body) else {
                return false;
            };
            self.skip_to = idx + used;
            let item = &mut self.doc.items[cur];
            append(&mut item.text, &row.text.text);
            append(&mut item.folded, &row.text.folded);
            append(&mut item.key, &row.text.key);
            item.clauses
                .extend(row.clauses.into_iter().map(|(f, k)| (f.into(), k.into())));
            add_notes(&mut item.body, &row.notes);
            item.end_line = last;
            return true;
        }
        self.skip_to = idx + used;
        self.table_row(line.no, last, row, cols.contains(&Column::Section));
        true
    }

    /// The header at line `idx`: its columns, their names and the lines it takes. A
    /// header whose first cells are empty (over a column of row numbers or categories
    /// without a name) has columns there all the same; one whose cells are merged
    /// across columns has a second row that names them ([`table::is_sub_header`]).
    fn header_rows(&self, idx: usize) -> Option<(Vec<Column>, Vec<String>, usize)> {
        let line = &self.lines[idx];
        // (Asked of every row of a table: the cheap test of names first.)
        if !table::names_only(line.key()) {
            return None;
        }
        // Each row's cells from the table's first column.
        let row = |l: &Line| -> Vec<table::Cell> {
            std::iter::repeat_n(table::Cell::default(), l.leading_tabs())
                .chain(table::plain_cells(l.views()))
                .collect()
        };
        let header_of = |cells: &[table::Cell]| {
            let empty = cells.iter().take_while(|c| c.key.is_empty()).count();
            let key: Vec<&str> = cells[empty..].iter().map(|c| c.key.as_str()).collect();
            let cols = table::header(&key.join("\t"))?;
            Some(
                std::iter::repeat_n(Column::Other, empty)
                    .chain(cols)
                    .collect::<Vec<_>>(),
            )
        };
        // Excel quotes a name with a line break in it ("牵头\n领导"): the header takes
        // the lines its quoted names go on over, each name on one line.
        let (top, used) = if line.key().contains('"') {
            let (cells, used) = table::read_row(&self.row_views(idx));
            let cells: Vec<table::Cell> =
                std::iter::repeat_n(table::Cell::default(), line.leading_tabs())
                    .chain(cells.into_iter().map(table::Cell::without_line_breaks))
                    .collect();
            let keys: Vec<&str> = cells.iter().map(|c| c.key.as_str()).collect();
            if !table::names_only(&keys.join("\t")) {
                return None;
            }
            (cells, used)
        } else {
            (row(line), 1)
        };
        // Word breaks a header row where a name breaks ("序号\t重点任务\t牵头" + "领导\t
        // 牵头单位\t完成时限"): the next line of names goes on with the last name, when
        // the rows below have the cells of the two lines joined at the break.
        if let Some(joined) = self.header_broken_at_a_name(idx + used, &top) {
            if let Some(cols) = header_of(&joined) {
                return Some((cols, joined.into_iter().map(|c| c.text).collect(), used + 1));
            }
        }
        let sub = self.lines.get(idx + used).filter(|l| {
            (l.leading_tabs() > 0 || l.key().contains('\t')) && table::is_sub_header(l.key())
        });
        if let Some(sub) = sub {
            let names = table::under_merged(top.clone(), row(sub));
            if let Some(cols) = header_of(&names) {
                return Some((cols, names.into_iter().map(|c| c.text).collect(), used + 1));
            }
        }
        // A browser copies a second header row without the cells merged down beside
        // its names ("资金来源" over "中央衔接资金\t省级衔接资金\t…"): its names go under
        // the cell of the first row that names their group, when the rows below have
        // more cells than the first row and no more than the two rows name.
        let spanned = self
            .lines
            .get(idx + used)
            .filter(|l| l.leading_tabs() == 0 && table::names_only(l.key()));
        if let Some(sub) = spanned {
            let sub = row(sub);
            let sub = &sub[..named_len(&sub)];
            let (n_top, widest) = (named_len(&top), self.widest_row(idx + used + 1));
            if widest.is_some_and(|w| w > n_top && w < n_top + sub.len()) {
                if let Some(names) = table::under_group_by_word(&top[..n_top], sub) {
                    if let Some(cols) = header_of(&names) {
                        return Some((cols, names.into_iter().map(|c| c.text).collect(), used + 1));
                    }
                }
            }
        }
        let cols = header_of(&top)?;
        Some((cols, top.into_iter().map(|c| c.text).collect(), used))
    }

    /// The most cells of the next few rows from line `from` (empty cells at their
    /// start counted, not those after their last: see [`named_len`]).
    fn widest_row(&self, from: usize) -> Option<usize> {
        self.lines
            .get(from..)?
            .iter()
            .filter(|l| !l.is_blank())
            .take(HEADER_CHECK_ROWS)
            .map(|l| l.leading_tabs() + named_len(&table::plain_cells(l.views())))
            .max()
    }

    /// The header `top` with the line of names at `next` joined on where Word broke a
    /// name, when that line opens with no empty cell and the widest of the next few
    /// rows has as many cells as the two lines joined.
    fn header_broken_at_a_name(
        &self,
        next: usize,
        top: &[table::Cell],
    ) -> Option<Vec<table::Cell>> {
        let line = self.lines.get(next)?;
        let k = line.key();
        let names = if k.contains('\t') {
            table::names_only(k)
        } else {
            table::is_header_name(k)
        };
        if top.len() < 2 || line.leading_tabs() > 0 || !names {
            return None;
        }
        let rest = table::plain_cells(line.views());
        let widest = self.widest_row(next + 1)?;
        if top.len() + rest.len() - 1 != widest {
            return None;
        }
        let mut joined = top.to_vec();
        let mut rest = rest.into_iter();
        let (last, first) = (joined.last_mut()?, rest.next()?);
        let alone = table::column_of(&last.key);
        // (Not two whole names, "完成时限" + "牵头单位": a second header row a browser
        // copied without its empty cells, read by `table::under_merged`.)
        if alone.is_some() && grid::ends_as_name(last.key.trim()) {
            return None;
        }
        last.append(&first);
        // (The name joined says more than its first part: "牵头" + "领导", "完成" + "时限";
        // not "完成时限" + "稳增长", a category row under the header.)
        let whole = table::column_of(&last.key);
        if whole.is_none() || whole == alone {
            return None;
        }
        joined.extend(rest);
        Some(joined)
    }

    /// The views of the lines a table row at line `idx` may take.
    fn row_views(&self, idx: usize) -> Vec<table::Views<'a>> {
        self.lines[idx..]
            .iter()
            .take(MAX_ROW_LINES)
            .map(Line::views)
            .collect()
    }

    /// The cells of the table row at line `idx`, the number of lines they take
    /// (Excel's quoted cells over several lines, or a row cut short by a line break
    /// in a cell (Word) joined with the lines that complete it), and how many cells
    /// before its first were merged with the row above (empty cells the line opens
    /// with, or cells a browser left out).
    fn table_cells(
        &self,
        idx: usize,
        cols: &[Column],
        names: &[String],
    ) -> (Vec<table::Cell>, usize, usize) {
        let views = self.row_views(idx);
        let (mut cells, mut used) = table::read_row(&views);
        if used > 1 && cells.len() > cols.len() {
            // More cells than columns: the quotes were not Excel's.
            (cells, used) = (table::plain_cells(views[0]), 1);
        }
        // The empty cells the line's trimmed start had (merged with the row above).
        let mut empty = self.lines[idx].leading_tabs().min(cols.len());
        if empty > 0 {
            cells.splice(0..0, std::iter::repeat_n(table::Cell::default(), empty));
        } else if used == 1 {
            empty = self.put_back_merged_cells(&mut cells, cols);
        }
        let numbered = table::read_cells(cols, names, cells.clone())
            .number
            .is_some();
        if numbered && cells.len() < cols.len() {
            if let Some((more, n)) = self.word_row_rest(&views[used..], cols.len() - cells.len()) {
                for (i, cell) in more.into_iter().enumerate() {
                    match cells.last_mut() {
                        Some(last) if i == 0 => last.push_line(&cell),
                        _ => cells.push(cell),
                    }
                }
                used += n;
            }
        }
        (cells, used, empty)
    }

    /// A row copied from a web page, whose cells merged with the row above were left
    /// out (a browser copies the cells a row has: "15.推进学校塑胶运动场地建设\t…\t
    /// 教育体育局\t刘福利" under "类别\t民生事项名称\t…", "2\t…\t4月:…\t已完成。…"
    /// under "序号\t项目内容\t月度工作计划\t牵头单位\t落实情况"): its cells go to the
    /// columns where most of them fit ([`grid::columns_that_fit`]); a column left out
    /// before its last cell was merged, and takes the row above's cell when it holds
    /// who does the work, by when, or the category. A row whose cells fit as well
    /// where they are stays as it is. Returns how many columns before its first cell
    /// were left out.
    fn put_back_merged_cells(&self, cells: &mut Vec<table::Cell>, cols: &[Column]) -> usize {
        while cells.last().is_some_and(|c| c.key.trim().is_empty()) {
            cells.pop();
        }
        // (A category row, a heading's number and its title alone, "一\t经济发展" over
        // rows numbered 1, 2, …: its cells are where they are, the others empty.)
        let category = cells.len() <= 2
            && cells.first().is_some_and(|c| {
                table::number_of(c.key.trim()).is_some_and(|(style, _)| style.is_heading())
            });
        if category {
            return 0;
        }
        // (Below a row cut short, a line whose cells would complete it goes on with
        // it: Word broke a cell, "1\t实施重点项目" + "300个以上\t市发改局".)
        let above = self
            .doc
            .table_last_cells
            .iter()
            .rposition(|c| !c.key.trim().is_empty())
            .map_or(0, |i| i + 1);
        if (1..cols.len()).contains(&above) && above + cells.len() <= cols.len() + 1 {
            return 0;
        }
        let keys: Vec<&str> = cells.iter().map(|c| c.key.as_str()).collect();
        let Some(at) = grid::columns_that_fit(cols, &keys) else {
            return 0;
        };
        let last = at.last().copied().unwrap_or(0);
        let mut placed: Vec<table::Cell> = vec![table::Cell::default(); last + 1];
        for (cell, &j) in std::mem::take(cells).into_iter().zip(&at) {
            placed[j] = cell;
        }
        for (j, cell) in placed.iter_mut().enumerate() {
            if !at.contains(&j) && cols[j].shared_by_merged_rows() {
                if let Some(above) = self.doc.table_last_cells.get(j) {
                    *cell = above.clone();
                }
            }
        }
        *cells = placed;
        at.first().copied().unwrap_or(0)
    }

    /// The rest of a Word table row whose cell broke over lines: the lines below it
    /// whose cells, the first of each continuing the cell above, add exactly the
    /// `missing` cells (and the last of them has a tab). Their cells, first lines'
    /// cells joined, and the number of lines; None when the rows cannot be told apart.
    fn word_row_rest(
        &self,
        views: &[table::Views],
        missing: usize,
    ) -> Option<(Vec<table::Cell>, usize)> {
        let mut cells: Vec<table::Cell> = Vec::new();
        let mut missing = missing;
        for (n, &v) in views.iter().enumerate() {
            let more = table::plain_cells(v);
            let first_is_number = more
                .first()
                .is_some_and(|c| table::number_of(&c.key).is_some());
            if v.2.is_empty() || first_is_number || more.len() - 1 > missing {
                return None;
            }
            missing -= more.len() - 1;
            for (i, cell) in more.into_iter().enumerate() {
                match cells.last_mut() {
                    Some(last) if i == 0 => last.push_line(&cell),
                    _ => cells.push(cell),
                }
            }
            if missing == 0 {
                return v.2.contains('\t').then_some((cells, n + 1));
            }
        }
        None
    }

    /// Whether a row without a number is one whose 序号 cell was merged with the
    /// numbered row above: `merged_before` cells before its first were merged (the
    /// line opens with their empty cells, or a browser left them out), a text cell is
    /// its own, and the item above is a row of the table. (A cell that wrapped never
    /// opens a line with a tab: Excel quotes it, Word goes on with it at the line's
    /// start.)
    fn merged_number_row(
        &self,
        merged_before: usize,
        cols: &[Column],
        cells: &[table::Cell],
    ) -> bool {
        if merged_before == 0 || self.state != State::Body {
            return false;
        }
        let above_is_row = self
            .doc
            .stack
            .last()
            .is_some_and(|&cur| self.doc.items[cur].row);
        let filled = |c: Column| {
            cells
                .iter()
                .zip(cols)
                .any(|(cell, &col)| col == c && !cell.key.trim().is_empty())
        };
        above_is_row && filled(Column::Text)
    }

    /// A numbered table row: a new item, under the section its 所属章节 cell names when
    /// the table has that column (a new section when the name changes).
    fn table_row(&mut self, line_no: usize, last: usize, row: table::Row, sectioned: bool) {
        let Some((number, style, value)) = row.number else {
            return;
        };
        self.state = State::Body;
        // A row numbered as a heading that names no one ("一 | 经济发展 | | ", "(一)…"):
        // a category the rows below go under, not a row beside them.
        let category = row.clauses.is_empty() && style.is_heading() && !sectioned;
        let head = row_head((number, style, value), row.text, row.clauses);
        if category {
            self.place(line_no, head);
            if let Some(&cur) = self.doc.stack.last() {
                let item = &mut self.doc.items[cur];
                item.heading_open = false;
                item.end_line = last;
                add_notes(&mut item.body, &row.notes);
            }
            return;
        }
        if sectioned {
            let parent = self.table_section(line_no, row.section, style);
            self.doc.stack.clear();
            self.doc.stack.extend(parent);
            let rank = parent.map_or(0, |p| self.doc.items[p].rank + 1);
            self.attach(line_no, head, rank, parent);
        } else if let Some(parent) = self.decimal_parent_row(&head.number, style) {
            // "1.1" under "1": a row whose number extends the number of a row above
            // is a row of that one's.
            while self.doc.stack.last().is_some_and(|&t| t != parent) {
                self.doc.stack.pop();
            }
            let rank = self.doc.items[parent].rank + 1;
            self.attach(line_no, head, rank, Some(parent));
        } else {
            self.place(line_no, head);
        }
        self.close_row_item(last, &row.notes);
    }

    /// The open row whose number the decimal number `number` ("1.2", "3.1.4") extends
    /// ("1", "3.1"), if any.
    fn decimal_parent_row(&self, number: &str, style: Style) -> Option<usize> {
        if !matches!(style, Style::Decimal(_)) {
            return None;
        }
        let trim = |n: &str| {
            n.trim()
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .to_string()
        };
        let own = trim(number);
        let (prefix, _) = own.rsplit_once(['.', '．'])?;
        self.doc
            .stack
            .iter()
            .rev()
            .copied()
            .find(|&t| self.doc.items[t].row && trim(&self.doc.items[t].number) == prefix)
    }

    /// The row's item just placed: its heading is whole, it ends at the row's last
    /// line, and the row's other cells are its paragraphs.
    fn close_row_item(&mut self, last: usize, notes: &[String]) {
        if let Some(&cur) = self.doc.stack.last() {
            let item = &mut self.doc.items[cur];
            item.heading_open = false;
            item.end_line = last;
            add_notes(&mut item.body, notes);
        }
        self.mark_row();
    }

    /// A row without a number in a table without a 序号 column: a task beside the
    /// row above it (under the item the table stands in, if any).
    fn unnumbered_row(&mut self, line_no: usize, last: usize, row: table::Row) {
        self.state = State::Body;
        let doc = &mut self.doc;
        let rank = match doc.stack.last() {
            Some(&top) if doc.items[top].row => {
                doc.stack.pop();
                doc.items[top].rank
            }
            Some(&top) => doc.items[top].rank + 1,
            None => doc.next_rank,
        };
        let parent = doc.stack.last().copied();
        let head = row_head((String::new(), Style::Bare, 0), row.text, row.clauses);
        self.attach(line_no, head, rank, parent);
        self.close_row_item(last, &row.notes);
    }

    /// The section item of a row's 所属章节 cell: the one of the row above when the
    /// name is the same, else a new top-level item made from the name ("一、总体要求"
    /// gives number 一、 and text 总体要求). A row whose cell is empty stays in the
    /// section of the row above (a category cell merged over its rows, which Excel
    /// gives once; a bare 序号 is no style), unless it is numbered in the section's own
    /// style: a top-level item after the section (this app's 台账 leaves 所属章节 empty
    /// for "三、…" after "二、…").
    /// None for a row outside any section.
    fn table_section(
        &mut self,
        line_no: usize,
        section: Option<table::Cell>,
        row_style: Style,
    ) -> Option<usize> {
        let Some(sec) = section else {
            // A category row whose other cells were empty lost its tabs with them
            // ("一、稳增长" under a 类别 column) and was read as a heading: it is the
            // section of the rows below it.
            let heading = self.doc.stack.last().copied().filter(|&t| {
                !self.doc.items[t].row && self.doc.items[t].line > self.doc.table_header_line
            });
            if let Some(h) = heading {
                self.doc.table_section = Some((self.doc.items[h].key.to_string(), h));
            }
            let current = self.doc.table_section.as_ref().map(|&(_, idx)| idx);
            let top_level =
                |i: usize| row_style != Style::Bare && self.doc.items[i].style == row_style;
            if let Some(idx) = current.filter(|&i| !top_level(i)) {
                return Some(idx);
            }
            self.doc.table_section = None;
            return None;
        };
        if let Some((key, idx)) = &self.doc.table_section {
            if *key == sec.key {
                return Some(*idx);
            }
        }
        let (number, style, value, skip) = match numbering::recognise(&sec.key) {
            Some(n) => (
                sec.text[..byte_of_char(&sec.text, n.chars)].to_string(),
                n.style,
                n.value,
                n.skip,
            ),
            None => (String::new(), Style::Bare, 0, 0),
        };
        let (st, sf) = (
            byte_of_char(&sec.text, skip),
            byte_of_char(&sec.folded, skip),
        );
        let head = Head {
            number,
            style,
            value,
            text: sec.text[st..].to_string().into(),
            folded: sec.folded[sf..].to_string().into(),
            key: sec.key[sf..].to_string().into(),
            clauses: Vec::new(),
        };
        self.doc.stack.clear();
        self.attach(line_no, head, 0, None);
        let idx = self.doc.items.len() - 1;
        self.doc.items[idx].heading_open = false;
        self.doc.table_section = Some((sec.key, idx));
        Some(idx)
    }
}

/// The head of a row's item: its number (empty for a row without one), its text cells
/// and its label clauses.
fn row_head<'a>(
    (number, style, value): (String, Style, u32),
    text: table::Cell,
    clauses: Vec<(String, String)>,
) -> Head<'a> {
    let mut clauses: Vec<(Text<'a>, Text<'a>)> = clauses
        .into_iter()
        .map(|(f, k)| (f.into(), k.into()))
        .collect();
    // Labels inside the text cell ("推进园区建设。" + "责任单位:市发改委"), in a table
    // whose columns name no one: the row's clauses, as on a numbered line.
    let (text, folded, key) = match resp::first_label(&text.key).filter(|&at| at > 0) {
        Some(cut) => {
            clauses.push((
                text.folded[cut..].to_string().into(),
                text.key[cut..].to_string().into(),
            ));
            let (t, f, k) = super::before_label(&text.text, &text.folded, &text.key, cut);
            (t.to_string(), f.to_string(), k.to_string())
        }
        None => (text.text, text.folded, text.key),
    };
    Head {
        number,
        style,
        value,
        text: text.into(),
        folded: folded.into(),
        key: key.into(),
        clauses,
    }
}

/// Adds the "name:value" notes of a table row's other cells as paragraphs.
pub(super) fn add_notes(body: &mut String, notes: &[String]) {
    for n in notes {
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(n);
    }
}

/// The category cells a row opens with (after its empty cells): where they start and
/// how many. Each is a heading numbered as a section is (一、, (一), 第一章), in styles
/// that differ, and the cell after them opens with a number of another style, the
/// row's own ("1", "1.", "(1)"). A task numbered as a heading ("一、加强组织领导\t成立…")
/// has no number after it and opens no category.
fn leading_categories(cells: &[table::Cell]) -> (usize, usize) {
    let from = cells.iter().take_while(|c| c.key.trim().is_empty()).count();
    let mut styles: Vec<Style> = Vec::new();
    for cell in &cells[from..] {
        let Some(n) = numbering::recognise(cell.key.trim()) else {
            break;
        };
        if !n.style.is_heading() || styles.contains(&n.style) {
            break;
        }
        styles.push(n.style);
    }
    let own = cells.get(from + styles.len()).and_then(|c| {
        table::number_of(c.key.trim())
            .or_else(|| numbering::recognise(c.key.trim()).map(|n| (n.style, n.value)))
    });
    match own {
        Some((style, _)) if !styles.is_empty() && !styles.contains(&style) => (from, styles.len()),
        _ => (from, 0),
    }
}

/// The number of a row's cells up to its last that is not empty: cells past it are
/// empty in every row a page pads.
fn named_len(cells: &[table::Cell]) -> usize {
    cells.len() - cells.iter().rev().take_while(|c| c.key.is_empty()).count()
}

/// Whether a table's header cells name how or when things are disclosed ("公开方式",
/// "公開形式", "公开时限": [`DISCLOSURE_COLUMNS`]), as a 政务公开 catalogue's do (held-out
/// c9300, c11428; a cell read with its neighbour, "公开形式公开时限", too).
pub(super) fn names_a_catalogue(names: &[String]) -> bool {
    names.iter().any(|n| {
        let k: String = n
            .chars()
            .map(crate::parser::normalise::key_char)
            .filter(|&c| !matches!(c, ' ' | '|' | '│'))
            .collect();
        DISCLOSURE_COLUMNS.in_text(&k)
    })
}

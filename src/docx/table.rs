//! A Word table as the text of a table copied from a spreadsheet: one line per row,
//! cells separated by tabs, so that the parser's table reader sees its columns.
//!
//! Cells are placed on the table's grid (§17.4.14 `gridBefore`, §17.4.17 `gridSpan`): a
//! cell merged across columns is its text followed by an empty cell for each further
//! column, as a spreadsheet copies it. A cell merged down (§17.4.85 `vMerge`) repeats the
//! text of the cell that starts the merge in every row it covers, since a 责任单位 column
//! merged over several tasks belongs to each of them. A row deleted with tracking on is
//! left out.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VMerge {
    #[default]
    None,
    Restart,
    Continue,
}

#[derive(Debug, Default)]
pub struct Cell {
    pub paragraphs: Vec<String>,
    pub span: usize,
    pub vmerge: VMerge,
}

#[derive(Debug, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub grid_before: usize,
    pub deleted: bool,
}

#[derive(Debug, Default)]
pub struct Table {
    pub rows: Vec<Row>,
}

/// A cell's paragraphs on one line: joined by a space, tabs and line breaks as spaces.
fn cell_text(cell: &Cell) -> String {
    let mut text = String::new();
    for paragraph in &cell.paragraphs {
        let piece = paragraph
            .split(['\t', '\n', '\r'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if piece.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&piece);
    }
    text
}

impl Table {
    /// The table's lines, one per row kept.
    pub fn lines(&self) -> Vec<String> {
        // The text of the cell that started a vertical merge, by grid column.
        let mut merged_from: HashMap<usize, String> = HashMap::new();
        let mut lines = Vec::with_capacity(self.rows.len());
        for row in self.rows.iter().filter(|r| !r.deleted) {
            let mut cells: Vec<String> = vec![String::new(); row.grid_before];
            for cell in &row.cells {
                let column = cells.len();
                let text = match cell.vmerge {
                    VMerge::Continue => merged_from.get(&column).cloned().unwrap_or_default(),
                    VMerge::Restart => {
                        let text = cell_text(cell);
                        merged_from.insert(column, text.clone());
                        text
                    }
                    VMerge::None => {
                        merged_from.remove(&column);
                        cell_text(cell)
                    }
                };
                cells.push(text);
                cells.extend(std::iter::repeat_n(String::new(), cell.span.max(1) - 1));
            }
            if cells.iter().all(String::is_empty) {
                lines.push(String::new());
            } else {
                lines.push(cells.join("\t"));
            }
        }
        lines
    }
}

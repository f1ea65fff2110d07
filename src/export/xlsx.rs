//! The 台账 as an Excel workbook (.xlsx, opens in Excel and WPS): a title, the filter
//! and date, then the header row, frozen and filterable, and one wrapped row per task.
//! Printed on A4 landscape, one page wide, header repeated, pages numbered. And 分单位
//! 导出: one workbook with a sheet per unit, its 牵头 tasks then its 配合 tasks. And the
//! monthly 推进情况表 ([`progress_xlsx`]).
//!
//! Only the export worker binary calls this: `rust_xlsxwriter` is large, and the main
//! bundle, which never calls it, drops it at link time.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::progress_table::{ProgressTable, PROGRESS_COLUMNS};
use super::rows::{Ledger, Row, UnitLedger, COLUMNS, UNIT_COLUMNS};

/// Column widths in Excel character units, in the order of [`COLUMNS`] (and of
/// [`UNIT_COLUMNS`], whose first column is as narrow).
const WIDTHS: [f64; 11] = [
    6.0, 22.0, 8.0, 60.0, 16.0, 22.0, 26.0, 14.0, 11.0, 9.0, 24.0,
];

/// Excel refuses cells longer than this (characters).
const MAX_CELL_CHARS: usize = 32_767;

/// Excel refuses sheet names longer than this (characters).
const MAX_SHEET_CHARS: usize = 31;

/// Rows above the data: title, filter line, header.
pub const HEADER_ROW: u32 = 2;

/// The formats of a sheet.
struct Formats {
    title: Format,
    info: Format,
    header: Format,
    cell: Format,
    number: Format,
}

impl Formats {
    fn new() -> Self {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top)
            .set_text_wrap();
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            info: Format::new().set_align(FormatAlign::Left).set_text_wrap(),
            header: Format::new()
                .set_bold()
                .set_background_color(0xDDEBF7)
                .set_border(FormatBorder::Thin)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_text_wrap(),
            number: cell.clone().set_align(FormatAlign::Center),
            cell,
        }
    }
}

/// Title, information line and header of a sheet, and its print settings.
fn sheet_head(
    sheet: &mut Worksheet,
    f: &Formats,
    title: &str,
    line: &str,
    columns: &[&str],
    rows: usize,
) -> Result<(), XlsxError> {
    let last_col = (columns.len() - 1) as u16;
    sheet.merge_range(0, 0, 0, last_col, title, &f.title)?;
    sheet.set_row_height(0, 30)?;
    sheet.merge_range(1, 0, 1, last_col, line, &f.info)?;
    for (c, (name, width)) in columns.iter().zip(WIDTHS).enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(HEADER_ROW, c, *name, &f.header)?;
        sheet.set_column_width(c, width)?;
    }
    let last_row = HEADER_ROW + rows as u32;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.autofilter(HEADER_ROW, 0, last_row, last_col)?;
    sheet.set_paper_size(9); // A4
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.set_footer("&C第 &P 页，共 &N 页");
    Ok(())
}

/// The ledger as the bytes of an .xlsx file.
pub fn ledger_xlsx(ledger: &Ledger) -> Result<Vec<u8>, XlsxError> {
    let f = Formats::new();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("任务台账")?;
    let line = format!(
        "筛选：{}　共 {} 项任务　导出日期：{}",
        ledger.filter,
        ledger.rows.len(),
        ledger.date
    );
    sheet_head(sheet, &f, &ledger.title, &line, &COLUMNS, ledger.rows.len())?;
    for (r, row) in ledger.rows.iter().enumerate() {
        let r = HEADER_ROW + 1 + r as u32;
        sheet.write_number_with_format(r, 0, row.ordinal as f64, &f.number)?;
        for (c, value) in row.cells().iter().enumerate().skip(1) {
            sheet.write_string_with_format(r, c as u16, clip(value), &f.cell)?;
        }
    }
    workbook.save_to_buffer()
}

/// 分单位导出 as the bytes of an .xlsx file: a sheet per unit, named after it, with its
/// 牵头 tasks then its 配合 tasks, numbered as in the source (原文编号).
pub fn units_xlsx(book: &UnitLedger) -> Result<Vec<u8>, XlsxError> {
    let f = Formats::new();
    let mut workbook = Workbook::new();
    let mut names: Vec<String> = Vec::new();
    for unit in &book.units {
        let name = sheet_name(&unit.unit, &names);
        names.push(name.clone());
        let sheet = workbook.add_worksheet();
        sheet.set_name(&name)?;
        let rows: Vec<(&str, &Row)> = unit
            .lead
            .iter()
            .map(|r| ("牵头", r))
            .chain(unit.coop.iter().map(|r| ("配合", r)))
            .collect();
        let title = format!("{}（{}）", book.title, unit.unit);
        let line = format!(
            "{}：牵头 {} 项，配合 {} 项　筛选：{}　导出日期：{}",
            unit.unit,
            unit.lead.len(),
            unit.coop.len(),
            book.filter,
            book.date
        );
        sheet_head(sheet, &f, &title, &line, &UNIT_COLUMNS, rows.len())?;
        for (r, (role, row)) in rows.iter().enumerate() {
            let r = HEADER_ROW + 1 + r as u32;
            sheet.write_string_with_format(r, 0, *role, &f.number)?;
            for (c, value) in row.cells().iter().enumerate().skip(1) {
                sheet.write_string_with_format(r, c as u16, clip(value), &f.cell)?;
            }
        }
    }
    if book.units.is_empty() {
        workbook.add_worksheet().set_name("无单位")?;
    }
    workbook.save_to_buffer()
}

/// A sheet name for unit `unit`: the characters Excel refuses (`[]:*?/\`) replaced,
/// at most [`MAX_SHEET_CHARS`] characters, and not one of `taken` (compared as Excel
/// does, ignoring case): "（2）" and so on added to a repeat.
pub fn sheet_name(unit: &str, taken: &[String]) -> String {
    let clean: String = unit
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let clean = clean.trim_matches('\'').trim();
    let base = if clean.is_empty() { "单位" } else { clean };
    let fits = |s: &str, room: usize| s.chars().take(room).collect::<String>();
    let is_taken = |n: &str| taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    let first = fits(base, MAX_SHEET_CHARS);
    if !is_taken(&first) {
        return first;
    }
    (2..)
        .map(|n| {
            let suffix = format!("（{n}）");
            let room = MAX_SHEET_CHARS - suffix.chars().count();
            format!("{}{suffix}", fits(base, room))
        })
        .find(|n| !is_taken(n))
        .expect("one of the numbered names is free")
}

/// Column widths of the 推进情况表 in Excel character units, in the order of
/// [`PROGRESS_COLUMNS`]: 132 in all, which with [`PROGRESS_MARGIN`] margins fits the
/// width of A4 landscape at 100 % (a width of w units is 7w + 5 pixels at 96 dpi; the
/// 12 columns take (7 × 132 + 12 × 5) px = 260 mm of the page's 297 − 2 × 10 = 277 mm). The
/// sheet is also set to fit one page wide, for printers with wider margins.
pub const PROGRESS_WIDTHS: [f64; 12] = [
    5.0, 24.0, 8.0, 10.0, 10.0, 9.0, 18.0, 9.0, 9.0, 12.0, 12.0, 6.0,
];

/// The left and right print margins of the 推进情况表, in inches (10 mm).
pub const PROGRESS_MARGIN: f64 = 0.4;

/// Rows above the data of the 推进情况表: title, information line, header.
pub const PROGRESS_HEADER_ROW: u32 = 2;

/// The 推进情况表 as the bytes of an .xlsx file: the title "X月份重点工作推进情况表",
/// a line with the documents, the view and the day, the header (frozen, repeated on
/// every printed page), one wrapped row per task; A4 landscape, one page wide.
pub fn progress_xlsx(table: &ProgressTable) -> Result<Vec<u8>, XlsxError> {
    let f = Formats::new();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("推进情况表")?;
    let last_col = (PROGRESS_COLUMNS.len() - 1) as u16;
    sheet.merge_range(0, 0, 0, last_col, &table.heading(), &f.title)?;
    sheet.set_row_height(0, 30)?;
    let line = format!(
        "{}　范围：{}　共 {} 项任务　统计截至：{}",
        table.title,
        table.filter,
        table.rows.len(),
        table.day
    );
    sheet.merge_range(1, 0, 1, last_col, &line, &f.info)?;
    let header = PROGRESS_HEADER_ROW;
    sheet.set_row_height(header, 30)?;
    for (c, (name, width)) in PROGRESS_COLUMNS.iter().zip(PROGRESS_WIDTHS).enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(header, c, *name, &f.header)?;
        sheet.set_column_width(c, width)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = header + 1 + r as u32;
        sheet.write_number_with_format(r, 0, row.ordinal as f64, &f.number)?;
        for (c, value) in row.cells().iter().enumerate().skip(1) {
            sheet.write_string_with_format(r, c as u16, clip(value), &f.cell)?;
        }
    }
    sheet.set_freeze_panes(header + 1, 0)?;
    sheet.set_paper_size(9); // A4
    sheet.set_landscape();
    sheet.set_margins(PROGRESS_MARGIN, PROGRESS_MARGIN, 0.6, 0.6, 0.3, 0.3);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_print_center_horizontally(true);
    sheet.set_repeat_rows(header, header)?;
    sheet.set_footer("&C第 &P 页，共 &N 页");
    workbook.save_to_buffer()
}

/// The value cut to what Excel accepts.
fn clip(value: &str) -> &str {
    match value.char_indices().nth(MAX_CELL_CHARS) {
        Some((cut, _)) => &value[..cut],
        None => value,
    }
}

/// The error for the user, in Chinese.
pub fn error_message(err: &XlsxError) -> String {
    format!("生成 Excel 文件失败：{err}")
}

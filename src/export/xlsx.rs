//! The 台账 as an Excel workbook (.xlsx, opens in Excel and WPS): a title, the filter
//! and date, then the header row, frozen and filterable, and one wrapped row per task.
//! Printed on A4 landscape, one page wide, header repeated, pages numbered.
//!
//! Only the export worker binary calls this: `rust_xlsxwriter` is large, and the main
//! bundle, which never calls it, drops it at link time.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use super::rows::{Ledger, COLUMNS};

/// Column widths in Excel character units, in the order of [`COLUMNS`].
const WIDTHS: [f64; 10] = [6.0, 22.0, 8.0, 60.0, 16.0, 22.0, 26.0, 14.0, 9.0, 24.0];

/// Excel refuses cells longer than this (characters).
const MAX_CELL_CHARS: usize = 32_767;

/// Rows above the data: title, filter line, header.
pub const HEADER_ROW: u32 = 2;

/// The ledger as the bytes of an .xlsx file.
pub fn ledger_xlsx(ledger: &Ledger) -> Result<Vec<u8>, XlsxError> {
    let last_col = (COLUMNS.len() - 1) as u16;
    let title = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let info = Format::new().set_align(FormatAlign::Left).set_text_wrap();
    let header = Format::new()
        .set_bold()
        .set_background_color(0xDDEBF7)
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap();
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Top)
        .set_text_wrap();
    let number = cell.clone().set_align(FormatAlign::Center);

    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("任务台账")?;
    sheet.merge_range(0, 0, 0, last_col, &ledger.title, &title)?;
    sheet.set_row_height(0, 30)?;
    let line = format!(
        "筛选：{}　共 {} 项任务　导出日期：{}",
        ledger.filter,
        ledger.rows.len(),
        ledger.date
    );
    sheet.merge_range(1, 0, 1, last_col, &line, &info)?;
    for (c, (name, width)) in COLUMNS.iter().zip(WIDTHS).enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(HEADER_ROW, c, *name, &header)?;
        sheet.set_column_width(c, width)?;
    }
    for (r, row) in ledger.rows.iter().enumerate() {
        let r = HEADER_ROW + 1 + r as u32;
        sheet.write_number_with_format(r, 0, row.ordinal as f64, &number)?;
        for (c, value) in row.cells().iter().enumerate().skip(1) {
            sheet.write_string_with_format(r, c as u16, clip(value), &cell)?;
        }
    }
    let last_row = HEADER_ROW + ledger.rows.len() as u32;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.autofilter(HEADER_ROW, 0, last_row, last_col)?;
    sheet.set_paper_size(9); // A4
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
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

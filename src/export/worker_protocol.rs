//! What the page and the export worker say to each other through `postMessage`.
//!
//! - worker → page, once loaded: the string [`READY`] (messages sent before the worker's
//!   wasm has started are lost, so the page waits for it);
//! - page → worker: an [`ExportRequest`] as a JSON string: what to write ([`Export`]);
//! - worker → page: `[id, Uint8Array, mime]` with the file's bytes and MIME type, or
//!   `[id, message]` with an error message in Chinese.
//!
//! [`answer`] is the worker's whole job, kept here so that it is tested natively. Every
//! file the user downloads from the export menu, and the 单位名单, is written here, so
//! that the page links none of the writers: the xlsx writer, the .ics writer and the
//! `csv` crate's writer (4.9 KB gzip of the page; its reader stays, for the CSV files
//! the user opens). What stays on the page is gathering the view into the rows sent, the
//! Markdown, and the clipboard texts (a write to the clipboard after a round trip to a
//! worker could lose the user's click).

use serde::{Deserialize, Serialize};

use super::csv_file::{ledger_csv, progress_csv};
use super::ics::{calendar_ics, TaskCalendar, ICS_MIME};
use super::progress_table::ProgressTable;
use super::rows::{Ledger, UnitLedger};
use super::xlsx::{error_message, ledger_xlsx, progress_xlsx, units_xlsx};
use crate::unit_list::unit_list_csv;

/// The worker's first message.
pub const READY: &str = "ready";

/// The MIME type of an .xlsx file.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The MIME type of our CSV files (UTF-8, with a byte-order mark).
pub const CSV_MIME: &str = "text/csv;charset=utf-8";

/// A file to write, with what it is written from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Export {
    /// The 台账 of the view, as .xlsx.
    LedgerXlsx(Ledger),
    /// 分单位导出: a workbook with a sheet per unit.
    UnitsXlsx(UnitLedger),
    /// The 推进情况表 of a month, as .xlsx.
    ProgressXlsx(ProgressTable),
    /// The 台账 of the view, as CSV.
    LedgerCsv(Ledger),
    /// The 推进情况表 of a month, as CSV.
    ProgressCsv(ProgressTable),
    /// 导出单位名单: the rows of the list (名称, 简称, 别名), as CSV
    /// ([`crate::unit_list::unit_list_csv`]).
    UnitListCsv(Vec<[String; 3]>),
    /// The dated tasks of the view as an .ics file; `now_ms` (ms since the epoch, the
    /// page's clock at the click) gives `DTSTAMP` and `SEQUENCE`.
    Calendar { calendar: TaskCalendar, now_ms: f64 },
}

/// The kinds of file written, each with its MIME type and extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Csv,
    Ics,
}

impl Format {
    pub const fn mime(self) -> &'static str {
        match self {
            Format::Xlsx => XLSX_MIME,
            Format::Csv => CSV_MIME,
            Format::Ics => ICS_MIME,
        }
    }

    pub const fn ext(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Ics => "ics",
        }
    }

    /// What the page says while the worker writes the file.
    pub const fn busy_message(self) -> &'static str {
        match self {
            Format::Xlsx => "正在生成 Excel 文件…",
            Format::Csv => "正在生成 CSV 文件…",
            Format::Ics => "正在生成日历文件…",
        }
    }
}

impl Export {
    pub const fn format(&self) -> Format {
        match self {
            Export::LedgerXlsx(_) | Export::UnitsXlsx(_) | Export::ProgressXlsx(_) => Format::Xlsx,
            Export::LedgerCsv(_) | Export::ProgressCsv(_) | Export::UnitListCsv(_) => Format::Csv,
            Export::Calendar { .. } => Format::Ics,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    /// Echoed in the answer.
    pub id: u32,
    pub export: Export,
}

/// A written file: its bytes and MIME type (as downloaded) and its extension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    pub bytes: Vec<u8>,
    pub mime: &'static str,
    pub ext: &'static str,
}

/// The request's id (0 when it cannot be read) and the written file or an error message
/// for the user.
pub fn answer(request_json: &str) -> (u32, Result<Exported, String>) {
    let request = match serde_json::from_str::<ExportRequest>(request_json) {
        Ok(request) => request,
        Err(e) => return (0, Err(format!("导出请求无法读取：{e}"))),
    };
    let format = request.export.format();
    let bytes = match &request.export {
        Export::LedgerXlsx(ledger) => ledger_xlsx(ledger).map_err(|e| error_message(&e)),
        Export::UnitsXlsx(units) => units_xlsx(units).map_err(|e| error_message(&e)),
        Export::ProgressXlsx(table) => progress_xlsx(table).map_err(|e| error_message(&e)),
        Export::LedgerCsv(ledger) => Ok(ledger_csv(&ledger.rows)),
        Export::ProgressCsv(table) => Ok(progress_csv(table)),
        Export::UnitListCsv(rows) => Ok(unit_list_csv(rows)),
        Export::Calendar { calendar, now_ms } => Ok(calendar_ics(calendar, *now_ms).into_bytes()),
    };
    let exported = bytes.map(|bytes| Exported {
        bytes,
        mime: format.mime(),
        ext: format.ext(),
    });
    (request.id, exported)
}

//! What the page and the export worker say to each other through `postMessage`.
//!
//! - worker → page, once loaded: the string [`READY`] (messages sent before the worker's
//!   wasm has started are lost, so the page waits for it);
//! - page → worker: an [`XlsxRequest`] as a JSON string: the 台账 of the view,
//!   分单位导出 (a sheet per unit), or the 推进情况表 of a month;
//! - worker → page: `[id, Uint8Array]` with the .xlsx bytes, or `[id, message]` with an
//!   error message in Chinese.
//!
//! [`answer`] is the worker's whole job, kept here so that it is tested natively.

use serde::{Deserialize, Serialize};

use super::progress_table::ProgressTable;
use super::rows::{Ledger, UnitLedger};
use super::xlsx::{error_message, ledger_xlsx, progress_xlsx, units_xlsx};

/// The worker's first message.
pub const READY: &str = "ready";

/// The MIME type of an .xlsx file.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct XlsxRequest {
    /// Echoed in the answer.
    pub id: u32,
    pub ledger: Ledger,
    /// 分单位导出: when given, the workbook has a sheet per unit (and `ledger` is not
    /// written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<UnitLedger>,
    /// The 推进情况表: when given, the workbook is that table (and `ledger` is not
    /// written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<ProgressTable>,
}

/// The request's id (0 when it cannot be read) and the .xlsx bytes or an error message
/// for the user.
pub fn answer(request_json: &str) -> (u32, Result<Vec<u8>, String>) {
    match serde_json::from_str::<XlsxRequest>(request_json) {
        Ok(request) => {
            let bytes = match (&request.progress, &request.units) {
                (Some(table), _) => progress_xlsx(table),
                (None, Some(units)) => units_xlsx(units),
                (None, None) => ledger_xlsx(&request.ledger),
            };
            (request.id, bytes.map_err(|e| error_message(&e)))
        }
        Err(e) => (0, Err(format!("导出请求无法读取：{e}"))),
    }
}

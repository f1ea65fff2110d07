//! Export and share the current view: the 台账 as Excel and CSV, text for a chat,
//! Markdown of the outline, the deadlines as a calendar file (.ics), the monthly
//! 推进情况表 (Excel, CSV) and the 通报 draft, and file names that say what a file is.
//!
//! Pure Rust, no web types: the UI (`app::export_menu`) builds a [`Ledger`] from the
//! view and hands it on; the files downloaded (.xlsx, CSV, .ics) are written by the
//! export worker binary only (`src/bin/export_worker.rs`, through
//! [`worker_protocol::answer`]), so that `rust_xlsxwriter` and the CSV and .ics writers
//! stay out of the main bundle. The Markdown and the clipboard texts are written on the
//! page.

pub mod bulletin;
mod chat;
mod csv_file;
mod file_name;
pub mod ics;
mod markdown;
pub mod progress_table;
mod rows;
pub mod worker_protocol;
pub mod xlsx;

pub use bulletin::{bulletin, Bulletin};
pub use chat::{chat_text, unit_chat_text};
pub use csv_file::{ledger_csv, neutralised, progress_csv, BOM};
pub use file_name::{export_file_name, file_name};
pub use ics::{calendar_ics, TaskCalendar};
pub use markdown::outline_markdown;
pub use progress_table::{ProgressRow, ProgressTable, PROGRESS_COLUMNS};
pub use rows::{title_of, Ledger, Mark, Row, UnitLedger, UnitSheet, COLUMNS, UNIT_COLUMNS};

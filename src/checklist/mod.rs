//! Personal checklists: the user's marks, notes and due dates on the tasks of parsed
//! documents, the library of documents, "我的单位", and how all of it is stored,
//! merged between tabs, backed up, and carried over to a revised document.
//!
//! Pure Rust, no web types and no clock: every change takes `now` (ms since the
//! epoch) from the caller. The web layer reads and writes localStorage with
//! [`storage_format::entries`] / [`storage_format::changes`] / [`storage_format::load`].

pub mod backup;
pub mod corrections;
pub mod date;
pub mod hash;
pub mod identity;
pub mod light;
pub mod merge;
pub mod model;
pub mod overview;
pub mod paste;
pub mod revision;
pub mod stamped;
pub mod status;
pub mod storage_format;
pub mod unit_answers;

pub use backup::{export_backup, import_backup, ImportError, ImportMode};
pub use corrections::{Correction, DocFixes, NodeFix};
pub use identity::{doc_key, doc_keys, keyed_tasks, node_keys, DocKey, KeyedTask, TaskKey};
pub use light::{light, Colour, Light, LightCounts, LightInput, LightSettings};
pub use merge::merge;
pub use model::{Completion, DocEntry, DocMarks, MonthReport, Prefs, ReportField, State, TaskMark};
pub use revision::{match_revision, rekey_marks, Revision};
pub use stamped::{Millis, Stamped, FUTURE_MARGIN};
pub use status::{progress, status, Progress, Status};
pub use storage_format::{decode, encode, load, Decoded, Loaded};
pub use unit_answers::UnitAnswers;

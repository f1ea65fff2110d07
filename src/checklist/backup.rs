//! Backup: everything in one JSON file, and importing it back. An import either
//! gives a whole new state or an error: nothing is half imported.

use std::fmt;

use serde_json::Value;

use super::merge::merge;
use super::model::State;
use super::stamped::Millis;
use super::storage_format::{decode_object, numbers_out_of_range, whole_body, DamageKind, VERSION};

/// The format marker of a backup file.
pub const BACKUP_FORMAT: &str = "duban-backup";

/// A suggested file name: `督办清单备份-YYYY-MM-DD.json`.
pub fn backup_file_name(today: &str) -> String {
    format!("督办清单备份-{today}.json")
}

/// Everything in one string: `{"format":"duban-backup","version":2, …the parts…}`.
pub fn export_backup(state: &State) -> String {
    let mut body = whole_body(state);
    body.insert("format".into(), Value::from(BACKUP_FORMAT));
    serde_json::to_string_pretty(&Value::Object(body)).unwrap_or_default()
}

/// How an import combines with what is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Both kept, field by field the later change wins.
    Merge,
    /// The backup replaces everything.
    Replace,
}

/// Why a file was not imported. [`fmt::Display`] gives the message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    NotJson,
    /// Cut short (an incomplete download or copy).
    Truncated,
    /// JSON, but not a backup of this app.
    NotBackup,
    /// A backup of a newer version of the app.
    FutureVersion(u64),
    /// A backup with entries that do not read (how many).
    Damaged(usize),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "文件是空的，未导入任何内容。"),
            ImportError::NotJson => write!(f, "这不是督办清单的备份文件（无法识别的内容），未导入任何内容。"),
            ImportError::Truncated => write!(f, "备份文件不完整（可能下载或复制时被截断），未导入任何内容。请重新导出备份。"),
            ImportError::NotBackup => write!(f, "这个文件不是督办清单的备份（可能来自其他程序），未导入任何内容。"),
            ImportError::FutureVersion(v) => write!(
                f,
                "这个备份由更新版本的督办清单导出（格式 {v}，本版本支持到 {VERSION}），请先更新页面后再导入。未导入任何内容。"
            ),
            ImportError::Damaged(n) => write!(f, "备份文件中有 {n} 项内容已损坏，为避免丢失数据，未导入任何内容。"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads a backup and combines it with `current`, at `now`: stamps in the backup later
/// than now are brought back to now first ([`State::clamp_future`]). Any problem gives
/// an error and no state, so nothing changes.
pub fn import_backup(
    text: &str,
    mode: ImportMode,
    current: &State,
    now: Millis,
) -> Result<State, ImportError> {
    let text = text.trim_start_matches('\u{FEFF}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() && text.trim_start().starts_with('{') {
            ImportError::Truncated
        } else {
            match numbers_out_of_range(text) {
                // JSON but for numbers too large (1e400): damaged, refused whole.
                0 => ImportError::NotJson,
                n => ImportError::Damaged(n),
            }
        }
    })?;
    let Value::Object(obj) = value else {
        return Err(ImportError::NotBackup);
    };
    if obj.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(ImportError::NotBackup);
    }
    let version = match obj.get("version").and_then(Value::as_u64) {
        Some(v @ 1..=VERSION) => v,
        Some(v) if v > VERSION => return Err(ImportError::FutureVersion(v)),
        _ => return Err(ImportError::NotBackup),
    };
    let decoded = decode_object(&obj, None);
    debug_assert_eq!(decoded.version, Some(version));
    match decoded.damage {
        None => {}
        Some(DamageKind::Entries) => return Err(ImportError::Damaged(decoded.lost.len())),
        Some(_) => return Err(ImportError::NotBackup),
    }
    let mut backup = decoded.state;
    backup.clamp_future(now);
    Ok(match mode {
        ImportMode::Merge => merge(current, &backup),
        ImportMode::Replace => backup,
    })
}

/// When a backup could not replace everything (storage refused a write; `error` is the
/// browser's reason when it was not a full storage): nothing was imported, nothing
/// changed.
pub fn replace_refused_message(error: Option<&str>) -> String {
    match error {
        None => "这个备份放不下：本机存储的剩余空间不够，无法用它整体替换现有数据，所以没有导入任何内容，现有数据没有任何改动。\
                 请先导出一份现有数据的备份，再在“文档库与备份”中永久删除不再需要的文档，腾出空间后重试；或改用“合并”。"
            .to_owned(),
        Some(error) => format!(
            "浏览器拒绝保存（{error}），无法用备份整体替换现有数据，所以没有导入任何内容，现有数据没有任何改动。"
        ),
    }
}

/// When a backup cannot replace everything because stored data cannot be read
/// (`error`): replacing could overwrite what the page never saw.
pub fn replace_unreadable_message(error: &str) -> String {
    format!(
        "本页现在无法读取浏览器中已保存的数据（{error}），用备份替换可能覆盖看不到的内容，所以没有导入任何内容，现有数据没有任何改动。"
    )
}

/// How many documents of the backup `text` this browser has deleted for good: a merge
/// keeps them deleted (the later change wins), so the user is to be told.
pub fn purged_here(current: &State, text: &str) -> usize {
    import_backup(text, ImportMode::Replace, &State::default(), f64::INFINITY).map_or(0, |backup| {
        backup
            .library
            .keys()
            .filter(|k| current.library.get(*k).is_some_and(|e| e.is_purged()))
            .count()
    })
}

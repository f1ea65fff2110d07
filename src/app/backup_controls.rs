//! Backup: everything in one JSON file (downloaded through a Blob), and importing one
//! back, merged or replacing. A file that is not a valid backup changes nothing.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::browser;
use super::checklist_state::{use_checklist, Checklist};
use super::persist::{self, Alert, AlertKind, NotReplaced, Saved};
use crate::checklist::backup::{
    backup_file_name, purged_here, replace_refused_message, replace_unreadable_message,
};
use crate::checklist::{export_backup, import_backup, ImportMode};

/// Downloads the backup; false if the browser refused.
pub fn download_backup(checklist: Checklist) -> bool {
    let text = checklist.state.with_untracked(export_backup);
    let name = backup_file_name(&browser::today());
    browser::download(&JsValue::from_str(&text), "application/json", &name).is_ok()
}

#[component]
pub fn ExportBackupButton() -> impl IntoView {
    let checklist = use_checklist();
    view! {
        <button type="button" data-testid="export-backup" on:click=move |_| {
            if !download_backup(checklist) {
                checklist.workspace.tell("浏览器没有允许下载备份文件。", true);
            }
        }>"导出备份"</button>
    }
}

/// A new import ends the message about an earlier one (a file refused), and only that.
fn end_import_alert(checklist: Checklist) {
    if checklist
        .alert
        .with_untracked(|a| a.as_ref().is_some_and(|a| a.kind == AlertKind::Import))
    {
        checklist.alert.set(None);
    }
}

static IMPORT_GROUPS: AtomicU32 = AtomicU32::new(0);

#[component]
pub fn ImportBackup() -> impl IntoView {
    let checklist = use_checklist();
    let replace = RwSignal::new(false);
    // Each 导入备份 on the page has its own pair of radio buttons.
    let group = format!(
        "import-mode-{}",
        IMPORT_GROUPS.fetch_add(1, Ordering::Relaxed)
    );
    let on_pick = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        let Some(file) = file else { return };
        let mode = if replace.get_untracked() {
            ImportMode::Replace
        } else {
            ImportMode::Merge
        };
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let Some(text) = text else {
                checklist.alert.set(Some(Alert {
                    kind: AlertKind::Import,
                    text: "无法读取这个文件，未导入任何内容。".into(),
                    offer_backup: false,
                }));
                return;
            };
            let imported = checklist
                .state
                .with_untracked(|current| import_backup(&text, mode, current, persist::now()));
            // A merge keeps what this browser deleted for good (a later change wins):
            // say so, or the backup's documents seem to have gone missing.
            let purged_here = checklist
                .state
                .with_untracked(|current| purged_here(current, &text));
            let name = file.name();
            match (imported, mode) {
                (Ok(state), ImportMode::Replace) => match checklist.replace_all(state) {
                    Ok(()) => {
                        end_import_alert(checklist);
                        checklist
                            .workspace
                            .tell(format!("已用备份替换全部数据（{name}）。"), false);
                    }
                    Err(why) => checklist.alert.set(Some(Alert {
                        kind: AlertKind::Import,
                        text: match why {
                            NotReplaced::Refused(error) => {
                                replace_refused_message(error.as_deref())
                            }
                            NotReplaced::ReadOnly(failure) => {
                                replace_unreadable_message(&failure.error)
                            }
                        },
                        offer_backup: true,
                    })),
                },
                (Ok(state), ImportMode::Merge) => {
                    end_import_alert(checklist);
                    let saved = checklist.merge_in(state);
                    // A merge keeps what this browser deleted for good (a later change
                    // wins): say so, or the backup's documents seem to have gone missing.
                    let purged = if purged_here > 0 {
                        format!("；备份中有 {purged_here} 份文档在本机已永久删除，合并不会恢复它们，如需恢复请选择“替换”")
                    } else {
                        String::new()
                    };
                    let (text, is_error) = match saved {
                        Saved::All => (format!("已把备份合并进来（{name}）{purged}。"), false),
                        Saved::Partly(unsaved) => (
                            checklist.state.with_untracked(|s| format!(
                                "已把备份合并到页面上（{name}），但存储空间不够，以下内容没有保存到浏览器：{}。没有列出的内容都已保存{purged}。",
                                unsaved.list(s)
                            )),
                            true,
                        ),
                        Saved::ReadOnly => (format!("已把备份合并到页面上（{name}），但本页现在无法保存（见上方提示），关闭页面前请导出备份{purged}。"), true),
                        Saved::Nowhere => (format!("已把备份合并到页面上（{name}），但浏览器不允许本页面保存数据，关闭页面后会丢失{purged}。"), true),
                    };
                    checklist.workspace.tell(text, is_error);
                }
                (Err(e), _) => checklist.alert.set(Some(Alert {
                    kind: AlertKind::Import,
                    text: e.to_string(),
                    offer_backup: false,
                })),
            }
        });
    };
    view! {
        <div class="import-backup" role="group" aria-label="导入备份">
            <label class="button file-pick">
                "导入备份…"
                <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="import-backup" on:change=on_pick/>
            </label>
            <label class="check">
                <input type="radio" name=group.clone() data-testid="import-merge" prop:checked=move || !replace.get() on:change=move |_| replace.set(false)/>
                "合并（同一处以较晚的修改为准）"
            </label>
            <label class="check">
                <input type="radio" name=group data-testid="import-replace" prop:checked=move || replace.get() on:change=move |_| replace.set(true)/>
                "替换现有全部数据"
            </label>
        </div>
    }
}

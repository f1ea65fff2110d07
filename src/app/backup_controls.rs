//! Backup: everything in one JSON file (downloaded through a Blob), and importing one
//! back, merged or replacing. A file that is not a valid backup changes nothing.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::browser;
use super::checklist_state::{use_checklist, Checklist};
use super::persist::{Alert, AlertKind};
use crate::checklist::backup::backup_file_name;
use crate::checklist::backup::purged_here;
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

#[component]
pub fn ImportBackup() -> impl IntoView {
    let checklist = use_checklist();
    let replace = RwSignal::new(false);
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
                .with_untracked(|current| import_backup(&text, mode, current));
            // A merge keeps what this browser deleted for good (a later change wins):
            // say so, or the backup's documents seem to have gone missing.
            let purged_here = checklist
                .state
                .with_untracked(|current| purged_here(current, &text));
            match imported {
                Ok(state) => {
                    checklist.replace_state(state);
                    checklist.alert.set(None);
                    let how = if mode == ImportMode::Replace {
                        "已用备份替换全部数据".to_owned()
                    } else if purged_here > 0 {
                        format!("已把备份合并进来；备份中有 {purged_here} 份文档在本机已永久删除，合并不会恢复它们，如需恢复请选择“替换”")
                    } else {
                        "已把备份合并进来".to_owned()
                    };
                    checklist
                        .workspace
                        .tell(format!("{how}（{}）。", file.name()), false);
                }
                Err(e) => checklist.alert.set(Some(Alert {
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
                <input type="radio" name="import-mode" data-testid="import-merge" prop:checked=move || !replace.get() on:change=move |_| replace.set(false)/>
                "合并（同一处以较晚的修改为准）"
            </label>
            <label class="check">
                <input type="radio" name="import-mode" data-testid="import-replace" prop:checked=move || replace.get() on:change=move |_| replace.set(true)/>
                "替换现有全部数据"
            </label>
        </div>
    }
}

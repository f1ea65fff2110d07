//! 文档库: every parsed document kept in this browser, with its progress (done of
//! total, how many overdue), to reopen, rename or delete (with undo, and from the bin
//! for good, which frees storage); the 到期 view across them; the backup of
//! everything; and how much of the storage is used.

use leptos::prelude::*;

use super::backup_controls::{ExportBackupButton, ImportBackup};
use super::browser;
use super::checklist_state::use_checklist;
use super::highlight::visible;
use crate::checklist::storage_format::NEARLY_FULL;
use crate::checklist::{DocEntry, DocKey};
use crate::decimal::fixed;

/// What the list shows of a document (not its text, which can be long).
#[derive(Clone, Debug, PartialEq)]
struct LibraryItem {
    key: DocKey,
    name: String,
    doc_number: Option<String>,
    added_at: f64,
    text: TextKept,
}

/// Whether the library holds a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TextKept {
    Stored,
    /// It did not fit in storage: the entry and the marks are kept, the text is to be
    /// pasted again.
    NotSaved,
}

impl LibraryItem {
    fn of(e: &DocEntry) -> Self {
        Self {
            key: e.key.clone(),
            name: e.display_name().to_owned(),
            doc_number: e.doc_number.clone(),
            added_at: e.added_at,
            text: if e.text_not_saved() {
                TextKept::NotSaved
            } else {
                TextKept::Stored
            },
        }
    }
}

/// "YYYY-MM-DD" of a time in ms, the local day (as the export file names use).
fn day_of(ms: f64) -> String {
    if ms <= 0.0 {
        return "日期不详".to_owned();
    }
    browser::local_day(ms)
}

#[component]
pub fn LibraryPanel() -> impl IntoView {
    let checklist = use_checklist();
    let docs = Memo::new(move |_| {
        checklist.state.with(|s| {
            s.documents()
                .into_iter()
                .map(LibraryItem::of)
                .collect::<Vec<_>>()
        })
    });
    let bin = Memo::new(move |_| {
        checklist.state.with(|s| {
            s.deleted_documents()
                .into_iter()
                .map(LibraryItem::of)
                .collect::<Vec<_>>()
        })
    });
    let last_deleted = RwSignal::new(None::<LibraryItem>);
    // The progress of each document, worked out while the panel is open.
    let open = RwSignal::new(false);
    let overdue = move || {
        checklist
            .overview
            .with(|all| all.iter().map(|d| d.overdue).sum::<usize>())
    };
    view! {
        <details class="library" data-testid="library" on:toggle=move |ev| {
            open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
        }>
            <summary>{move || format!("文档库与备份（{} 份文档）", docs.with(Vec::len))}</summary>
            <Show when=move || open.get() && docs.with(|d| !d.is_empty())>
                <p class="due-link">
                    <button type="button" data-testid="show-due" on:click=move |_| {
                        checklist.workspace.view.set(super::state::ViewMode::Due);
                    }>
                        {move || match overdue() {
                            0 => "查看到期任务（全部文档）".to_owned(),
                            n => format!("查看到期任务（全部文档，逾期 {n} 项）"),
                        }}
                    </button>
                </p>
            </Show>
            <ul class="library-list" aria-label="文档库">
                {move || docs.get().into_iter().map(|e| view! { <LibraryRow entry=e last_deleted open/> }).collect_view()}
            </ul>
            <Show when=move || docs.with(Vec::is_empty)>
                <p class="empty">"还没有保存的文档。粘贴或打开一份文件后，它会自动保存在这里。"</p>
            </Show>
            // Offered while the document is still in the bin (not after a restore, a
            // delete for good, or a backup replacing everything).
            {move || last_deleted.get().filter(|e| checklist.state.with(|s| {
                s.library.get(&e.key).is_some_and(|d| d.is_deleted() && !d.is_purged())
            })).map(|e| {
                let key = e.key.clone();
                view! {
                    <p class="undo" role="status" data-testid="undo-delete">
                        {format!("已删除《{}》。", e.name)}
                        <button type="button" on:click=move |_| {
                            checklist.restore(&key);
                            last_deleted.set(None);
                        }>"撤销"</button>
                    </p>
                }
            })}
            <Show when=move || bin.with(|b| !b.is_empty())>
                <details class="bin" data-testid="bin">
                    <summary>{move || format!("已删除（{}）", bin.with(Vec::len))}</summary>
                    <p class="hint">"已删除的文档仍占用本机存储，可以恢复；永久删除后，它的原文、勾选和备注都不再保存，空间随即释放。"</p>
                    <ul>
                        {move || bin.get().into_iter().map(|e| {
                            let (k1, k2) = (e.key.clone(), e.key.clone());
                            view! {
                                <li data-testid="deleted-doc">
                                    <span class="name">{visible(&e.name)}</span>
                                    <button type="button" on:click=move |_| checklist.restore(&k1)>"恢复"</button>
                                    <ConfirmButton
                                        label="永久删除"
                                        question=format!("永久删除《{}》？此操作无法撤销。", e.name)
                                        on_confirm=move || checklist.purge(Some(&k2))
                                    />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <ConfirmButton
                        label="清空已删除"
                        question="永久删除以上全部文档？此操作无法撤销。".to_owned()
                        on_confirm=move || checklist.purge(None)
                    />
                </details>
            </Show>
            <div class="backup" role="group" aria-label="备份">
                <ExportBackupButton/>
                <ImportBackup/>
            </div>
            <StorageMeter/>
        </details>
    }
}

#[component]
fn LibraryRow(
    entry: LibraryItem,
    last_deleted: RwSignal<Option<LibraryItem>>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let checklist = use_checklist();
    let key: DocKey = entry.key.clone();
    let progress = {
        let key = key.clone();
        move || {
            if !open.get() {
                return None;
            }
            checklist.overview.with(|all| {
                all.iter().find(|d| d.key == key).map(|d| {
                    let mut s = format!("已完成 {}", d.progress.label());
                    if d.overdue > 0 {
                        s.push_str(&format!(" · 逾期 {} 项", d.overdue));
                    }
                    (s, d.overdue > 0)
                })
            })
        }
    };
    let renaming = RwSignal::new(false);
    let is_current = {
        let key = key.clone();
        Memo::new(move |_| {
            checklist
                .state
                .with(|s| s.prefs.current.value.as_ref() == Some(&key))
        })
    };
    let name = entry.name.clone();
    let meta: Vec<String> = [
        entry.doc_number.clone(),
        Some(format!("加入于 {}", day_of(entry.added_at))),
    ]
    .into_iter()
    .flatten()
    .collect();
    let (k1, k2, k3) = (key.clone(), key.clone(), key.clone());
    let entry_for_undo = entry.clone();
    // The input goes away on save, and its blur then fires on a disposed row: only
    // `try_` access to the row's signals here.
    let save_name = move |value: String| {
        if renaming.try_get_untracked() == Some(true) {
            renaming.try_set(false);
            checklist.rename(&k3, value);
        }
    };
    view! {
        <li class="library-doc" class:current=move || is_current.get() data-testid="library-doc" data-key=key.to_string()>
            {
                let name = name.clone();
                move || if renaming.get() {
                    let save_name = save_name.clone();
                    let save_blur = save_name.clone();
                    view! {
                        <input
                            type="text"
                            class="rename"
                            data-testid="rename-input"
                            aria-label="新名称"
                            prop:value=name.clone()
                            on:keydown=move |ev| {
                                if ev.key() == "Enter" {
                                    save_name(event_target_value(&ev));
                                } else if ev.key() == "Escape" {
                                    // Cancels the rename only, not also the page's Esc
                                    // (which clears the filters).
                                    ev.stop_propagation();
                                    renaming.try_set(false);
                                }
                            }
                            on:blur=move |ev| save_blur(event_target_value(&ev))
                        />
                    }.into_any()
                } else {
                    view! { <span class="name" data-testid="doc-name">{visible(&name)}</span> }.into_any()
                }
            }
            <span class="meta">{meta.join(" · ")}</span>
            {move || progress().map(|(text, late)| view! {
                <span class="doc-progress" class:late=late data-testid="doc-progress">{text}</span>
            })}
            {(entry.text == TextKept::NotSaved).then(|| view! {
                <span class="badge text-not-saved" data-testid="text-not-saved" title="存储空间已满时没有保存原文；重新粘贴原文即可恢复">"原文未保存"</span>
            })}
            {move || is_current.get().then(|| view! { <span class="current-badge">"当前"</span> })}
            <span class="actions">
                <button type="button" on:click=move |_| checklist.open(&k1)>"打开"</button>
                <button type="button" on:click=move |_| renaming.set(true)>"重命名"</button>
                <button type="button" on:click=move |_| {
                    checklist.delete(&k2);
                    last_deleted.set(Some(entry_for_undo.clone()));
                }>"删除"</button>
            </span>
        </li>
    }
}

/// A button for an action that cannot be undone: the first click asks `question`
/// in place, with 确定 and 取消.
#[component]
fn ConfirmButton(
    label: &'static str,
    question: String,
    on_confirm: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    move || {
        if asking.get() {
            let on_confirm = on_confirm.clone();
            view! {
                <span class="confirm" role="alert">
                    {question.clone()}
                    <button type="button" class="danger" on:click=move |_| {
                        asking.try_set(false);
                        on_confirm();
                    }>"确定删除"</button>
                    <button type="button" on:click=move |_| asking.set(false)>"取消"</button>
                </span>
            }
            .into_any()
        } else {
            view! { <button type="button" on:click=move |_| asking.set(true)>{label}</button> }
                .into_any()
        }
    }
}

/// How much of this browser's storage for the page is used: by this app, and by the
/// whole site (which shares the quota).
#[component]
fn StorageMeter() -> impl IntoView {
    let checklist = use_checklist();
    move || {
        match checklist.usage.get() {
        Some(usage) => view! {
            <p class="storage-meter" data-testid="storage-meter" data-units=usage.units>
                "本机存储："
                <meter min="0" max="1" low="0.6" high=fixed(NEARLY_FULL, 2) optimum="0" value=fixed(usage.fraction().min(1.0), 4)></meter>
                " " {usage.label()}
            </p>
        }
        .into_any(),
        None => view! { <p class="storage-meter" data-testid="storage-meter">"本机存储不可用"</p> }.into_any(),
    }
    }
}

//! Messages about the user's own data: storage problems (with the backup at hand) and
//! what changed in a revised document.

use leptos::prelude::*;

use super::backup_controls::ExportBackupButton;
use super::checklist_state::use_checklist;
use crate::checklist::paste::RevisionReport;
use crate::checklist::TaskMark;

/// Storage full, damaged values recovered, storage unavailable, a refused import.
#[component]
pub fn StorageAlert() -> impl IntoView {
    let checklist = use_checklist();
    move || {
        checklist.alert.get().map(|alert| {
            view! {
                <div class="storage-alert" role="alert" data-testid="storage-alert">
                    <p>{alert.text}</p>
                    <div class="actions">
                        {alert.offer_backup.then(|| view! { <ExportBackupButton/> })}
                        <button type="button" on:click=move |_| checklist.alert.set(None)>"知道了"</button>
                    </div>
                </div>
            }
        })
    }
}

/// After revised documents were pasted (one paste may revise several): 新增, 删除,
/// 修改 and 编号变动 of each, for the user to check.
#[component]
pub fn RevisionNotice() -> impl IntoView {
    let checklist = use_checklist();
    move || {
        let reports = checklist.revision.get();
        (!reports.is_empty()).then(|| {
            view! {
                <section class="revision-report" data-testid="revision-report" aria-label="修订变化">
                    {reports.into_iter().map(|report| if report.kept_apart {
                        kept_apart(report).into_any()
                    } else { view! {
                        <div class="revision-doc" data-testid="revised-doc">
                            <h3>{format!("《{}》有新版本：{}。完成标记和备注已按任务带到新版本，请核对：", report.name, report.summary)}</h3>
                            {report.replaced.then(|| view! {
                                <p class="hint">"旧版本已移到文档库的“已删除”中，需要时可以恢复。"</p>
                            })}
                            {report.items.iter().any(|c| c.mark.is_some()).then(|| view! {
                                <p class="hint">"删除的任务上的完成标记和备注不会带到新版本，下面列出，便于转记或核对。"</p>
                            })}
                            <ul>
                                {report.items.into_iter().map(|c| view! {
                                    <li class=format!("change change-{}", c.kind.css_class()) data-testid="change">
                                        <span class="kind">{c.kind.label()}</span>
                                        <span class="text">{c.text}</span>
                                        {(!c.detail.is_empty()).then(|| view! { <span class="detail">{c.detail}</span> })}
                                        {c.mark.map(removed_mark)}
                                    </li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }.into_any() }).collect_view()}
                    <button type="button" on:click=move |_| checklist.revision.set(Vec::new())>"知道了"</button>
                </section>
            }
        })
    }
}

/// What the user had put on a task the revision removed: done, due date, note.
fn removed_mark(m: TaskMark) -> impl IntoView {
    view! {
        <span class="removed-mark" data-testid="removed-mark">
            {m.done.value.then_some("已完成")}
            {m.due.value.map(|d| format!("我的期限：{d}"))}
            {(!m.note.value.is_empty()).then(|| view! {
                <span class="note-text" data-testid="removed-note">{format!("备注：{}", m.note.value)}</span>
            })}
        </span>
    }
}

/// A paste under the key of a library document, with other tasks: kept as a new
/// document, the old one in the bin.
fn kept_apart(report: RevisionReport) -> impl IntoView {
    let same = if report.name == report.new_name {
        format!("《{}》与文档库中的同名文档", report.new_name)
    } else {
        format!(
            "《{}》与文档库中的《{}》标题相同，但",
            report.new_name, report.name
        )
    };
    view! {
        <div class="revision-doc kept-apart" data-testid="kept-apart-doc">
            <h3>{format!("{same}内容不同（{}），已作为新文档保存，没有带入完成标记和备注。", report.summary)}</h3>
            <p class="hint">{format!("原来的《{}》连同它的完成标记和备注已移到文档库的“已删除”中，需要时可以恢复。", report.name)}</p>
        </div>
    }
}

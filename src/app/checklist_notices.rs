//! Messages about the user's own data: storage problems (with the backup at hand) and
//! what changed in a revised document.

use leptos::prelude::*;

use super::backup_controls::ExportBackupButton;
use super::checklist_state::use_checklist;
use crate::checklist::paste::RevisionReport;

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
                            <ul>
                                {report.items.into_iter().map(|(kind, text, detail)| view! {
                                    <li class=format!("change change-{}", match kind { "新增" => "added", "删除" => "removed", "编号变动" => "renumbered", _ => "modified" })
                                        data-testid="change">
                                        <span class="kind">{kind}</span>
                                        <span class="text">{text}</span>
                                        {(!detail.is_empty()).then(|| view! { <span class="detail">{detail}</span> })}
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

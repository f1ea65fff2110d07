//! The line under the paste area: what was recognised, and what was left out and why.

use leptos::prelude::*;

use super::progress_bar::DocProgress;
use super::state::use_workspace;
use super::state::Parsed;
use crate::parser::Document;

#[component]
pub fn Summary() -> impl IntoView {
    let workspace = use_workspace();
    let show_ignored = RwSignal::new(false);
    let parsed = workspace.parsed;
    view! {
        <section class="summary" aria-live="polite" data-testid="summary">
            {move || parsed.with(|p| p.outline.documents.iter().enumerate().map(|(d, doc)| document_line(d, doc)).collect_view())}
            <button
                class="link"
                data-testid="toggle-ignored"
                aria-expanded=move || show_ignored.get().to_string()
                on:click=move |_| show_ignored.update(|v| *v = !*v)
            >
                {move || format!("已忽略 {} 行（点击查看原因）", parsed.with(|p| p.outline.ignored.len()))}
            </button>
            <Show when=move || show_ignored.get()>
                <IgnoredList parsed=parsed/>
            </Show>
        </section>
    }
}

fn document_line(d: usize, doc: &Document) -> impl IntoView {
    let sections = doc.nodes.len();
    let tasks = doc.tasks().count();
    let mut units = std::collections::BTreeSet::new();
    let mut leaders = std::collections::BTreeSet::new();
    for task in doc.tasks() {
        units.extend(
            task.lead_units
                .iter()
                .chain(&task.coop_units)
                .map(|u| u.key.clone()),
        );
        leaders.extend(task.leaders.iter().map(|l| l.name.clone()));
    }
    let meta: Vec<String> = [doc.doc_number.clone(), doc.date.clone()]
        .into_iter()
        .flatten()
        .collect();
    view! {
        <p class="document-line">
            <strong>{doc.title.clone().unwrap_or_else(|| "(未识别标题)".to_owned())}</strong>
            <span class="meta">{meta.join(" · ")}</span>
            <span class="counts">
                {format!("{sections} 个部分 · {tasks} 项任务 · {} 个单位 · {} 位领导", units.len(), leaders.len())}
            </span>
            <DocProgress d/>
        </p>
    }
}

#[component]
fn IgnoredList(parsed: Memo<Parsed>) -> impl IntoView {
    view! {
        <ol class="ignored-list" data-testid="ignored-list">
            {move || {
                parsed
                    .with(|p| {
                        p.outline
                            .ignored
                            .iter()
                            .map(|line| {
                                view! {
                                    <li>
                                        <span class="line-no">{format!("第{}行", line.line)}</span>
                                        <span class="reason">{line.reason.clone()}</span>
                                        <span class="text">{line.text.clone()}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    })
            }}
        </ol>
    }
}

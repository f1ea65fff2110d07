//! Done out of total, as text and a bar: on sections, units and documents.

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use crate::checklist::Progress;

#[component]
pub fn ProgressBar(#[prop(into)] progress: Signal<Progress>) -> impl IntoView {
    view! {
        <span
            class="progress"
            class:complete=move || progress.with(|p| p.total > 0 && p.done == p.total)
            data-testid="progress"
            role="progressbar"
            aria-valuemin="0"
            aria-valuemax=move || progress.with(|p| p.total)
            aria-valuenow=move || progress.with(|p| p.done)
            aria-label="完成进度"
        >
            <span class="progress-track"><span class="progress-fill" style=move || format!("width: {}%", progress.with(|p| p.percent()))></span></span>
            <span class="progress-label">{move || format!("已完成 {}", progress.with(|p| p.label()))}</span>
        </span>
    }
}

/// Progress of the tasks under section node `i`.
#[component]
pub fn SectionProgress(i: usize) -> impl IntoView {
    let checklist = use_checklist();
    let tasks: Vec<usize> = checklist.workspace.parsed.with_untracked(|p| {
        let end = p.index.nodes().get(i).map_or(i, |n| n.subtree_end);
        (i + 1..end)
            .filter(|&j| p.index.node(j).is_task())
            .collect()
    });
    (!tasks.is_empty()).then(
        || view! { <ProgressBar progress=Signal::derive(move || checklist.progress_of(&tasks))/> },
    )
}

/// Progress of a unit's tasks (lead and cooperating).
#[component]
pub fn UnitProgress(key: String) -> impl IntoView {
    let checklist = use_checklist();
    let progress = Signal::derive(move || {
        let tasks = checklist
            .keys
            .with(|k| k.unit_tasks.get(&key).cloned().unwrap_or_default());
        checklist.progress_of(&tasks)
    });
    view! { <ProgressBar progress/> }
}

/// Progress of document `d` of the current paste.
#[component]
pub fn DocProgress(d: usize) -> impl IntoView {
    let checklist = use_checklist();
    let progress = Signal::derive(move || {
        let tasks = checklist
            .keys
            .with(|k| k.doc_tasks.get(d).cloned().unwrap_or_default());
        checklist.progress_of(&tasks)
    });
    view! { <ProgressBar progress/> }
}

//! The line under the paste area: what was recognised, and what was left out and why.

use std::collections::HashSet;

use leptos::prelude::*;

use super::highlight::visible;
use wasm_bindgen::JsCast;

use super::progress_bar::DocProgress;
use super::state::use_workspace;
use super::state::Parsed;
use crate::parser::{Document, NodeKind};

/// Documents listed at first: a paste of hundreds of documents (a yearly bundle) lists
/// the others on demand, so that showing it does not hold the page.
const DOCUMENT_LINES: usize = 20;

#[component]
pub fn Summary() -> impl IntoView {
    let workspace = use_workspace();
    let show_ignored = RwSignal::new(false);
    let show_warnings = RwSignal::new(false);
    let show_all_documents = RwSignal::new(false);
    let parsed = workspace.parsed;
    let ignored = move || parsed.with(|p| p.outline.ignored.len());
    let warnings = move || parsed.with(|p| p.outline.warnings.len());
    // Nothing to say of an empty page (every document deleted) or of a text in which
    // no document was found.
    let listed = |doc: &&Document| doc.title.is_some() || !doc.nodes.is_empty();
    let more_documents = move || {
        parsed
            .with(|p| p.outline.documents.iter().filter(listed).count())
            .saturating_sub(DOCUMENT_LINES)
    };
    view! {
        <section class="summary" aria-live="polite" data-testid="summary">
            {move || {
                let all = show_all_documents.get();
                parsed.with(|p| p.outline.documents.iter().enumerate()
                    .filter(|(_, doc)| listed(doc))
                    .take(if all { usize::MAX } else { DOCUMENT_LINES })
                    .map(|(d, doc)| document_line(d, doc)).collect_view())
            }}
            <Show when=move || { more_documents() > 0 }>
                <p class="document-line">
                    <button
                        class="link"
                        data-testid="toggle-documents"
                        aria-expanded=move || show_all_documents.get().to_string()
                        on:click=move |_| show_all_documents.update(|v| *v = !*v)
                    >
                        {move || if show_all_documents.get() {
                            format!("只列出前 {DOCUMENT_LINES} 份文档")
                        } else {
                            format!("另有 {} 份文档（点击列出）", more_documents())
                        }}
                    </button>
                </p>
            </Show>
            <ListToggle testid="toggle-ignored" open=show_ignored count=ignored
                label=|n| format!("已忽略 {n} 行（点击查看原因）")/>
            <ListToggle testid="toggle-warnings" open=show_warnings count=warnings
                label=|n| format!("检查提示 {n} 条（点击查看）")/>
            <Show when=move || { show_ignored.get() && ignored() > 0 }>
                <IgnoredList parsed=parsed/>
            </Show>
            <Show when=move || { show_warnings.get() && warnings() > 0 }>
                <WarningList parsed=parsed/>
            </Show>
        </section>
    }
}

fn document_line(d: usize, doc: &Document) -> impl IntoView {
    // Top-level sections: a list of tasks without headings has none.
    let sections = doc
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section)
        .count();
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
            <strong>{doc.title.as_deref().map_or_else(|| "(未识别标题)".to_owned(), visible)}</strong>
            <span class="meta">{meta.join(" · ")}</span>
            <span class="counts">
                {format!(
                    "{}{tasks} 项任务 · {} 个单位 · {} 位领导",
                    if sections > 0 { format!("{sections} 个部分 · ") } else { String::new() },
                    units.len(),
                    leaders.len()
                )}
            </span>
            <DocProgress d/>
        </p>
    }
}

/// The button that opens or closes a list of the summary, shown only when the list
/// has something (`count`).
#[component]
fn ListToggle(
    testid: &'static str,
    open: RwSignal<bool>,
    count: impl Fn() -> usize + Copy + Send + Sync + 'static,
    label: fn(usize) -> String,
) -> impl IntoView {
    view! {
        <Show when=move || { count() > 0 }>
            <button
                class="link"
                data-testid=testid
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|v| *v = !*v)
            >
                {move || label(count())}
            </button>
        </Show>
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

/// The parser's remarks for whoever checks the document (编号重复, 未写明责任单位, ...).
/// A remark on the line of a section or task is a button that focuses its row when the
/// row is on screen (rows are rendered a window at a time).
#[component]
fn WarningList(parsed: Memo<Parsed>) -> impl IntoView {
    view! {
        <ol class="warning-list" data-testid="warning-list">
            {move || {
                parsed
                    .with(|p| {
                        let row_lines: HashSet<usize> =
                            p.index.nodes().iter().map(|n| n.line).collect();
                        p.outline
                            .warnings
                            .iter()
                            .map(|warning| {
                                let line = warning.line;
                                let line_no = format!("第{line}行");
                                let has_row = row_lines.contains(&line);
                                let line_no = if has_row {
                                    view! {
                                        <button
                                            class="link line-no"
                                            title="转到该行"
                                            on:click=move |_| focus_row(line)
                                        >
                                            {line_no}
                                        </button>
                                    }
                                        .into_any()
                                } else {
                                    view! { <span class="line-no">{line_no}</span> }.into_any()
                                };
                                view! {
                                    <li data-warning-line=line>
                                        {line_no}
                                        <span class="message">{warning.message.clone()}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    })
            }}
        </ol>
    }
}

/// Scrolls to and focuses the outline row of input line `line`, if it is rendered.
fn focus_row(line: usize) {
    let row = window()
        .document()
        .and_then(|d| {
            d.query_selector(&format!("[data-row][data-line=\"{line}\"]"))
                .ok()
        })
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(row) = row {
        let _ = row.focus();
    }
}

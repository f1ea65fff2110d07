//! The line under the paste area: what was recognised, and what was left out and why;
//! that a sample is a sample (kept only once used, or with 保存), and that a document
//! names no unit.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::highlight::visible;
use wasm_bindgen::JsCast;

use super::progress_bar::DocProgress;
use super::state::use_workspace;
use super::state::Parsed;
use crate::parser::{Document, NodeKind, Warning};

/// The 检查提示 of a document in which no unit was found: the parser says nothing of it
/// (no task lacks what none has), and the unit chart and list are empty.
pub const NO_UNITS: &str =
    "全文没有识别出任何责任单位（牵头单位、配合单位），所以单位图表和单位列表是空的。\
请核对原文是否写明了责任单位；如果写了，可以在任务上点“修正”添加。";

/// The parser's 检查提示, and this page's own: a document with tasks but no unit.
pub fn notes(p: &Parsed) -> Vec<Warning> {
    let mut out = p.outline.warnings.clone();
    for doc in &p.outline.documents {
        let mut tasks = doc.tasks().peekable();
        let first = tasks.peek().map(|t| t.line);
        let no_units = doc
            .tasks()
            .all(|t| t.lead_units.is_empty() && t.coop_units.is_empty());
        if let (Some(line), true) = (first, no_units) {
            // In line order, as the parser's are.
            let at = out.partition_point(|w| w.line <= line);
            out.insert(
                at,
                Warning {
                    line,
                    message: NO_UNITS.to_owned(),
                },
            );
        }
    }
    out
}

/// How many [`notes`] `p` has, without building them.
fn notes_count(p: &Parsed) -> usize {
    let no_units = p.outline.documents.iter().filter(|d| {
        d.tasks().next().is_some()
            && d.tasks()
                .all(|t| t.lead_units.is_empty() && t.coop_units.is_empty())
    });
    p.outline.warnings.len() + no_units.count()
}

/// Opens the 检查提示 and brings them into view.
pub fn show_notes(workspace: super::state::Workspace) {
    workspace.warnings_open.set(true);
    request_animation_frame(|| {
        if let Some(el) = window()
            .document()
            .and_then(|d| d.query_selector("[data-testid=summary]").ok().flatten())
        {
            el.scroll_into_view();
        }
    });
}

/// Documents listed at first: a paste of hundreds of documents (a yearly bundle) lists
/// the others on demand, so that showing it does not hold the page.
const DOCUMENT_LINES: usize = 20;

#[component]
pub fn Summary() -> impl IntoView {
    let workspace = use_workspace();
    let show_ignored = RwSignal::new(false);
    let show_warnings = workspace.warnings_open;
    let show_all_documents = RwSignal::new(false);
    let parsed = workspace.parsed;
    let notes = move || parsed.with(|p| Arc::new(notes(p)));
    let ignored = move || parsed.with(|p| p.outline.ignored.len());
    let warnings = move || parsed.with(notes_count);
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
            <SampleNote/>
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
                <WarningList parsed=parsed notes=notes/>
            </Show>
        </section>
    }
}

/// "示例": the text on screen is a sample, not kept in the library until used.
#[component]
fn SampleNote() -> impl IntoView {
    let checklist = use_checklist();
    let workspace = checklist.workspace;
    // A sample, some document of which is not in the library.
    let unsaved = move || {
        workspace.sample.get().is_some()
            && checklist.keys.with(|k| {
                checklist.state.with(|s| {
                    k.docs
                        .iter()
                        .any(|d| s.library.get(d).is_none_or(|e| e.is_deleted()))
                })
            })
    };
    view! {
        <Show when=unsaved>
            <p class="sample-note" data-testid="sample-note">
                <span class="badge sample">"示例"</span>
                "这是示例文档，不会保存到文档库；在其中勾选、备注或修正后会自动保存，也可以"
                <button type="button" data-testid="save-sample" on:click=move |_| checklist.save_shown()>"保存"</button>
                "。"
            </p>
        </Show>
    }
}

/// Said where the unit chart and list would be, for a document that names no unit.
#[component]
pub fn NoUnits() -> impl IntoView {
    let workspace = use_workspace();
    view! {
        <p class="no-units" data-testid="no-units">
            "这份文件中没有识别出任何责任单位（牵头单位、配合单位），所以这里没有单位图表和单位列表。请看"
            <button type="button" class="link" data-testid="show-notes" on:click=move |_| show_notes(workspace)>"检查提示"</button>
            "；如果原文写明了责任单位，可以在任务上点“修正”添加。"
        </p>
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
    // Only counted, so a HashSet (a type the page has anyway) rather than a BTreeSet.
    let mut units = std::collections::HashSet::new();
    let mut leaders = std::collections::HashSet::new();
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
    let no_units = tasks > 0 && units.is_empty();
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
            {(tasks == 0).then(|| view! {
                <span class="no-tasks" data-testid="no-tasks">
                    {if doc.nodes.is_empty() {
                        // A notice that carries a plan, pasted without the plan.
                        "未发现任务分工：粘贴的文字里没有任务清单（若这是一份印发通知，请粘贴它所附的清单或表格）。"
                    } else {
                        "未发现任务分工：这份文件没有列出由谁负责的任务，下面只显示它的章节。"
                    }}
                </span>
            })}
        </p>
        {no_units.then(|| view! { <NoUnits/> })}
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
fn WarningList(
    parsed: Memo<Parsed>,
    notes: impl Fn() -> Arc<Vec<Warning>> + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <ol class="warning-list" data-testid="warning-list">
            {move || {
                let notes = notes();
                parsed
                    .with(|p| {
                        let row_lines: HashSet<usize> =
                            p.index.nodes().iter().map(|n| n.line).collect();
                        notes
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

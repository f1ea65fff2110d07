//! The outline: sections and tasks numbered as in the source, with who does what.
//!
//! Rows are rendered flat (indented by depth) and in windows ([`super::window`]).

use std::sync::Arc;

use leptos::prelude::*;

use super::chips::Duties;
use super::fix_editor::{CorrectedMark, FixEditor, FixToggle};
use super::highlight::visible;
use super::progress_bar::SectionProgress;
use super::row_text::RowTextView;
use super::state::use_workspace;
use super::task_marks::TaskMarks;
use super::window::{Rows, WindowedRows};

/// One row of the outline list.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Row {
    /// The title line of document `d` (when a paste holds several).
    Document(usize),
    Node(usize),
}

#[component]
pub fn OutlineView() -> impl IntoView {
    let workspace = use_workspace();
    let shown = workspace.shown;
    let collapsed = workspace.collapsed;
    // The rows to show, in order: matches and their ancestors, minus folded subtrees.
    let rows = Memo::new(move |_| {
        let shown = shown.get();
        let index = &shown.parsed.index;
        let docs = shown.parsed.outline.documents.len();
        let collapsed = collapsed.read();
        let mut rows = Vec::new();
        let mut current_doc = usize::MAX;
        let mut i = 0;
        while i < index.len() {
            let node = index.node(i);
            if !shown.matches.visible[i] {
                i += 1;
                continue;
            }
            if node.doc != current_doc {
                current_doc = node.doc;
                if docs > 1 {
                    rows.push(Row::Document(node.doc));
                }
            }
            rows.push(Row::Node(i));
            i = if collapsed.contains(&i) {
                node.subtree_end
            } else {
                i + 1
            };
        }
        // Which parse and which filter result the rows are of (folding keeps both).
        let of = (shown.parsed.revision, Arc::as_ptr(&shown.matches) as usize);
        Rows { of, rows }
    });
    view! {
        <section class="outline" aria-label="任务大纲" data-testid="outline">
            <div class="outline-tools">
                <button on:click=move |_| collapsed.set(Default::default())>"全部展开"</button>
                <button on:click=move |_| {
                    let shown = shown.get_untracked();
                    let index = &shown.parsed.index;
                    collapsed.set((0..index.len()).filter(|&i| !index.node(i).children.is_empty()).collect());
                }>"全部折叠"</button>
            </div>
            <ol class="rows">
                <WindowedRows rows row=|row| match row {
                    Row::Document(d) => view! { <DocumentRow d/> }.into_any(),
                    Row::Node(i) => view! { <NodeRow i/> }.into_any(),
                }/>
            </ol>
            <Show when=move || rows.with(|r| r.rows.is_empty())>
                <p class="empty" data-testid="outline-empty">
                    {move || {
                        // The document reopened on start-up, before its outline comes
                        // back from the parse worker: not "nothing found".
                        if workspace.busy.get() {
                            "正在解析……"
                        } else if workspace.source.with(|s| s.trim().is_empty()) {
                            "还没有文档：请在上方粘贴文件全文，或选一个示例。"
                        } else if workspace.filter.with(|f| f.is_empty()) {
                            "没有识别出任务。请粘贴文件全文，或看看上方“已忽略”的行。"
                        } else {
                            "没有符合筛选条件的任务。"
                        }
                    }}
                </p>
            </Show>
        </section>
    }
}

#[component]
fn DocumentRow(d: usize) -> impl IntoView {
    let workspace = use_workspace();
    let title = workspace.parsed.with_untracked(|p| {
        p.outline
            .documents
            .get(d)
            .and_then(|doc| doc.title.as_deref().map(visible))
            .unwrap_or_else(|| "（未识别标题）".into())
    });
    view! { <li class="document-row"><h2>{title}</h2></li> }
}

#[component]
fn NodeRow(i: usize) -> impl IntoView {
    let workspace = use_workspace();
    let parsed = workspace.parsed.get_untracked();
    let node = parsed.index.node(i).clone();
    let is_task = node.is_task();
    let has_children = !node.children.is_empty();
    let collapsed = workspace.collapsed;
    let folded = move || collapsed.with(|c| c.contains(&i));
    let context_only = move || {
        workspace
            .shown
            .with(|s| !s.matches.matched.get(i).copied().unwrap_or(false))
    };
    let filtering = move || workspace.filter.with(|f| !f.is_empty());
    let key = parsed
        .node_key(i)
        .map(ToString::to_string)
        .unwrap_or_default();
    let fixing = RwSignal::new(false);
    view! {
        <li
            class=if is_task { "row task" } else { "row section" }
            class:context=move || filtering() && context_only()
            style=format!("--depth: {}", node.depth)
            data-row=i
            data-key=key
            data-line=node.line
            data-testid=if is_task { "task" } else { "section" }
            tabindex="-1"
        >
            <div class="node-head">
                {has_children.then(|| view! {
                    <button
                        class="fold rove"
                        tabindex="0"
                        aria-expanded=move || (!folded()).to_string()
                        aria-label=move || if folded() { "展开" } else { "折叠" }
                        on:click=move |_| collapsed.update(|c| {
                            if !c.remove(&i) {
                                c.insert(i);
                            }
                        })
                    >
                        {move || if folded() { "▸" } else { "▾" }}
                    </button>
                })}
                <span class="number">{node.number.clone().unwrap_or_default()}</span>
                <span class="text"><RowTextView text=node.text.clone()/></span>
                <CorrectedMark i/>
                {(!is_task).then(|| view! { <SectionProgress i/> })}
                {(!is_task).then(|| view! { <FixToggle open=fixing tab_stop=!has_children/> })}
            </div>
            {(!node.body.is_empty()).then(|| view! {
                <p class="body" data-testid="body"><RowTextView text=node.body.clone()/></p>
            })}
            {is_task.then(|| view! { <Duties i/> })}
            {is_task.then(|| view! { <TaskMarks i fixing/> })}
            <FixEditor i open=fixing/>
        </li>
    }
}

//! The outline: sections and tasks numbered as in the source, with who does what.
//!
//! Rows are rendered flat (indented by depth) and in windows: a screenful shows at once
//! and more rows are added, a frame later, whenever the end of the list comes within a
//! screen of the viewport (on a tall screen, while scrolling, when j/k reaches the last
//! row). A document of thousands of tasks appears, and answers each keystroke in the
//! search box, as fast as a short one.

use std::sync::Arc;

use leptos::html::Li;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

use super::chips::Duties;
use super::highlight::Highlighted;
use super::progress_bar::SectionProgress;
use super::state::use_workspace;
use super::task_marks::TaskMarks;

/// Rows rendered at first, and added each time the end of the list nears the screen:
/// 16 task rows (86–140 px each on a laptop) fill two screens of 768 px.
const WINDOW: usize = 16;

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
        (of, rows)
    });
    // How many rows are shown, and of which rows: a new parse or filter starts again
    // from the top window in the same render (not one render later, after the old
    // window); folding a section keeps the window.
    let window = RwSignal::new(((u64::MAX, 0), WINDOW));
    let size_for = |of, &(k, n): &((u64, usize), usize)| if k == of { n } else { WINDOW };
    let limit = move || {
        let of = rows.with(|(of, _)| *of);
        window.with(|w| size_for(of, w))
    };
    let grow = move |by: usize| {
        let of = rows.with_untracked(|(of, _)| *of);
        let now = window.with_untracked(|w| size_for(of, w));
        // try_: an observer report may arrive just after the outline is gone.
        let _ = window.try_set((of, now + by));
    };
    let more = move || rows.with(|(_, r)| r.len().saturating_sub(limit()));
    let sentinel = NodeRef::<Li>::new();
    grow_near_end(sentinel, more, grow);
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
                <For
                    each=move || {
                        rows.with(|((rev, _), r)| {
                            r.iter().take(limit()).map(|row| (*rev, *row)).collect::<Vec<_>>()
                        })
                    }
                    key=|key| *key
                    children=move |(_, row)| match row {
                        Row::Document(d) => view! { <DocumentRow d/> }.into_any(),
                        Row::Node(i) => view! { <NodeRow i/> }.into_any(),
                    }
                />
                <Show when=move || { more() > 0 }>
                    <li class="more" node_ref=sentinel>
                        <button on:click=move |_| { grow(WINDOW * 4); }>
                            {move || format!("显示更多（还有 {} 行）", more())}
                        </button>
                    </li>
                </Show>
            </ol>
            <Show when=move || rows.with(|(_, r)| r.is_empty())>
                <p class="empty" data-testid="outline-empty">
                    {move || {
                        if workspace.filter.with(|f| f.is_empty()) {
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

/// Calls `grow(WINDOW)` whenever `sentinel` (the row after the last one shown) is less
/// than a screen height below the viewport. The observer reports after the frame is
/// painted, so the rows added never delay what the user just did. Observing again after
/// every change of the list (`more`) yields a fresh report, so a tall screen fills up
/// frame by frame and a list cut back by a new filter grows again if it must.
fn grow_near_end(
    sentinel: NodeRef<Li>,
    more: impl Fn() -> usize + 'static,
    grow: impl Fn(usize) + 'static,
) {
    let on_report = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries
            .iter()
            .map(IntersectionObserverEntry::unchecked_from_js)
            .any(|entry| entry.is_intersecting());
        if near {
            grow(WINDOW);
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin("0px 0px 100% 0px");
    let Ok(observer) =
        IntersectionObserver::new_with_options(on_report.as_ref().unchecked_ref(), &options)
    else {
        return; // No observer (very old browser): the "显示更多" button still works.
    };
    let held = StoredValue::new_local(Observer {
        observer,
        _on_report: on_report,
    });
    Effect::new(move |_| {
        more();
        if let Some(el) = sentinel.get() {
            held.with_value(|o| {
                o.observer.disconnect();
                o.observer.observe(&el);
            });
        }
    });
}

/// Stops observing when the outline is left (the owner drops it).
struct Observer {
    observer: IntersectionObserver,
    _on_report: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[component]
fn DocumentRow(d: usize) -> impl IntoView {
    let workspace = use_workspace();
    let title = workspace.parsed.with_untracked(|p| {
        p.outline
            .documents
            .get(d)
            .and_then(|doc| doc.title.clone())
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
    view! {
        <li
            class=if is_task { "row task" } else { "row section" }
            class:context=move || filtering() && context_only()
            style=format!("--depth: {}", node.depth)
            data-row=i
            data-line=node.line
            data-testid=if is_task { "task" } else { "section" }
            tabindex="-1"
        >
            <div class="node-head">
                {has_children.then(|| view! {
                    <button
                        class="fold"
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
                <span class="text"><Highlighted text=node.text.clone()/></span>
                {(!is_task).then(|| view! { <SectionProgress i/> })}
            </div>
            {(!node.body.is_empty()).then(|| view! {
                <p class="body" data-testid="body"><Highlighted text=node.body.clone()/></p>
            })}
            {is_task.then(|| view! { <Duties node=node.clone()/> })}
            {is_task.then(|| view! { <TaskMarks i/> })}
        </li>
    }
}

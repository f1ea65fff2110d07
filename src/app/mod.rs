//! The Leptos UI. Components are named after what the user sees; the state they share
//! is [`state::Workspace`], provided as context. `main.rs` only mounts [`App`].

mod backup_controls;
mod browser;
mod checklist_notices;
mod checklist_state;
mod chips;
pub mod crash;
mod document_worker;
mod due_line;
mod due_view;
mod export_menu;
mod export_worker;
mod filter_bar;
mod fix_editor;
mod highlight;
mod keyboard;
mod leader_panel;
mod library_panel;
mod light_summary;
mod local_file_notice;
mod my_units;
mod outline_view;
mod parse_worker;
mod paste_box;
mod persist;
mod progress_bar;
mod row_text;
pub mod samples;
mod state;
mod summary;
mod task_list;
mod task_marks;
mod task_progress;
mod unit_chart;
mod unit_merge;
mod unit_panel;
mod url_state;
mod window;

use leptos::prelude::*;

use crate::checklist::storage_format::text_not_saved_notice;
use checklist_notices::{RevisionNotice, StorageAlert};
use checklist_state::Checklist;
use filter_bar::FilterBar;
use leader_panel::LeaderPanel;
use library_panel::LibraryPanel;
use outline_view::OutlineView;
use paste_box::PasteBox;
use state::{use_workspace, ViewMode, Workspace};
use summary::Summary;
use unit_panel::UnitPanel;

#[component]
pub fn App() -> impl IntoView {
    // The user's data first: the document open last comes back instead of the sample.
    let boot = persist::open();
    let reopened = boot
        .state
        .current()
        .or_else(|| boot.state.documents().first().copied())
        .map(|e| e.source.value.to_string())
        .filter(|text| !text.is_empty());
    let auto_sample = reopened.is_none();
    // The sample greets a first visit only: someone who has deleted every document
    // (the sample among them, in the bin) gets an empty page, as right after the delete.
    let first_visit = boot.state.library.is_empty();
    // The first-visit sample is fetched (as the others are) once the page is up.
    let initial = reopened.unwrap_or_default();
    // A reopened text is the whole paste of that document: the documents of it that the
    // user deleted stay off screen, as when it is opened with 打开.
    let hidden = if auto_sample {
        Default::default()
    } else {
        checklist_state::deleted_keys(&boot.state)
    };
    let workspace = Workspace::new(&initial, hidden, &url_state::current_query());
    // The document open last, whose text did not fit in storage: say so, and how to
    // get it back, rather than show an empty page without a word.
    if let Some(e) = boot.state.current().filter(|e| e.text_not_saved()) {
        workspace.tell(text_not_saved_notice(e.display_name()), true);
    }
    // A link from someone else, opened where their document is not: the link holds
    // the filter only (documents never go into links).
    let link_notice = (auto_sample && !workspace.filter.with_untracked(|f| f.is_empty()))
        .then_some(move |shown: &str| {
            workspace.tell(
                format!("这个链接只带有筛选条件，不含文件本身（文件从不放进链接）。{shown}请粘贴或打开那份文件，筛选条件会保留。"),
                false,
            )
        });
    if first_visit && auto_sample {
        workspace.sample_coming.set(true);
        leptos::task::spawn_local(async move {
            match samples::first_visit_text().await {
                Ok(text) => {
                    let shown = workspace.open_first_visit_sample(samples::FIRST_VISIT_ID, text);
                    if let Some(tell) = link_notice {
                        tell(if shown {
                            "下面是示例文档；"
                        } else {
                            ""
                        });
                    }
                }
                Err(message) => {
                    workspace.sample_coming.set(false);
                    workspace.tell(message, true);
                }
            }
        });
    } else if let Some(tell) = link_notice {
        tell("");
    }
    provide_context(workspace);
    provide_context(Checklist::new(workspace, boot, auto_sample));
    url_state::mirror_in_url(workspace);
    keyboard::install(workspace);
    if crash::selftest_panic_requested() {
        Effect::new(|| panic!("selftest=panic: the crash screen was asked for"));
    }
    view! {
        <header class="app-header">
            <h1>"督办清单"</h1>
            <p class="tagline">"粘贴工作要点、责任分解等文件，看清每项任务由谁牵头、谁配合、何时完成。文件只在本机浏览器中处理，不会上传。"</p>
        </header>
        <main>
            <fix_editor::FixSuggestions/>
            <StorageAlert/>
            <local_file_notice::LocalFileNotice empty_library=first_visit/>
            <PasteBox/>
            <LibraryPanel/>
            <Summary/>
            <due_line::DueLine/>
            <RevisionNotice/>
            // The filters and exports are the document's; 到期 is across documents.
            <Show when=move || workspace.view.get() != ViewMode::Due>
                <FilterBar/>
                // The heading first: on paper it stands above the ledger the menu prints.
                <PrintHeading/>
                <export_menu::ExportMenu/>
            </Show>
            <ViewTabs/>
            <div
                id="view-panel"
                role="tabpanel"
                aria-labelledby=move || format!("tab-{}", workspace.view.get().as_query())
            >
                {move || match workspace.view.get() {
                    ViewMode::Outline => view! { <OutlineView/> }.into_any(),
                    ViewMode::Units => view! { <UnitPanel/> }.into_any(),
                    ViewMode::Leaders => view! { <LeaderPanel/> }.into_any(),
                    ViewMode::Due => view! { <due_view::DueView/> }.into_any(),
                }}
            </div>
        </main>
    }
}

/// The views, in the order of their tabs.
const VIEWS: [(ViewMode, &str); 4] = [
    (ViewMode::Outline, "大纲"),
    (ViewMode::Units, "按单位"),
    (ViewMode::Leaders, "按领导"),
    (ViewMode::Due, "到期"),
];

/// The view tabs, as the ARIA tabs pattern has them: one tab stop (the tab selected),
/// ← and → (Home, End) choose the previous or next view and focus its tab.
#[component]
fn ViewTabs() -> impl IntoView {
    let view_mode = use_workspace().view;
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let at = VIEWS
            .iter()
            .position(|(m, _)| *m == view_mode.get_untracked())
            .unwrap_or(0);
        let last = VIEWS.len() - 1;
        let to = match ev.key().as_str() {
            "ArrowRight" => (at + 1) % VIEWS.len(),
            "ArrowLeft" => (at + last) % VIEWS.len(),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        // Not also the page's ← →, which move in a row.
        ev.stop_propagation();
        let mode = VIEWS[to].0;
        view_mode.set(mode);
        request_animation_frame(move || {
            if let Some(tab) = window()
                .document()
                .and_then(|d| d.get_element_by_id(&format!("tab-{}", mode.as_query())))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = tab.focus();
            }
        });
    };
    view! {
        <nav class="view-tabs" role="tablist" aria-label="视图" on:keydown=on_key>
            {VIEWS.map(|(mode, label)| view! {
                <button
                    role="tab"
                    id=format!("tab-{}", mode.as_query())
                    aria-controls="view-panel"
                    data-view=mode.as_query()
                    tabindex=move || if view_mode.get() == mode { "0" } else { "-1" }
                    aria-selected=move || (view_mode.get() == mode).to_string()
                    on:click=move |_| view_mode.set(mode)
                >
                    {label}
                </button>
            })}
        </nav>
    }
}

/// Printed above the list: the document and the filter in words.
#[component]
fn PrintHeading() -> impl IntoView {
    let workspace = use_workspace();
    // True while the page is printed (or shown as printed), from the print media query.
    let printing = RwSignal::new(false);
    if let Ok(Some(query)) = window().match_media("print") {
        printing.set(query.matches());
        let on_change =
            wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(
                move |ev: web_sys::MediaQueryListEvent| printing.set(ev.matches()),
            );
        let _ = query.add_event_listener_with_callback(
            "change",
            wasm_bindgen::JsCast::unchecked_ref(on_change.as_ref()),
        );
        on_change.forget();
    }
    view! {
        <div class="print-heading">
            <h2>{move || workspace.parsed.with(|p| {
                p.outline.documents.iter().filter_map(|d| d.title.clone()).collect::<Vec<_>>().join(" / ")
            })}</h2>
            <p>{move || {
                // Only worth computing (it looks up every unit's name) when it is printed.
                printing.get().then(|| workspace.parsed.with(|p| workspace.filter.with(|f| p.index.describe(f))))
            }}</p>
        </div>
    }
}

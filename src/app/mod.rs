//! The Leptos UI. Components are named after what the user sees; shared state lives
//! in [`state::Workspace`], provided as context.

pub mod crash;
mod outline_view;
mod paste_box;
pub mod samples;
mod state;
mod summary;

use leptos::prelude::*;

use outline_view::OutlineView;
use paste_box::PasteBox;
use state::Workspace;
use summary::Summary;

#[component]
pub fn App() -> impl IntoView {
    let workspace = Workspace::new(samples::FIRST_VISIT.text);
    provide_context(workspace);
    if crash::selftest_panic_requested() {
        Effect::new(|| panic!("selftest=panic: the crash screen was asked for"));
    }
    view! {
        <header class="app-header">
            <h1>"督办清单"</h1>
            <p class="tagline">"粘贴工作要点、责任分解等文件，看清每项任务由谁牵头、谁配合、何时完成。文件只在本机浏览器中处理，不会上传。"</p>
        </header>
        <main>
            <PasteBox/>
            <Summary/>
            <OutlineView/>
        </main>
    }
}

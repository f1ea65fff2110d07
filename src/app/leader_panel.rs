//! 按领导: every leader with their task count, and for a chosen leader their tasks by section.

use leptos::prelude::*;

use super::highlight::visible;
use super::light_summary::{Group, LightSummary};

use super::my_units::MyLeaderStar;
use super::state::use_workspace;
use super::task_list::{task_rows, TaskList};
use crate::filter::fold_str;

#[component]
pub fn LeaderPanel() -> impl IntoView {
    let workspace = use_workspace();
    let filter = workspace.filter;
    let leaders = Memo::new(move |_| workspace.parsed.with(|p| p.index.leaders()));
    let search = RwSignal::new(String::new());
    let chosen = Memo::new(move |_| filter.with(|f| f.leader.clone()));
    view! {
        <section class="leader-panel" aria-label="按领导查看" data-testid="leader-panel">
            {move || match chosen.get() {
                Some(name) => view! { <LeaderPage name/> }.into_any(),
                None => view! {
                    <div class="panel-tools">
                        <input type="search" aria-label="查找领导" placeholder="查找领导"
                            prop:value=move || search.get()
                            on:input=move |ev| search.set(event_target_value(&ev))/>
                    </div>
                    <LightSummary group=Group::Leaders/>
                    <table class="stat-table" data-testid="leader-table">
                        <caption>"牵头领导"</caption>
                        <thead><tr><th scope="col">"领导"</th><th scope="col">"职务"</th><th scope="col">"任务"</th></tr></thead>
                        <tbody>
                            {move || {
                                let needle = fold_str(&search.get());
                                leaders.with(|all| all.iter().filter(|l| fold_str(&l.name).contains(&needle)).map(|l| {
                                    let name = l.name.clone();
                                    view! {
                                        <tr>
                                            <th scope="row"><MyLeaderStar name=l.name.clone()/><button class="link"
                                                on:click=move |_| filter.update(|f| f.leader = Some(name.clone()))>
                                                {visible(&l.name)}</button></th>
                                            <td>{l.post.clone().unwrap_or_default()}</td>
                                            <td>{l.tasks}</td>
                                        </tr>
                                    }
                                }).collect_view())
                            }}
                        </tbody>
                    </table>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn LeaderPage(name: String) -> impl IntoView {
    let workspace = use_workspace();
    let filter = workspace.filter;
    // The leader's tasks depend on the parse only; the filter picks among them.
    let groups = Memo::new({
        let name = name.clone();
        move |_| workspace.parsed.with(|p| p.index.leader_groups(&name))
    });
    let rows = Memo::new(move |_| {
        let shown = workspace.shown.get();
        groups.with(|g| task_rows(&shown, g).0)
    });
    view! {
        <article class="leader-page" data-testid="leader-page">
            <button class="link back" on:click=move |_| filter.update(|f| f.leader = None)>"← 全部领导"</button>
            <h2>{name}</h2>
            <TaskList rows/>
        </article>
    }
}

//! 按单位: every unit with its lead and cooperating counts (sortable, searchable,
//! collective entries apart), a chart, and for a chosen unit the page of what it must do.

use leptos::prelude::*;

use super::my_units::MyUnitStar;
use super::progress_bar::UnitProgress;
use super::state::use_workspace;
use super::task_list::TaskList;
use super::unit_chart::UnitChart;
use crate::filter::{fold_str, Role, UnitStat};

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Count,
    Name,
}

#[component]
pub fn UnitPanel() -> impl IntoView {
    let workspace = use_workspace();
    let filter = workspace.filter;
    let units = Memo::new(move |_| workspace.parsed.with(|p| p.index.units()));
    let search = RwSignal::new(String::new());
    let sort = RwSignal::new(SortBy::Count);
    let listed = move |collective: bool| {
        let needle = fold_str(&search.get());
        let mut list: Vec<UnitStat> = units.with(|all| {
            all.iter()
                .filter(|u| u.collective == collective && fold_str(&u.name).contains(&needle))
                .cloned()
                .collect()
        });
        if sort.get() == SortBy::Name {
            list.sort_by(|a, b| a.name.cmp(&b.name));
        }
        list
    };
    // Created here, not inside the view closure below: that closure re-runs when a unit
    // is chosen and disposes what it created, while a click is still being handled.
    let plain_units = Signal::derive(move || listed(false));
    let collective_units = Signal::derive(move || listed(true));
    // A Memo, so the panel re-renders only when the chosen unit changes, not on every
    // keystroke in the keyword box.
    let chosen = Memo::new(move |_| {
        filter.with(|f| {
            if f.units.len() == 1 {
                f.units.first().cloned()
            } else {
                None
            }
        })
    });
    view! {
        <section class="unit-panel" aria-label="按单位查看" data-testid="unit-panel">
            {move || match chosen.get() {
                Some(key) => view! { <UnitPage key units/> }.into_any(),
                None => view! {
                    <div class="panel-tools">
                        <input
                            type="search"
                            aria-label="查找单位"
                            placeholder="查找单位"
                            prop:value=move || search.get()
                            on:input=move |ev| search.set(event_target_value(&ev))
                        />
                        <span role="group" aria-label="排序">
                            <button aria-pressed=move || (sort.get() == SortBy::Count).to_string()
                                on:click=move |_| sort.set(SortBy::Count)>"按任务数"</button>
                            <button aria-pressed=move || (sort.get() == SortBy::Name).to_string()
                                on:click=move |_| sort.set(SortBy::Name)>"按名称"</button>
                        </span>
                    </div>
                    <UnitChart units=units/>
                    <UnitTable caption="单位" units=plain_units/>
                    <UnitTable caption="统称（各镇街道、有关部门等）" units=collective_units/>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn UnitTable(caption: &'static str, units: Signal<Vec<UnitStat>>) -> impl IntoView {
    let filter = use_workspace().filter;
    view! {
        <Show when=move || units.with(|u| !u.is_empty())>
            <table class="stat-table" data-testid="unit-table">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">"单位"</th><th scope="col">"牵头"</th><th scope="col">"配合"</th><th scope="col">"合计"</th><th scope="col">"完成"</th></tr></thead>
                <tbody>
                    {move || units.get().into_iter().map(|u| {
                        let key = u.key.clone();
                        view! {
                            <tr>
                                <th scope="row">
                                    <MyUnitStar key=u.key.clone() name=u.name.clone()/>
                                    <button class="link" on:click=move |_| filter.update(|f| {
                                        f.units = vec![key.clone()];
                                        f.role = Role::Any;
                                    })>{u.name.clone()}</button>
                                </th>
                                <td>{u.lead}</td>
                                <td>{u.coop}</td>
                                <td>{u.lead + u.coop}</td>
                                <td><UnitProgress key=u.key.clone()/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </Show>
    }
}

/// What one unit must do: its tasks grouped by section, lead tasks first.
#[component]
fn UnitPage(key: String, units: Memo<Vec<UnitStat>>) -> impl IntoView {
    let workspace = use_workspace();
    let filter = workspace.filter;
    let name = units
        .with_untracked(|all| all.iter().find(|u| u.key == key).map(|u| u.name.clone()))
        .unwrap_or_else(|| key.clone());
    let page = Memo::new({
        let key = key.clone();
        move |_| {
            let shown = workspace.shown.get();
            let tasks = shown.parsed.index.tasks_of_unit(&key);
            (shown, tasks)
        }
    });
    view! {
        <article class="unit-page" data-testid="unit-page">
            <button class="link back" on:click=move |_| filter.update(|f| f.units.clear())>"← 全部单位"</button>
            {move || page.with(|(shown, tasks)| {
                let matched = &shown.matches.matched;
                let groups: Vec<(String, Vec<(usize, Role)>)> = tasks
                    .groups
                    .iter()
                    .map(|g| (g.title.clone(), g.tasks.iter().filter(|t| matched[t.node]).map(|t| (t.node, t.role)).collect::<Vec<_>>()))
                    .filter(|(_, t)| !t.is_empty())
                    .collect();
                let lead = groups.iter().flat_map(|(_, t)| t).filter(|(_, r)| *r == Role::Lead).count();
                let coop = groups.iter().flat_map(|(_, t)| t).filter(|(_, r)| *r == Role::Coop).count();
                view! {
                    <h2>{name.clone()} <UnitProgress key=key.clone()/></h2>
                    <p class="unit-counts">{format!("牵头 {lead} 项 · 配合 {coop} 项")}</p>
                    {groups.into_iter().map(|(section, tasks)| view! {
                        <section class="task-group">
                            <h3>{if section.is_empty() { "（未分章节）".to_owned() } else { section }}</h3>
                            <TaskList tasks/>
                        </section>
                    }).collect_view()}
                }
            })}
        </article>
    }
}

//! 按单位: every unit with its lead and cooperating counts (sortable, searchable,
//! collective entries apart), a chart, and for a chosen unit the page of what it must do.

use leptos::prelude::*;

use super::highlight::visible;
use super::light_summary::{Group, LightSummary};

use super::my_units::MyUnitStar;
use super::progress_bar::UnitProgress;
use super::state::use_workspace;
use super::summary::NoUnits;
use super::task_list::{task_rows, TaskList};
use super::unit_chart::UnitChart;
use super::unit_merge::{MergedNames, UnitListControls, UnitSuggestions};
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
            crate::sort::sort_by(&mut list, |a, b| a.name.cmp(&b.name));
        }
        list
    };
    // Created here, not inside the view closure below: that closure re-runs when a unit
    // is chosen and disposes what it created, while a click is still being handled.
    let plain_units = Signal::derive(move || listed(false));
    let collective_units = Signal::derive(move || listed(true));
    // A Memo, so the panel re-renders only when the chosen unit changes, not on every
    // keystroke in the keyword box.
    // The key of the merged unit: a link made before a merge still finds it.
    let chosen = Memo::new(move |_| {
        filter.with(|f| {
            if f.units.len() == 1 {
                f.units
                    .first()
                    .map(|k| workspace.parsed.with(|p| p.index.unit_key(k)))
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
                    <Show
                        when=move || units.with(Vec::is_empty) && workspace.parsed.with(|p| p.index.task_count() > 0)
                        fallback=move || view! {
                            <UnitListControls units/>
                            <UnitSuggestions units/>
                            <UnitChart units=units/>
                            <LightSummary group=Group::Units/>
                            <UnitTable caption="单位" units=plain_units/>
                            <UnitTable caption="统称（各镇街道、有关部门等）" units=collective_units/>
                            {move || collective_units.with(|u| !u.is_empty()).then(|| view! {
                                <p class="hint" data-testid="group-hint">"本单位属于其中的统称（如“区政府各部门”）时，点 ☆ 标出一次，“我的任务”即包括发给它的任务，各文件通用。"</p>
                            })}
                        }
                    >
                        <NoUnits/>
                    </Show>
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
            // Scrolls sideways on its own on a narrow screen, rather than wrapping its
            // headers one character a line.
            <div class="table-scroll">
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
                                    })>{visible(&u.name)}</button>
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
            </div>
        </Show>
    }
}

/// What one unit must do: its tasks grouped by section, lead tasks first.
#[component]
fn UnitPage(key: String, units: Memo<Vec<UnitStat>>) -> impl IntoView {
    let workspace = use_workspace();
    let filter = workspace.filter;
    let name = {
        let key = key.clone();
        move || {
            units
                .with(|all| all.iter().find(|u| u.key == key).map(|u| visible(&u.name)))
                .unwrap_or_else(|| key.clone())
        }
    };
    // The unit's tasks depend on the parse only; the filter picks among them.
    let tasks = Memo::new({
        let key = key.clone();
        move |_| workspace.parsed.with(|p| p.index.tasks_of_unit(&key))
    });
    let page = Memo::new(move |_| {
        let shown = workspace.shown.get();
        tasks.with(|t| task_rows(&shown, &t.groups))
    });
    let rows = Memo::new(move |_| page.with(|(rows, _, _)| rows.clone()));
    view! {
        <article class="unit-page" data-testid="unit-page">
            <button class="link back" on:click=move |_| filter.update(|f| f.units.clear())>"← 全部单位"</button>
            <h2>{name} <UnitProgress key=key.clone()/></h2>
            <MergedNames key=key.clone() units/>
            <p class="unit-counts">
                {move || page.with(|(_, lead, coop)| format!("牵头 {lead} 项 · 配合 {coop} 项"))}
            </p>
            <UnitSuggestions units only=key/>
            <TaskList rows/>
        </article>
    }
}

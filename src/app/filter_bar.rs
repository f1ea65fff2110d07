//! The filters: keyword, unit(s) and role, leader, section, deadline present; one action
//! clears them all. Counts update as the user types. One row on a laptop; on a phone
//! the bar that stays on screen is the keyword, the count and a 筛选 button that opens
//! the other filters.

use leptos::prelude::*;

use super::highlight::visible;

use super::my_units::MyTasksButton;
use super::state::use_workspace;
use crate::filter::{Filter, LightFilter, NodePath, Role, StatusFilter};

/// Lists of filter choices at least this long are drawn after the rest of the page.
const LONG_LIST: usize = 500;

#[component]
pub fn FilterBar() -> impl IntoView {
    let workspace = use_workspace();
    let filter = workspace.filter;
    let parsed = workspace.parsed;
    let units = Memo::new(move |_| parsed.with(|p| p.index.units()));
    let leaders = Memo::new(move |_| parsed.with(|p| p.index.leaders()));
    let sections = Memo::new(move |_| parsed.with(|p| p.index.sections()));
    // A paste of hundreds of documents lists thousands of sections: such a list is
    // drawn in a task of its own, after the outline, so that showing the paste does not
    // hold the page for long. A short one is drawn with the rest.
    let shown_sections = RwSignal::new(sections.get_untracked());
    Effect::watch(
        move || sections.get(),
        move |all, _, _| {
            let all = all.clone();
            if all.len() < LONG_LIST {
                shown_sections.set(all);
            } else {
                set_timeout(
                    move || {
                        let _ = shown_sections.try_set(all);
                    },
                    std::time::Duration::ZERO,
                );
            }
        },
        false,
    );
    let unit_name = move |key: &str| {
        // A key from before a merge (or another spelling's, in a link) names its unit.
        let merged = parsed.with(|p| p.index.unit_key(key));
        units
            .with(|all| {
                all.iter()
                    .find(|u| u.key == merged)
                    .map(|u| visible(&u.name))
            })
            .unwrap_or_else(|| key.to_owned())
    };
    // The other filters shown on a phone (a laptop always shows them).
    let open = RwSignal::new(false);
    let set = move || {
        filter.with(|f| {
            f.units.len()
                + usize::from(f.leader.is_some())
                + usize::from(f.section.is_some())
                + usize::from(f.has_deadline)
                + usize::from(f.status != StatusFilter::Any)
                + usize::from(f.corrected)
                + usize::from(f.light != LightFilter::Any)
        })
    };
    view! {
        <form class="filter-bar" class:open=move || open.get() role="search" aria-label="筛选" on:submit=|ev| ev.prevent_default()>
            <input
                type="search"
                id="filter-keyword"
                aria-label="关键词"
                placeholder="搜索任务、单位、领导（按 / 键）"
                autocomplete="off"
                prop:value=move || filter.with(|f| f.keyword.clone())
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    filter.update(|f| f.keyword = value);
                }
            />
            <button
                type="button"
                class="filter-toggle"
                data-testid="filter-toggle"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || match set() {
                    0 => "筛选".to_owned(),
                    n => format!("筛选（{n}）"),
                }}
            </button>
            <select
                aria-label="单位"
                class="long-list"
                data-testid="filter-unit"
                on:change=move |ev| {
                    let key = event_target_value(&ev);
                    if !key.is_empty() {
                        filter.update(|f| {
                            if !f.units.contains(&key) {
                                f.units.push(key);
                            }
                        });
                    }
                }
                prop:value=""
            >
                <option value="">"＋ 按单位筛选"</option>
                {move || units.with(|all| all.iter().map(|u| view! {
                    <option value=u.key.clone()>{format!("{}（{}）", visible(&u.name), u.lead + u.coop)}</option>
                }).collect_view())}
            </select>
            <select
                aria-label="角色"
                data-testid="filter-role"
                prop:value=move || filter.with(|f| f.role.as_query())
                on:change=move |ev| {
                    let role = match event_target_value(&ev).as_str() {
                        "lead" => Role::Lead,
                        "coop" => Role::Coop,
                        _ => Role::Any,
                    };
                    filter.update(|f| f.role = role);
                }
            >
                <option value="any">"牵头或配合"</option>
                <option value="lead">"仅牵头"</option>
                <option value="coop">"仅配合"</option>
            </select>
            <select
                aria-label="牵头领导"
                class="long-list"
                data-testid="filter-leader"
                prop:value=move || filter.with(|f| f.leader.clone().unwrap_or_default())
                on:change=move |ev| {
                    let name = event_target_value(&ev);
                    filter.update(|f| f.leader = (!name.is_empty()).then_some(name));
                }
            >
                <option value="">"全部领导"</option>
                {move || leaders.with(|all| all.iter().map(|l| view! {
                    <option value=l.name.clone()>{format!("{}（{}）", visible(&l.name), l.tasks)}</option>
                }).collect_view())}
            </select>
            <select
                aria-label="章节"
                class="long-list"
                data-testid="filter-section"
                // Set again once the options are there.
                prop:value=move || {
                    shown_sections.track();
                    filter.with(|f| f.section.as_ref().map(NodePath::to_string).unwrap_or_default())
                }
                on:change=move |ev| {
                    let path = event_target_value(&ev).parse::<NodePath>().ok();
                    filter.update(|f| f.section = path);
                }
            >
                <option value="">"全部章节"</option>
                {move || shown_sections.with(|all| all.iter().map(|(path, label)| view! {
                    <option value=path.to_string()>{label.clone()}</option>
                }).collect_view())}
            </select>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="filter-deadline"
                    prop:checked=move || filter.with(|f| f.has_deadline)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        filter.update(|f| f.has_deadline = on);
                    }
                />
                "有完成时限"
            </label>
            <select
                aria-label="完成状态"
                data-testid="filter-status"
                prop:value=move || filter.with(|f| f.status.as_query())
                on:change=move |ev| {
                    let status = match event_target_value(&ev).as_str() {
                        "done" => StatusFilter::Done,
                        "open" => StatusFilter::Open,
                        _ => StatusFilter::Any,
                    };
                    filter.update(|f| f.status = status);
                }
            >
                {[StatusFilter::Any, StatusFilter::Done, StatusFilter::Open].map(|s| view! {
                    <option value=s.as_query()>{s.label()}</option>
                })}
            </select>
            <select
                aria-label="亮灯"
                data-testid="filter-light"
                prop:value=move || filter.with(|f| f.light.as_query())
                on:change=move |ev| {
                    let light = LightFilter::from_query(&event_target_value(&ev)).unwrap_or_default();
                    filter.update(|f| f.light = light);
                }
            >
                {LightFilter::ALL.map(|l| view! {
                    <option value=l.as_query()>{if l == LightFilter::Any { "亮灯：全部" } else { l.label() }}</option>
                })}
            </select>
            <Show when=move || filter.with(|f| f.corrected) || parsed.with(|p| p.index.any_corrected())>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="filter-corrected"
                        prop:checked=move || filter.with(|f| f.corrected)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            filter.update(|f| f.corrected = on);
                        }
                    />
                    "已手动修改"
                </label>
            </Show>
            <MyTasksButton/>
            <button
                type="button"
                data-testid="clear-filters"
                disabled=move || filter.with(Filter::is_empty)
                on:click=move |_| filter.set(Filter::default())
            >
                "清除筛选"
            </button>
            <span class="match-count" data-testid="match-count" aria-live="polite">
                {move || {
                    let shown = workspace.shown.get();
                    format!("{} / {} 项任务", shown.matches.task_count, shown.parsed.index.task_count())
                }}
            </span>
            <div class="chosen-units" aria-label="已选单位">
                {move || filter.with(|f| f.units.clone()).into_iter().map(|key| {
                    let name = unit_name(&key);
                    let label = format!("取消单位“{name}”");
                    view! {
                        <button
                            type="button"
                            class="token"
                            aria-label=label
                            on:click=move |_| filter.update(|f| f.units.retain(|k| k != &key))
                        >
                            {name} " ✕"
                        </button>
                    }
                }).collect_view()}
            </div>
        </form>
    }
}

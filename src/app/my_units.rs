//! "我的单位" and "我的领导": a ☆/★ toggle in the unit and leader tables, and the
//! one-click 我的任务 view (the outline filtered to my units, lead or cooperating).

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::state::ViewMode;
use crate::filter::{Filter, Role};

#[component]
pub fn MyUnitStar(key: String, name: String) -> impl IntoView {
    let checklist = use_checklist();
    let mine = {
        let key = key.clone();
        Memo::new(move |_| checklist.is_my_unit(&key))
    };
    view! {
        <button
            type="button"
            class="star"
            class:mine=move || mine.get()
            data-testid="my-unit"
            aria-pressed=move || mine.get().to_string()
            aria-label=format!("我的单位：{name}")
            title="标为我的单位"
            on:click=move |_| checklist.set_my_unit(&key, !mine.get_untracked())
        >
            {move || if mine.get() { "★" } else { "☆" }}
        </button>
    }
}

#[component]
pub fn MyLeaderStar(name: String) -> impl IntoView {
    let checklist = use_checklist();
    let mine = {
        let name = name.clone();
        Memo::new(move |_| checklist.is_my_leader(&name))
    };
    view! {
        <button
            type="button"
            class="star"
            class:mine=move || mine.get()
            data-testid="my-leader"
            aria-pressed=move || mine.get().to_string()
            aria-label=format!("我的领导：{name}")
            title="标为我的领导"
            on:click=move |_| checklist.set_my_leader(&name, !mine.get_untracked())
        >
            {move || if mine.get() { "★" } else { "☆" }}
        </button>
    }
}

/// Shows the tasks of my units (as lead or cooperating unit) in the outline; with no
/// unit chosen, those of my leader.
#[component]
pub fn MyTasksButton() -> impl IntoView {
    let checklist = use_checklist();
    let workspace = checklist.workspace;
    let show = move |_| {
        let (units, leaders): (Vec<String>, Vec<String>) = checklist.state.with_untracked(|s| {
            (
                s.my_unit_keys(),
                s.prefs.my_leaders().map(str::to_owned).collect(),
            )
        });
        let present: Vec<String> = checklist.keys.with_untracked(|k| {
            units
                .into_iter()
                .filter(|u| k.unit_tasks.contains_key(u))
                .collect()
        });
        if present.is_empty() && leaders.is_empty() {
            workspace.tell("请先在“按单位”或“按领导”中点 ☆ 标出我的单位或领导。", false);
            return;
        }
        let leader = if present.is_empty() {
            leaders.into_iter().next()
        } else {
            None
        };
        workspace.filter.set(Filter {
            units: present,
            role: Role::Any,
            leader,
            ..Filter::default()
        });
        workspace.view.set(ViewMode::Outline);
    };
    view! {
        <button type="button" class="my-tasks" data-testid="my-tasks" on:click=show>"★ 我的任务"</button>
    }
}

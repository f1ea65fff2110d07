//! 到期: the tasks of every saved document that are overdue or due within 7 days and not
//! done, grouped by document (the most urgent first), with the date in force (the
//! user's 我的期限, else the document's deadline), filterable by unit and by leader. A
//! task is ticked here; a document is opened from its heading.

use std::collections::HashSet;

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::highlight::visible;
use super::state::ViewMode;
use crate::checklist::overview::DueTask;
use crate::checklist::{DocKey, Status};
use crate::filter::{leader_rank, small_sort_by_key};
use crate::parser::{Leader, Unit};

#[component]
pub fn DueView() -> impl IntoView {
    let checklist = use_checklist();
    let workspace = checklist.workspace;
    let unit = RwSignal::new(String::new());
    let leader = RwSignal::new(String::new());
    let all = checklist.overview;
    // Units by the key of their merged unit (rules and the user's merges): one choice
    // per unit, whatever each document calls it.
    let merges = Memo::new(move |_| checklist.unit_answers.with(|a| a.merges()));
    // The units and leaders of the tasks due, for the filters.
    let choices = move || {
        let merges = merges.get();
        all.with(|docs| {
            // (unit key, name) and (leader name, post or name).
            let mut units: Vec<(String, String)> = Vec::new();
            let mut leaders: Vec<(String, String)> = Vec::new();
            let mut seen = HashSet::new();
            for t in docs.iter().flat_map(|d| &d.due) {
                for u in t.lead.iter().chain(&t.coop) {
                    let key = merges.key(&u.key);
                    if seen.insert(format!("u{key}")) {
                        units.push((key, u.name.clone()));
                    }
                }
                for l in &t.leaders {
                    if seen.insert(format!("l{}", l.name)) {
                        let post = l.post.clone().unwrap_or_else(|| l.name.clone());
                        leaders.push((l.name.clone(), post));
                    }
                }
            }
            small_sort_by_key(&mut leaders, |(_, post)| leader_rank(post));
            (units, leaders)
        })
    };
    // The documents with tasks left by the filters, the most urgent first.
    let groups = Memo::new(move |_| {
        let (u, l) = (unit.get(), leader.get());
        let merges = merges.get();
        let keep = |t: &DueTask| {
            (u.is_empty()
                || t.lead
                    .iter()
                    .chain(&t.coop)
                    .any(|x| merges.key(&x.key) == u))
                && (l.is_empty() || t.leaders.iter().any(|x| x.name == l))
        };
        let mut groups: Vec<(DocKey, String, Vec<DueTask>)> = all.with(|docs| {
            docs.iter()
                .map(|d| {
                    let tasks: Vec<DueTask> = d.due.iter().filter(|t| keep(t)).cloned().collect();
                    (d.key.clone(), d.name.clone(), tasks)
                })
                .filter(|(_, _, tasks)| !tasks.is_empty())
                .collect()
        });
        // Dates "YYYY-MM-DD" compare as text.
        small_sort_by_key(&mut groups, |(_, _, tasks)| {
            tasks
                .iter()
                .map(|t| t.due.as_str())
                .min()
                .unwrap_or_default()
                .to_owned()
        });
        groups
    });
    let counts = move || {
        groups.with(|g| {
            let tasks = g.iter().flat_map(|(_, _, t)| t);
            let overdue = tasks
                .clone()
                .filter(|t| t.status == Status::Overdue)
                .count();
            let soon = tasks.count() - overdue;
            format!(
                "全部已保存的文档中：逾期 {overdue} 项，7 天内到期 {soon} 项（共 {} 份文档）",
                g.len()
            )
        })
    };
    view! {
        <section class="due-view" data-testid="due-view" aria-label="到期任务">
            <p class="due-summary" data-testid="due-summary">{counts}</p>
            <div class="panel-tools">
                <select aria-label="单位" data-testid="due-unit" on:change=move |ev| unit.set(event_target_value(&ev))>
                    <option value="">"全部单位"</option>
                    {move || choices().0.iter().map(|(key, name)| view! {
                        <option value=key.clone() selected=unit.get_untracked() == *key>{visible(name)}</option>
                    }).collect_view()}
                </select>
                <select aria-label="牵头领导" data-testid="due-leader" on:change=move |ev| leader.set(event_target_value(&ev))>
                    <option value="">"全部领导"</option>
                    {move || choices().1.iter().map(|(name, _)| view! {
                        <option value=name.clone() selected=leader.get_untracked() == *name>{visible(name)}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || groups.get().into_iter().map(|(key, name, tasks)| {
                let open_key = key.clone();
                view! {
                    <section class="due-doc" data-testid="due-doc">
                        <h3>
                            <span class="name">{visible(&name)}</span>
                            <button type="button" class="link" on:click=move |_| {
                                checklist.open(&open_key);
                                workspace.view.set(ViewMode::Outline);
                            }>"打开"</button>
                        </h3>
                        <ol class="due-tasks">
                            {tasks.into_iter().map(|t| due_task(key.clone(), t)).collect_view()}
                        </ol>
                    </section>
                }
            }).collect_view()}
            <Show when=move || groups.with(Vec::is_empty)>
                <p class="empty" data-testid="due-empty">
                    "没有逾期或 7 天内到期的任务。期限来自文件中的完成时限，或您在任务上填写的“我的期限”。"
                </p>
            </Show>
        </section>
    }
}

/// One task due: tick, status, date, number and text, who.
fn due_task(doc: DocKey, t: DueTask) -> impl IntoView {
    let checklist = use_checklist();
    let names = |us: &[Unit]| {
        us.iter()
            .map(|u| u.name.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    let who = [
        ("牵头领导", Leader::list(&t.leaders)),
        ("牵头单位", names(&t.lead)),
        ("配合单位", names(&t.coop)),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| format!("{k}：{}", visible(&v)))
    .collect::<Vec<_>>()
    .join("；");
    let date = if t.mine {
        format!("{}（我的期限）", t.due)
    } else {
        t.due.clone()
    };
    let key = t.key.clone();
    view! {
        <li class="due-task" data-testid="due-task">
            <div class="node-head">
                <label class="done-box">
                    <input type="checkbox" data-testid="due-done"
                        aria-label=format!("{}已完成", t.text)
                        on:change=move |ev| checklist.set_done_of(&doc, &key, event_target_checked(&ev))/>
                    <span aria-hidden="true">"完成"</span>
                </label>
                <span class=format!("status status-{}", t.status.css_class()) data-testid="status">{t.status.label()}</span>
                <span class="date" data-testid="due-date">{date}</span>
                <span class="number">{t.number.clone()}</span>
                <span class="text">{visible(&t.text)}</span>
            </div>
            <p class="due-who">{who}</p>
            {(!t.section.is_empty()).then(|| view! { <p class="due-section">{visible(&t.section)}</p> })}
        </li>
    }
}

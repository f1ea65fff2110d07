//! A task's leaders, lead units, cooperating units and deadline, as chips that filter.
//! The role is in the text (牵头单位：…) as well as in the colour. They follow the
//! user's corrections of the task as they are made.

use leptos::prelude::*;

use super::highlight::visible;
use super::state::use_workspace;
use crate::filter::Role;
use crate::parser::{Deadline, Leader, Unit};

#[derive(Clone, Copy, PartialEq, Eq)]
enum ChipKind {
    Leader,
    Lead,
    Coop,
}

/// Who and by when, as node `i` of the corrected outline has them.
#[derive(Clone, PartialEq)]
struct Who {
    leaders: Vec<Leader>,
    lead: Vec<Unit>,
    coop: Vec<Unit>,
    deadline: Option<Deadline>,
}

#[component]
pub fn Duties(i: usize) -> impl IntoView {
    let workspace = use_workspace();
    let who = move || {
        workspace.parsed.with(|p| {
            p.index.nodes().get(i).map(|n| Who {
                leaders: n.leaders.clone(),
                lead: n.lead_units.clone(),
                coop: n.coop_units.clone(),
                deadline: n.deadline.clone(),
            })
        })
    };
    move || {
        let who = who()?;
        let leaders: Vec<(String, String)> = who
            .leaders
            .iter()
            .map(|l| {
                let label = match &l.post {
                    Some(post) => visible(&format!("{}（{post}）", l.name)),
                    None => visible(&l.name),
                };
                (l.name.clone(), label)
            })
            .collect();
        let units = |us: &[Unit]| -> Vec<(String, String)> {
            us.iter()
                .map(|u| (u.key.clone(), visible(&u.name)))
                .collect()
        };
        Some(view! {
            <div class="duties">
                <ChipGroup kind=ChipKind::Leader items=leaders/>
                <ChipGroup kind=ChipKind::Lead items=units(&who.lead)/>
                <ChipGroup kind=ChipKind::Coop items=units(&who.coop)/>
                {who.deadline.map(|d| view! {
                    <span class="deadline" data-testid="deadline">
                        <span class="role">"完成时限："</span>
                        {visible(&d.text)}
                        {d.date.map(|date| view! { <span class="date">{format!("（{date}）")}</span> })}
                    </span>
                })}
            </div>
        })
    }
}

/// Chips of one role: `items` are (filter value, label).
#[component]
fn ChipGroup(kind: ChipKind, items: Vec<(String, String)>) -> impl IntoView {
    let workspace = use_workspace();
    let (role_label, class) = match kind {
        ChipKind::Leader => ("牵头领导", "chips leader"),
        ChipKind::Lead => ("牵头单位", "chips lead"),
        ChipKind::Coop => ("配合单位", "chips coop"),
    };
    (!items.is_empty()).then(|| {
        view! {
            <span class=class>
                <span class="role">{role_label} "："</span>
                {items
                    .into_iter()
                    .map(|(value, label)| {
                        let title = format!("只看{role_label}“{label}”的任务");
                        let choose = move |_| {
                            let value = value.clone();
                            workspace.filter.update(|f| match kind {
                                ChipKind::Leader => f.leader = Some(value),
                                ChipKind::Lead | ChipKind::Coop => {
                                    f.units = vec![value];
                                    f.role = Role::Any;
                                }
                            });
                        };
                        view! {
                            <button class="chip rove" title=title tabindex="-1" on:click=choose>{label}</button>
                        }
                    })
                    .collect_view()}
            </span>
        }
    })
}

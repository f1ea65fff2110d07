//! A task's leaders, lead units, cooperating units and deadline, as chips that filter.
//! The role is in the text (牵头单位：…) as well as in the colour.

use leptos::prelude::*;

use super::highlight::visible;
use super::state::use_workspace;
use crate::filter::{FlatNode, Role};

#[derive(Clone, Copy, PartialEq, Eq)]
enum ChipKind {
    Leader,
    Lead,
    Coop,
}

#[component]
pub fn Duties(node: FlatNode) -> impl IntoView {
    let leaders: Vec<(String, String)> = node
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
    let leads: Vec<(String, String)> = node
        .lead_units
        .iter()
        .map(|u| (u.key.clone(), visible(&u.name)))
        .collect();
    let coops: Vec<(String, String)> = node
        .coop_units
        .iter()
        .map(|u| (u.key.clone(), visible(&u.name)))
        .collect();
    view! {
        <div class="duties">
            <ChipGroup kind=ChipKind::Leader items=leaders/>
            <ChipGroup kind=ChipKind::Lead items=leads/>
            <ChipGroup kind=ChipKind::Coop items=coops/>
            {node.deadline.map(|d| view! {
                <span class="deadline" data-testid="deadline">
                    <span class="role">"完成时限："</span>
                    {visible(&d.text)}
                    {d.date.map(|date| view! { <span class="date">{format!("（{date}）")}</span> })}
                </span>
            })}
        </div>
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
                            <button class="chip" title=title on:click=choose>{label}</button>
                        }
                    })
                    .collect_view()}
            </span>
        }
    })
}

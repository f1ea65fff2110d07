//! A plain list of tasks (for the unit and leader pages): number, text, who, deadline,
//! and the role the chosen unit plays in each.

use leptos::prelude::*;

use super::chips::Duties;
use super::highlight::Highlighted;
use super::state::use_workspace;
use super::task_marks::TaskMarks;
use crate::filter::Role;

#[component]
pub fn TaskList(tasks: Vec<(usize, Role)>) -> impl IntoView {
    let parsed = use_workspace().parsed.get_untracked();
    view! {
        <ol class="task-list">
            {tasks.into_iter().map(|(i, role)| {
                let node = parsed.index.node(i).clone();
                let badge = match role {
                    Role::Lead => Some(("badge lead", "牵头")),
                    Role::Coop => Some(("badge coop", "配合")),
                    Role::Any => None,
                };
                view! {
                    <li class="row task" data-row=i data-testid="task" tabindex="-1">
                        <div class="node-head">
                            {badge.map(|(class, label)| view! { <span class=class>{label}</span> })}
                            <span class="number">{node.number.clone().unwrap_or_default()}</span>
                            <span class="text"><Highlighted text=node.text.clone()/></span>
                        </div>
                        {(!node.body.is_empty()).then(|| view! {
                            <p class="body" data-testid="body"><Highlighted text=node.body.clone()/></p>
                        })}
                        <Duties node/>
                        <TaskMarks i/>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

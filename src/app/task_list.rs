//! The tasks of a unit or a leader page, grouped by top-level section: number, text,
//! who, deadline, and the role the chosen unit plays in each. Rendered in windows
//! ([`super::window`]): a unit of a bundle can have hundreds of tasks.

use std::sync::Arc;

use leptos::prelude::*;

use super::chips::Duties;
use super::fix_editor::{CorrectedMark, FixEditor};
use super::row_text::RowTextView;
use super::state::{use_workspace, Shown};
use super::task_marks::TaskMarks;
use super::window::{Rows, WindowedRows};
use crate::filter::{Role, TaskGroup};

/// One row of a grouped task list.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum TaskRow {
    /// The heading of the n-th group: its top-level section ("" when there is none).
    /// Numbered, since documents of one paste may have sections of the same title and
    /// rows are keyed by value.
    Group(usize, String),
    Task(usize, Role),
}

/// The rows for `groups`, keeping the tasks the filter matches, and the lead and
/// cooperating counts among them.
pub fn task_rows(shown: &Shown, groups: &[TaskGroup]) -> (Rows<TaskRow>, usize, usize) {
    let matched = &shown.matches.matched;
    let (mut rows, mut lead, mut coop) = (Vec::new(), 0, 0);
    for (n, group) in groups.iter().enumerate() {
        let mut tasks = group.tasks.iter().filter(|t| matched[t.node]).peekable();
        if tasks.peek().is_none() {
            continue;
        }
        rows.push(TaskRow::Group(n, group.title.clone()));
        for t in tasks {
            match t.role {
                Role::Lead => lead += 1,
                Role::Coop => coop += 1,
                Role::Any => {}
            }
            rows.push(TaskRow::Task(t.node, t.role));
        }
    }
    let of = (shown.parsed.revision, Arc::as_ptr(&shown.matches) as usize);
    (Rows { of, rows }, lead, coop)
}

#[component]
pub fn TaskList(rows: Memo<Rows<TaskRow>>) -> impl IntoView {
    view! {
        <ol class="task-list">
            <WindowedRows rows row=|row| match row {
                TaskRow::Group(_, title) => view! { <GroupHeading title/> }.into_any(),
                TaskRow::Task(i, role) => view! { <TaskItem i role/> }.into_any(),
            }/>
        </ol>
        <Show when=move || rows.with(|r| r.rows.is_empty())>
            <p class="empty" data-testid="tasks-empty">"没有符合筛选条件的任务。"</p>
        </Show>
    }
}

#[component]
fn GroupHeading(title: String) -> impl IntoView {
    let title = if title.is_empty() {
        "（未分章节）".to_owned()
    } else {
        title
    };
    view! { <li class="group-heading" data-testid="task-group"><h3>{title}</h3></li> }
}

#[component]
fn TaskItem(i: usize, role: Role) -> impl IntoView {
    let parsed = use_workspace().parsed.get_untracked();
    let node = parsed.index.node(i).clone();
    let key = parsed
        .node_key(i)
        .map(ToString::to_string)
        .unwrap_or_default();
    let fixing = RwSignal::new(false);
    let badge = match role {
        Role::Lead => Some(("badge lead", "牵头")),
        Role::Coop => Some(("badge coop", "配合")),
        Role::Any => None,
    };
    view! {
        <li class="row task" data-row=i data-key=key data-testid="task" tabindex="-1">
            <div class="node-head">
                {badge.map(|(class, label)| view! { <span class=class>{label}</span> })}
                <span class="number">{node.number.clone().unwrap_or_default()}</span>
                <span class="text"><RowTextView text=node.text.clone()/></span>
                <CorrectedMark i/>
            </div>
            {(!node.body.is_empty()).then(|| view! {
                <p class="body" data-testid="body"><RowTextView text=node.body.clone()/></p>
            })}
            <Duties i/>
            <TaskMarks i fixing/>
            <FixEditor i open=fixing/>
        </li>
    }
}

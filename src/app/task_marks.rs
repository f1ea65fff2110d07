//! What the user adds to one task, on its row: done, status against the due date,
//! a personal due date (the parsed deadline until changed) and a note that opens on
//! demand. One component for the outline and the unit and leader pages.

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::state::use_workspace;
use crate::checklist::status;

#[component]
pub fn TaskMarks(i: usize) -> impl IntoView {
    let checklist = use_checklist();
    let Some((_, doc, task)) = checklist.task_keys(i) else {
        return ().into_any();
    };
    let node = use_workspace()
        .parsed
        .with_untracked(|p| p.index.nodes().get(i).cloned());
    let ordinal = node.as_ref().and_then(|n| n.task_ordinal).unwrap_or(0);
    let parsed_due = node.and_then(|n| n.deadline).and_then(|d| d.date);
    let mark = Memo::new(move |_| checklist.mark(&doc, &task));
    let done = move || mark.with(|m| m.done.value);
    let due = {
        let parsed_due = parsed_due.clone();
        move || mark.with(|m| m.due_date(parsed_due.as_deref()).map(str::to_owned))
    };
    let state = {
        let due = due.clone();
        move || {
            checklist
                .today
                .with(|t| status(due().as_deref(), done(), t))
        }
    };
    let note = move || mark.with(|m| m.note.value.clone());
    let editing = RwSignal::new(false);
    view! {
        <div class="task-marks" data-testid="task-marks">
            <label class="done-box">
                <input
                    type="checkbox"
                    data-testid="done"
                    aria-label=format!("第{ordinal}项任务已完成")
                    prop:checked=done
                    on:change=move |ev| checklist.set_done(i, event_target_checked(&ev))
                />
                <span aria-hidden="true">"完成"</span>
            </label>
            {
                let state = state.clone();
                move || {
                    let s = state();
                    (s != status::Status::NoDate).then(|| view! {
                        <span class=format!("status status-{}", s.css_class()) data-testid="status">{s.label()}</span>
                    })
                }
            }
            <label class="due">
                <span class="role">"我的期限："</span>
                <input
                    type="date"
                    data-testid="due"
                    aria-label=format!("第{ordinal}项任务的我的期限")
                    prop:value=move || due().unwrap_or_default()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        checklist.set_due(i, (!v.is_empty()).then_some(v));
                    }
                />
            </label>
            <button
                type="button"
                class="link note-toggle"
                data-testid="note-toggle"
                aria-expanded=move || editing.get().to_string()
                on:click=move |_| editing.update(|e| *e = !*e)
            >
                {move || if editing.get() { "收起备注" } else if note().is_empty() { "添加备注" } else { "编辑备注" }}
            </button>
            <Show
                when=move || editing.get()
                fallback=move || view! {
                    <Show when=move || !note().is_empty()>
                        <p class="note-text" data-testid="note-text">{note}</p>
                    </Show>
                }
            >
                <textarea
                    class="note"
                    data-testid="note"
                    rows="3"
                    aria-label=format!("第{ordinal}项任务的备注")
                    prop:value=note
                    on:input=move |ev| checklist.set_note(i, event_target_value(&ev))
                    // Esc closes the note (kept as typed), as 收起备注 does.
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            // Not also the page's Esc, which clears the filters.
                            ev.stop_propagation();
                            editing.set(false);
                        }
                    }
                ></textarea>
            </Show>
        </div>
    }
    .into_any()
}

//! What the user adds to one task, on its row: done, status against the due date,
//! a personal due date (the parsed deadline until changed) and a note that opens on
//! demand; and the 修正 button. One component for the outline and the unit and leader
//! pages.
//!
//! The due date is a text field, read by [`read_user_date`]: 2026-6-30, 2026/6/30,
//! 6月30日, 2026年6月30日. Anything else is refused with a message and nothing is
//! stored (a browser's date field reads keys by the browser's language, mm/dd/yyyy in
//! an English one, and takes any year up to 275760).

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::fix_editor::FixToggle;
use super::state::use_workspace;
use super::task_progress::{LightBadge, ProgressEditor, ProgressToggle};
use crate::checklist::date::{read_user_date, valid_due};
use crate::checklist::status;

#[component]
pub fn TaskMarks(i: usize, fixing: RwSignal<bool>) -> impl IntoView {
    let checklist = use_checklist();
    let workspace = use_workspace();
    let Some((_, doc, task)) = checklist.task_keys(i) else {
        return ().into_any();
    };
    let ordinal = workspace.parsed.with_untracked(|p| {
        p.index
            .nodes()
            .get(i)
            .and_then(|n| n.task_ordinal)
            .unwrap_or(0)
    });
    // The document's deadline, as corrected: it follows a correction made on screen.
    let parsed_due = Memo::new(move |_| {
        workspace.parsed.with(|p| {
            p.index
                .nodes()
                .get(i)
                .and_then(|n| n.deadline.as_ref()?.date.clone())
        })
    });
    let mark = Memo::new(move |_| checklist.mark(&doc, &task));
    let done = move || mark.with(|m| m.done.value);
    let mine = move || {
        mark.with(|m| {
            m.due
                .value
                .as_deref()
                .and_then(valid_due)
                .map(str::to_owned)
        })
    };
    // The date in force: mine, else the document's.
    let due = move || {
        mine().or_else(|| parsed_due.with(|d| d.as_deref().and_then(valid_due).map(str::to_owned)))
    };
    let state = move || {
        checklist
            .today
            .with(|t| status(due().as_deref(), done(), t))
    };
    let note = move || mark.with(|m| m.note.value.clone());
    let editing = RwSignal::new(false);
    let progress_open = RwSignal::new(false);
    let due_error = RwSignal::new(None::<String>);
    let commit_due = move |field: web_sys::HtmlInputElement| {
        let today = checklist.today.get_untracked();
        match read_user_date(&field.value(), &today) {
            Ok(date) => {
                due_error.set(None);
                let unchanged = match &date {
                    Some(d) => {
                        mine().as_ref() == Some(d)
                            || (mine().is_none() && due().as_ref() == Some(d))
                    }
                    None => mine().is_none(),
                };
                if !unchanged {
                    checklist.set_due(i, date);
                }
                // As stored, however it was typed (2026/6/30 reads 2026-06-30).
                field.set_value(&due().unwrap_or_default());
            }
            Err(e) => due_error.set(Some(e.to_string())),
        }
    };
    view! {
        <div class="task-marks" data-testid="task-marks">
            <label class="done-box">
                <input
                    type="checkbox"
                    class="rove"
                    tabindex="0"
                    data-testid="done"
                    aria-label=format!("第{ordinal}项任务已完成")
                    prop:checked=done
                    on:change=move |ev| checklist.set_done(i, event_target_checked(&ev))
                />
                <span aria-hidden="true">"完成"</span>
            </label>
            {move || {
                let s = state();
                (s != status::Status::NoDate).then(|| view! {
                    <span class=format!("status status-{}", s.css_class()) data-testid="status">{s.label()}</span>
                })
            }}
            <LightBadge i status_label=Signal::derive(move || state().label())/>
            <label class="due">
                <span class="role">"我的期限："</span>
                <input
                    type="text"
                    class="rove"
                    tabindex="-1"
                    inputmode="numeric"
                    autocomplete="off"
                    size="10"
                    data-testid="due"
                    placeholder="如 2026-6-30"
                    title="可写成 2026-6-30、2026/6/30、6月30日 或 2026年6月30日；清空则用文件中的时限"
                    aria-label=format!("第{ordinal}项任务的我的期限")
                    aria-invalid=move || due_error.with(Option::is_some).to_string()
                    prop:value=move || due().unwrap_or_default()
                    on:input=move |_| due_error.set(None)
                    on:change=move |ev| commit_due(event_target(&ev))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            commit_due(event_target(&ev));
                        }
                    }
                />
            </label>
            {move || due_error.get().map(|e| view! {
                <span class="due-error" role="alert" data-testid="due-error">{e}</span>
            })}
            <button
                type="button"
                class="link note-toggle rove"
                tabindex="-1"
                data-testid="note-toggle"
                aria-expanded=move || editing.get().to_string()
                on:click=move |_| editing.update(|e| *e = !*e)
            >
                {move || if editing.get() { "收起备注" } else if note().is_empty() { "添加备注" } else { "编辑备注" }}
            </button>
            <ProgressToggle i open=progress_open ordinal/>
            <FixToggle open=fixing/>
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
            // A closure rather than <Show>: one less generic instantiation per use in the
            // main bundle.
            {move || progress_open.get().then(|| view! { <ProgressEditor i ordinal/> })}
        </div>
    }
    .into_any()
}

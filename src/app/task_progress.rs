//! A task's progress, on its row: the 亮灯 badge (colour and text), and the editor that
//! opens from 进展: how far the task has come (未开工 / a percentage / 已完成), the start
//! of its period for 序时, and one month's 进展情况, 存在问题 and 下步打算 (this month
//! unless another is chosen), with the earlier months' reports below it to read.

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::state::use_workspace;
use crate::checklist::date::{read_user_date, valid_due};
use crate::checklist::light::{doc_year, month_of, schedule, LightInput};
use crate::checklist::{Completion, ReportField, TaskMark};

/// "2026年11月" of "2026-11".
fn month_label(month: &str) -> String {
    match (
        month.get(..4),
        month.get(5..7).and_then(|m| m.parse::<u32>().ok()),
    ) {
        (Some(y), Some(m)) => format!("{y}年{m}月"),
        _ => month.to_owned(),
    }
}

/// The month before "YYYY-MM".
fn previous_month(month: &str) -> Option<String> {
    let y: i32 = month.get(..4)?.parse().ok()?;
    let m: u32 = month.get(5..7)?.parse().ok()?;
    Some(if m == 1 {
        format!("{:04}-12", y - 1)
    } else {
        format!("{y:04}-{:02}", m - 1)
    })
}

/// The months to choose from: this one and the eleven before it, and any other month
/// with a report, latest first.
fn month_choices(this: &str, mark: &TaskMark) -> Vec<String> {
    let mut months: Vec<String> = Vec::with_capacity(12);
    let mut m = this.to_owned();
    for _ in 0..12 {
        months.push(m.clone());
        match previous_month(&m) {
            Some(p) => m = p,
            None => break,
        }
    }
    for (reported, _) in mark.reported_months() {
        if !months.iter().any(|x| x == reported) {
            months.push(reported.to_owned());
        }
    }
    // "YYYY-MM" compare as text: latest first.
    crate::sort::sort_by(&mut months, |a, b| b.cmp(a));
    months
}

/// The 亮灯 of task node `i`: its colour and its word, with 序时 in the tooltip. Left out
/// where it would only repeat the due status beside it (逾期, 已完成).
#[component]
pub fn LightBadge(i: usize, #[prop(into)] status_label: Signal<&'static str>) -> impl IntoView {
    let checklist = use_checklist();
    move || {
        let light = checklist.light_of(i)?;
        if light.label() == status_label.get() {
            return None;
        }
        Some(view! {
            <span
                class=format!("light light-{}", light.css_class())
                data-testid="light"
                data-light=light.css_class()
                title=format!("亮灯：{}", light.colour().label())
            >
                <span class="light-dot" aria-hidden="true"></span>
                {light.label()}
            </span>
        })
    }
}

/// 进展 (with the completion when one is given) and, open, the editor.
#[component]
pub fn ProgressToggle(i: usize, open: RwSignal<bool>, ordinal: usize) -> impl IntoView {
    let checklist = use_checklist();
    let Some((_, doc, task)) = checklist.task_keys(i) else {
        return ().into_any();
    };
    let completion = Memo::new(move |_| {
        checklist
            .state
            .with(|s| s.mark(&doc, &task).and_then(|m| m.completion.value))
    });
    view! {
        <button
            type="button"
            class="link progress-toggle rove"
            tabindex="-1"
            data-testid="progress-toggle"
            aria-label=format!("第{ordinal}项任务的推进情况")
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || match completion.get() {
                Some(c) => format!("进展（{}）", c.label()),
                None => "进展".to_owned(),
            }}
        </button>
    }
    .into_any()
}

/// The editor of task node `i`'s progress.
#[component]
pub fn ProgressEditor(i: usize, ordinal: usize) -> impl IntoView {
    let checklist = use_checklist();
    let workspace = use_workspace();
    let Some((d, doc, task)) = checklist.task_keys(i) else {
        return ().into_any();
    };
    let mark = Memo::new(move |_| checklist.mark(&doc, &task));
    let this_month = move || {
        checklist
            .today
            .with(|t| month_of(t).unwrap_or_default().to_owned())
    };
    let month = RwSignal::new(this_month());
    let completion = move || mark.with(|m| m.completion.value);
    let kind = move || match completion() {
        None => "",
        Some(Completion::NotStarted) => "not_started",
        Some(Completion::Percent(_)) => "percent",
        Some(Completion::Done) => "done",
    };
    let percent = move || match completion() {
        Some(c) => c.percent().unwrap_or(0).to_string(),
        None => String::new(),
    };
    // 已完成 (or 100%) ticks the task done too: one answer to "is it done".
    let set_completion = move |c: Option<Completion>| {
        checklist.set_completion(i, c);
        if c.is_some_and(Completion::is_complete) && !mark.with_untracked(|m| m.done.value) {
            checklist.set_done(i, true);
        }
    };
    let on_kind = move |v: String| {
        let c = match v.as_str() {
            "not_started" => Some(Completion::NotStarted),
            "done" => Some(Completion::Done),
            "percent" => Some(Completion::Percent(
                completion()
                    .and_then(Completion::percent)
                    .filter(|p| *p < 100)
                    .unwrap_or(0) as u8,
            )),
            _ => None,
        };
        set_completion(c);
    };
    let percent_error = RwSignal::new(None::<&'static str>);
    let on_percent = move |field: web_sys::HtmlInputElement| {
        let text = field.value();
        let text = text.trim().trim_end_matches(['%', '％']);
        if text.is_empty() {
            percent_error.set(None);
            set_completion(None);
            return;
        }
        match text.parse::<u32>() {
            Ok(p) if p <= 100 => {
                percent_error.set(None);
                set_completion(Some(Completion::Percent(p as u8)));
            }
            _ => percent_error.set(Some("完成比例请填 0 到 100 之间的整数。")),
        }
    };
    // 序时 today, for the user to compare with.
    let year = workspace
        .parsed
        .with_untracked(|p| p.outline.documents.get(d).and_then(doc_year));
    let parsed_due = Memo::new(move |_| {
        workspace.parsed.with(|p| {
            p.index
                .nodes()
                .get(i)
                .and_then(|n| n.deadline.as_ref()?.date.clone())
        })
    });
    let schedule_now = move || {
        let today = checklist.today.get();
        mark.with(|m| {
            parsed_due.with(|due| schedule(&LightInput::of(Some(m), due.as_deref(), year), &today))
        })
    };
    let start = move || {
        mark.with(|m| {
            m.start
                .value
                .as_deref()
                .and_then(valid_due)
                .map(str::to_owned)
        })
    };
    let start_error = RwSignal::new(None::<String>);
    let on_start = move |field: web_sys::HtmlInputElement| {
        let today = checklist.today.get_untracked();
        match read_user_date(&field.value(), &today) {
            Ok(date) => {
                start_error.set(None);
                if date != start() {
                    checklist.set_start(i, date);
                }
                field.set_value(&start().unwrap_or_default());
            }
            Err(e) => start_error.set(Some(e.to_string())),
        }
    };
    let text_of = move |field: ReportField| {
        move || {
            month.with(|m| {
                mark.with(|mk| {
                    mk.report(m)
                        .map(|r| r.get(field).value.clone())
                        .unwrap_or_default()
                })
            })
        }
    };
    let report_box = move |field: ReportField| {
        view! {
            <label class="report-field">
                <span class="role">{field.label()}"："</span>
                <textarea
                    rows="2"
                    data-testid=format!("report-{}", field.name())
                    aria-label=move || format!("第{ordinal}项任务{}的{}", month_label(&month.get()), field.label())
                    prop:value=text_of(field)
                    on:input=move |ev| {
                        let m = month.get_untracked();
                        checklist.set_report(i, &m, field, event_target_value(&ev));
                    }
                ></textarea>
            </label>
        }
    };
    // The other months' reports, latest first.
    let history = move || {
        let shown = month.get();
        mark.with(|m| {
            m.reported_months()
                .filter(|(mo, _)| *mo != shown)
                .map(|(mo, r)| (mo.to_owned(), r.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="progress-editor" data-testid="progress-editor">
            <div class="progress-line">
                <label>
                    <span class="role">"完成情况："</span>
                    <select
                        data-testid="completion"
                        aria-label=format!("第{ordinal}项任务的完成情况")
                        prop:value=kind
                        on:change=move |ev| on_kind(event_target_value(&ev))
                    >
                        <option value="">"未填写"</option>
                        <option value="not_started">"未开工"</option>
                        <option value="percent">"按完成比例"</option>
                        <option value="done">"已完成"</option>
                    </select>
                </label>
                <label>
                    <span class="role">"完成比例："</span>
                    <input
                        type="text"
                        inputmode="numeric"
                        size="4"
                        autocomplete="off"
                        data-testid="percent"
                        aria-label=format!("第{ordinal}项任务的完成比例（%）")
                        aria-invalid=move || percent_error.with(Option::is_some).to_string()
                        prop:value=percent
                        on:change=move |ev| on_percent(event_target(&ev))
                    />
                    "%"
                </label>
                <span class="schedule" data-testid="schedule">
                    {move || schedule_now().map(|s| format!("序时进度 {}%", crate::decimal::fixed(s, 1)))}
                </span>
                <label>
                    <span class="role">"序时起算："</span>
                    <input
                        type="text"
                        size="10"
                        autocomplete="off"
                        data-testid="start"
                        placeholder="文件年度1月1日"
                        title="序时进度从这一天算到完成时限；清空则从文件所属年度的1月1日算起"
                        aria-label=format!("第{ordinal}项任务的序时起算日期")
                        prop:value=move || start().unwrap_or_default()
                        on:change=move |ev| on_start(event_target(&ev))
                    />
                </label>
            </div>
            {move || percent_error.get().map(|e| view! { <p class="due-error" role="alert">{e}</p> })}
            {move || start_error.get().map(|e| view! { <p class="due-error" role="alert">{e}</p> })}
            <label class="report-month">
                <span class="role">"报告月份："</span>
                <select
                    data-testid="report-month"
                    aria-label=format!("第{ordinal}项任务的报告月份")
                    prop:value=move || month.get()
                    on:change=move |ev| month.set(event_target_value(&ev))
                >
                    {move || {
                        let this = this_month();
                        mark.with(|m| month_choices(&this, m))
                            .into_iter()
                            .map(|m| {
                                let label = if m == this {
                                    format!("{}（本月）", month_label(&m))
                                } else {
                                    month_label(&m)
                                };
                                view! { <option value=m.clone() selected=month.get_untracked() == m>{label}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            {ReportField::ALL.map(report_box)}
            {move || {
                let past = history();
                (!past.is_empty()).then(|| view! {
                <div class="report-history" data-testid="report-history">
                    <p class="role">"往月进展："</p>
                    {past.into_iter().map(|(mo, r)| view! {
                        <dl class="report-past" data-testid="report-past" data-month=mo.clone()>
                            <dt>{month_label(&mo)}</dt>
                            {ReportField::ALL.map(|f| {
                                let text = r.get(f).value.clone();
                                (!text.is_empty()).then(|| view! {
                                    <dd><span class="role">{f.label()}"："</span>{text}</dd>
                                })
                            })}
                        </dl>
                    }).collect_view()}
                </div>
                })
            }}
        </div>
    }
    .into_any()
}

//! On opening: "本周到期 N 项 · 已逾期 M 项" over the documents shown (of 我的单位 when
//! any is chosen), a click away from the 到期 list, and the overdue count in the page
//! title ("(3) 督办清单"). Beside it, the thresholds of 亮灯. Not for a sample.

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::state::ViewMode;
use crate::checklist::date::{days_between, days_to_sunday, valid_due};
use crate::checklist::light::LightSettings;
use crate::checklist::{status, Status};

/// The page's own title, without a count.
const TITLE: &str = "督办清单";

#[component]
pub fn DueLine() -> impl IntoView {
    let checklist = use_checklist();
    let workspace = checklist.workspace;
    let mine_only = Memo::new(move |_| {
        checklist
            .state
            .with(|s| s.prefs.my_units().next().is_some())
    });
    // (due this week, overdue) among the tasks of the documents shown, not done, by the
    // date in force (the user's 我的期限, else the document's deadline); None without
    // tasks. The parse is the page's own (a long text is parsed in its worker): the
    // library is not parsed again for this line.
    let counts = Memo::new(move |_| {
        // A sample is not the user's: its dates say nothing about their work.
        if workspace.sample.with(Option::is_some) {
            return None;
        }
        let p = workspace.parsed.get();
        let today = checklist.today.get();
        let week = days_to_sunday(&today)?;
        let mine = mine_only.get();
        let nodes = p.index.nodes();
        checklist.keys.with(|k| {
            checklist.state.with(|s| {
                let (mut soon, mut overdue, mut tasks) = (0, 0, 0);
                for (i, task) in k.tasks.iter().enumerate() {
                    let (Some(task), Some(node)) = (task, nodes.get(i)) else {
                        continue;
                    };
                    tasks += 1;
                    if mine
                        && !node
                            .lead_units
                            .iter()
                            .chain(&node.coop_units)
                            .any(|u| checklist.is_my_unit(&p.index.unit_key(&u.key)))
                    {
                        continue;
                    }
                    let mark = k.docs.get(node.doc).and_then(|d| s.mark(d, task));
                    let mine_due = mark
                        .and_then(|m| m.due.value.as_deref())
                        .and_then(valid_due);
                    let due = mine_due.or_else(|| {
                        node.deadline
                            .as_ref()
                            .and_then(|d| d.date.as_deref())
                            .and_then(valid_due)
                    });
                    let done = mark.is_some_and(|m| m.done.value);
                    match status(due, done, &today) {
                        Status::Overdue => overdue += 1,
                        Status::DueSoon
                            if due
                                .and_then(|d| days_between(&today, d))
                                .is_some_and(|d| (0..=week).contains(&d)) =>
                        {
                            soon += 1
                        }
                        _ => {}
                    }
                }
                (tasks > 0).then_some((soon, overdue))
            })
        })
    });
    let shown = Memo::new(move |_| counts.with(Option::is_some));
    Effect::new(move |_| {
        let overdue = counts.get().map_or(0, |(_, o)| o);
        let title = if overdue > 0 {
            format!("({overdue}) {TITLE}")
        } else {
            TITLE.to_owned()
        };
        if let Some(d) = window().document() {
            d.set_title(&title);
        }
    });
    view! {
        {move || shown.get().then(|| view! {
            <div class="due-line-box" data-testid="due-line-box">
                {move || counts.get().map(|(soon, overdue)| view! {
                    <button
                        type="button"
                        class="link due-line"
                        class:has-overdue={overdue > 0}
                        data-testid="due-line"
                        title="查看到期任务"
                        on:click=move |_| workspace.view.set(ViewMode::Due)
                    >
                        {if mine_only.get() { "我的单位：" } else { "" }}
                        {format!("本周到期 {soon} 项 · 已逾期 {overdue} 项")}
                    </button>
                })}
                <LightSettingsForm/>
            </div>
        })}
    }
}

/// 亮灯设置: the points behind 序时 of 滞后 and of 严重滞后, and the days of 临近.
#[component]
fn LightSettingsForm() -> impl IntoView {
    let checklist = use_checklist();
    let settings = Memo::new(move |_| checklist.state.with(|s| s.prefs.light_settings()));
    let error = RwSignal::new(None::<&'static str>);
    let field = move |label: &'static str,
                      name: &'static str,
                      get: fn(&LightSettings) -> u32,
                      set: fn(&mut LightSettings, u32)| {
        view! {
            <label>
                {label}
                <input
                    type="text"
                    inputmode="numeric"
                    size="3"
                    data-testid=format!("light-{name}")
                    aria-label=label
                    prop:value=move || settings.with(|s| get(s).to_string())
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        match text.trim().parse::<u32>() {
                            Ok(v) if v <= LightSettings::MAX => {
                                error.set(None);
                                let mut s = settings.get_untracked();
                                set(&mut s, v);
                                let s = s.sane();
                                checklist.set_light_settings((s != LightSettings::default()).then_some(s));
                            }
                            _ => error.set(Some("请填 0 到 366 之间的整数。")),
                        }
                    }
                />
            </label>
        }
    };
    view! {
        <details class="light-settings" data-testid="light-settings">
            <summary>"亮灯设置"</summary>
            <p class="hint">"序时进度 = 从文件年度1月1日（或任务上设的起算日）到完成时限已过去的天数占比；持续推进、无时限的任务按本年度计。"</p>
            {field("落后序时（百分点）≥ 此值为滞后（黄灯）：", "behind", |s| s.behind, |s, v| s.behind = v)}
            {field("落后序时（百分点）> 此值为严重滞后（红灯）：", "serious", |s| s.serious, |s, v| s.serious = v)}
            {field("距完成时限不超过（天）为临近：", "near", |s| s.near_days, |s, v| s.near_days = v)}
            {move || error.get().map(|e| view! { <p class="due-error" role="alert">{e}</p> })}
        </details>
    }
}

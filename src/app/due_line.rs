//! On opening: "本周到期 N 项 · 已逾期 M 项" over the saved documents (of 我的单位 when
//! any is chosen), a click away from the 到期 list, and the overdue count in the page
//! title ("(3) 督办清单"). Beside it, the thresholds of 亮灯.

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::state::ViewMode;
use crate::checklist::date::{days_between, days_to_sunday};
use crate::checklist::light::LightSettings;
use crate::checklist::Status;

/// The page's own title, without a count.
const TITLE: &str = "督办清单";

#[component]
pub fn DueLine() -> impl IntoView {
    let checklist = use_checklist();
    let workspace = checklist.workspace;
    // The library is read (every saved document parsed) once the page is painted, not
    // before: opening stays as quick as it was.
    let ready = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(move || ready.set(true), std::time::Duration::ZERO)
    });
    let merges = Memo::new(move |_| checklist.unit_answers.with(|a| a.merges()));
    let mine_only = Memo::new(move |_| {
        checklist
            .state
            .with(|s| s.prefs.my_units().next().is_some())
    });
    // (due this week, overdue, documents), or None before the library is read or when
    // it has no document.
    let counts = Memo::new(move |_| {
        if !ready.get() {
            return None;
        }
        let today = checklist.today.get();
        let week = days_to_sunday(&today)?;
        let mine = mine_only.get();
        let merges = merges.get();
        checklist.overview.with(|docs| {
            if docs.is_empty() {
                return None;
            }
            let (mut soon, mut overdue) = (0, 0);
            for t in docs.iter().flat_map(|d| &d.due) {
                if mine
                    && !t
                        .lead
                        .iter()
                        .chain(&t.coop)
                        .any(|u| checklist.is_my_unit(&merges.key(&u.key)))
                {
                    continue;
                }
                match t.status {
                    Status::Overdue => overdue += 1,
                    Status::DueSoon
                        if days_between(&today, &t.due)
                            .is_some_and(|d| (0..=week).contains(&d)) =>
                    {
                        soon += 1
                    }
                    _ => {}
                }
            }
            Some((soon, overdue))
        })
    });
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
        <div class="due-line" data-testid="due-line-box">
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

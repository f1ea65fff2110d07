//! 推进情况表: the monthly progress table a 督查室 collects, one row per task of the
//! view, with the month's report (进展情况, 存在问题, 下步打算), the completion and
//! whether the task keeps up with 序时 (its 亮灯, see [`crate::checklist::light`]).
//!
//! Written as .xlsx by the export worker ([`super::xlsx::progress_xlsx`]), as CSV
//! ([`super::csv_file::progress_csv`]), and summed up in the 通报 draft
//! ([`super::bulletin`]).

use serde::{Deserialize, Serialize};

use super::rows::{Ledger, Mark};
use crate::checklist::date::{add_days, parse_date, valid_due};
use crate::checklist::light::{light, month_of, Light, LightInput, LightSettings};
use crate::checklist::status::status;
use crate::checklist::TaskMark;
use crate::filter::{Filter, Matches, OutlineIndex};

/// The columns of the 推进情况表, in order.
pub const PROGRESS_COLUMNS: [&str; 12] = [
    "序号",
    "工作任务",
    "牵头领导",
    "牵头单位",
    "配合单位",
    "完成时限",
    "本月进展情况",
    "累计完成情况（完成比例）",
    "是否达到序时进度",
    "存在问题",
    "下步打算",
    "备注",
];

/// One task of the table. Texts are as every format writes them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressRow {
    /// 1-based position in the table.
    pub ordinal: usize,
    /// The task's number as written ("（三）", "1."): the table numbers tasks as the
    /// source does.
    pub number: String,
    /// The task's text, then its unnumbered paragraphs on lines of their own.
    pub text: String,
    pub leaders: String,
    pub lead_units: String,
    pub coop_units: String,
    /// The deadline as written; the user's 我的期限 when the document gives none.
    pub deadline: String,
    /// The month's 进展情况.
    pub progress: String,
    /// 完成比例: "60%", 未开工 or 已完成; empty when not said.
    pub completion: String,
    /// 是否达到序时进度, from the 亮灯 ([`on_schedule`]).
    pub on_schedule: String,
    /// The month's 存在问题.
    pub problems: String,
    /// The month's 下步打算.
    pub next: String,
    /// The user's note on the task.
    pub note: String,
    /// The 亮灯 on the table's day; not sent to the worker, which writes the texts.
    #[serde(skip)]
    pub light: Option<Light>,
}

impl ProgressRow {
    /// 工作任务: the number as written, then the text.
    pub fn task(&self) -> String {
        format!("{}{}", self.number, self.text)
    }

    /// The cells in the order of [`PROGRESS_COLUMNS`].
    pub fn cells(&self) -> [String; 12] {
        [
            self.ordinal.to_string(),
            self.task(),
            self.leaders.clone(),
            self.lead_units.clone(),
            self.coop_units.clone(),
            self.deadline.clone(),
            self.progress.clone(),
            self.completion.clone(),
            self.on_schedule.clone(),
            self.problems.clone(),
            self.next.clone(),
            self.note.clone(),
        ]
    }
}

/// The 推进情况表 of a view for a month.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressTable {
    /// The document title(s).
    pub title: String,
    /// The filter in words.
    pub filter: String,
    /// The reporting month, "YYYY-MM".
    pub month: String,
    /// The day the table stands at, "YYYY-MM-DD" ([`report_day`]).
    pub day: String,
    pub rows: Vec<ProgressRow>,
}

/// 是否达到序时进度 for a 亮灯: 是 / 否 with the reason, 已完成; empty for a task with
/// neither a deadline nor a completion (nothing to compare).
pub fn on_schedule(light: Option<Light>) -> &'static str {
    match light {
        None => "",
        Some(Light::Done) => "已完成",
        Some(Light::Normal) => "是",
        Some(Light::Near) => "是（临近完成时限）",
        Some(Light::Behind) => "否（滞后）",
        Some(Light::SeriouslyBehind) => "否（严重滞后）",
        Some(Light::Overdue) => "否（逾期）",
    }
}

/// The day a report of `month` ("YYYY-MM") stands at on `today`: today in the month
/// itself, the month's last day for a month gone by. None if `month` is not a month.
pub fn report_day(month: &str, today: &str) -> Option<String> {
    let month = month_of(month).filter(|m| m.len() == month.len())?;
    let (y, m): (i64, u32) = (month[..4].parse().ok()?, month[5..].parse().ok()?);
    let next = if m == 12 {
        format!("{:04}-01-01", y + 1)
    } else {
        format!("{y:04}-{:02}-01", m + 1)
    };
    let end = add_days(&next, -1)?;
    Some(if parse_date(today).is_some() && today < end.as_str() {
        today.to_owned()
    } else {
        end
    })
}

/// "11月份" for "2026-11".
pub fn month_label(month: &str) -> String {
    match month.get(5..7).and_then(|m| m.parse::<u32>().ok()) {
        Some(m) => format!("{m}月份"),
        None => "本月".to_owned(),
    }
}

/// "11月30日" for "2026-11-30".
pub fn day_label(day: &str) -> String {
    let part = |r: std::ops::Range<usize>| day.get(r).and_then(|s| s.parse::<u32>().ok());
    match (part(5..7), part(8..10)) {
        (Some(m), Some(d)) => format!("{m}月{d}日"),
        _ => day.to_owned(),
    }
}

impl ProgressTable {
    /// The matched tasks of the view with the user's marks (`mark(i)`, None when task
    /// `i` has none) and their reports of `month`, standing at `day` ([`report_day`]):
    /// the 亮灯 are those of that day. `doc_years[d]` is the year of document `d`
    /// ([`crate::checklist::light::doc_year`]).
    #[allow(clippy::too_many_arguments)]
    pub fn of_view(
        index: &OutlineIndex,
        filter: &Filter,
        matches: &Matches,
        month: &str,
        day: &str,
        doc_years: &[Option<i64>],
        settings: &LightSettings,
        mut mark: impl FnMut(usize) -> Option<TaskMark>,
    ) -> ProgressTable {
        let tasks: Vec<usize> = index
            .nodes()
            .iter()
            .enumerate()
            .filter(|(i, n)| n.is_task() && matches.matched.get(*i).copied().unwrap_or(false))
            .map(|(i, _)| i)
            .collect();
        let marks: Vec<Option<TaskMark>> = tasks.iter().map(|&i| mark(i)).collect();
        let mut at = 0;
        let ledger = Ledger::of_view(index, filter, matches, day, |i| {
            let m = marks.get(at).and_then(Option::as_ref);
            at += 1;
            let parsed = index.node(i).deadline.as_ref().and_then(|d| d.date.clone());
            let mine = m.and_then(|m| m.due.value.as_deref()).and_then(valid_due);
            let due = mine.or_else(|| parsed.as_deref().and_then(valid_due));
            let done = m.is_some_and(|m| m.done.value);
            Mark {
                status: status(due, done, day).label().to_owned(),
                note: m.map(|m| m.note.value.clone()).unwrap_or_default(),
                due: mine.unwrap_or_default().to_owned(),
            }
        });
        let rows = ledger
            .rows
            .into_iter()
            .zip(&tasks)
            .zip(&marks)
            .map(|((row, &i), m)| {
                let node = index.node(i);
                let parsed = node.deadline.as_ref().and_then(|d| d.date.as_deref());
                let year = doc_years.get(node.doc).copied().flatten();
                let lit = light(&LightInput::of(m.as_ref(), parsed, year), day, settings);
                let report = m.as_ref().and_then(|m| m.report(month));
                let text = |f: fn(&crate::checklist::MonthReport) -> &str| {
                    report.map(|r| f(r).to_owned()).unwrap_or_default()
                };
                let completion = match m.as_ref().and_then(|m| m.completion.value) {
                    Some(c) => c.label(),
                    None if lit == Some(Light::Done) => "已完成".to_owned(),
                    None => String::new(),
                };
                ProgressRow {
                    ordinal: row.ordinal,
                    number: row.number,
                    text: row.text,
                    leaders: row.leaders,
                    lead_units: row.lead_units,
                    coop_units: row.coop_units,
                    deadline: if row.deadline.is_empty() {
                        row.my_due
                    } else {
                        row.deadline
                    },
                    progress: text(|r| &r.progress.value),
                    completion,
                    on_schedule: on_schedule(lit).to_owned(),
                    problems: text(|r| &r.problems.value),
                    next: text(|r| &r.next.value),
                    note: row.note,
                    light: lit,
                }
            })
            .collect();
        ProgressTable {
            title: ledger.title,
            filter: ledger.filter,
            month: month.to_owned(),
            day: day.to_owned(),
            rows,
        }
    }

    /// "11月份重点工作推进情况表".
    pub fn heading(&self) -> String {
        format!("{}重点工作推进情况表", month_label(&self.month))
    }
}

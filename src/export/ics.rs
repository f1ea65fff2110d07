//! Deadlines for the user's calendar: the tasks of the current view that have a date as
//! an iCalendar file (RFC 5545, .ics), which Outlook, WPS, Apple, Google and phone
//! calendars import.
//!
//! - one all-day event per task on the date in force (the user's 我的期限, else the date
//!   of the document's deadline): `DTSTART;VALUE=DATE`, `DTEND` the next day;
//! - a `UID` made of the task's and the document's keys ([`task_uid`]), so that
//!   importing the file again updates the events instead of adding them twice, and a
//!   `SEQUENCE` that grows with the export time, so that clients take the newer one;
//! - two reminders at 09:00, three days and one day before; a task marked done keeps its
//!   event, marked 已完成, without reminders (a re-import quiets the old ones);
//! - `SUMMARY` is 【牵头单位】 and the task cut short, `DESCRIPTION` the whole task with its
//!   leaders, units and deadline as written;
//! - text escaped as §3.3.11 says, lines ending CRLF and folded at 75 octets (§3.1)
//!   between characters, never inside a UTF-8 sequence.
//!
//! Tasks without a date are counted ([`TaskCalendar::undated`]) so that the page can say
//! how many were left out. The page gathers the [`TaskCalendar`] (it has the checklist's
//! keys and marks) and says what was left out; the export worker writes the file
//! ([`calendar_ics`], see [`super::worker_protocol`]).

use serde::{Deserialize, Serialize};

use super::rows::{Ledger, Mark, Row};
use crate::checklist::date::{days_from_civil, format_date, parse_date, valid_due};
use crate::checklist::hash::hash_hex;
use crate::checklist::identity::{DocKey, TaskKey};
use crate::checklist::status::Status;
use crate::filter::{Filter, Matches, OutlineIndex};

/// The MIME type of an .ics file.
pub const ICS_MIME: &str = "text/calendar;charset=utf-8";

/// Who wrote the file (§3.7.3).
pub const PRODID: &str = "-//duban//督办清单//ZH-CN";

/// The longest line, in octets, without its CRLF (§3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// Characters of the task kept in a `SUMMARY`.
const SHORT_TASK_CHARS: usize = 24;

/// Lead units named in a `SUMMARY` before "等".
const SUMMARY_UNITS: usize = 2;

/// The reminders: (trigger before the start of the day, days before, for the text).
/// The event starts at 00:00 of its date, so 09:00 three days before is 2 days 15
/// hours earlier.
const ALARMS: [(&str, u32); 2] = [("-P2DT15H", 3), ("-PT15H", 1)];

/// A task with a date, as the calendar shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarTask {
    /// See [`task_uid`].
    pub uid: String,
    /// The date in force, YYYY-MM-DD: the user's 我的期限, else the deadline's.
    pub date: String,
    pub done: bool,
    /// Texts and units, as in the 台账.
    pub row: Row,
}

/// The tasks of a view that have a date, and how many have none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskCalendar {
    /// The document title(s), as the 台账's.
    pub title: String,
    /// The filter in words.
    pub filter: String,
    pub tasks: Vec<CalendarTask>,
    /// Tasks of the view left out: neither 我的期限 nor a deadline with a date
    /// ("持续推进", "年内", none).
    pub undated: usize,
}

/// The `UID` of a task: the same for the same task of the same document in every
/// export (both keys are hashes of the normalised text, see
/// [`crate::checklist::identity`]), different for any two tasks.
pub fn task_uid(doc: &DocKey, task: &TaskKey) -> String {
    format!("{task}-{doc}@duban")
}

impl TaskCalendar {
    /// The matched tasks of the view that have a date. `mark(i)` is the checklist's
    /// mark of task `i` (as for the [`Ledger`]); `keys(i)` its document's and its own
    /// key (None when it has none yet: its identity is then made from its text).
    pub fn of_view(
        index: &OutlineIndex,
        filter: &Filter,
        matches: &Matches,
        today: &str,
        mark: impl FnMut(usize) -> Mark,
        mut keys: impl FnMut(usize) -> Option<(DocKey, TaskKey)>,
    ) -> TaskCalendar {
        let ledger = Ledger::of_view(index, filter, matches, today, mark);
        let nodes = index
            .nodes()
            .iter()
            .enumerate()
            .filter(|(i, n)| n.is_task() && matches.matched.get(*i).copied().unwrap_or(false));
        let mut tasks = Vec::new();
        let mut undated = 0;
        for ((i, node), row) in nodes.zip(ledger.rows) {
            let deadline = node.deadline.as_ref().and_then(|d| d.date.as_deref());
            let date = valid_due(&row.my_due).or_else(|| deadline.and_then(valid_due));
            let Some(date) = date.map(str::to_owned) else {
                undated += 1;
                continue;
            };
            let uid = match keys(i) {
                Some((doc, task)) => task_uid(&doc, &task),
                None => format!(
                    "x{}-{}@duban",
                    hash_hex(&format!("{}\u{1F}{}", row.path.join("\u{1F}"), row.text)),
                    hash_hex(&ledger.title)
                ),
            };
            tasks.push(CalendarTask {
                uid,
                date,
                done: row.status == Status::Done.label(),
                row,
            });
        }
        TaskCalendar {
            title: ledger.title,
            filter: ledger.filter,
            tasks,
            undated,
        }
    }

    /// What the page says after the export of `file`.
    pub fn report(&self, file: &str) -> String {
        let mut text = format!(
            "已导出 {file}：{} 项任务的期限，每项在到期前3天和前1天9:00提醒",
            self.tasks.len()
        );
        if self.undated > 0 {
            text.push_str(&format!(
                "；另有 {} 项任务没有具体日期（如“持续推进”），未列入",
                self.undated
            ));
        }
        text
    }

    /// What the page says when no task of the view has a date.
    pub fn nothing_dated(&self) -> String {
        format!(
            "当前视图的 {} 项任务都没有具体日期（可在任务下填写“我的期限”），没有可导出的日历事项",
            self.undated
        )
    }
}

/// The calendar as the text of an .ics file; `now_ms` (ms since the epoch) gives
/// `DTSTAMP` and `SEQUENCE`.
pub fn calendar_ics(calendar: &TaskCalendar, now_ms: f64) -> String {
    let stamp = utc_stamp(now_ms);
    let sequence = sequence(now_ms);
    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let name = format!("督办：{}（{}）", calendar.title, calendar.filter);
    line(&format!("X-WR-CALNAME:{}", escape_text(&name)));
    for task in &calendar.tasks {
        let Some(start) = parse_date(&task.date) else {
            continue;
        };
        let summary = summary(task);
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape_text(&task.uid)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("SEQUENCE:{sequence}"));
        line(&format!("DTSTART;VALUE=DATE:{}", ics_date(start)));
        line(&format!("DTEND;VALUE=DATE:{}", ics_date(start + 1)));
        line(&format!("SUMMARY:{}", escape_text(&summary)));
        line(&format!("DESCRIPTION:{}", escape_text(&description(task))));
        // A deadline does not make the day busy.
        line("TRANSP:TRANSPARENT");
        if !task.done {
            for (trigger, days) in ALARMS {
                line("BEGIN:VALARM");
                line("ACTION:DISPLAY");
                line(&format!("TRIGGER:{trigger}"));
                let text = format!("{days}天后到期：{summary}");
                line(&format!("DESCRIPTION:{}", escape_text(&text)));
                line("END:VALARM");
            }
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// 【牵头单位】 and the task's first clause (cut to [`SHORT_TASK_CHARS`]); [已完成] before a
/// done task.
pub fn summary(task: &CalendarTask) -> String {
    let mut out = String::new();
    if task.done {
        out.push_str("[已完成]");
    }
    let units: Vec<&str> = task
        .row
        .lead_units
        .split('、')
        .filter(|u| !u.is_empty())
        .collect();
    if !units.is_empty() {
        out.push('【');
        out.push_str(&units[..units.len().min(SUMMARY_UNITS)].join("、"));
        if units.len() > SUMMARY_UNITS {
            out.push('等');
        }
        out.push('】');
    }
    out.push_str(&short_task(&task.row.text));
    out
}

/// The task's first line up to its first comma or semicolon (when that leaves a few
/// words), at most [`SHORT_TASK_CHARS`] characters, "…" where cut.
fn short_task(text: &str) -> String {
    let first = text.lines().next().unwrap_or("").trim();
    let clause = first
        .char_indices()
        .find(|&(at, c)| {
            matches!(c, '，' | ',' | '；' | ';' | '。') && first[..at].chars().count() >= 6
        })
        .map_or(first, |(at, _)| &first[..at]);
    if clause.chars().count() <= SHORT_TASK_CHARS {
        return clause.to_owned();
    }
    let mut short: String = clause.chars().take(SHORT_TASK_CHARS - 1).collect();
    short.push('…');
    short
}

/// The whole task, its people and dates, one item a line.
fn description(task: &CalendarTask) -> String {
    let row = &task.row;
    let mut lines = vec![format!("{}{}", row.number, row.text)];
    let mut item = |label: &str, value: &str| {
        if !value.is_empty() {
            lines.push(format!("{label}：{value}"));
        }
    };
    item("牵头领导", &row.leaders);
    item("牵头单位", &row.lead_units);
    item("配合单位", &row.coop_units);
    item("完成时限", &row.deadline);
    item("我的期限", &row.my_due);
    item("状态", if task.done { &row.status } else { "" });
    item("备注", &row.note);
    let mut place = row.path.join(" > ");
    if !row.document.is_empty() {
        place = format!("《{}》{place}", row.document);
    }
    item("所在位置", &place);
    lines.join("\n")
}

/// A TEXT value escaped (§3.3.11): backslash, semicolon and comma behind a backslash,
/// a line break (CRLF, CR or LF) as `\n`; other control characters, which TEXT may not
/// hold, dropped (a tab is kept).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends the content line `line` folded (§3.1): a CRLF and a space inserted before the
/// character that would take a line past [`MAX_LINE_OCTETS`] octets (the space counts
/// on its line), so no UTF-8 character is split; then the closing CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let octets = c.len_utf8();
        if used + octets > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += octets;
    }
    out.push_str("\r\n");
}

/// A date (day number) as `YYYYMMDD`.
fn ics_date(days: i64) -> String {
    format_date(days).replace('-', "")
}

/// A moment as a UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`.
pub fn utc_stamp(ms: f64) -> String {
    let seconds = (ms / 1000.0).floor() as i64;
    let (days, of_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    format!(
        "{}T{:02}{:02}{:02}Z",
        ics_date(days),
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

/// Minutes since 2024-01-01 UTC: a later export has a higher `SEQUENCE`.
fn sequence(ms: f64) -> i64 {
    let base = days_from_civil(2024, 1, 1) * 1440;
    ((ms / 60_000.0).floor() as i64 - base).max(0)
}

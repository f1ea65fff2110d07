//! Progress counts and the due status of tasks.

use super::date::days_between;
use super::identity::{KeyedTask, TaskKey};
use super::model::{DocMarks, Prefs};

/// Days ahead within which a task is 临近.
pub const DUE_SOON_DAYS: i64 = 7;

/// Where a task stands against its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Done,
    NotDue,
    DueSoon,
    Overdue,
    NoDate,
}

impl Status {
    /// For the user: 已完成, 未到期, 临近, 逾期, 无期限.
    pub fn label(self) -> &'static str {
        match self {
            Status::Done => "已完成",
            Status::NotDue => "未到期",
            Status::DueSoon => "临近",
            Status::Overdue => "逾期",
            Status::NoDate => "无期限",
        }
    }

    /// A stable ASCII name for CSS classes and tests: done, not-due, due-soon, overdue, no-date.
    pub fn css_class(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::NotDue => "not-due",
            Status::DueSoon => "due-soon",
            Status::Overdue => "overdue",
            Status::NoDate => "no-date",
        }
    }
}

/// The status of a task due on `due` ("YYYY-MM-DD"; None or malformed = no date) on
/// `today`: done first; then overdue before `today`, 临近 from `today` to
/// `today` + 7 days inclusive, 未到期 after.
pub fn status(due: Option<&str>, done: bool, today: &str) -> Status {
    if done {
        return Status::Done;
    }
    match due.and_then(|d| days_between(today, d)) {
        None => Status::NoDate,
        Some(d) if d < 0 => Status::Overdue,
        Some(d) if d <= DUE_SOON_DAYS => Status::DueSoon,
        Some(_) => Status::NotDue,
    }
}

/// Done out of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    /// 0.0 to 1.0; 0.0 for no tasks.
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.done as f64 / self.total as f64
        }
    }

    /// Whole percent, rounded down (so 100 only when all are done).
    pub fn percent(self) -> u32 {
        (self.done * 100).checked_div(self.total).unwrap_or(0) as u32
    }

    /// "3/10".
    pub fn label(self) -> String {
        format!("{}/{}", self.done, self.total)
    }
}

/// Progress over any set of tasks (a section's, a unit's, a document's).
pub fn progress<'a>(
    marks: Option<&DocMarks>,
    keys: impl IntoIterator<Item = &'a TaskKey>,
) -> Progress {
    let mut p = Progress::default();
    for k in keys {
        p.total += 1;
        if marks.is_some_and(|m| m.is_done(k)) {
            p.done += 1;
        }
    }
    p
}

/// How a task concerns the user.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Involvement {
    /// One of my units leads it.
    pub lead: bool,
    /// One of my units cooperates on it.
    pub coop: bool,
    /// One of my leaders is in charge.
    pub leader: bool,
}

impl Involvement {
    pub fn any(self) -> bool {
        self.lead || self.coop || self.leader
    }
}

/// How the task concerns the user by "我的单位" (matched on unit keys) and "我的领导".
pub fn involvement(task: &KeyedTask<'_>, prefs: &Prefs) -> Involvement {
    // Any name of a unit chosen is the unit (the rules of `crate::units`).
    let chosen: Vec<String> = prefs.my_units().map(crate::units::merge_key).collect();
    let mine = |k: &str| chosen.contains(&crate::units::merge_key(k));
    Involvement {
        lead: task.node.lead_units.iter().any(|u| mine(&u.key)),
        coop: task.node.coop_units.iter().any(|u| mine(&u.key)),
        leader: task
            .node
            .leaders
            .iter()
            .any(|l| prefs.my_leaders.get(&l.name).is_some_and(|s| s.value)),
    }
}

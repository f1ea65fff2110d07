//! 亮灯 and 序时进度: how a task stands against the elapsed share of its period.
//!
//! 序时 (the schedule) is the share of the task's period that has gone by: from the
//! start of its document's year (or a start date the user set) to its deadline. A
//! deadline of 年底前 or 全年 is already 12-31 when parsed; 持续推进 and tasks without
//! a deadline use the calendar year of the day asked about. A task is then:
//!
//! - 已完成 when done;
//! - 逾期 (red) when its deadline has passed and it is not done;
//! - 严重滞后 (red) when its completion is more than [`LightSettings::serious`] points
//!   behind 序时, 滞后 (yellow) when [`LightSettings::behind`] points or more;
//! - 临近 (blue) when its deadline is within [`LightSettings::near_days`] days;
//! - 正常 (green) otherwise.
//!
//! Pure arithmetic on "YYYY-MM-DD" dates (see [`super::date`]); no clock: the caller
//! passes the day.

use serde::{Deserialize, Serialize};

use super::date::{civil_from_days, days_from_civil, parse_date, valid_due};
use super::model::{Completion, TaskMark};
use crate::parser::Document;

/// The thresholds of 亮灯, a setting of the user's (stored in [`super::Prefs`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct LightSettings {
    /// Points behind 序时 from which a task is 滞后 (yellow): 10.
    pub behind: u32,
    /// Points behind 序时 beyond which a task is 严重滞后 (red): 30.
    pub serious: u32,
    /// Days before its deadline from which a task is 临近: 7.
    pub near_days: u32,
}

impl Default for LightSettings {
    fn default() -> Self {
        Self {
            behind: 10,
            serious: 30,
            near_days: 7,
        }
    }
}

impl LightSettings {
    /// The largest value a setting takes (points above 100 or a year of days mean
    /// nothing more).
    pub const MAX: u32 = 366;

    /// Settings as the user may set them: `serious` at least `behind`, each at most
    /// [`LightSettings::MAX`].
    pub fn sane(self) -> Self {
        let behind = self.behind.min(Self::MAX);
        Self {
            behind,
            serious: self.serious.min(Self::MAX).max(behind),
            near_days: self.near_days.min(Self::MAX),
        }
    }
}

/// The 亮灯 of a task, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Light {
    /// 已完成.
    Done,
    /// 正常: on or ahead of 序时 (green).
    Normal,
    /// 临近: the deadline within [`LightSettings::near_days`] (blue).
    Near,
    /// 滞后: 10 to 30 points behind 序时 (yellow).
    Behind,
    /// 严重滞后: more than 30 points behind 序时 (red).
    SeriouslyBehind,
    /// 逾期: past the deadline, not done (red).
    Overdue,
}

/// The colour a [`Light`] is shown in (always with its text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Colour {
    Green,
    Blue,
    Yellow,
    Red,
}

impl Light {
    /// Every light, worst first (the order of summaries and filters).
    pub const WORST_FIRST: [Light; 6] = [
        Light::Overdue,
        Light::SeriouslyBehind,
        Light::Behind,
        Light::Near,
        Light::Normal,
        Light::Done,
    ];

    /// For the user: 已完成, 正常, 临近, 滞后, 严重滞后, 逾期.
    pub fn label(self) -> &'static str {
        match self {
            Light::Done => "已完成",
            Light::Normal => "正常",
            Light::Near => "临近",
            Light::Behind => "滞后",
            Light::SeriouslyBehind => "严重滞后",
            Light::Overdue => "逾期",
        }
    }

    /// A stable ASCII name for CSS classes, URLs and tests.
    pub fn css_class(self) -> &'static str {
        match self {
            Light::Done => "done",
            Light::Normal => "normal",
            Light::Near => "near",
            Light::Behind => "behind",
            Light::SeriouslyBehind => "serious",
            Light::Overdue => "overdue",
        }
    }

    /// The light of a [`Light::css_class`] name.
    pub fn from_css_class(name: &str) -> Option<Light> {
        Light::WORST_FIRST
            .into_iter()
            .find(|l| l.css_class() == name)
    }

    /// The colour: red for 逾期 and 严重滞后, yellow for 滞后, blue for 临近, green for
    /// 正常 and 已完成.
    pub fn colour(self) -> Colour {
        match self {
            Light::Done | Light::Normal => Colour::Green,
            Light::Near => Colour::Blue,
            Light::Behind => Colour::Yellow,
            Light::SeriouslyBehind | Light::Overdue => Colour::Red,
        }
    }

    /// Red: 逾期 or 严重滞后.
    pub fn is_red(self) -> bool {
        self.colour() == Colour::Red
    }
}

impl Colour {
    /// 绿灯, 蓝灯, 黄灯, 红灯.
    pub fn label(self) -> &'static str {
        match self {
            Colour::Green => "绿灯",
            Colour::Blue => "蓝灯",
            Colour::Yellow => "黄灯",
            Colour::Red => "红灯",
        }
    }
}

/// A task's period as day numbers (see [`super::date::days_from_civil`]), both ends
/// included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: i64,
    pub end: i64,
}

/// The year of a document: that of its period (2023年2月份) or else of its date.
pub fn doc_year(doc: &Document) -> Option<i64> {
    let of = |s: &Option<String>| {
        s.as_deref()
            .and_then(|s| crate::parser::meta::year_month(s).0)
    };
    of(&doc.period).or_else(|| of(&doc.date)).map(i64::from)
}

fn year_of_day(day: i64) -> i64 {
    civil_from_days(day).0
}

/// The period of a task due on `due` (None, malformed, or 持续推进: the calendar year of
/// `today`): from `start` (the user's start date) if set, else from 1 January of the
/// document's year (`doc_year`), else of the deadline's year. None if `today` is not a
/// date.
pub fn period(
    start: Option<&str>,
    due: Option<&str>,
    doc_year: Option<i64>,
    today: &str,
) -> Option<Period> {
    let today = parse_date(today)?;
    let end = due.and_then(parse_date);
    let start = start.and_then(parse_date);
    Some(match end {
        None => {
            let y = year_of_day(today);
            Period {
                start: start.unwrap_or_else(|| days_from_civil(y, 1, 1)),
                end: days_from_civil(y, 12, 31),
            }
        }
        Some(end) => {
            let y = doc_year.unwrap_or_else(|| year_of_day(end));
            Period {
                start: start.unwrap_or_else(|| days_from_civil(y, 1, 1)),
                end,
            }
        }
    })
}

/// 序时进度 on `today` in percent (0.0 to 100.0): the days of `period` gone by,
/// `today` included, out of all its days. A period ending before it starts (a deadline
/// before the start of the year) is all gone by from its end on, none before.
pub fn schedule_percent(period: Period, today: i64) -> f64 {
    if period.end < period.start {
        return if today >= period.end { 100.0 } else { 0.0 };
    }
    let total = (period.end - period.start + 1) as f64;
    let gone = (today - period.start + 1).clamp(0, period.end - period.start + 1) as f64;
    gone * 100.0 / total
}

/// 序时进度 of a task on `today`, in percent (see [`schedule_percent`]); None if `today`
/// is not a date.
pub fn schedule(task: &LightInput<'_>, today: &str) -> Option<f64> {
    let p = period(task.start, task.due, task.doc_year, today)?;
    Some(schedule_percent(p, parse_date(today)?))
}

/// What [`light`] needs to know of a task.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LightInput<'a> {
    /// The deadline in force, "YYYY-MM-DD" (the user's, else the document's).
    pub due: Option<&'a str>,
    /// The start of its period set by the user.
    pub start: Option<&'a str>,
    /// The year of its document.
    pub doc_year: Option<i64>,
    /// Ticked done, or its completion says 已完成.
    pub done: bool,
    /// Its completion in percent, if the user gave one (未开工 is 0).
    pub percent: Option<u32>,
}

impl<'a> LightInput<'a> {
    /// The input for a task of a document of `doc_year` whose deadline in the document
    /// is `parsed_due`, with the user's `mark` on it: the user's due date wins (one
    /// of [`super::date::YEARS`]; another was a typing slip of an older version).
    pub fn of(
        mark: Option<&'a TaskMark>,
        parsed_due: Option<&'a str>,
        doc_year: Option<i64>,
    ) -> Self {
        let mine = mark
            .and_then(|m| m.due.value.as_deref())
            .and_then(valid_due);
        let due = mine.or(parsed_due);
        let completion = mark.and_then(|m| m.completion.value);
        Self {
            due: due.filter(|d| parse_date(d).is_some()),
            start: mark.and_then(|m| m.start.value.as_deref()),
            doc_year,
            done: mark.is_some_and(|m| m.done.value)
                || completion.is_some_and(Completion::is_complete),
            percent: completion.and_then(Completion::percent),
        }
    }
}

/// The 亮灯 of a task on `today` ("YYYY-MM-DD"), or None for a task with neither a
/// deadline nor a completion (nothing to compare), or when `today` is not a date.
pub fn light(task: &LightInput<'_>, today: &str, settings: &LightSettings) -> Option<Light> {
    if task.done {
        return Some(Light::Done);
    }
    let day = parse_date(today)?;
    let due = task.due.and_then(parse_date);
    if due.is_none() && task.percent.is_none() {
        return None;
    }
    if due.is_some_and(|d| day > d) {
        return Some(Light::Overdue);
    }
    let settings = settings.sane();
    if let Some(percent) = task.percent {
        let behind = schedule(task, today)? - f64::from(percent.min(100));
        if behind > f64::from(settings.serious) {
            return Some(Light::SeriouslyBehind);
        }
        if behind >= f64::from(settings.behind) {
            return Some(Light::Behind);
        }
    }
    if due.is_some_and(|d| d - day <= i64::from(settings.near_days)) {
        return Some(Light::Near);
    }
    Some(Light::Normal)
}

/// The reporting month "YYYY-MM" of a day "YYYY-MM-DD" (the month itself when given
/// one); None if it is neither.
pub fn month_of(day: &str) -> Option<&str> {
    let month = day.get(..7)?;
    let ok = month.len() == 7
        && month.as_bytes()[4] == b'-'
        && month[..4].bytes().all(|b| b.is_ascii_digit())
        && matches!(month[5..].parse::<u32>(), Ok(1..=12));
    ok.then_some(month)
}

/// Counts of lights over a set of tasks (a unit's, a leader's), and how many were done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LightCounts {
    /// By light, in [`Light::WORST_FIRST`] order.
    pub by_light: [usize; 6],
    /// Tasks without a light (no deadline, no completion).
    pub unlit: usize,
}

impl LightCounts {
    pub fn add(&mut self, light: Option<Light>) {
        match light {
            Some(l) => {
                if let Some(i) = Light::WORST_FIRST.iter().position(|x| *x == l) {
                    self.by_light[i] += 1;
                }
            }
            None => self.unlit += 1,
        }
    }

    pub fn count(&self, light: Light) -> usize {
        Light::WORST_FIRST
            .iter()
            .position(|x| *x == light)
            .map_or(0, |i| self.by_light[i])
    }

    /// Tasks of a colour (已完成 is not counted as green here: only 正常 is).
    pub fn colour(&self, colour: Colour) -> usize {
        Light::WORST_FIRST
            .iter()
            .zip(self.by_light)
            .filter(|(l, _)| **l != Light::Done && l.colour() == colour)
            .map(|(_, n)| n)
            .sum()
    }

    pub fn total(&self) -> usize {
        self.by_light.iter().sum::<usize>() + self.unlit
    }

    /// 完成率: done out of all, in whole percent rounded down (0 for no tasks).
    pub fn done_percent(&self) -> u32 {
        (self.count(Light::Done) * 100)
            .checked_div(self.total())
            .unwrap_or(0) as u32
    }

    /// The order of "worst first": more red, then more yellow, then more 临近, then a
    /// lower 完成率. Compare two summaries' keys, the smaller key first.
    pub fn worst_first_key(&self) -> (std::cmp::Reverse<[usize; 3]>, u32) {
        (
            std::cmp::Reverse([
                self.colour(Colour::Red),
                self.colour(Colour::Yellow),
                self.colour(Colour::Blue),
            ]),
            self.done_percent(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(today: &str, due: Option<&str>, percent: Option<u32>) -> Option<Light> {
        light(
            &LightInput {
                due,
                percent,
                doc_year: Some(2026),
                ..LightInput::default()
            },
            today,
            &LightSettings::default(),
        )
    }

    fn day(s: &str) -> i64 {
        parse_date(s).unwrap()
    }

    #[test]
    fn schedule_by_days_of_the_period() {
        let year = period(None, Some("2026-12-31"), Some(2026), "2026-06-01").unwrap();
        assert_eq!(year.start, day("2026-01-01"));
        // The end of November: 334 of 365 days.
        let nov = schedule_percent(year, day("2026-11-30"));
        assert!((nov - 334.0 * 100.0 / 365.0).abs() < 1e-9, "{nov}");
        assert_eq!(schedule_percent(year, day("2026-12-31")), 100.0);
        assert_eq!(schedule_percent(year, day("2027-03-01")), 100.0);
        assert_eq!(schedule_percent(year, day("2025-12-31")), 0.0);
        // Month ends: half the days of a period of 1 January to 28 February are gone
        // on 30 January (30 of 59).
        let feb = period(None, Some("2026-02-28"), Some(2026), "2026-01-30").unwrap();
        let s = schedule_percent(feb, day("2026-01-30"));
        assert!((s - 30.0 * 100.0 / 59.0).abs() < 1e-9, "{s}");
    }

    #[test]
    fn leap_years() {
        // 2024 has 366 days, 29 February among them.
        let p = period(None, Some("2024-12-31"), Some(2024), "2024-02-29").unwrap();
        assert_eq!(p.end - p.start + 1, 366);
        let s = schedule_percent(p, day("2024-02-29"));
        assert!((s - 60.0 * 100.0 / 366.0).abs() < 1e-9, "{s}");
        // A deadline of 29 February is the last day of its period.
        let q = period(None, Some("2024-02-29"), Some(2024), "2024-02-29").unwrap();
        assert_eq!(schedule_percent(q, day("2024-02-29")), 100.0);
    }

    #[test]
    fn deadline_before_the_period_start() {
        // A 2026 document with a task due 2025-12-31 (carried over): its period is
        // over, so a task not done is 逾期, and 序时 is 100 from its end.
        let p = period(None, Some("2025-12-31"), Some(2026), "2026-03-01").unwrap();
        assert!(p.end < p.start);
        assert_eq!(schedule_percent(p, day("2026-03-01")), 100.0);
        assert_eq!(schedule_percent(p, day("2025-06-01")), 0.0);
        assert_eq!(
            at("2026-03-01", Some("2025-12-31"), Some(50)),
            Some(Light::Overdue)
        );
        // A start set by the user after the deadline: 序时 0 before the deadline.
        let q = period(
            Some("2026-07-01"),
            Some("2026-06-30"),
            Some(2026),
            "2026-06-01",
        );
        assert_eq!(schedule_percent(q.unwrap(), day("2026-06-01")), 0.0);
        assert_eq!(
            light(
                &LightInput {
                    due: Some("2026-06-30"),
                    start: Some("2026-07-01"),
                    percent: Some(0),
                    ..LightInput::default()
                },
                "2026-06-01",
                &LightSettings::default()
            ),
            Some(Light::Normal)
        );
    }

    #[test]
    fn year_end_and_ongoing_tasks() {
        // 年底前 is 12-31 when parsed: half way through the year, 50% is on schedule.
        assert_eq!(
            at("2026-07-02", Some("2026-12-31"), Some(50)),
            Some(Light::Normal)
        );
        // 30 points behind is yellow, more than 30 red.
        let s = schedule_percent(
            period(None, Some("2026-12-31"), Some(2026), "2026-10-01").unwrap(),
            day("2026-10-01"),
        );
        assert!((s - 274.0 * 100.0 / 365.0).abs() < 1e-9);
        // 序时 75.1: 66% is 9.1 behind, 65% 10.1, 46% 29.1, 45% 30.1.
        assert_eq!(
            at("2026-10-01", Some("2026-12-31"), Some(66)),
            Some(Light::Normal)
        );
        assert_eq!(
            at("2026-10-01", Some("2026-12-31"), Some(65)),
            Some(Light::Behind)
        );
        assert_eq!(
            at("2026-10-01", Some("2026-12-31"), Some(46)),
            Some(Light::Behind)
        );
        assert_eq!(
            at("2026-10-01", Some("2026-12-31"), Some(45)),
            Some(Light::SeriouslyBehind)
        );
        // 持续推进 (no date): the calendar year of today.
        let p = period(None, None, Some(2020), "2027-04-01").unwrap();
        assert_eq!((p.start, p.end), (day("2027-01-01"), day("2027-12-31")));
        assert_eq!(at("2027-12-20", None, Some(95)), Some(Light::Normal));
        assert_eq!(
            at("2027-12-20", None, Some(50)),
            Some(Light::SeriouslyBehind)
        );
    }

    #[test]
    fn done_late_and_no_deadline() {
        // Done is done, however late.
        let done_late = LightInput {
            due: Some("2026-03-31"),
            done: true,
            doc_year: Some(2026),
            ..LightInput::default()
        };
        assert_eq!(
            light(&done_late, "2026-11-01", &LightSettings::default()),
            Some(Light::Done)
        );
        // Not done after the deadline: 逾期, whatever the completion.
        assert_eq!(
            at("2026-04-01", Some("2026-03-31"), Some(99)),
            Some(Light::Overdue)
        );
        assert_eq!(
            at("2026-04-01", Some("2026-03-31"), None),
            Some(Light::Overdue)
        );
        // On the deadline itself it is not yet overdue.
        assert_eq!(
            at("2026-03-31", Some("2026-03-31"), None),
            Some(Light::Near)
        );
        // Neither a deadline nor a completion: no light.
        assert_eq!(at("2026-04-01", None, None), None);
        // A malformed deadline is no deadline.
        assert_eq!(at("2026-04-01", Some("2026-02-30"), None), None);
        assert_eq!(at("not a day", Some("2026-03-31"), None), None);
    }

    #[test]
    fn near_the_deadline() {
        assert_eq!(
            at("2026-06-23", Some("2026-06-30"), None),
            Some(Light::Near)
        );
        assert_eq!(
            at("2026-06-22", Some("2026-06-30"), None),
            Some(Light::Normal)
        );
        let three = LightSettings {
            near_days: 3,
            ..LightSettings::default()
        };
        let input = LightInput {
            due: Some("2026-06-30"),
            ..LightInput::default()
        };
        assert_eq!(light(&input, "2026-06-26", &three), Some(Light::Normal));
        assert_eq!(light(&input, "2026-06-27", &three), Some(Light::Near));
        // Behind wins over near.
        assert_eq!(
            at("2026-06-25", Some("2026-06-30"), Some(50)),
            Some(Light::SeriouslyBehind)
        );
    }

    #[test]
    fn thresholds_are_settings() {
        let strict = LightSettings {
            behind: 5,
            serious: 15,
            near_days: 0,
        };
        let input = LightInput {
            due: Some("2026-12-31"),
            doc_year: Some(2026),
            percent: Some(40),
            ..LightInput::default()
        };
        // 序时 on 2026-07-02 is 50.1: 10 points behind.
        assert_eq!(light(&input, "2026-07-02", &strict), Some(Light::Behind));
        assert_eq!(
            light(&input, "2026-07-02", &LightSettings::default()),
            Some(Light::Behind)
        );
        let lenient = LightSettings {
            behind: 20,
            ..LightSettings::default()
        };
        assert_eq!(light(&input, "2026-07-02", &lenient), Some(Light::Normal));
        // A serious threshold below the yellow one is raised to it.
        let odd = LightSettings {
            behind: 20,
            serious: 5,
            near_days: 7,
        };
        assert_eq!(odd.sane().serious, 20);
    }

    #[test]
    fn input_from_a_mark() {
        let mut m = TaskMark::default();
        m.completion.set(Some(Completion::Percent(30)), 1.0);
        m.due.set(Some("2026-05-31".into()), 1.0);
        let i = LightInput::of(Some(&m), Some("2026-12-31"), Some(2026));
        assert_eq!(i.due, Some("2026-05-31"));
        assert_eq!(i.percent, Some(30));
        assert!(!i.done);
        m.completion.set(Some(Completion::Done), 2.0);
        assert!(LightInput::of(Some(&m), None, None).done);
        m.completion.set(Some(Completion::NotStarted), 3.0);
        assert_eq!(LightInput::of(Some(&m), None, None).percent, Some(0));
        assert_eq!(LightInput::of(None, Some("x"), None).due, None);
        // 序时 of the task: from its start set by the user to its own due date (31 May),
        // 16 of 31 days on 16 May.
        m.start.set(Some("2026-05-01".into()), 4.0);
        let i = LightInput::of(Some(&m), None, Some(2026));
        let s = schedule(&i, "2026-05-16").unwrap();
        assert!((s - 16.0 * 100.0 / 31.0).abs() < 1e-9, "{s}");
    }

    #[test]
    fn months_and_counts() {
        assert_eq!(month_of("2026-11-30"), Some("2026-11"));
        assert_eq!(month_of("2026-11"), Some("2026-11"));
        assert_eq!(month_of("2026-13-01"), None);
        assert_eq!(month_of("26-1"), None);
        let mut c = LightCounts::default();
        for l in [
            Some(Light::Overdue),
            Some(Light::SeriouslyBehind),
            Some(Light::Done),
            None,
        ] {
            c.add(l);
        }
        assert_eq!(c.colour(Colour::Red), 2);
        assert_eq!(c.colour(Colour::Green), 0);
        assert_eq!(c.total(), 4);
        assert_eq!(c.done_percent(), 25);
        let mut better = LightCounts::default();
        better.add(Some(Light::Overdue));
        assert!(c.worst_first_key() < better.worst_first_key());
        assert_eq!(
            Light::from_css_class("serious"),
            Some(Light::SeriouslyBehind)
        );
        assert_eq!(Light::Overdue.colour().label(), "红灯");
    }
}

//! The user's own data: marks per task, the library of documents, and preferences.
//! Every field the user can change carries its own stamp, so two copies merge field
//! by field (see [`super::merge`]). Nothing here reads a clock: callers pass `now`.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use super::identity::{DocKey, TaskKey};
use super::light::LightSettings;
use super::stamped::{clamp_millis, Millis, Stamped};
use crate::parser::Document;

/// A pasted text, shared rather than copied (see [`DocEntry::source`]).
pub type Text = Arc<str>;

/// What the user added to one task.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TaskMark {
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub done: Stamped<bool>,
    /// Free text, may span lines.
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub note: Stamped<String>,
    /// Personal due date "YYYY-MM-DD" overriding the parsed deadline; None = use it.
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub due: Stamped<Option<String>>,
    /// How far the task has come (None = not said). Stored apart from the marks above,
    /// with the monthly reports (see [`super::storage_format`]).
    #[serde(skip)]
    pub completion: Stamped<Option<Completion>>,
    /// The start of the task's period for 序时, "YYYY-MM-DD", set by the user; None =
    /// 1 January of its document's year (see [`super::light::period`]).
    #[serde(skip)]
    pub start: Stamped<Option<String>>,
    /// The monthly reports, by month "YYYY-MM".
    #[serde(skip)]
    pub months: BTreeMap<String, MonthReport>,
}

/// How far a task has come: a share done, or for a task without a measure 未开工 or
/// 已完成. Stored as `"not_started"`, `{"percent":n}` or `"done"`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Completion {
    /// 未开工.
    NotStarted,
    /// 完成比例, 0 to 100.
    Percent(u8),
    /// 已完成.
    Done,
}

impl Completion {
    /// The share done in percent: 0 for 未开工, 100 for 已完成.
    pub fn percent(self) -> Option<u32> {
        Some(match self {
            Completion::NotStarted => 0,
            Completion::Percent(p) => u32::from(p.min(100)),
            Completion::Done => 100,
        })
    }

    /// 已完成, or 100%.
    pub fn is_complete(self) -> bool {
        self.percent() == Some(100)
    }

    /// Begun (已开工): anything but 未开工 and 0%.
    pub fn is_started(self) -> bool {
        self.percent().is_some_and(|p| p > 0)
    }

    /// For the user: 未开工, 已完成, or "60%".
    pub fn label(self) -> String {
        match self {
            Completion::NotStarted => "未开工".to_owned(),
            Completion::Done => "已完成".to_owned(),
            Completion::Percent(p) => format!("{}%", p.min(100)),
        }
    }
}

/// One month's report on a task: 进展情况, 存在问题, 下步打算, each a text of its own,
/// so that two tabs editing different ones both keep theirs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct MonthReport {
    /// 进展情况.
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub progress: Stamped<String>,
    /// 存在问题.
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub problems: Stamped<String>,
    /// 下步打算.
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub next: Stamped<String>,
}

/// Which text of a [`MonthReport`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportField {
    Progress,
    Problems,
    Next,
}

impl ReportField {
    pub const ALL: [ReportField; 3] = [
        ReportField::Progress,
        ReportField::Problems,
        ReportField::Next,
    ];

    /// 进展情况, 存在问题, 下步打算.
    pub fn label(self) -> &'static str {
        match self {
            ReportField::Progress => "进展情况",
            ReportField::Problems => "存在问题",
            ReportField::Next => "下步打算",
        }
    }

    /// A stable ASCII name for tests: progress, problems, next.
    pub fn name(self) -> &'static str {
        match self {
            ReportField::Progress => "progress",
            ReportField::Problems => "problems",
            ReportField::Next => "next",
        }
    }
}

impl MonthReport {
    pub fn is_unset(&self) -> bool {
        self.progress.is_unset() && self.problems.is_unset() && self.next.is_unset()
    }

    /// All three texts empty.
    pub fn is_empty(&self) -> bool {
        self.progress.value.is_empty()
            && self.problems.value.is_empty()
            && self.next.value.is_empty()
    }

    pub fn get(&self, field: ReportField) -> &Stamped<String> {
        match field {
            ReportField::Progress => &self.progress,
            ReportField::Problems => &self.problems,
            ReportField::Next => &self.next,
        }
    }

    pub fn get_mut(&mut self, field: ReportField) -> &mut Stamped<String> {
        match field {
            ReportField::Progress => &mut self.progress,
            ReportField::Problems => &mut self.problems,
            ReportField::Next => &mut self.next,
        }
    }

    /// Field by field, the later stamp wins.
    pub fn merge(&self, other: &Self) -> Self {
        Self {
            progress: self.progress.merge(&other.progress),
            problems: self.problems.merge(&other.problems),
            next: self.next.merge(&other.next),
        }
    }
}

impl TaskMark {
    /// Nothing was ever set.
    pub fn is_unset(&self) -> bool {
        self.done.is_unset() && self.note.is_unset() && self.due.is_unset() && !self.has_progress()
    }

    /// Any of the progress fields (completion, start, monthly reports) was set.
    pub fn has_progress(&self) -> bool {
        !self.completion.is_unset()
            || !self.start.is_unset()
            || self.months.values().any(|r| !r.is_unset())
    }

    /// The report of `month` ("YYYY-MM"), if any text of it was ever set.
    pub fn report(&self, month: &str) -> Option<&MonthReport> {
        self.months.get(month).filter(|r| !r.is_unset())
    }

    /// The months with a report that says something, latest first.
    pub fn reported_months(&self) -> impl Iterator<Item = (&str, &MonthReport)> {
        self.months
            .iter()
            .rev()
            .filter(|(_, r)| !r.is_empty())
            .map(|(m, r)| (m.as_str(), r))
    }

    /// The due date to show: the personal one, else the parsed deadline's date.
    pub fn due_date<'a>(&'a self, parsed: Option<&'a str>) -> Option<&'a str> {
        self.due.value.as_deref().or(parsed)
    }
}

/// The marks of one document, by task.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocMarks {
    pub tasks: BTreeMap<TaskKey, TaskMark>,
}

impl DocMarks {
    pub fn is_done(&self, task: &TaskKey) -> bool {
        self.tasks.get(task).is_some_and(|m| m.done.value)
    }
}

/// A document of the library.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocEntry {
    /// Also the map key; not repeated in the stored form.
    #[serde(skip)]
    pub key: DocKey,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 文号.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// When `title` and `doc_number` were last taken from a parse.
    #[serde(serialize_with = "super::stamped::write_millis")]
    pub info_at: Millis,
    /// When the document first entered the library.
    #[serde(serialize_with = "super::stamped::write_millis")]
    pub added_at: Millis,
    /// The user's name for it (renamed); None = the title.
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub name: Stamped<Option<String>>,
    /// In the bin since `deleted.at` when true (a tombstone: merge keeps it deleted
    /// unless someone restored it later).
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub deleted: Stamped<bool>,
    /// The pasted text, to parse again on reopening. Stored under its own key. Shared
    /// (not copied) by the documents of one paste, and by the copies of the state that
    /// merging with another tab makes: a paste can be megabytes.
    #[serde(skip)]
    pub source: Stamped<Text>,
}

impl DocEntry {
    /// The name to show: the user's, else the title, else the 文号, else "未命名文档".
    pub fn display_name(&self) -> &str {
        self.name
            .value
            .as_deref()
            .or(self.title.as_deref())
            .or(self.doc_number.as_deref())
            .unwrap_or("未命名文档")
    }

    pub fn is_deleted(&self) -> bool {
        self.deleted.value
    }

    /// When it was deleted, if it is.
    pub fn deleted_at(&self) -> Option<Millis> {
        self.deleted.value.then_some(self.deleted.at)
    }

    /// In the library without its text: the text did not fit in storage when it was
    /// pasted (or was lost), while its entry and marks were saved. Pasting the text again
    /// brings it back, marks and all.
    pub fn text_not_saved(&self) -> bool {
        self.source.is_unset()
    }

    /// Deleted for good ([`State::purge`]): in the bin with its text cleared at a known
    /// time. Its marks are no longer stored and it is no longer listed in the bin.
    pub fn is_purged(&self) -> bool {
        self.is_deleted() && self.source.value.is_empty() && self.source.at > 0.0
    }
}

/// "我的单位" and "我的领导", and the document open last.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Prefs {
    /// Unit key ([`crate::parser::Unit::key`]) → chosen (false = removed, kept as a
    /// stamp so merge does not bring it back).
    pub my_units: BTreeMap<String, Stamped<bool>>,
    /// Leader name → chosen.
    pub my_leaders: BTreeMap<String, Stamped<bool>>,
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub current: Stamped<Option<DocKey>>,
    /// The thresholds of 亮灯; None = the defaults ([`LightSettings::default`]).
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub light: Stamped<Option<LightSettings>>,
}

impl Prefs {
    pub fn my_units(&self) -> impl Iterator<Item = &str> {
        chosen(&self.my_units)
    }

    pub fn my_leaders(&self) -> impl Iterator<Item = &str> {
        chosen(&self.my_leaders)
    }

    /// The thresholds of 亮灯 in force.
    pub fn light_settings(&self) -> LightSettings {
        self.light.value.unwrap_or_default().sane()
    }
}

fn chosen(set: &BTreeMap<String, Stamped<bool>>) -> impl Iterator<Item = &str> {
    set.iter().filter(|(_, s)| s.value).map(|(k, _)| k.as_str())
}

/// Everything the user has, as kept in localStorage and in a backup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub prefs: Prefs,
    pub library: BTreeMap<DocKey, DocEntry>,
    /// Marks by document. May hold documents without a library entry (recovered
    /// from damaged storage, or of a purged document).
    pub marks: BTreeMap<DocKey, DocMarks>,
    /// The user's corrections of the outline, by document (see [`super::corrections`]).
    pub fixes: BTreeMap<DocKey, super::corrections::DocFixes>,
    /// The user's answers about units: merged, or not the same (see
    /// [`super::unit_answers`]).
    pub units: super::unit_answers::UnitAnswers,
}

impl State {
    pub fn mark(&self, doc: &DocKey, task: &TaskKey) -> Option<&TaskMark> {
        self.marks.get(doc)?.tasks.get(task)
    }

    pub fn doc_marks(&self, doc: &DocKey) -> Option<&DocMarks> {
        self.marks.get(doc)
    }

    fn mark_mut(&mut self, doc: &DocKey, task: &TaskKey) -> &mut TaskMark {
        let marks = self.marks.entry(doc.clone()).or_default();
        marks.tasks.entry(task.clone()).or_default()
    }

    pub fn set_done(&mut self, doc: &DocKey, task: &TaskKey, done: bool, now: Millis) {
        self.mark_mut(doc, task).done.set(done, now);
    }

    pub fn set_note(&mut self, doc: &DocKey, task: &TaskKey, note: &str, now: Millis) {
        self.mark_mut(doc, task).note.set(note.to_owned(), now);
    }

    /// Sets the personal due date ("YYYY-MM-DD"), or None to go back to the parsed one.
    pub fn set_due(&mut self, doc: &DocKey, task: &TaskKey, due: Option<String>, now: Millis) {
        self.mark_mut(doc, task).due.set(due, now);
    }

    /// Sets how far the task has come (None = not said).
    pub fn set_completion(
        &mut self,
        doc: &DocKey,
        task: &TaskKey,
        completion: Option<Completion>,
        now: Millis,
    ) {
        self.mark_mut(doc, task).completion.set(completion, now);
    }

    /// Sets the start of the task's period for 序时 ("YYYY-MM-DD"; None = the start of
    /// its document's year).
    pub fn set_start(&mut self, doc: &DocKey, task: &TaskKey, start: Option<String>, now: Millis) {
        self.mark_mut(doc, task).start.set(start, now);
    }

    /// Sets one text of the report of `month` ("YYYY-MM") on a task.
    pub fn set_report(
        &mut self,
        doc: &DocKey,
        task: &TaskKey,
        month: &str,
        field: ReportField,
        text: &str,
        now: Millis,
    ) {
        let report = self
            .mark_mut(doc, task)
            .months
            .entry(month.to_owned())
            .or_default();
        report.get_mut(field).set(text.to_owned(), now);
    }

    /// Sets the thresholds of 亮灯 (None = back to the defaults).
    pub fn set_light_settings(&mut self, settings: Option<LightSettings>, now: Millis) {
        self.prefs.light.set(settings.map(LightSettings::sane), now);
    }

    /// Puts a parsed document in the library (or refreshes it: new title and source,
    /// and out of the bin if it was deleted). Returns true if it was not there.
    pub fn add_document(
        &mut self,
        key: &DocKey,
        doc: &Document,
        source: impl Into<Text>,
        now: Millis,
    ) -> bool {
        let source = source.into();
        let new = !self.library.contains_key(key);
        let entry = self.library.entry(key.clone()).or_insert_with(|| DocEntry {
            key: key.clone(),
            added_at: now,
            ..DocEntry::default()
        });
        entry.title = doc.title.clone();
        entry.doc_number = doc.doc_number.clone();
        entry.info_at = if now > entry.info_at {
            now
        } else {
            entry.info_at + 1.0
        };
        if entry.source.value != source {
            entry.source.set(source, now);
        }
        if entry.deleted.value {
            entry.deleted.set(false, now);
        }
        new
    }

    /// Renames a document (None = back to its title). False if it is not in the library.
    pub fn rename(&mut self, key: &DocKey, name: Option<String>, now: Millis) -> bool {
        let name = name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
        self.library
            .get_mut(key)
            .map(|e| e.name.set(name, now))
            .is_some()
    }

    /// Moves a document to the bin (its marks stay, for undo).
    pub fn delete(&mut self, key: &DocKey, now: Millis) -> bool {
        self.library
            .get_mut(key)
            .map(|e| e.deleted.set(true, now))
            .is_some()
    }

    /// Undoes [`State::delete`].
    pub fn restore(&mut self, key: &DocKey, now: Millis) -> bool {
        self.library
            .get_mut(key)
            .map(|e| e.deleted.set(false, now))
            .is_some()
    }

    /// Documents not in the bin, most recently added first.
    pub fn documents(&self) -> Vec<&DocEntry> {
        let mut v: Vec<&DocEntry> = self.library.values().filter(|e| !e.is_deleted()).collect();
        crate::sort::sort_by(&mut v, |a, b| {
            b.added_at
                .total_cmp(&a.added_at)
                .then_with(|| a.key.cmp(&b.key))
        });
        v
    }

    /// Documents in the bin (not those deleted for good), most recently deleted first.
    pub fn deleted_documents(&self) -> Vec<&DocEntry> {
        let mut v: Vec<&DocEntry> = self
            .library
            .values()
            .filter(|e| e.is_deleted() && !e.is_purged())
            .collect();
        crate::sort::sort_by(&mut v, |a, b| {
            b.deleted
                .at
                .total_cmp(&a.deleted.at)
                .then_with(|| a.key.cmp(&b.key))
        });
        v
    }

    /// Deletes a document in the bin for good: forgets its marks and text, which frees
    /// their storage. The tombstone stays, its text cleared at `now` (a later stamp
    /// than the text any other copy of the state holds), so that another tab or an
    /// older backup merged in does not bring the text back, and the storage format
    /// no longer writes marks for it. False if `key` is not in the bin.
    pub fn purge(&mut self, key: &DocKey, now: Millis) -> bool {
        let Some(entry) = self.library.get_mut(key).filter(|e| e.is_deleted()) else {
            return false;
        };
        entry.source.set(Arc::from(""), now);
        self.marks.remove(key);
        self.fixes.remove(key);
        true
    }

    /// The marks to store or back up: those of every document not deleted for good
    /// (a copy merged in, from another tab or a backup, may still hold such marks).
    pub fn kept_marks(&self) -> impl Iterator<Item = (&DocKey, &DocMarks)> {
        self.marks
            .iter()
            .filter(|(k, _)| !self.library.get(*k).is_some_and(DocEntry::is_purged))
    }

    /// This state as the storage format keeps it (stored, backed up, read back): the
    /// same, without the marks and corrections of documents deleted for good, and
    /// without documents' corrections of which nothing was ever set.
    pub fn storable(&self) -> State {
        State {
            marks: crate::sort::btree_map(self.kept_marks().map(|(k, m)| {
                let mut m = m.clone();
                for t in m.tasks.values_mut() {
                    t.months.retain(|_, r| !r.is_unset());
                }
                (k.clone(), m)
            })),
            fixes: crate::sort::btree_map(
                self.kept_fixes()
                    .filter(|(_, f)| !f.nodes.is_empty())
                    .map(|(k, f)| (k.clone(), f.clone())),
            ),
            ..self.clone()
        }
    }

    /// [`State::purge`]s every document deleted at or before `before`.
    pub fn purge_deleted(&mut self, before: Millis, now: Millis) {
        let keys: Vec<DocKey> = self
            .library
            .values()
            .filter(|e| e.deleted_at().is_some_and(|at| at <= before) && !e.is_purged())
            .map(|e| e.key.clone())
            .collect();
        for key in keys {
            self.purge(&key, now);
        }
    }

    /// Brings every stamp later than `now` + [`FUTURE_MARGIN`](super::stamped::FUTURE_MARGIN)
    /// back to `now`. A stamp from the future (a damaged value, a clock set wrong on
    /// another computer, a backup made there) would win every merge, and the user could
    /// never change that field again; brought back to now, the user's next change wins.
    /// Called on every state read (storage, another tab, a backup) before it is merged.
    /// Gives how many stamps were brought back.
    pub fn clamp_future(&mut self, now: Millis) -> usize {
        let mut n = 0;
        let mut count = |wrong: bool| n += usize::from(wrong);
        for s in self
            .prefs
            .my_units
            .values_mut()
            .chain(self.prefs.my_leaders.values_mut())
        {
            count(s.clamp_future(now));
        }
        count(self.prefs.current.clamp_future(now));
        count(self.prefs.light.clamp_future(now));
        for s in self.units.stamps_mut() {
            count(s.clamp_future(now));
        }
        for e in self.library.values_mut() {
            count(clamp_millis(&mut e.info_at, now));
            count(clamp_millis(&mut e.added_at, now));
            count(e.name.clamp_future(now));
            count(e.deleted.clamp_future(now));
            count(e.source.clamp_future(now));
        }
        for m in self.marks.values_mut().flat_map(|d| d.tasks.values_mut()) {
            count(m.done.clamp_future(now));
            count(m.note.clamp_future(now));
            count(m.due.clamp_future(now));
            count(m.completion.clamp_future(now));
            count(m.start.clamp_future(now));
            for r in m.months.values_mut() {
                count(r.progress.clamp_future(now));
                count(r.problems.clamp_future(now));
                count(r.next.clamp_future(now));
            }
        }
        n + self.clamp_future_fixes(now)
    }

    pub fn set_current(&mut self, key: Option<DocKey>, now: Millis) {
        self.prefs.current.set(key, now);
    }

    /// The document to reopen: the current one if it is in the library and not deleted.
    pub fn current(&self) -> Option<&DocEntry> {
        let key = self.prefs.current.value.as_ref()?;
        self.library.get(key).filter(|e| !e.is_deleted())
    }

    pub fn set_my_unit(&mut self, unit_key: &str, mine: bool, now: Millis) {
        self.prefs
            .my_units
            .entry(unit_key.to_owned())
            .or_default()
            .set(mine, now);
    }

    pub fn set_my_leader(&mut self, name: &str, mine: bool, now: Millis) {
        self.prefs
            .my_leaders
            .entry(name.to_owned())
            .or_default()
            .set(mine, now);
    }
}

//! When storage refuses writes (full): what a save could not write, said exactly to the
//! user, and smaller values to try for a document's marks so that its ticks are kept
//! when a long note does not fit.

use serde_json::Value;

use super::codec::{self, Lost};
use super::{envelope, Part, Write};
use crate::checklist::identity::{DocKey, TaskKey};
use crate::checklist::model::State;

/// One part of the state a save could not write. The page still holds it; the next
/// save tries again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnsavedItem {
    /// A document's pasted text (its entry and marks may be saved without it).
    Text(DocKey),
    /// This many notes of a document, held back because they did not fit; its done
    /// marks, due dates and other notes are saved.
    Notes(DocKey, usize),
    /// A document's marks: done marks, due dates and notes.
    Marks(DocKey),
    /// A document's corrections of the outline.
    Fixes(DocKey),
    /// A document's progress: completion and monthly reports.
    Progress(DocKey),
    /// The library: documents added, renamed, deleted or restored.
    Library,
    /// 我的单位, 我的领导, the document open last.
    Prefs,
}

impl UnsavedItem {
    /// The item a refused (or held back) write of `key` leaves unsaved; None for keys
    /// whose write the user would not miss (an old version's key being removed).
    pub fn of_key(key: &str) -> Option<UnsavedItem> {
        match Part::from_storage_key(key)? {
            Part::Source(doc) => Some(UnsavedItem::Text(doc)),
            Part::Marks(doc) => Some(UnsavedItem::Marks(doc)),
            Part::Fixes(doc) => Some(UnsavedItem::Fixes(doc)),
            Part::Progress(doc) => Some(UnsavedItem::Progress(doc)),
            Part::Library => Some(UnsavedItem::Library),
            Part::Prefs | Part::Units => Some(UnsavedItem::Prefs),
            Part::V1 => None,
        }
    }

    fn describe(&self, state: &State) -> String {
        let name = |doc: &DocKey| {
            state
                .library
                .get(doc)
                .map_or_else(|| doc.to_string(), |e| e.display_name().to_owned())
        };
        match self {
            UnsavedItem::Text(doc) => format!("文档《{}》的原文", name(doc)),
            UnsavedItem::Notes(doc, n) => format!("文档《{}》中 {n} 条较长的备注", name(doc)),
            UnsavedItem::Marks(doc) => {
                format!("文档《{}》的完成标记、期限和备注", name(doc))
            }
            UnsavedItem::Fixes(doc) => format!("文档《{}》的手动修正", name(doc)),
            UnsavedItem::Progress(doc) => {
                format!("文档《{}》的推进情况（完成比例和月度进展）", name(doc))
            }
            UnsavedItem::Library => "文档库的变动（新加入、改名、删除或恢复的文档）".to_owned(),
            UnsavedItem::Prefs => "“我的单位”“我的领导”等设置".to_owned(),
        }
    }
}

/// What one save could not write, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unsaved {
    /// In the order of the writes; each item once.
    pub items: Vec<UnsavedItem>,
    /// The browser's reason when it was not a full storage (its error name).
    pub other_error: Option<String>,
}

impl Unsaved {
    /// Notes `item` (once).
    pub fn push(&mut self, item: UnsavedItem) {
        if !self.items.contains(&item) {
            self.items.push(item);
        }
    }

    /// Notes what the write `w`, not made, leaves unsaved.
    pub fn push_write(&mut self, w: &Write) {
        if let Write::Set { key, .. } = w {
            if let Some(item) = UnsavedItem::of_key(key) {
                self.push(item);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// What was not saved, in words: "文档《…》的原文；文档库的变动".
    pub fn list(&self, state: &State) -> String {
        let what: Vec<String> = self.items.iter().map(|i| i.describe(state)).collect();
        if what.is_empty() {
            "部分修改".to_owned()
        } else {
            what.join("；")
        }
    }

    /// The message for the user: exactly what was not saved; everything else was.
    pub fn notice(&self, state: &State) -> String {
        let what = self.list(state);
        match &self.other_error {
            None => format!(
                "浏览器存储空间已满，以下修改没有保存：{what}。没有列出的修改都已保存，之前保存的内容完好。\
                 没有保存的修改仍在页面上，但关闭页面后会丢失：请先导出备份，再在“文档库与备份”中删除不再需要的文档，\
                 并在“已删除”中永久删除，腾出空间后会自动补存。同一次粘贴的几份文档共用一份原文，要全部永久删除才能腾出空间。"
            ),
            Some(error) => format!(
                "浏览器拒绝保存（{error}），以下修改没有保存：{what}。没有列出的修改都已保存，之前保存的内容完好。\
                 没有保存的修改仍在页面上，但关闭页面后会丢失：请导出备份。"
            ),
        }
    }
}

/// For a library document whose text is not stored ([`DocEntry::text_not_saved`]),
/// named `name`: what happened, and how to get it back.
///
/// [`DocEntry::text_not_saved`]: crate::checklist::DocEntry::text_not_saved
pub fn text_not_saved_notice(name: &str) -> String {
    format!(
        "《{name}》的原文没有保存在本浏览器中（保存时存储空间已满），所以无法打开。\
         它的标题、完成标记和备注都还在：请重新粘贴这份文件的原文，它们会自动恢复。"
    )
}

/// When storage refuses a document's marks `next` (stored as `prev`, if at all): smaller
/// values to try, in order, each with the number of notes it holds back. A note that
/// differs from the stored one is held back (the stored note kept), the longest first,
/// twice as many in each value, up to all of them; done marks and due dates are kept
/// in every value, so that a tick is saved though a long note does not fit. Empty when
/// no note differs, or `next` is not a marks value.
pub fn marks_holding_back_notes(prev: Option<&str>, next: &str) -> Vec<(String, usize)> {
    let read = |raw: &str| match serde_json::from_str::<Value>(raw) {
        Ok(Value::Object(o)) => Some(codec::read_marks(&o, "", &mut Lost::new())),
        _ => None,
    };
    let Some(wanted) = read(next) else {
        return Vec::new();
    };
    let stored = prev.and_then(read).unwrap_or_default();
    let mut changed: Vec<(&TaskKey, usize)> = wanted
        .tasks
        .iter()
        .filter(|(k, m)| {
            stored.tasks.get(*k).map(|s| &s.note) != Some(&m.note) && !m.note.is_unset()
        })
        .map(|(k, m)| (k, m.note.value.len()))
        .collect();
    crate::sort::sort_by(&mut changed, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out = Vec::new();
    let mut n = 1;
    while n <= changed.len() {
        let mut marks = wanted.clone();
        for (task, _) in &changed[..n] {
            let old = stored.tasks.get(*task).map(|m| m.note.clone());
            if let Some(m) = marks.tasks.get_mut(*task) {
                m.note = old.unwrap_or_default();
            }
        }
        out.push((envelope(codec::marks_body(&marks)), n));
        n = if n == changed.len() {
            n + 1
        } else {
            (n * 2).min(changed.len())
        };
    }
    out
}

//! What a paste does to the library: each document with a task is kept (or refreshed,
//! or brought back from the bin); one that revises a library document takes its marks
//! over, replaces it if its key differs, and is reported to the user. Pure: the web
//! layer (`app::checklist_state`) calls [`keep_paste`] after each parse. A paste
//! reopened from the library leaves out the documents the user deleted from it
//! ([`without_documents`]).

use std::collections::BTreeSet;

use super::identity::{doc_keys, DocKey};
use super::model::{DocEntry, State, Text};
use super::revision::{carry_marks, likely_revision_among, match_revision, Revision};
use crate::parser::{self, lines, Document, IgnoredLine, Outline};

/// Why the lines of a document left out by [`without_documents`] are not shown.
pub const DELETED_DOCUMENT: &str = "已删除的文档";

/// The outline of `source` without the documents whose key `leave_out` names, and the
/// keys of the documents kept. The library keeps the whole paste as the text of each
/// of its documents, so reopening one of them parses its deleted siblings too; they
/// must not come back on screen, in the counts or in the exports.
///
/// `keys` are the keys of every document of the outline: [`doc_keys`] numbers
/// look-alike documents by their place in the paste, so keys are computed before any
/// document is dropped. The lines of a dropped document are listed among the ignored
/// lines with the reason [`DELETED_DOCUMENT`] (nothing disappears without a word), and
/// the warnings on its lines go with it.
pub fn without_documents(
    mut outline: Outline,
    keys: Vec<DocKey>,
    source: &str,
    leave_out: impl Fn(&DocKey) -> bool,
) -> (Outline, Vec<DocKey>) {
    if !keys.iter().any(&leave_out) {
        return (outline, keys);
    }
    let mut kept = Vec::new();
    let mut kept_keys = Vec::new();
    let mut dropped_lines = BTreeSet::new();
    let mut dropped_ranges = Vec::new();
    for (doc, key) in std::mem::take(&mut outline.documents).into_iter().zip(keys) {
        if !leave_out(&key) {
            kept.push(doc);
            kept_keys.push(key);
            continue;
        }
        let (mut first, mut last) = (usize::MAX, 0);
        for node in doc.walk() {
            dropped_lines.extend(node.line..=node.end_line);
            first = first.min(node.line);
            last = last.max(node.end_line);
        }
        if first <= last {
            dropped_ranges.push(first..=last);
        }
    }
    outline.documents = kept;
    // A line can already be ignored inside a node's span (a page number in a
    // paragraph): it keeps its own reason, and is not listed twice.
    for i in &outline.ignored {
        dropped_lines.remove(&i.line);
    }
    let mut buf = String::new();
    let all_lines = lines::split(source, &mut buf);
    outline
        .ignored
        .extend(dropped_lines.into_iter().filter_map(|no| {
            let text = all_lines.get(no.checked_sub(1)?)?.text();
            (!text.is_empty()).then(|| IgnoredLine {
                line: no,
                text: text.to_owned(),
                reason: DELETED_DOCUMENT.to_owned(),
            })
        }));
    outline.ignored.sort_by_key(|i| i.line);
    outline
        .warnings
        .retain(|w| !dropped_ranges.iter().any(|r| r.contains(&w.line)));
    (outline, kept_keys)
}

/// What changed in a re-pasted document, for the user to check.
#[derive(Clone, Debug, PartialEq)]
pub struct RevisionReport {
    pub name: String,
    pub summary: String,
    /// (新增 / 删除 / 修改 / 编号变动, text, detail).
    pub items: Vec<(&'static str, String, String)>,
    /// The old version was under another key and went to the bin.
    pub replaced: bool,
}

impl RevisionReport {
    pub fn of(name: &str, rev: &Revision) -> Self {
        let mut items = Vec::new();
        for a in &rev.added {
            items.push(("新增", a.text.clone(), String::new()));
        }
        for r in &rev.removed {
            items.push(("删除", r.text.clone(), String::new()));
        }
        for p in rev.modified() {
            items.push(("修改", p.new_text.clone(), p.describe()));
        }
        for p in rev.renumbered() {
            items.push(("编号变动", p.new_text.clone(), p.describe()));
        }
        Self {
            name: name.to_owned(),
            summary: rev.summary(),
            items,
            replaced: false,
        }
    }
}

/// What [`keep_paste`] did.
#[derive(Debug, Default)]
pub struct PasteOutcome {
    /// One report per document that revises a library document (changes, or a
    /// replaced entry).
    pub reports: Vec<RevisionReport>,
    /// The state changed (a save is due).
    pub changed: bool,
}

/// Keeps the documents `docs` of a paste (keys `keys`, text `source`) in the library at
/// `now`. `from_library`: the text was opened from the library, so documents of it
/// that the user deleted stay deleted.
pub fn keep_paste(
    s: &mut State,
    docs: &[Document],
    keys: &[DocKey],
    source: &Text,
    from_library: bool,
    now: f64,
) -> PasteOutcome {
    let mut out = PasteOutcome::default();
    let mut old_outlines = OldOutlines::default();
    for (doc, key) in docs.iter().zip(keys) {
        // A paste with no task (a title alone, a stray paragraph) is not kept.
        if doc.tasks().next().is_none() {
            continue;
        }
        let revised = carry_revision(s, doc, key, keys, source, &mut old_outlines);
        let in_bin = s.library.get(key).is_some_and(DocEntry::is_deleted);
        if !(from_library && in_bin) && needs_adding(s, doc, key, source) {
            s.add_document(key, doc, source.clone(), now);
            out.changed = true;
        }
        if let Some((from, mut report)) = revised {
            if from != *key {
                replace_in_library(s, &from, key, now);
                if let Some(r) = &mut report {
                    r.replaced = true;
                }
            }
            out.reports.extend(report);
            out.changed = true;
        }
    }
    // The document to reopen next time: the first one of the paste that is kept.
    let kept = docs
        .iter()
        .zip(keys)
        .find(|(doc, key)| {
            doc.tasks().next().is_some() && !s.library.get(*key).is_some_and(DocEntry::is_deleted)
        })
        .map(|(_, key)| key);
    if kept.is_some() && s.prefs.current.value.as_ref() != kept {
        s.set_current(kept.cloned(), now);
        out.changed = true;
    }
    out
}

fn needs_adding(s: &State, doc: &Document, key: &DocKey, source: &str) -> bool {
    match s.library.get(key) {
        None => true,
        Some(e) => {
            e.is_deleted()
                || *e.source.value != *source
                || e.title != doc.title
                || e.doc_number != doc.doc_number
        }
    }
}

/// Earlier sources parsed while handling one paste: several documents of a paste
/// usually revise documents of one earlier paste, which is then parsed once.
#[derive(Default)]
struct OldOutlines(Vec<(String, parser::Outline)>);

impl OldOutlines {
    fn of(&mut self, source: &str) -> &parser::Outline {
        let at = match self.0.iter().position(|(s, _)| s == source) {
            Some(at) => at,
            None => {
                self.0.push((source.to_owned(), parser::parse(source)));
                self.0.len() - 1
            }
        };
        &self.0[at].1
    }
}

/// A new version under another key replaces the old one in the library: the user's
/// name for it passes on, and the old version goes to the bin (restorable there).
fn replace_in_library(s: &mut State, old: &DocKey, new: &DocKey, now: f64) {
    let name = s.library.get(old).and_then(|e| e.name.value.clone());
    if name.is_some() {
        s.rename(new, name, now);
    }
    s.delete(old, now);
}

/// When `doc` revises a library document (the same key with other text, or a new key
/// that [`likely_revision_among`] finds outside this paste), carries the marks and
/// gives the key it revised, with the report of the changes (None if it has none).
fn carry_revision(
    s: &mut State,
    doc: &Document,
    key: &DocKey,
    paste_keys: &[DocKey],
    source: &str,
    old_outlines: &mut OldOutlines,
) -> Option<(DocKey, Option<RevisionReport>)> {
    let (from, old_source, name) = match s.library.get(key) {
        Some(e) if !e.source.value.is_empty() && *e.source.value != *source => (
            key.clone(),
            e.source.value.clone(),
            e.display_name().to_owned(),
        ),
        Some(_) => return None,
        None => {
            let sibling = |e: &DocEntry| paste_keys.contains(&e.key) || *e.source.value == *source;
            let e = likely_revision_among(s, doc, key, |e| !sibling(e))?;
            (
                e.key.clone(),
                e.source.value.clone(),
                e.display_name().to_owned(),
            )
        }
    };
    if old_source.is_empty() {
        return None;
    }
    let old_outline = old_outlines.of(&old_source);
    let old_keys = doc_keys(&old_outline.documents);
    let pos = old_keys.iter().position(|k| *k == from)?;
    let rev = match_revision(&old_outline.documents[pos], doc);
    if from != *key && !rev.is_same_document() {
        return None; // A similar title, other tasks: another document.
    }
    carry_marks(s, &from, key, &rev);
    // A replaced entry is always reported (the old one goes to the bin), changes or not.
    let report = (from != *key || !rev.is_unchanged()).then(|| RevisionReport::of(&name, &rev));
    Some((from, report))
}

//! What a paste does to the library: each document with a task is kept (or refreshed,
//! or brought back from the bin); one that revises a library document takes its marks
//! over, replaces it if its key differs, and is reported to the user. Pure: the web
//! layer (`app::checklist_state`) calls [`keep_paste`] after each parse. A paste
//! reopened from the library leaves out the documents the user deleted from it
//! ([`without_documents`]).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::hash::hash_hex;

use super::identity::{doc_keys, normalise_text, DocKey};
use super::model::{DocEntry, DocMarks, State, TaskMark, Text};
use super::revision::{carry_marks, likely_revision_among, match_revision, ChangeKind, Revision};
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
    // Sorted and deduplicated below (a Vec rather than a BTreeSet: less code).
    let mut dropped_lines: Vec<usize> = Vec::new();
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
    crate::sort::sort_by(&mut dropped_lines, usize::cmp);
    dropped_lines.dedup();
    let already: HashSet<usize> = outline.ignored.iter().map(|i| i.line).collect();
    dropped_lines.retain(|no| !already.contains(no));
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
    crate::sort::sort_by_key(&mut outline.ignored, |i| i.line);
    outline
        .warnings
        .retain(|w| !dropped_ranges.iter().any(|r| r.contains(&w.line)));
    (outline, kept_keys)
}

/// One line of a [`RevisionReport`].
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub kind: ChangeKind,
    /// The task's text (the new one, but for 删除).
    pub text: String,
    /// What changed, in words (修改, 编号变动); empty otherwise.
    pub detail: String,
    /// For 删除: what the user had put on the task (done, note, due date), if anything.
    /// The mark stays stored under the old task; it is shown here so that a note is
    /// not lost from sight with the task.
    pub mark: Option<TaskMark>,
}

/// What changed in a re-pasted document, for the user to check.
#[derive(Clone, Debug, PartialEq)]
pub struct RevisionReport {
    pub name: String,
    pub summary: String,
    pub items: Vec<Change>,
    /// The old version was under another key and went to the bin.
    pub replaced: bool,
    /// The paste has the old version's key (its title, or 文号 and title) but not its
    /// tasks: it was kept as a new document, without marks, and the old version went
    /// to the bin, with its text and marks, under a key of its own. `summary` then
    /// counts the tasks of both and those they share; `items` is empty.
    pub kept_apart: bool,
    /// The name of the pasted version (its title, else its 文号, else 未命名文档).
    pub new_name: String,
}

impl RevisionReport {
    /// The report of `rev`; `old_marks` are the old version's marks, whose removed
    /// tasks' marks the 删除 lines show.
    pub fn of(name: &str, rev: &Revision, old_marks: Option<&DocMarks>) -> Self {
        let change = |kind, text: &str, detail: String| Change {
            kind,
            text: text.to_owned(),
            detail,
            mark: None,
        };
        let mut items = Vec::new();
        for a in &rev.added {
            items.push(change(ChangeKind::Added, &a.text, String::new()));
        }
        for r in &rev.removed {
            let mark = old_marks
                .and_then(|m| m.tasks.get(&r.key))
                .filter(|m| m.done.value || !m.note.value.is_empty() || m.due.value.is_some())
                .cloned();
            items.push(Change {
                mark,
                ..change(ChangeKind::Removed, &r.text, String::new())
            });
        }
        for p in rev.modified() {
            items.push(change(ChangeKind::Modified, &p.new_text, p.describe()));
        }
        for p in rev.renumbered() {
            items.push(change(ChangeKind::Renumbered, &p.new_text, p.describe()));
        }
        Self {
            name: name.to_owned(),
            summary: rev.summary(),
            items,
            replaced: false,
            kept_apart: false,
            new_name: name.to_owned(),
        }
    }

    /// The report of a paste kept apart from the library document of the same key
    /// named `name` (see [`RevisionReport::kept_apart`]).
    pub fn kept_apart(name: &str, new_name: &str, rev: &Revision) -> Self {
        let shared = rev.pairs.len();
        Self {
            name: name.to_owned(),
            summary: format!(
                "原有 {} 项任务，新文档 {} 项，相同的 {shared} 项",
                shared + rev.removed.len(),
                shared + rev.added.len()
            ),
            items: Vec::new(),
            replaced: false,
            kept_apart: true,
            new_name: new_name.to_owned(),
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
///
/// Parses the earlier versions it compares with, and compares them, here: for native
/// callers (the tests, tools). The page links neither the parser nor the comparison;
/// it calls [`try_keep_paste`] with what its parse worker answers, as this does with
/// the parser's and [`match_revision`]'s.
pub fn keep_paste(
    s: &mut State,
    docs: &[Document],
    keys: &[DocKey],
    source: &Text,
    from_library: bool,
    now: f64,
) -> PasteOutcome {
    let mut earlier = Earlier::default();
    let mut parses: Vec<(Text, Outline)> = Vec::new();
    loop {
        match try_keep_paste(s, docs, keys, source, from_library, now, &earlier) {
            Ok((kept, out)) => {
                *s = kept;
                return out;
            }
            Err(needs) => {
                for need in needs {
                    let text = need.text().clone();
                    let at = match parses.iter().position(|(t, _)| *t == text) {
                        Some(at) => at,
                        None => {
                            parses.push((text.clone(), parser::parse(&text)));
                            parses.len() - 1
                        }
                    };
                    let old = &parses[at].1;
                    match need {
                        Need::Keys(_) => earlier.insert_keys(text, doc_keys(&old.documents)),
                        Need::Revision {
                            old_doc, new_doc, ..
                        } => {
                            let rev = match_revision(&old.documents[old_doc], &docs[new_doc]);
                            earlier.insert_revision(text, old_doc, new_doc, rev);
                        }
                    }
                }
            }
        }
    }
}

/// [`keep_paste`] on a copy of `s`, with what is known of the earlier versions it
/// compares with in `earlier`: the state it leaves and what it did; or, when it needs
/// something `earlier` does not hold, all it needs (then `s` is as it was: find those
/// and try again; each round adds at least one, so rounds end).
#[allow(clippy::too_many_arguments)]
pub fn try_keep_paste(
    s: &State,
    docs: &[Document],
    keys: &[DocKey],
    source: &Text,
    from_library: bool,
    now: f64,
    earlier: &Earlier,
) -> Result<(State, PasteOutcome), Vec<Need>> {
    let mut kept = s.clone();
    let mut needs = Vec::new();
    let out = keep_paste_with(
        &mut kept,
        docs,
        keys,
        source,
        from_library,
        now,
        earlier,
        &mut needs,
    );
    if needs.is_empty() {
        Ok((kept, out))
    } else {
        Err(needs)
    }
}

#[allow(clippy::too_many_arguments)]
fn keep_paste_with(
    s: &mut State,
    docs: &[Document],
    keys: &[DocKey],
    source: &Text,
    from_library: bool,
    now: f64,
    earlier: &Earlier,
    needs: &mut Vec<Need>,
) -> PasteOutcome {
    let mut out = PasteOutcome::default();
    // Looked up for every library entry by every document: a set, and each stored
    // text compared with the paste's once (a paste can hold hundreds of documents).
    let paste_keys: HashSet<&DocKey> = keys.iter().collect();
    let is_source = SameText::new(source);
    for (d, (doc, key)) in docs.iter().zip(keys).enumerate() {
        // A paste with no task (a title alone, a stray paragraph) is not kept.
        if doc.tasks().next().is_none() {
            continue;
        }
        let revised = carry_revision(
            s,
            (d, doc),
            key,
            &paste_keys,
            &is_source,
            (earlier, &mut *needs),
            now,
        );
        let in_bin = s.library.get(key).is_some_and(DocEntry::is_deleted);
        if !(from_library && in_bin) && needs_adding(s, doc, key, &is_source) {
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

fn needs_adding(s: &State, doc: &Document, key: &DocKey, is_source: &SameText) -> bool {
    match s.library.get(key) {
        None => true,
        Some(e) => {
            e.is_deleted()
                || !is_source.is(&e.source.value)
                || e.title != doc.title
                || e.doc_number != doc.doc_number
        }
    }
}

/// Whether a stored text is the paste's own. The documents of one paste share one
/// text (an `Arc`): the paste's is recognised without reading it, and any other is
/// compared once, so that a paste of 400 documents and 10 MB, pasted again, does not
/// compare gigabytes. Each text compared is held, so that its address (the key) is
/// never reused by another text meanwhile.
struct SameText<'a> {
    source: &'a Text,
    seen: RefCell<HashMap<*const u8, (Text, bool)>>,
}

impl<'a> SameText<'a> {
    fn new(source: &'a Text) -> Self {
        Self {
            source,
            seen: RefCell::new(HashMap::new()),
        }
    }

    fn is(&self, text: &Text) -> bool {
        if Arc::ptr_eq(text, self.source) {
            return true;
        }
        self.seen
            .borrow_mut()
            .entry(text.as_ptr())
            .or_insert_with(|| (text.clone(), **text == **self.source))
            .1
    }
}

/// What [`try_keep_paste`] knows of the earlier texts a paste is compared with: the
/// [`doc_keys`] of each text's documents, and the [`Revision`] from one of its
/// documents (by position) to a document of the paste (by position in `docs`).
/// Several documents of a paste usually revise documents of one earlier paste, whose
/// text is then read once.
#[derive(Default)]
pub struct Earlier {
    keys: Vec<(Text, Vec<DocKey>)>,
    revisions: Vec<(Text, usize, usize, Revision)>,
}

/// What [`try_keep_paste`] needs to know of an earlier text.
#[derive(Clone, Debug, PartialEq)]
pub enum Need {
    /// The [`doc_keys`] of its documents.
    Keys(Text),
    /// The [`match_revision`] from its document `old_doc` (position in its parse) to
    /// the paste's document `new_doc` (position in the `docs` given).
    Revision {
        old: Text,
        old_doc: usize,
        new_doc: usize,
    },
}

impl Need {
    /// The earlier text it is about.
    pub fn text(&self) -> &Text {
        match self {
            Need::Keys(t) | Need::Revision { old: t, .. } => t,
        }
    }
}

fn same_text(a: &Text, b: &Text) -> bool {
    Arc::ptr_eq(a, b) || **a == **b
}

impl Earlier {
    pub fn insert_keys(&mut self, text: Text, keys: Vec<DocKey>) {
        if self.keys_of(&text).is_none() {
            self.keys.push((text, keys));
        }
    }

    pub fn insert_revision(&mut self, text: Text, old_doc: usize, new_doc: usize, rev: Revision) {
        if self.revision(&text, old_doc, new_doc).is_none() {
            self.revisions.push((text, old_doc, new_doc, rev));
        }
    }

    fn keys_of(&self, text: &Text) -> Option<&Vec<DocKey>> {
        self.keys
            .iter()
            .find(|(t, _)| same_text(t, text))
            .map(|(_, k)| k)
    }

    fn revision(&self, text: &Text, old_doc: usize, new_doc: usize) -> Option<&Revision> {
        self.revisions
            .iter()
            .find(|(t, o, n, _)| *o == old_doc && *n == new_doc && same_text(t, text))
            .map(|(.., r)| r)
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

/// Untitled library documents (no title, no 文号) that an untitled paste is compared
/// with, the most recently added first. Each comparison parses the old text again, so
/// not all of them: one edits the document pasted last, or nearly.
const UNTITLED_CANDIDATES: usize = 5;

/// When `doc` revises a library document, carries the marks and gives the key it
/// revised, with the report of the changes (None if it has none). The document it
/// revises: the same key with other text; or a new key that [`likely_revision_among`]
/// finds outside this paste by its 文号 or title; or, for a document with neither
/// (a task list copied without its title line, whose key hashes its whole text), the
/// one of the [`UNTITLED_CANDIDATES`] most recent untitled library documents that
/// shares the most tasks with it. Under another key, the two must be the same
/// document ([`Revision::is_same_document`]). Under the same key but without the old
/// version's tasks (next month's list under a reused title), `doc` is another
/// document: the old version moves to the bin under a key of its own
/// ([`keep_apart`]), and the report says so.
fn carry_revision(
    s: &mut State,
    (d, doc): (usize, &Document),
    key: &DocKey,
    paste_keys: &HashSet<&DocKey>,
    is_source: &SameText,
    (earlier, needs): (&Earlier, &mut Vec<Need>),
    now: f64,
) -> Option<(DocKey, Option<RevisionReport>)> {
    let sibling = |e: &DocEntry| paste_keys.contains(&e.key) || is_source.is(&e.source.value);
    let candidates: Vec<&DocEntry> = match s.library.get(key) {
        Some(e) if !e.source.value.is_empty() && !is_source.is(&e.source.value) => vec![e],
        Some(_) => return None,
        None if is_untitled(doc.title.as_deref(), doc.doc_number.as_deref()) => {
            let mut v: Vec<&DocEntry> = s
                .library
                .values()
                .filter(|e| {
                    !e.is_deleted()
                        && !e.source.value.is_empty()
                        && is_untitled(e.title.as_deref(), e.doc_number.as_deref())
                        && !sibling(e)
                })
                .collect();
            crate::sort::sort_by(&mut v, |a, b| b.added_at.total_cmp(&a.added_at));
            v.truncate(UNTITLED_CANDIDATES);
            v
        }
        None => likely_revision_among(s, doc, key, |e| !sibling(e))
            .into_iter()
            .collect(),
    };
    // Each candidate with the revision from it, the most recent first.
    let mut found: Vec<(DocKey, String, Revision)> = Vec::new();
    for e in candidates {
        if e.source.value.is_empty() {
            continue;
        }
        let mut need = |n: Need| {
            if !needs.contains(&n) {
                needs.push(n);
            }
        };
        let text = &e.source.value;
        let Some(doc_keys) = earlier.keys_of(text) else {
            // Not read yet: the caller finds out, and tries again.
            need(Need::Keys(text.clone()));
            continue;
        };
        // (A version kept apart is under a key of its own.)
        let old_keys = library_keys_of(s, doc_keys.clone(), text);
        let Some(pos) = old_keys.iter().position(|k| *k == e.key) else {
            continue;
        };
        let Some(rev) = earlier.revision(text, pos, d) else {
            need(Need::Revision {
                old: text.clone(),
                old_doc: pos,
                new_doc: d,
            });
            continue;
        };
        found.push((e.key.clone(), e.display_name().to_owned(), rev.clone()));
    }
    // Of those that are the same document, the one sharing the most tasks (the first
    // of those: the most recent). The same key is always the one.
    let best = found
        .iter()
        .enumerate()
        .filter(|(_, (from, _, rev))| from == key || rev.is_same_document())
        .max_by(|(i, a), (j, b)| a.2.pairs.len().cmp(&b.2.pairs.len()).then(j.cmp(i)))
        .map(|(i, _)| i)?;
    let (from, name, rev) = found.swap_remove(best);
    if !rev.is_same_document() {
        if from != *key {
            return None; // A similar title, other tasks: another document.
        }
        keep_apart(s, key, now);
        let new_name = doc
            .title
            .as_deref()
            .or(doc.doc_number.as_deref())
            .unwrap_or("未命名文档");
        return Some((
            from,
            Some(RevisionReport::kept_apart(&name, new_name, &rev)),
        ));
    }
    // A replaced entry is always reported (the old one goes to the bin), changes or not;
    // with the marks of the removed tasks, read before they are carried over.
    let report = (from != *key || !rev.is_unchanged())
        .then(|| RevisionReport::of(&name, &rev, s.marks.get(&from)));
    carry_marks(s, &from, key, &rev);
    Some((from, report))
}

/// The library keys of the documents `docs` of a paste of `source`: their
/// [`doc_keys`], except where that key holds another text and an entry kept apart
/// from it ([`keep_apart`]) holds this very text: the document is that entry. A
/// version kept apart, opened from the library or pasted again, is so shown with its
/// own marks (and brought back from the bin by a paste), not taken for a paste of
/// other tasks under the key.
pub fn library_keys(s: &State, docs: &[Document], source: &str) -> Vec<DocKey> {
    library_keys_of(s, doc_keys(docs), source)
}

/// [`library_keys`] from the documents' [`doc_keys`] already computed (the app computes
/// them on the whole text, before leaving deleted documents out).
pub fn library_keys_of(s: &State, keys: Vec<DocKey>, source: &str) -> Vec<DocKey> {
    // Is `text` this very source? The documents of one paste share one text (an Arc),
    // so each stored text is compared once: a paste of 80 documents re-pasted would
    // otherwise compare its megabytes 80 times, on the way to showing the outline.
    let mut same: HashMap<*const u8, bool> = HashMap::new();
    let mut is_source = |text: &Text| {
        *same
            .entry(text.as_ptr())
            .or_insert_with(|| **text == *source)
    };
    keys.into_iter()
        .map(|key| {
            if s.library
                .get(&key)
                .is_none_or(|e| is_source(&e.source.value))
            {
                return key;
            }
            let prefix = format!("{key}-v");
            s.library
                .range(DocKey(prefix.clone())..)
                .take_while(|(k, _)| k.as_str().starts_with(&prefix))
                .find(|(_, e)| is_source(&e.source.value))
                .map_or(key, |(k, _)| k.clone())
        })
        .collect()
}

/// Moves the library document under `key` (text, marks, name) to the bin under a key of
/// its own, derived from `key` and its text, and leaves `key` to a new document: no
/// marks, no name, added `now`. The old version is not overwritten by a paste that
/// only shares its key, and can be restored. Gives the key it moved to.
fn keep_apart(s: &mut State, key: &DocKey, now: f64) -> Option<DocKey> {
    let old = s.library.get(key)?.clone();
    let to = archive_key(s, key, &old.source.value);
    // Kept apart before with this text: that entry (in the bin, or restored) holds it.
    if !s.library.contains_key(&to) {
        let mut entry = DocEntry {
            key: to.clone(),
            ..old
        };
        entry.deleted.set(true, now);
        s.library.insert(to.clone(), entry);
    }
    if let Some(marks) = s.marks.remove(key) {
        let kept = s.marks.entry(to.clone()).or_default();
        for (task, mark) in marks.tasks {
            kept.absorb(task, mark);
        }
    }
    if let Some(fixes) = s.fixes.remove(key) {
        let kept = s.fixes.entry(to.clone()).or_default();
        for (node, fix) in fixes.nodes {
            kept.absorb(node, fix);
        }
    }
    let fresh = s.library.get_mut(key)?;
    if fresh.name.value.is_some() {
        fresh.name.set(None, now);
    }
    fresh.added_at = now;
    Some(to)
}

/// The key an old version kept apart from `key` goes under: `key` + "-v" + a hash of
/// its text (the same old text kept apart twice goes to one entry), with "-2", "-3"
/// if that is taken by another text.
///
/// Bound: a suffix is passed over only when a library entry of another text holds it,
/// and distinct suffixes are distinct entries, so among the first `library.len() + 1`
/// one is free (or holds this very text). At most that many look-ups.
fn archive_key(s: &State, key: &DocKey, text: &str) -> DocKey {
    let base = format!("{key}-v{}", &hash_hex(text)[..8]);
    (1..=s.library.len() + 1)
        .map(|n| match n {
            1 => DocKey(base.clone()),
            n => DocKey(format!("{base}-{n}")),
        })
        .find(|k| s.library.get(k).is_none_or(|e| *e.source.value == *text))
        .expect("one of the first library.len() + 1 suffixes is free")
}

/// A document with neither title nor 文号 (as read, before normalising).
fn is_untitled(title: Option<&str>, number: Option<&str>) -> bool {
    let blank = |s: Option<&str>| s.is_none_or(|s| normalise_text(s).is_empty());
    blank(title) && blank(number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::stamped::Stamped;

    #[test]
    fn archive_key_finds_the_free_suffix_within_its_bound() {
        let key = DocKey("d1".into());
        let base = format!("d1-v{}", &hash_hex("旧版本")[..8]);
        let mut s = State::default();
        assert_eq!(archive_key(&s, &key, "旧版本").0, base);
        // Every entry of the library holds a suffix, each with another text: the one
        // after them is the answer, the last the bound allows.
        for n in 1..=4 {
            let k = DocKey(if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            });
            let entry = DocEntry {
                key: k.clone(),
                source: Stamped::new(format!("另一份{n}").into(), 1.0),
                ..DocEntry::default()
            };
            s.library.insert(k, entry);
        }
        assert_eq!(archive_key(&s, &key, "旧版本").0, format!("{base}-5"));
        // The same text already kept apart: its entry.
        s.library
            .get_mut(&DocKey(format!("{base}-3")))
            .unwrap()
            .source = Stamped::new("旧版本".into(), 1.0);
        assert_eq!(archive_key(&s, &key, "旧版本").0, format!("{base}-3"));
    }
}

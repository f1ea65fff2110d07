//! Matching the tasks of a revised document to the old one, so marks carry over,
//! and telling the user what changed (新增, 删除, 修改, 编号变动).
//!
//! In order: same key; then the same normalised text elsewhere (moved, or a
//! heading edited); then similar text by character-bigram Dice coefficient, found
//! through an index of rare bigrams, preferring the same section. Near-linear in the
//! number of tasks.

use std::collections::{HashMap, HashSet};

use super::identity::{keyed_tasks, node_keys, normalise_text, DocKey, KeyedTask, TaskKey};
use super::model::{DocEntry, DocMarks, State};
use crate::parser::{Document, Leader, Node, NodeKind, Unit};

/// Default similarity (bigram Dice, 0 to 1) above which an edited task is the same task.
pub const DEFAULT_THRESHOLD: f64 = 0.6;
/// Bonus to the similarity of a candidate in the same section.
const SAME_SECTION_BONUS: f64 = 0.05;
/// Candidates (by shared rare bigrams) scored exactly per new task.
const TOP_CANDIDATES: usize = 8;

/// A kind of change, for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    Added,
    Removed,
    Modified,
    /// Only the number changed (a task inserted or removed above it).
    Renumbered,
}

impl ChangeKind {
    /// The class name of its line in the page: added, removed, modified, renumbered.
    pub fn css_class(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Modified => "modified",
            ChangeKind::Renumbered => "renumbered",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Added => "新增",
            ChangeKind::Removed => "删除",
            ChangeKind::Modified => "修改",
            ChangeKind::Renumbered => "编号变动",
        }
    }
}

/// What differs between a task and its match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Text,
    /// The number as written, with those of the headings above: "三、（五）".
    Number,
    Section,
    Deadline,
    LeadUnits,
    CoopUnits,
    Leaders,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Field::Text => "内容",
            Field::Number => "编号",
            Field::Section => "所在章节",
            Field::Deadline => "完成时限",
            Field::LeadUnits => "牵头单位",
            Field::CoopUnits => "配合单位",
            Field::Leaders => "牵头领导",
        }
    }
}

/// An old task and the new task it became.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub old: TaskKey,
    pub new: TaskKey,
    /// Bigram Dice of the normalised texts (1.0 when equal).
    pub similarity: f64,
    /// Empty when nothing the user sees changed.
    pub changed: Vec<Field>,
    pub old_text: String,
    pub new_text: String,
    /// The old and the new value of each of `changed`, as the user reads them
    /// ("市发改局、市统计局"; empty when there was none).
    pub values: Vec<(String, String)>,
}

impl Pair {
    /// Only the number changed.
    pub fn is_renumbered_only(&self) -> bool {
        self.changed == [Field::Number]
    }

    /// What changed, in words: "内容：原为“…”；牵头单位：（无） → 市发改局、市统计局".
    pub fn describe(&self) -> String {
        let shown = |v: &str| {
            if v.is_empty() {
                "（无）".to_owned()
            } else {
                v.to_owned()
            }
        };
        self.changed
            .iter()
            .zip(&self.values)
            .map(|(field, (old, new))| match field {
                Field::Text => format!("内容：原为“{old}”"),
                Field::Section => format!("所在章节：{} → {}", shown(old), shown(new)),
                Field::Number => format!("编号：{} → {}", shown(old), shown(new)),
                _ => format!("{}：{} → {}", field.label(), shown(old), shown(new)),
            })
            .collect::<Vec<_>>()
            .join("；")
    }
}

/// A task only one version has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lone {
    pub key: TaskKey,
    pub text: String,
}

/// How a revised document relates to the old one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Revision {
    /// Matched tasks, in the new document's order.
    pub pairs: Vec<Pair>,
    /// 新增: new tasks without a match, in document order.
    pub added: Vec<Lone>,
    /// 删除: old tasks without a match, in the old document's order.
    pub removed: Vec<Lone>,
    /// Sections of the old version and the same section in the new one (same key, or
    /// else the only section of the same text), as (old key, new key): the corrections
    /// the user made on a heading carry over with it.
    pub sections: Vec<(TaskKey, TaskKey)>,
}

impl Revision {
    /// Every node of the old version matched in the new one, as (old key, new key):
    /// tasks, then sections.
    pub fn moves(&self) -> impl Iterator<Item = (&TaskKey, &TaskKey)> {
        self.pairs
            .iter()
            .map(|p| (&p.old, &p.new))
            .chain(self.sections.iter().map(|(o, n)| (o, n)))
    }
}

impl Revision {
    /// 修改: matched tasks where something besides the number changed.
    pub fn modified(&self) -> impl Iterator<Item = &Pair> {
        self.pairs
            .iter()
            .filter(|p| !p.changed.is_empty() && !p.is_renumbered_only())
    }

    /// 编号变动: matched tasks whose number alone changed. Kept apart from 修改 so
    /// that a task inserted near the top does not bury the real edits under dozens of
    /// shifted numbers, yet a 台账 that cites numbers can be corrected.
    pub fn renumbered(&self) -> impl Iterator<Item = &Pair> {
        self.pairs.iter().filter(|p| p.is_renumbered_only())
    }

    /// Whether the two versions share enough tasks to be one document revised: at
    /// least half of the shorter one's tasks are matched, and at least half of the old
    /// one's. Two documents with similar titles (重点工作任务清单 / 重点工作任务分解)
    /// but other tasks are not, and taking one for the other would put the first in
    /// the bin and carry its marks onto unrelated tasks. Nor is a much shorter
    /// document made of some of the old one's tasks (a unit's extract,
    /// 《…（市发改局）》 with 2 of 10 tasks): every task of it is shared, but it does
    /// not replace the whole. A revision rewritten beyond that is kept as a new
    /// document, next to the old one, which loses nothing.
    pub fn is_same_document(&self) -> bool {
        let shared = self.pairs.len();
        let old = shared + self.removed.len();
        let shorter = old.min(shared + self.added.len());
        shorter > 0 && shared * 2 >= shorter && shared * 2 >= old
    }

    pub fn is_unchanged(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.pairs.iter().all(|p| p.changed.is_empty())
    }

    /// "新增 1 项，删除 1 项，修改 1 项" or "内容未变".
    pub fn summary(&self) -> String {
        let counts = [
            (ChangeKind::Added, self.added.len()),
            (ChangeKind::Removed, self.removed.len()),
            (ChangeKind::Modified, self.modified().count()),
            (ChangeKind::Renumbered, self.renumbered().count()),
        ];
        let parts: Vec<String> = counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| format!("{} {n} 项", k.label()))
            .collect();
        if parts.is_empty() {
            "内容未变".to_owned()
        } else {
            parts.join("，")
        }
    }
}

struct Side<'a> {
    tasks: Vec<KeyedTask<'a>>,
    norm: Vec<String>,
    section: Vec<String>,
    used: Vec<bool>,
}

impl<'a> Side<'a> {
    fn new(doc: &'a Document) -> Self {
        let tasks = keyed_tasks(doc);
        let norm = tasks.iter().map(|t| normalise_text(&t.node.text)).collect();
        let section = tasks
            .iter()
            .map(|t| {
                t.ancestors
                    .iter()
                    .map(|a| normalise_text(&a.text))
                    .collect::<Vec<_>>()
                    .join("\u{1F}")
            })
            .collect();
        let used = vec![false; tasks.len()];
        Side {
            tasks,
            norm,
            section,
            used,
        }
    }
}

/// Pairs the tasks of `new` with those of `old` (threshold [`DEFAULT_THRESHOLD`]).
pub fn match_revision(old: &Document, new: &Document) -> Revision {
    match_revision_with(old, new, DEFAULT_THRESHOLD)
}

/// [`match_revision`] with a chosen similarity threshold (0 to 1).
pub fn match_revision_with(old: &Document, new: &Document, threshold: f64) -> Revision {
    let mut o = Side::new(old);
    let mut n = Side::new(new);
    let mut matched: Vec<Option<(usize, f64)>> = vec![None; n.tasks.len()];

    // 1. Same key.
    let by_key: HashMap<&TaskKey, usize> = o
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| (&t.key, i))
        .collect();
    for (j, t) in n.tasks.iter().enumerate() {
        if let Some(&i) = by_key.get(&t.key) {
            o.used[i] = true;
            n.used[j] = true;
            matched[j] = Some((i, 1.0));
        }
    }

    // 2. Same text elsewhere; the same section first.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in (0..o.tasks.len()).filter(|&i| !o.used[i]) {
        by_text.entry(o.norm[i].as_str()).or_default().push(i);
    }
    for (j, slot) in matched.iter_mut().enumerate() {
        if n.used[j] {
            continue;
        }
        let Some(cands) = by_text.get_mut(n.norm[j].as_str()) else {
            continue;
        };
        let pos = cands
            .iter()
            .position(|&i| o.section[i] == n.section[j])
            .unwrap_or(0);
        if let Some(i) = (!cands.is_empty()).then(|| cands.remove(pos)) {
            o.used[i] = true;
            n.used[j] = true;
            *slot = Some((i, 1.0));
        }
    }

    // 3. Similar text.
    for (j, i, sim) in similar_pairs(&o, &n, threshold) {
        o.used[i] = true;
        n.used[j] = true;
        matched[j] = Some((i, sim));
    }

    let mut rev = Revision::default();
    for (j, m) in matched.iter().enumerate() {
        let nt = &n.tasks[j];
        match *m {
            Some((i, similarity)) => {
                let ot = &o.tasks[i];
                let mut changed = Vec::new();
                if o.norm[i] != n.norm[j] {
                    changed.push(Field::Text);
                }
                if number_of(ot) != number_of(nt) {
                    changed.push(Field::Number);
                }
                if o.section[i] != n.section[j] {
                    changed.push(Field::Section);
                }
                changed.extend(detail_changes(ot.node, nt.node));
                let values = changed
                    .iter()
                    .map(|&f| match f {
                        Field::Section => (section_of(ot), section_of(nt)),
                        Field::Number => (number_of(ot), number_of(nt)),
                        _ => (field_value(f, ot.node), field_value(f, nt.node)),
                    })
                    .collect();
                rev.pairs.push(Pair {
                    old: ot.key.clone(),
                    new: nt.key.clone(),
                    similarity,
                    changed,
                    old_text: ot.node.text.clone(),
                    new_text: nt.node.text.clone(),
                    values,
                });
            }
            None => rev.added.push(Lone {
                key: nt.key.clone(),
                text: nt.node.text.clone(),
            }),
        }
    }
    for (i, t) in o.tasks.iter().enumerate() {
        if !o.used[i] {
            rev.removed.push(Lone {
                key: t.key.clone(),
                text: t.node.text.clone(),
            });
        }
    }
    rev.sections = match_sections(old, new, &rev.pairs);
    rev
}

/// The sections of `new` matched to those of `old`: the same key; else the only
/// section left of the same normalised text; else (a heading reworded) the section
/// holding most of the old tasks that the new section's tasks were `pairs`ed with, if
/// that is at least half of them.
fn match_sections(old: &Document, new: &Document, pairs: &[Pair]) -> Vec<(TaskKey, TaskKey)> {
    struct Sections {
        /// Key and normalised text of each section, in document order.
        list: Vec<(TaskKey, String)>,
        /// The innermost section of each task.
        of_task: HashMap<TaskKey, usize>,
    }
    let sections = |d: &Document| {
        let mut out = Sections {
            list: Vec::new(),
            of_task: HashMap::new(),
        };
        // (depth, section index) of the sections on the current path.
        let mut path: Vec<(usize, usize)> = Vec::new();
        let mut depths = Vec::new();
        fn depth_first(n: &Node, depth: usize, out: &mut Vec<usize>) {
            out.push(depth);
            for c in &n.children {
                depth_first(c, depth + 1, out);
            }
        }
        for n in &d.nodes {
            depth_first(n, 0, &mut depths);
        }
        for ((n, k), depth) in d.walk().zip(node_keys(d)).zip(depths) {
            while path.last().is_some_and(|(pd, _)| *pd >= depth) {
                path.pop();
            }
            if n.kind == NodeKind::Section {
                path.push((depth, out.list.len()));
                out.list.push((k, normalise_text(&n.text)));
            } else if let Some(&(_, s)) = path.last() {
                out.of_task.insert(k, s);
            }
        }
        out
    };
    let (olds, news) = (sections(old), sections(new));
    let mut used = vec![false; olds.list.len()];
    let mut paired = vec![None; news.list.len()];
    // 1. The same key.
    for (j, (key, _)) in news.list.iter().enumerate() {
        if let Some(i) = olds.list.iter().position(|(k, _)| k == key) {
            if !used[i] {
                used[i] = true;
                paired[j] = Some(i);
            }
        }
    }
    // 2. The only section left of the same text.
    for (j, (_, text)) in news.list.iter().enumerate() {
        if paired[j].is_some() {
            continue;
        }
        let mut same = (0..olds.list.len()).filter(|&i| !used[i] && olds.list[i].1 == *text);
        if let (Some(i), None) = (same.next(), same.next()) {
            used[i] = true;
            paired[j] = Some(i);
        }
    }
    // 3. Where its tasks came from.
    let mut votes: Vec<HashMap<usize, usize>> = vec![HashMap::new(); news.list.len()];
    let mut tasks = vec![0usize; news.list.len()];
    for p in pairs {
        let Some(&j) = news.of_task.get(&p.new) else {
            continue;
        };
        tasks[j] += 1;
        if let Some(&i) = olds.of_task.get(&p.old) {
            *votes[j].entry(i).or_default() += 1;
        }
    }
    for j in 0..news.list.len() {
        if paired[j].is_some() {
            continue;
        }
        let best = votes[j]
            .iter()
            .filter(|(i, _)| !used[**i])
            .max_by_key(|(i, n)| (**n, std::cmp::Reverse(**i)));
        if let Some((&i, &n)) = best {
            if n * 2 >= tasks[j] && n > 0 {
                used[i] = true;
                paired[j] = Some(i);
            }
        }
    }
    paired
        .iter()
        .enumerate()
        .filter_map(|(j, i)| Some((olds.list[(*i)?].0.clone(), news.list[j].0.clone())))
        .collect()
}

/// The headings above a task as the user reads them: "一、总体要求 / （二）…".
fn section_of(task: &KeyedTask) -> String {
    task.ancestors
        .iter()
        .map(|a| format!("{}{}", a.number.as_deref().unwrap_or(""), a.text))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A task's number as written, after those of the headings above it: "三、（五）".
fn number_of(task: &KeyedTask) -> String {
    task.ancestors
        .iter()
        .chain(std::iter::once(&task.node))
        .filter_map(|n| n.number.as_deref())
        .collect()
}

/// A field of a task as the user reads it (the section is not a field of the node).
fn field_value(field: Field, node: &Node) -> String {
    match field {
        Field::Text => node.text.clone(),
        Field::Section | Field::Number => String::new(),
        Field::Deadline => node
            .deadline
            .as_ref()
            .map(|d| d.text.clone())
            .unwrap_or_default(),
        Field::LeadUnits => Unit::list(&node.lead_units),
        Field::CoopUnits => Unit::list(&node.coop_units),
        Field::Leaders => Leader::list(&node.leaders),
    }
}

fn detail_changes(a: &Node, b: &Node) -> Vec<Field> {
    let mut v = Vec::new();
    let deadline = |n: &Node| {
        n.deadline
            .as_ref()
            .map(|d| (normalise_text(&d.text), d.date.clone()))
    };
    if deadline(a) != deadline(b) {
        v.push(Field::Deadline);
    }
    let units = |us: &[crate::parser::Unit]| us.iter().map(|u| u.key.clone()).collect::<Vec<_>>();
    if units(&a.lead_units) != units(&b.lead_units) {
        v.push(Field::LeadUnits);
    }
    if units(&a.coop_units) != units(&b.coop_units) {
        v.push(Field::CoopUnits);
    }
    let leaders = |n: &Node| n.leaders.iter().map(|l| l.name.clone()).collect::<Vec<_>>();
    if leaders(a) != leaders(b) {
        v.push(Field::Leaders);
    }
    v
}

/// Distinct character bigrams of a text (the single char for a one-char text).
fn bigrams(text: &str) -> Vec<u64> {
    let cs: Vec<char> = text.chars().collect();
    let mut v: Vec<u64> = if cs.len() < 2 {
        cs.iter().map(|&c| u64::from(c as u32) << 32).collect()
    } else {
        cs.windows(2)
            .map(|w| (u64::from(w[0] as u32) << 32) | u64::from(w[1] as u32))
            .collect()
    };
    crate::sort::sort_by(&mut v, u64::cmp);
    v.dedup();
    v
}

fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Greedy best-first pairs (new index, old index, similarity) of unmatched tasks.
fn similar_pairs(o: &Side<'_>, n: &Side<'_>, threshold: f64) -> Vec<(usize, usize, f64)> {
    let olds: Vec<usize> = (0..o.tasks.len()).filter(|&i| !o.used[i]).collect();
    let news: Vec<usize> = (0..n.tasks.len()).filter(|&j| !n.used[j]).collect();
    if olds.is_empty() || news.is_empty() {
        return Vec::new();
    }
    let ograms: HashMap<usize, Vec<u64>> = olds.iter().map(|&i| (i, bigrams(&o.norm[i]))).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for &i in &olds {
        for &g in &ograms[&i] {
            index.entry(g).or_default().push(i);
        }
    }
    // Bigrams in more than this many old tasks do not select candidates (they
    // still count in the exact score).
    let cap = 64.max(olds.len() / 8);
    let mut scored: Vec<(f64, usize, usize, f64)> = Vec::new();
    for &j in &news {
        let grams = bigrams(&n.norm[j]);
        let mut counts: HashMap<usize, u32> = HashMap::new();
        for g in &grams {
            if let Some(list) = index.get(g).filter(|l| l.len() <= cap) {
                for &i in list {
                    *counts.entry(i).or_default() += 1;
                }
            }
        }
        let mut cands: Vec<(u32, usize)> = counts.into_iter().map(|(i, c)| (c, i)).collect();
        crate::sort::sort_by(&mut cands, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut seen = HashSet::new();
        for &(_, i) in cands.iter().take(TOP_CANDIDATES) {
            seen.insert(i);
        }
        // Candidates in the same section are always scored.
        for &i in &olds {
            if seen.len() >= TOP_CANDIDATES * 4 {
                break;
            }
            if o.section[i] == n.section[j] {
                seen.insert(i);
            }
        }
        for i in seen {
            let sim = dice(&ograms[&i], &grams);
            if sim >= threshold {
                let bonus = if o.section[i] == n.section[j] {
                    SAME_SECTION_BONUS
                } else {
                    0.0
                };
                scored.push((sim + bonus, j, i, sim));
            }
        }
    }
    crate::sort::sort_by(&mut scored, |a, b| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    let (mut used_o, mut used_n) = (HashSet::new(), HashSet::new());
    scored
        .into_iter()
        .filter(|&(_, j, i, _)| {
            let free = !used_o.contains(&i) && !used_n.contains(&j);
            if free {
                used_o.insert(i);
                used_n.insert(j);
            }
            free
        })
        .map(|(_, j, i, sim)| (j, i, sim))
        .collect()
}

/// The marks of the old version re-keyed onto the new keys. Marks of removed tasks
/// stay under their old keys (never silently dropped); where two marks land on one
/// key they merge field by field.
pub fn rekey_marks(marks: &DocMarks, rev: &Revision) -> DocMarks {
    let mut out = marks.clone();
    // Sections too: a heading the user made a task keeps its marks under its key.
    let moving: Vec<_> = rev
        .moves()
        .filter(|(old, new)| old != new)
        .filter_map(|(old, new)| Some((new.clone(), out.tasks.remove(old)?)))
        .collect();
    for (key, mark) in moving {
        out.absorb(key, mark);
    }
    out
}

/// Carries the marks and the corrections of document `from` over to the revised
/// document `to` (which may be the same key). The marks and corrections under `from`
/// stay when the keys differ.
pub fn carry_marks(state: &mut State, from: &DocKey, to: &DocKey, rev: &Revision) {
    if let Some(old) = state.fixes.get(from) {
        let moved = old.rekeyed(rev.moves());
        let target = state.fixes.entry(to.clone()).or_default();
        if from == to {
            *target = moved;
        } else {
            for (k, f) in moved.nodes {
                target.absorb(k, f);
            }
        }
    }
    let Some(old) = state.marks.get(from) else {
        return;
    };
    let moved = rekey_marks(old, rev);
    let target = state.marks.entry(to.clone()).or_default();
    if from == to {
        *target = moved;
    } else {
        for (k, m) in moved.tasks {
            target.absorb(k, m);
        }
    }
}

/// The library document that `doc` (about to be added under `key`) most likely
/// revises: not `key` itself, not deleted, with the same 文号, or else a title that
/// contains the other (a suffix such as （修订）) or is at least 80% similar (bigram
/// Dice). Never one with another 文号, nor one whose title names another period
/// ("2023年2月份…" is not revised by "2023年3月份…", even under the same 文号: see
/// [`Periods`]). The most recently added wins a tie.
pub fn likely_revision_of<'a>(
    state: &'a State,
    doc: &Document,
    key: &DocKey,
) -> Option<&'a DocEntry> {
    likely_revision_among(state, doc, key, |_| true)
}

/// [`likely_revision_of`] among the library entries `eligible` accepts, e.g. leaving
/// out the other documents of the same paste (two documents issued under one 文号 are
/// siblings, not revisions of each other).
pub fn likely_revision_among<'a>(
    state: &'a State,
    doc: &Document,
    key: &DocKey,
    eligible: impl Fn(&DocEntry) -> bool,
) -> Option<&'a DocEntry> {
    let norm = |s: &Option<String>| s.as_deref().map(normalise_text).filter(|s| !s.is_empty());
    let (number, title) = (
        norm(&doc.doc_number),
        norm(&doc.title).map(|t| Periods::of(&t)),
    );
    let title_grams = title.as_ref().map(|t| bigrams(&t.title));
    let score = |e: &DocEntry| -> f64 {
        let e_title = norm(&e.title).map(|t| Periods::of(&t));
        // Another period (2月份 / 3月份): another document, whatever its 文号 says.
        if title.is_some()
            && title.as_ref().map(|t| &t.numbers) != e_title.as_ref().map(|t| &t.numbers)
        {
            return 0.0;
        }
        let e_number = norm(&e.doc_number);
        if number.is_some() && e_number == number {
            return 2.0;
        }
        if number.is_some() && e_number.is_some() {
            return 0.0; // Two 文号: two documents.
        }
        match (&title, &title_grams, e_title) {
            (Some(t), _, Some(b))
                if t.title.chars().count().min(b.title.chars().count()) >= 4
                    && (t.title.contains(&b.title) || b.title.contains(&t.title)) =>
            {
                1.0
            }
            (_, Some(a), Some(b)) => dice(a, &bigrams(&b.title)),
            _ => 0.0,
        }
    };
    state
        .library
        .values()
        .filter(|e| &e.key != key && !e.is_deleted() && eligible(e))
        .map(|e| (score(e), e))
        .filter(|(s, _)| *s >= 0.8)
        .max_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then(a.1.added_at.total_cmp(&b.1.added_at))
        })
        .map(|(_, e)| e)
}

/// A (normalised) title as [`likely_revision_among`] compares it, and the words in it
/// that name its period or batch.
#[derive(Debug, PartialEq)]
struct Periods {
    /// The title with each period numeral written in digits and the 第 before it
    /// dropped (2024年第1季度, 2024年一季度 and 2024年第一季度 all read 2024年1季度),
    /// without its notes of revision: 《…（征求意见稿）》 and 《…（3月修订稿）》 are
    /// two versions of one title.
    title: String,
    /// The period words, in order: the value of each run of digits; of each run of
    /// Chinese numerals before 年, 月, 季, 批 or 期 (二〇二三年, 三月, 第二批, 第一期) or
    /// in brackets (清单（二）); 上半年 and 下半年. Other Chinese numerals are words
    /// (统一, 进一步) and do not count. Numbers in a bracketed note of revision
    /// (（2024年3月修订）, （3月修订稿）, （第二稿）, （征求意见稿）) date the version,
    /// not the period, and do not count either.
    numbers: Vec<String>,
}

/// Words that make a bracketed part of a title a note of revision.
const REVISION_NOTES: [&str; 9] = [
    "修订",
    "修改",
    "征求意见",
    "调整",
    "更新",
    "稿",
    "草案",
    "勘误",
    "校订",
];

impl Periods {
    fn of(title: &str) -> Periods {
        const CN: &str = "〇零一二三四五六七八九十";
        const HALVES: [&str; 4] = ["上半年", "下半年", "上半月", "下半月"];
        let chars: Vec<char> = title.chars().collect();
        let notes = revision_notes(&chars);
        let in_note = |i: usize| notes.iter().any(|r| r.contains(&i));
        let mut out = Periods {
            title: String::new(),
            numbers: Vec::new(),
        };
        let outside: String = (0..chars.len())
            .filter(|&i| !in_note(i))
            .map(|i| chars[i])
            .collect();
        out.numbers = HALVES
            .iter()
            .filter(|h| outside.contains(*h))
            .map(|h| (*h).to_owned())
            .collect();
        let mut i = 0;
        while i < chars.len() {
            let ascii = chars[i].is_ascii_digit();
            if in_note(i) {
                i += 1;
                continue;
            }
            if !ascii && !CN.contains(chars[i]) {
                out.title.push(chars[i]);
                i += 1;
                continue;
            }
            let run = |c: char| {
                if ascii {
                    c.is_ascii_digit()
                } else {
                    CN.contains(c)
                }
            };
            let start = i;
            while i < chars.len() && run(chars[i]) {
                i += 1;
            }
            let period = chars.get(i).is_some_and(|c| "年月季批期".contains(*c));
            let bracketed = start > 0
                && "(（".contains(chars[start - 1])
                && chars.get(i).is_some_and(|c| ")）".contains(*c));
            let digits = &chars[start..i];
            if ascii || period || bracketed {
                let value = numeral_value(digits);
                if out.title.ends_with('第') {
                    out.title.pop();
                }
                out.title.push_str(&value);
                out.numbers.push(value);
            } else {
                out.title.extend(digits);
            }
        }
        out
    }
}

/// The char ranges of the bracketed parts of `chars` that are notes of revision
/// ([`REVISION_NOTES`]), brackets included.
fn revision_notes(chars: &[char]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        if "(（【[".contains(c) {
            open = Some(i);
        } else if ")）】]".contains(c) {
            if let Some(start) = open.take() {
                let inner: String = chars[start + 1..i].iter().collect();
                if REVISION_NOTES.iter().any(|w| inner.contains(w)) {
                    out.push(start..i + 1);
                }
            }
        }
    }
    out
}

/// The value of a run of digits or of Chinese numerals, in digits without leading
/// zeros: 03 → 3, 三 → 3, 十二 → 12, 二十 → 20, 二〇二四 → 2024.
fn numeral_value(run: &[char]) -> String {
    let digit = |c: char| match c {
        '0'..='9' => c.to_digit(10),
        '〇' | '零' => Some(0),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    };
    let spelled: Option<String> = match run.iter().position(|&c| c == '十') {
        // 十, 十二, 二十, 二十三.
        Some(at) if at <= 1 && run.len() - at <= 2 => {
            let tens = if at == 0 { Some(1) } else { digit(run[0]) };
            let ones = if at + 1 < run.len() {
                digit(run[at + 1])
            } else {
                Some(0)
            };
            tens.zip(ones).map(|(t, o)| (t * 10 + o).to_string())
        }
        Some(_) => None,
        None => run
            .iter()
            .map(|&c| digit(c).and_then(|d| char::from_digit(d, 10)))
            .collect(),
    };
    let spelled = spelled.unwrap_or_else(|| run.iter().collect());
    let trimmed = spelled.trim_start_matches('0');
    if trimmed.is_empty() && !spelled.is_empty() {
        "0".to_owned()
    } else {
        trimmed.to_owned()
    }
}

//! Merging two copies of the state (two tabs, or a backup into the current state):
//! field by field, the later stamp wins; entries only one side has are kept.
//! Commutative, associative and idempotent, so every tab converges.

use std::collections::BTreeMap;

use super::identity::TaskKey;
use super::model::{DocEntry, DocMarks, MonthReport, Prefs, State, TaskMark};
use super::stamped::Stamped;

/// The union of `local` and `incoming`, each field taking its later value.
pub fn merge(local: &State, incoming: &State) -> State {
    State {
        prefs: merge_prefs(&local.prefs, &incoming.prefs),
        library: merge_maps(&local.library, &incoming.library, merge_entry),
        marks: merge_maps(&local.marks, &incoming.marks, merge_doc_marks),
        fixes: merge_maps(&local.fixes, &incoming.fixes, |a, b| a.merge(b)),
        units: local.units.merge(&incoming.units),
    }
}

fn merge_maps<K: Ord + Clone, V: Clone>(
    a: &BTreeMap<K, V>,
    b: &BTreeMap<K, V>,
    f: impl Fn(&V, &V) -> V,
) -> BTreeMap<K, V> {
    let mut out = a.clone();
    for (k, vb) in b {
        let v = match a.get(k) {
            Some(va) => f(va, vb),
            None => vb.clone(),
        };
        out.insert(k.clone(), v);
    }
    out
}

fn merge_prefs(a: &Prefs, b: &Prefs) -> Prefs {
    Prefs {
        my_units: merge_maps(&a.my_units, &b.my_units, Stamped::merge),
        my_leaders: merge_maps(&a.my_leaders, &b.my_leaders, Stamped::merge),
        current: a.current.merge(&b.current),
        light: a.light.merge(&b.light),
    }
}

fn merge_doc_marks(a: &DocMarks, b: &DocMarks) -> DocMarks {
    DocMarks {
        tasks: merge_maps(&a.tasks, &b.tasks, merge_mark),
    }
}

impl DocMarks {
    /// Puts `mark` on `task`, merged field by field with a mark already there (marks
    /// moved onto a task: by a revision, or from a version kept apart).
    pub fn absorb(&mut self, task: TaskKey, mark: TaskMark) {
        let merged = match self.tasks.get(&task) {
            Some(existing) => merge_mark(existing, &mark),
            None => mark,
        };
        self.tasks.insert(task, merged);
    }
}

/// One task's marks, field by field.
pub fn merge_mark(a: &TaskMark, b: &TaskMark) -> TaskMark {
    TaskMark {
        done: a.done.merge(&b.done),
        note: a.note.merge(&b.note),
        due: a.due.merge(&b.due),
        completion: a.completion.merge(&b.completion),
        start: a.start.merge(&b.start),
        months: merge_maps(&a.months, &b.months, MonthReport::merge),
    }
}

fn merge_entry(a: &DocEntry, b: &DocEntry) -> DocEntry {
    let info = |e: &DocEntry| (e.title.clone(), e.doc_number.clone());
    let (title, doc_number) = if a
        .info_at
        .total_cmp(&b.info_at)
        .then_with(|| info(a).cmp(&info(b)))
        .is_ge()
    {
        info(a)
    } else {
        info(b)
    };
    let added_at = match (a.added_at, b.added_at) {
        // 0 means unknown (e.g. an entry rebuilt from a damaged library).
        (0.0, t) | (t, 0.0) => t,
        (x, y) => x.min(y),
    };
    DocEntry {
        key: a.key.clone(),
        title,
        doc_number,
        info_at: a.info_at.max(b.info_at),
        added_at,
        name: a.name.merge(&b.name),
        deleted: a.deleted.merge(&b.deleted),
        source: a.source.merge(&b.source),
    }
}

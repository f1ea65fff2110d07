//! The stored form of each part of the state, and tolerant decoding: every entry
//! and field that reads is kept; each one that does not is named in `lost`.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::checklist::corrections::{DocFixes, NodeFix};
use crate::checklist::identity::{DocKey, TaskKey};
use crate::checklist::model::{DocEntry, DocMarks, MonthReport, Prefs, TaskMark, Text};
use crate::checklist::stamped::Stamped;
use crate::checklist::unit_answers::UnitAnswers;

/// Where decoding notes what it could not read: dotted paths such as
/// `tasks.t1234.note`.
pub(crate) type Lost = Vec<String>;

fn to_object<T: serde::Serialize>(v: &T) -> Map<String, Value> {
    match serde_json::to_value(v) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

pub(crate) fn prefs_body(p: &Prefs) -> Map<String, Value> {
    to_object(p)
}

pub(crate) fn library_body(lib: &BTreeMap<DocKey, DocEntry>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("docs".into(), Value::Object(to_object(lib)));
    m
}

/// The done marks, notes and due dates of a document's tasks (not their progress,
/// which [`progress_body`] stores apart).
pub(crate) fn marks_body(marks: &DocMarks) -> Map<String, Value> {
    to_object(marks)
}

/// The progress of a document's tasks (completion, start, monthly reports), or None if
/// no task has any.
///
/// Maps are filled by `insert`, not collected: a collect into a map sorts, and each
/// collect site would add a sort of its own to the page's bundle.
pub(crate) fn progress_body(marks: &DocMarks) -> Option<Map<String, Value>> {
    let mut tasks = Map::new();
    for (k, m) in marks.tasks.iter().filter(|(_, m)| m.has_progress()) {
        {
            let mut o = Map::new();
            let mut put = |name: &str, v: Value| {
                o.insert(name.to_owned(), v);
            };
            if !m.completion.is_unset() {
                put(
                    "completion",
                    serde_json::to_value(&m.completion).unwrap_or(Value::Null),
                );
            }
            if !m.start.is_unset() {
                put(
                    "start",
                    serde_json::to_value(&m.start).unwrap_or(Value::Null),
                );
            }
            let mut months = Map::new();
            for (month, r) in m.months.iter().filter(|(_, r)| !r.is_unset()) {
                months.insert(month.clone(), Value::Object(to_object(r)));
            }
            if !months.is_empty() {
                put("months", Value::Object(months));
            }
            tasks.insert(k.to_string(), Value::Object(o));
        }
    }
    if tasks.is_empty() {
        return None;
    }
    let mut m = Map::new();
    m.insert("tasks".into(), Value::Object(tasks));
    Some(m)
}

/// The progress of a document's tasks: each task, each field and each month's text
/// read on its own. The marks hold nothing but progress fields.
pub(crate) fn read_progress(obj: &Map<String, Value>, path: &str, lost: &mut Lost) -> DocMarks {
    let tasks = map_of(obj, "tasks", path, lost, |_, e, p, lost| {
        let months = map_of(e, "months", p, lost, |_, r, p, lost| MonthReport {
            progress: field(r, "progress", p, lost),
            problems: field(r, "problems", p, lost),
            next: field(r, "next", p, lost),
        });
        let mut mark = TaskMark {
            completion: field(e, "completion", p, lost),
            start: field(e, "start", p, lost),
            ..TaskMark::default()
        };
        // Inserted one by one: collecting into the map would sort (a sort instantiated
        // for this type alone, in the page's bundle); they come in order anyway.
        for (m, r) in months {
            if crate::checklist::light::month_of(&m) == Some(m.as_str()) {
                mark.months.insert(m, r);
            } else {
                lost.push(join(&join(p, "months"), &m));
            }
        }
        mark
    });
    DocMarks {
        tasks: tasks.into_iter().map(|(k, m)| (TaskKey(k), m)).collect(),
    }
}

pub(crate) fn fixes_body(fixes: &DocFixes) -> Map<String, Value> {
    to_object(fixes)
}

pub(crate) fn source_body(source: &Stamped<Text>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(
        "text".into(),
        serde_json::to_value(source).unwrap_or(Value::Null),
    );
    m
}

/// Reads `obj[name]` as `T`; absent gives the default, unreadable is noted in `lost`.
fn field<T: DeserializeOwned + Default>(
    obj: &Map<String, Value>,
    name: &str,
    path: &str,
    lost: &mut Lost,
) -> T {
    match obj.get(name) {
        None => T::default(),
        Some(v) => T::deserialize(v).unwrap_or_else(|_| {
            lost.push(join(path, name));
            T::default()
        }),
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// The entries of the map at `obj[name]`, each read by `read`; a non-object entry
/// (or a non-map) is noted as lost.
fn map_of<T>(
    obj: &Map<String, Value>,
    name: &str,
    path: &str,
    lost: &mut Lost,
    mut read: impl FnMut(&str, &Map<String, Value>, &str, &mut Lost) -> T,
) -> Vec<(String, T)> {
    let path = join(path, name);
    match obj.get(name) {
        None => Vec::new(),
        Some(Value::Object(m)) => m
            .iter()
            .filter_map(|(k, v)| {
                let p = join(&path, k);
                match v {
                    Value::Object(e) if !k.is_empty() => Some((k.clone(), read(k, e, &p, lost))),
                    _ => {
                        lost.push(p);
                        None
                    }
                }
            })
            .collect(),
        Some(_) => {
            lost.push(path);
            Vec::new()
        }
    }
}

/// A set of names with stamps (`my_units`): each member read on its own.
fn stamped_set(
    obj: &Map<String, Value>,
    name: &str,
    path: &str,
    lost: &mut Lost,
) -> BTreeMap<String, Stamped<bool>> {
    stamped_map(obj, name, path, lost)
}

/// A map of stamped values by name: each member read on its own.
fn stamped_map<T: DeserializeOwned>(
    obj: &Map<String, Value>,
    name: &str,
    path: &str,
    lost: &mut Lost,
) -> BTreeMap<String, Stamped<T>> {
    let path = join(path, name);
    match obj.get(name) {
        None => BTreeMap::new(),
        Some(Value::Object(m)) => crate::sort::btree_map(m.iter().filter_map(|(k, v)| {
            match Stamped::<T>::deserialize(v) {
                Ok(s) => Some((k.clone(), s)),
                Err(_) => {
                    lost.push(join(&path, k));
                    None
                }
            }
        })),
        Some(_) => {
            lost.push(path);
            BTreeMap::new()
        }
    }
}

pub(crate) fn read_prefs(obj: &Map<String, Value>, path: &str, lost: &mut Lost) -> Prefs {
    Prefs {
        my_units: stamped_set(obj, "my_units", path, lost),
        my_leaders: stamped_set(obj, "my_leaders", path, lost),
        current: field(obj, "current", path, lost),
        light: field(obj, "light", path, lost),
    }
}

pub(crate) fn units_body(u: &UnitAnswers) -> Map<String, Value> {
    to_object(u)
}

/// The answers about units: each answer read on its own; one whose key is not a pair
/// is noted as lost.
pub(crate) fn read_units(obj: &Map<String, Value>, path: &str, lost: &mut Lost) -> UnitAnswers {
    let mut pairs = |name: &str| {
        let mut m = stamped_set(obj, name, path, lost);
        m.retain(|k, _| {
            let ok = crate::units::split_pair(k).is_some();
            if !ok {
                lost.push(join(&join(path, name), k));
            }
            ok
        });
        m
    };
    UnitAnswers {
        same: pairs("same"),
        apart: pairs("apart"),
    }
}

pub(crate) fn read_mark(obj: &Map<String, Value>, path: &str, lost: &mut Lost) -> TaskMark {
    TaskMark {
        done: field(obj, "done", path, lost),
        note: field(obj, "note", path, lost),
        due: field(obj, "due", path, lost),
        ..TaskMark::default()
    }
}

pub(crate) fn read_marks(obj: &Map<String, Value>, path: &str, lost: &mut Lost) -> DocMarks {
    let tasks = map_of(obj, "tasks", path, lost, |_, e, p, lost| {
        read_mark(e, p, lost)
    });
    DocMarks {
        tasks: crate::sort::btree_map(tasks.into_iter().map(|(k, m)| (TaskKey(k), m))),
    }
}

/// The corrections of a document: each node, and each correction of it, read on its own.
pub(crate) fn read_fixes(obj: &Map<String, Value>, path: &str, lost: &mut Lost) -> DocFixes {
    let nodes = map_of(obj, "nodes", path, lost, |_, e, p, lost| NodeFix {
        units: stamped_map(e, "units", p, lost),
        leaders: stamped_map(e, "leaders", p, lost),
        deadline: field(e, "deadline", p, lost),
        kind: field(e, "kind", p, lost),
        joined: field(e, "joined", p, lost),
    });
    DocFixes {
        nodes: crate::sort::btree_map(nodes.into_iter().map(|(k, f)| (TaskKey(k), f))),
    }
}

fn read_entry(key: &str, obj: &Map<String, Value>, path: &str, lost: &mut Lost) -> DocEntry {
    DocEntry {
        key: DocKey(key.to_owned()),
        title: field(obj, "title", path, lost),
        doc_number: field(obj, "doc_number", path, lost),
        info_at: field(obj, "info_at", path, lost),
        added_at: field(obj, "added_at", path, lost),
        name: field(obj, "name", path, lost),
        deleted: field(obj, "deleted", path, lost),
        source: Stamped::default(),
    }
}

pub(crate) fn read_library(
    obj: &Map<String, Value>,
    path: &str,
    lost: &mut Lost,
) -> BTreeMap<DocKey, DocEntry> {
    crate::sort::btree_map(
        map_of(obj, "docs", path, lost, read_entry)
            .into_iter()
            .map(|(k, e)| (DocKey(k), e)),
    )
}

/// The source text, or None (noted as lost) when it does not read.
pub(crate) fn read_source(
    obj: &Map<String, Value>,
    path: &str,
    lost: &mut Lost,
) -> Option<Stamped<Text>> {
    let s: Stamped<String> = field(obj, "text", path, lost);
    (!s.is_unset()).then(|| Stamped::new(s.value.into(), s.at))
}

//! Version 1, the earlier shape: everything in one key, marks as a plain map of task
//! key → bool, notes as task key → text, no stamps:
//!
//! ```json
//! { "version": 1, "current": "d…", "my_units": ["市发改局"], "my_leaders": ["张三"],
//!   "docs": { "d…": { "title": "…", "doc_number": "…", "added": 1690000000000,
//!                     "text": "…", "marks": { "t…": true }, "notes": { "t…": "…" } } } }
//! ```
//!
//! Migrated values get stamp 0 (older than any edit), except the document text and
//! title, stamped with `added`.

use serde_json::{Map, Value};

use super::codec::Lost;
use crate::checklist::identity::{DocKey, TaskKey};
use crate::checklist::model::{DocEntry, State};
use crate::checklist::stamped::Stamped;

/// The single storage key of version 1.
pub const V1_KEY: &str = "duban.checklist";

fn get<T: serde::de::DeserializeOwned + Default>(
    o: &Map<String, Value>,
    name: &str,
    path: &str,
    lost: &mut Lost,
) -> T {
    match o.get(name) {
        None | Some(Value::Null) => T::default(),
        Some(v) => T::deserialize(v).unwrap_or_else(|_| {
            lost.push(format!("{path}{name}"));
            T::default()
        }),
    }
}

fn set_of(o: &Map<String, Value>, name: &str, lost: &mut Lost) -> Vec<String> {
    match o.get(name) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match v {
                Value::String(s) => Some(s.clone()),
                _ => {
                    lost.push(format!("{name}.{i}"));
                    None
                }
            })
            .collect(),
        Some(_) => {
            lost.push(name.to_owned());
            Vec::new()
        }
    }
}

/// The state a version-1 object holds; unreadable parts are noted in `lost`.
pub(crate) fn migrate_v1(o: &Map<String, Value>, lost: &mut Lost) -> State {
    let mut state = State::default();
    for u in set_of(o, "my_units", lost) {
        state.prefs.my_units.insert(u, Stamped::new(true, 0.0));
    }
    for l in set_of(o, "my_leaders", lost) {
        state.prefs.my_leaders.insert(l, Stamped::new(true, 0.0));
    }
    let current: Option<String> = get(o, "current", "", lost);
    state.prefs.current = Stamped::new(current.map(DocKey), 0.0);
    let docs = match o.get("docs") {
        None => return state,
        Some(Value::Object(d)) => d,
        Some(_) => {
            lost.push("docs".into());
            return state;
        }
    };
    for (k, d) in docs {
        let Value::Object(d) = d else {
            lost.push(format!("docs.{k}"));
            continue;
        };
        let path = format!("docs.{k}.");
        let key = DocKey(k.clone());
        let added: f64 = get(d, "added", &path, lost);
        let text: String = get(d, "text", &path, lost);
        state.library.insert(
            key.clone(),
            DocEntry {
                key: key.clone(),
                title: get(d, "title", &path, lost),
                doc_number: get(d, "doc_number", &path, lost),
                info_at: added,
                added_at: added,
                source: if text.is_empty() {
                    Stamped::default()
                } else {
                    Stamped::new(text.into(), added)
                },
                ..DocEntry::default()
            },
        );
        let marks = state.marks.entry(key).or_default();
        let done: Map<String, Value> = get(d, "marks", &path, lost);
        for (t, v) in done {
            match v {
                Value::Bool(b) => {
                    marks.tasks.entry(TaskKey(t)).or_default().done = Stamped::new(b, 0.0)
                }
                _ => lost.push(format!("{path}marks.{t}")),
            }
        }
        let notes: Map<String, Value> = get(d, "notes", &path, lost);
        for (t, v) in notes {
            match v {
                Value::String(s) => {
                    marks.tasks.entry(TaskKey(t)).or_default().note = Stamped::new(s, 0.0)
                }
                _ => lost.push(format!("{path}notes.{t}")),
            }
        }
    }
    state
}

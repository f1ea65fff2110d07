//! The one owner of the stored format. Version 2 keeps each part of the state under
//! its own localStorage key, so a write stays small and a damaged value only
//! affects its own part:
//!
//! | key | value |
//! |---|---|
//! | `duban.v2.prefs` | `{"version":2,"my_units":{unit:[bool,at]},"my_leaders":{…},"current":[key,at]}` |
//! | `duban.v2.library` | `{"version":2,"docs":{doc:{"title","doc_number","info_at","added_at","name":[name,at],"deleted":[bool,at]}}}` |
//! | `duban.v2.doc.<DocKey>` | `{"version":2,"tasks":{task:{"done":[bool,at],"note":[text,at],"due":[date,at]}}}` |
//! | `duban.v2.src.<DocKey>` | `{"version":2,"text":[source,at]}`, or `{"version":2,"text_of":[DocKey,at]}` for the other documents of one paste ([`shared_text`]) |
//! | `duban.v2.units` | `{"version":2,"same":{pair:[bool,at]},"apart":{pair:[bool,at]}}`: the user's answers about units, a pair being two merge keys joined by a tab ([`crate::checklist::unit_answers`]) |
//! | `duban.v2.prog.<DocKey>` | `{"version":2,"tasks":{task:{"completion":["not_started"\|{"percent":n}\|"done",at],"start":[date,at],"months":{"YYYY-MM":{"progress":[text,at],"problems":[text,at],"next":[text,at]}}}}}`: the progress of the tasks ([`crate::checklist::TaskMark::completion`]) |
//! | `duban.v2.fix.<DocKey>` | `{"version":2,"nodes":{node:{"units":{unit:[{"role":"lead"\|"coop"\|"removed","name":…},at]},"leaders":{name:[{"removed":true?,"post":…?},at]},"deadline":[{"text","date"?},at],"kind":["section"\|"task",at],"joined":[bool,at]}}}` ([`crate::checklist::corrections`]) |
//!
//! `[value, at]` is a value with the time it was set (ms since the epoch). Fields
//! never set are left out; unknown fields are ignored. [`encode`] / [`decode`] give
//! the same parts in one string (`{"version":2,"prefs":…,"library":…,"docs":{…},
//! "sources":{…},"fixes":{…}}`), which is also the body of a backup. Version 1 is in
//! [`v1`].
//!
//! The corrections (`duban.v2.fix.…`, `"fixes"`) came after the rest of version 2, as
//! parts of their own, so the version did not change: data stored before them reads as
//! it did (without corrections), and a page of before them leaves these keys alone
//! (a key that is not its own is never read, written or removed), so that using an
//! older copy of the page in between does not lose them. The answers about units
//! (`duban.v2.units`, `"units"`) came later still, the same way, and so did the progress
//! of tasks (`duban.v2.prog.…`, `"progress"`) and the thresholds of 亮灯 (`"light"` in
//! the preferences: a page of before them that changes a preference drops them, and
//! the defaults apply again). A value of a [`VERSION`]
//! later than this one is read for what this version knows, and kept aside whole.

mod codec;
mod damage;
mod repair;
mod shared_text;
mod unsaved;
pub mod v1;

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

pub use damage::{
    damage_notice, Damage, DamageKind, Part, ReadFailure, READ_RECOVERED_MESSAGE,
    STORAGE_UNAVAILABLE_MESSAGE,
};
pub use unsaved::{marks_holding_back_notes, text_not_saved_notice, Unsaved, UnsavedItem};

use super::identity::DocKey;
use super::merge::merge;
use super::model::{DocEntry, DocMarks, State, Text};
use super::stamped::Stamped;
use crate::decimal::fixed;
use codec::Lost;
use repair::{parse_lenient, Parsed};
use shared_text::{holders, TextRef};
pub use shared_text::{is_text_ref, text_ref_holder};

/// The current format version.
pub const VERSION: u64 = 2;
pub const PREFS_KEY: &str = "duban.v2.prefs";
pub const LIBRARY_KEY: &str = "duban.v2.library";
pub const MARKS_PREFIX: &str = "duban.v2.doc.";
pub const SOURCE_PREFIX: &str = "duban.v2.src.";
pub const FIXES_PREFIX: &str = "duban.v2.fix.";
pub const PROGRESS_PREFIX: &str = "duban.v2.prog.";
pub const UNITS_KEY: &str = "duban.v2.units";
/// Damaged values are kept aside under this prefix; [`load`] never reads them.
pub const DAMAGED_PREFIX: &str = "duban.damaged.";
pub use v1::V1_KEY;

/// A typical localStorage quota, in UTF-16 code units of keys and values (5 Mi).
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// The share of [`QUOTA_UNITS`] from which the page warns that storage is nearly full.
pub const NEARLY_FULL: f64 = 0.8;

/// This app's keys (ours, and the damaged values kept aside) start so.
pub const APP_PREFIX: &str = "duban.";

impl Part {
    /// The localStorage key of this part.
    pub fn storage_key(&self) -> String {
        match self {
            Part::Prefs => PREFS_KEY.to_owned(),
            Part::Library => LIBRARY_KEY.to_owned(),
            Part::Marks(k) => format!("{MARKS_PREFIX}{k}"),
            Part::Source(k) => format!("{SOURCE_PREFIX}{k}"),
            Part::Fixes(k) => format!("{FIXES_PREFIX}{k}"),
            Part::Progress(k) => format!("{PROGRESS_PREFIX}{k}"),
            Part::Units => UNITS_KEY.to_owned(),
            Part::V1 => V1_KEY.to_owned(),
        }
    }

    /// The part a localStorage key holds; None for keys that are not ours to read.
    pub fn from_storage_key(key: &str) -> Option<Part> {
        let doc = |rest: &str| (!rest.is_empty()).then(|| DocKey(rest.to_owned()));
        match key {
            PREFS_KEY => Some(Part::Prefs),
            LIBRARY_KEY => Some(Part::Library),
            UNITS_KEY => Some(Part::Units),
            V1_KEY => Some(Part::V1),
            _ => {
                if let Some(rest) = key.strip_prefix(MARKS_PREFIX) {
                    doc(rest).map(Part::Marks)
                } else if let Some(rest) = key.strip_prefix(FIXES_PREFIX) {
                    doc(rest).map(Part::Fixes)
                } else if let Some(rest) = key.strip_prefix(PROGRESS_PREFIX) {
                    doc(rest).map(Part::Progress)
                } else {
                    doc(key.strip_prefix(SOURCE_PREFIX)?).map(Part::Source)
                }
            }
        }
    }
}

/// Where to keep a damaged value aside: `duban.damaged.<key>.<now>`.
pub fn damaged_copy_key(key: &str, now: f64) -> String {
    format!("{DAMAGED_PREFIX}{key}.{}", now as i64)
}

fn envelope(mut body: Map<String, Value>) -> String {
    body.insert("version".into(), Value::from(VERSION));
    Value::Object(body).to_string()
}

/// The stored value of one part, or None if the state has nothing for it (a
/// document without marks or without source text). `shared` is [`holders`]' answer:
/// a document listed there stores a reference to its holder's text.
fn encode_part(state: &State, part: &Part, shared: &HashMap<&DocKey, &DocKey>) -> Option<String> {
    let body = match part {
        Part::Prefs => codec::prefs_body(&state.prefs),
        Part::Library => codec::library_body(&state.library),
        Part::Marks(k) => codec::marks_body(state.marks.get(k)?),
        Part::Fixes(k) => codec::fixes_body(state.fixes.get(k).filter(|f| !f.nodes.is_empty())?),
        Part::Progress(k) => codec::progress_body(state.marks.get(k)?)?,
        Part::Units if state.units.is_empty() => return None,
        Part::Units => codec::units_body(&state.units),
        Part::Source(k) => {
            let s = &state.library.get(k)?.source;
            if s.is_unset() {
                return None;
            }
            match shared.get(k) {
                Some(holder) => shared_text::ref_body(holder, s.at),
                None => codec::source_body(s),
            }
        }
        Part::V1 => return None,
    };
    Some(envelope(body))
}

/// Every key and value to store for `state`.
pub fn entries(state: &State) -> BTreeMap<String, String> {
    entries_reusing(state, |_, _| None)
}

/// [`entries`], except that a document's whole source text is not encoded again where
/// `reuse(storage key, stamp of the text)` gives the value already stored for that very
/// text. Source texts are by far the largest values and rarely change, so a save after
/// a mark does not re-encode every document the library holds. A reused value that is
/// a reference is not taken where the text is now to be stored whole.
pub fn entries_reusing(
    state: &State,
    reuse: impl Fn(&str, f64) -> Option<String>,
) -> BTreeMap<String, String> {
    let shared = holders(state);
    let parts = [Part::Prefs, Part::Library, Part::Units]
        .into_iter()
        .chain(state.kept_marks().map(|(k, _)| Part::Marks(k.clone())))
        .chain(state.kept_marks().map(|(k, _)| Part::Progress(k.clone())))
        .chain(state.kept_fixes().map(|(k, _)| Part::Fixes(k.clone())))
        .chain(state.library.keys().cloned().map(Part::Source));
    crate::sort::btree_map(parts.filter_map(|p| {
        let key = p.storage_key();
        let reused = match &p {
            Part::Source(doc) if !shared.contains_key(doc) => state
                .library
                .get(doc)
                .and_then(|e| reuse(&key, e.source.at))
                .filter(|v| !is_text_ref(v)),
            _ => None,
        };
        let value = reused.or_else(|| encode_part(state, &p, &shared))?;
        Some((key, value))
    }))
}

/// The stamp of the source text a source-text key holds in `state`, if it is one.
pub fn source_stamp(state: &State, key: &str) -> Option<f64> {
    match Part::from_storage_key(key)? {
        Part::Source(doc) => state.library.get(&doc).map(|e| e.source.at),
        _ => None,
    }
}

/// One localStorage operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    Set { key: String, value: String },
    Remove { key: String },
}

/// The writes that turn storage holding `prev` into `next` (both from [`entries`]), in
/// an order that keeps storage readable after any prefix of them (a refused write stops
/// a save, see [`still_writable`]):
///
/// 1. What frees space and nothing depends on: the references of documents leaving the
///    library, marks removed or shrunk, and source texts that shrink (a document deleted
///    for good) where no stored reference names them. When storage is full, these
///    still go through ahead of a new text that does not fit.
/// 2. Source texts: stored whole where there was none or a reference, then whole texts
///    over whole texts, then references (each reference after the text it names).
/// 3. Marks, then the library and the preferences (which name the documents whose texts
///    are now stored), then the other removals.
pub fn changes(prev: &BTreeMap<String, String>, next: &BTreeMap<String, String>) -> Vec<Write> {
    let named: std::collections::HashSet<DocKey> =
        prev.values().filter_map(|v| text_ref_holder(v)).collect();
    let frees = |k: &str, v: &str| match (Part::from_storage_key(k), prev.get(k)) {
        (Some(Part::Marks(_) | Part::Fixes(_) | Part::Progress(_)), Some(old)) => {
            v.len() < old.len()
        }
        (Some(Part::Source(doc)), Some(old)) => {
            v.len() < old.len() && !is_text_ref(v) && !named.contains(&doc)
        }
        _ => false,
    };
    let rank = |k: &str, v: &str| match Part::from_storage_key(k) {
        _ if frees(k, v) => 0,
        Some(Part::Source(_)) if is_text_ref(v) => 3,
        Some(Part::Source(_)) if prev.get(k).is_some_and(|p| !is_text_ref(p)) => 2,
        Some(Part::Source(_)) => 1,
        Some(Part::Marks(_) | Part::Fixes(_) | Part::Progress(_)) => 4,
        Some(Part::Library) => 5,
        _ => 6,
    };
    let mut sets: Vec<(&String, &String)> = next
        .iter()
        .filter(|(k, v)| prev.get(*k) != Some(*v))
        .collect();
    crate::sort::sort_by_key(&mut sets, |(k, v)| rank(k, v));
    let (early, removed): (Vec<_>, Vec<_>) = prev
        .iter()
        .filter(|(k, _)| !next.contains_key(*k))
        .partition(|(k, v)| {
            is_text_ref(v)
                || matches!(
                    Part::from_storage_key(k),
                    Some(Part::Marks(_) | Part::Fixes(_) | Part::Progress(_))
                )
        });
    let remove = |(k, _): (&String, &String)| Write::Remove { key: k.clone() };
    let set = |(k, v): (&String, &String)| Write::Set {
        key: k.clone(),
        value: v.clone(),
    };
    early
        .into_iter()
        .map(remove)
        .chain(sets.into_iter().map(set))
        .chain(removed.into_iter().map(remove))
        .collect()
}

/// Whether `w` may still be written after an earlier write of the same save was refused
/// (storage full): a document's marks (and its corrections) stand on their own, so a
/// tick is not held back by a new text that does not fit; the library and the preferences go on too, so that a
/// document whose text did not fit is still listed (as a text not saved: see
/// [`DocEntry::text_not_saved`](crate::checklist::DocEntry::text_not_saved)), with its
/// title, and reopened from a paste of its text. Texts wait, and removals of texts: a
/// reference may still name them. None of these writes bears on what a load can read.
pub fn still_writable(w: &Write) -> bool {
    match w {
        Write::Set { key, .. } => matches!(
            Part::from_storage_key(key),
            Some(Part::Marks(_) | Part::Fixes(_) | Part::Progress(_) | Part::Library | Part::Prefs)
        ),
        Write::Remove { key } => matches!(
            Part::from_storage_key(key),
            Some(Part::Marks(_) | Part::Fixes(_) | Part::Progress(_))
        ),
    }
}

/// What [`load`] found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// Everything readable.
    pub state: State,
    /// Values that did not read completely: keep `raw` aside, then tell the user
    /// ([`damage_notice`]).
    pub damaged: Vec<Damage>,
    /// Set when data of an older version was found and migrated.
    pub migrated_from: Option<u64>,
    /// Old keys to remove once the migrated state has been written.
    pub stale_keys: Vec<String>,
}

/// How many numbers of `raw` are too large for a double, when that is all that keeps it
/// from reading as whole JSON (0 otherwise).
pub(crate) fn numbers_out_of_range(raw: &str) -> usize {
    let lenient = parse_lenient(raw);
    match lenient.parsed {
        Parsed::Whole(_) => lenient.out_of_range,
        _ => 0,
    }
}

/// Reads a JSON object value; the damage kind when it is not (fully) one.
fn read_object(raw: &str) -> (Option<Map<String, Value>>, Option<DamageKind>) {
    let lenient = parse_lenient(raw);
    let n = lenient.out_of_range;
    match lenient.parsed {
        Parsed::Whole(Value::Object(o)) if n > 0 => (Some(o), Some(DamageKind::OutOfRange(n))),
        Parsed::Whole(Value::Object(o)) => (Some(o), None),
        Parsed::Truncated(Value::Object(o)) => (Some(o), Some(DamageKind::Truncated)),
        Parsed::TrailingGarbage(Value::Object(o)) => (Some(o), Some(DamageKind::TrailingGarbage)),
        Parsed::NotJson => (None, Some(DamageKind::NotJson)),
        _ => (None, Some(DamageKind::WrongShape)),
    }
}

fn version_of(o: &Map<String, Value>) -> Option<u64> {
    o.get("version").and_then(Value::as_u64)
}

/// Reads the stored key/value pairs (all of localStorage, or just the one a storage
/// event reports) into a state; keys that are not ours are skipped. Never fails:
/// whatever does not read is reported in `damaged`. For a storage event, use
/// [`load_knowing`] and merge the result into the current state with
/// [`crate::checklist::merge`].
pub fn load<I, K, V>(stored: I) -> Loaded
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    load_knowing(stored, &State::default())
}

/// [`load`], where a source text stored as a reference to another document's may also
/// be found in `known` (the tab's own state, when one key arrives from another tab).
pub fn load_knowing<I, K, V>(stored: I, known: &State) -> Loaded
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut out = Loaded::default();
    let mut sources: BTreeMap<DocKey, Stamped<Text>> = BTreeMap::new();
    // References to another document's text, with their stored value for the damage
    // report should they not resolve.
    let mut refs: BTreeMap<DocKey, TextRef> = BTreeMap::new();
    let mut ref_raw: HashMap<DocKey, (String, String)> = HashMap::new();
    let mut v1_state = None;
    for (key, raw) in stored {
        let (key, raw) = (key.as_ref(), raw.as_ref());
        let Some(part) = Part::from_storage_key(key) else {
            continue;
        };
        let (obj, mut kind) = read_object(raw);
        let mut lost = Lost::new();
        if let Some(o) = &obj {
            let version = version_of(o);
            if part != Part::V1 && version.is_some_and(|v| v > VERSION) {
                kind = kind.or(Some(DamageKind::NewerVersion(version.unwrap_or_default())));
            }
            match &part {
                Part::Prefs => out.state.prefs = codec::read_prefs(o, "", &mut lost),
                Part::Library => out.state.library = codec::read_library(o, "", &mut lost),
                Part::Units => out.state.units = codec::read_units(o, "", &mut lost),
                Part::Marks(k) => {
                    absorb_marks(&mut out.state, k, codec::read_marks(o, "", &mut lost));
                }
                Part::Progress(k) => {
                    absorb_marks(&mut out.state, k, codec::read_progress(o, "", &mut lost));
                }
                Part::Fixes(k) => {
                    out.state
                        .fixes
                        .insert(k.clone(), codec::read_fixes(o, "", &mut lost));
                }
                Part::Source(k) => match shared_text::read_ref(o) {
                    Some(r) => {
                        refs.insert(k.clone(), r);
                        ref_raw.insert(k.clone(), (key.to_owned(), raw.to_owned()));
                    }
                    // A reference that does not read is a text lost, not no text.
                    None if o.contains_key(shared_text::TEXT_OF) => {
                        lost.push(shared_text::TEXT_OF.to_owned());
                    }
                    None => {
                        if let Some(s) = codec::read_source(o, "", &mut lost) {
                            sources.insert(k.clone(), s);
                        }
                    }
                },
                Part::V1 => {
                    v1_state = Some(v1::migrate_v1(o, &mut lost));
                    out.migrated_from = Some(1);
                    out.stale_keys.push(key.to_owned());
                }
            }
        }
        if kind.is_none() && !lost.is_empty() {
            kind = Some(DamageKind::Entries);
        }
        if let Some(kind) = kind {
            out.damaged.push(Damage {
                key: key.to_owned(),
                raw: raw.to_owned(),
                part,
                kind,
                lost,
            });
        }
    }
    let (resolved, dangling) = shared_text::resolve(&refs, &sources, known);
    for doc in dangling {
        if let Some((key, raw)) = ref_raw.remove(&doc) {
            out.damaged.push(Damage {
                key,
                raw,
                part: Part::Source(doc),
                kind: DamageKind::SharedTextMissing,
                lost: vec![shared_text::TEXT_OF.to_owned()],
            });
        }
    }
    sources.extend(resolved);
    attach_sources(&mut out.state, sources);
    if let Some(old) = v1_state {
        out.state = merge(&old, &out.state);
    }
    out
}

/// Adds the marks of a document read from one part (its marks, or its progress) to
/// those read from the other, field by field.
fn absorb_marks(state: &mut State, doc: &DocKey, marks: DocMarks) {
    let into = state.marks.entry(doc.clone()).or_default();
    for (task, mark) in marks.tasks {
        into.absorb(task, mark);
    }
}

/// Puts source texts into their library entries, rebuilding an entry (title
/// unknown) for a text whose entry was lost.
fn attach_sources(state: &mut State, sources: BTreeMap<DocKey, Stamped<Text>>) {
    for (k, s) in sources {
        let e = state
            .library
            .entry(k.clone())
            .or_insert_with(|| rebuilt_entry(&k, &s));
        e.source = s;
    }
}

/// The library entry of a text whose entry is missing (the library value damaged, or a
/// save cut short between the text and the library): its title and 文号 read again
/// from the text, so that it is listed under its name rather than as 未命名文档.
///
/// In the browser the page does not link the parser (its parse worker does): there the
/// entry comes without them, and the page has the worker read the text and puts them
/// in with [`title_in`] (`app::checklist_state`), as here.
fn rebuilt_entry(key: &DocKey, text: &Stamped<Text>) -> DocEntry {
    #[cfg(not(target_arch = "wasm32"))]
    let (title, doc_number) = title_in(key, &crate::parser::parse(&text.value));
    #[cfg(target_arch = "wasm32")]
    let (title, doc_number) = (None, None);
    DocEntry {
        key: key.clone(),
        title,
        doc_number,
        info_at: text.at,
        added_at: text.at,
        ..DocEntry::default()
    }
}

/// The title and 文号 of document `key` of `outline` (the parse of its text), as
/// [`rebuilt_entry`] gives them.
pub fn title_in(
    key: &DocKey,
    outline: &crate::parser::Outline,
) -> (Option<String>, Option<String>) {
    let keys = super::identity::doc_keys(&outline.documents);
    let doc = keys
        .iter()
        .position(|k| k == key)
        .and_then(|at| outline.documents.get(at));
    (
        doc.and_then(|d| d.title.clone()),
        doc.and_then(|d| d.doc_number.clone()),
    )
}

/// The whole state as one string (the body of a backup, too).
pub fn encode(state: &State) -> String {
    Value::Object(whole_body(state)).to_string()
}

pub(crate) fn whole_body(state: &State) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("version".into(), Value::from(VERSION));
    m.insert(
        "prefs".into(),
        Value::Object(codec::prefs_body(&state.prefs)),
    );
    m.insert(
        "library".into(),
        Value::Object(codec::library_body(&state.library)),
    );
    let docs = crate::sort::json_map(
        state
            .kept_marks()
            .map(|(k, d)| (k.to_string(), Value::Object(codec::marks_body(d)))),
    );
    m.insert("docs".into(), Value::Object(docs));
    let fixes = crate::sort::json_map(
        state
            .kept_fixes()
            .filter(|(_, f)| !f.nodes.is_empty())
            .map(|(k, f)| (k.to_string(), Value::Object(codec::fixes_body(f)))),
    );
    m.insert("fixes".into(), Value::Object(fixes));
    let mut progress = Map::new();
    for (k, d) in state.kept_marks() {
        if let Some(body) = codec::progress_body(d) {
            progress.insert(k.to_string(), Value::Object(body));
        }
    }
    if !progress.is_empty() {
        m.insert("progress".into(), Value::Object(progress));
    }
    if !state.units.is_empty() {
        m.insert(
            "units".into(),
            Value::Object(codec::units_body(&state.units)),
        );
    }
    // Documents of one paste share its text, as in localStorage ([`shared_text`]).
    let shared = holders(state);
    let sources = crate::sort::json_map(
        state
            .library
            .iter()
            .filter(|(_, e)| !e.source.is_unset())
            .map(|(k, e)| {
                let value = match shared.get(k) {
                    Some(holder) => Value::Object(shared_text::ref_body(holder, e.source.at)),
                    None => serde_json::to_value(&e.source).unwrap_or(Value::Null),
                };
                (k.to_string(), value)
            }),
    );
    m.insert("sources".into(), Value::Object(sources));
    m
}

/// What [`decode`] read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decoded {
    pub state: State,
    /// The version the string said it was (None if it did not say).
    pub version: Option<u64>,
    /// How it was damaged, if it was.
    pub damage: Option<DamageKind>,
    /// Paths of entries and fields that could not be read.
    pub lost: Vec<String>,
}

/// Reads a string from [`encode`] (of this or an older version); recovers what it can.
pub fn decode(raw: &str) -> Decoded {
    let (obj, mut damage) = read_object(raw);
    let Some(o) = obj else {
        return Decoded {
            damage,
            ..Decoded::default()
        };
    };
    decode_object(&o, damage.take())
}

pub(crate) fn decode_object(o: &Map<String, Value>, damage: Option<DamageKind>) -> Decoded {
    let version = version_of(o);
    let mut lost = Lost::new();
    let state = if version == Some(1) {
        v1::migrate_v1(o, &mut lost)
    } else {
        read_whole(o, &mut lost)
    };
    let damage = damage
        .or_else(|| {
            version
                .filter(|v| *v > VERSION)
                .map(DamageKind::NewerVersion)
        })
        .or_else(|| (!lost.is_empty()).then_some(DamageKind::Entries));
    Decoded {
        state,
        version,
        damage,
        lost,
    }
}

fn read_whole(o: &Map<String, Value>, lost: &mut Lost) -> State {
    let sub = |name: &str, lost: &mut Lost| -> Map<String, Value> {
        match o.get(name) {
            None => Map::new(),
            Some(Value::Object(m)) => m.clone(),
            Some(_) => {
                lost.push(name.to_owned());
                Map::new()
            }
        }
    };
    let mut state = State {
        prefs: codec::read_prefs(&sub("prefs", lost), "prefs", lost),
        library: codec::read_library(&sub("library", lost), "library", lost),
        marks: BTreeMap::new(),
        fixes: BTreeMap::new(),
        units: codec::read_units(&sub("units", lost), "units", lost),
    };
    for (k, d) in sub("fixes", lost) {
        let path = format!("fixes.{k}");
        match d {
            Value::Object(d) if !k.is_empty() => {
                let fixes = codec::read_fixes(&d, &path, lost);
                state.fixes.insert(DocKey(k), fixes);
            }
            _ => lost.push(path),
        }
    }
    for (k, d) in sub("docs", lost) {
        let path = format!("docs.{k}");
        match d {
            Value::Object(d) if !k.is_empty() => {
                let marks: DocMarks = codec::read_marks(&d, &path, lost);
                absorb_marks(&mut state, &DocKey(k), marks);
            }
            _ => lost.push(path),
        }
    }
    for (k, d) in sub("progress", lost) {
        let path = format!("progress.{k}");
        match d {
            Value::Object(d) if !k.is_empty() => {
                let marks = codec::read_progress(&d, &path, lost);
                absorb_marks(&mut state, &DocKey(k), marks);
            }
            _ => lost.push(path),
        }
    }
    let mut sources = BTreeMap::new();
    let mut refs = BTreeMap::new();
    for (k, v) in sub("sources", lost) {
        let shared = match &v {
            Value::Object(o) => shared_text::read_ref(o),
            _ => None,
        };
        match (shared, serde_json::from_value::<Stamped<Text>>(v)) {
            _ if k.is_empty() => lost.push("sources.".to_owned()),
            (Some(r), _) => {
                refs.insert(DocKey(k), r);
            }
            (None, Ok(s)) => {
                sources.insert(DocKey(k), s);
            }
            (None, Err(_)) => lost.push(format!("sources.{k}")),
        }
    }
    let (resolved, dangling) = shared_text::resolve(&refs, &sources, &State::default());
    lost.extend(dangling.iter().map(|k| format!("sources.{k}")));
    sources.extend(resolved);
    attach_sources(&mut state, sources);
    state
}

/// Space used in localStorage: UTF-16 code units of keys and values, of the whole site
/// (every script of the origin shares its quota) and of this app's keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Every key of the origin.
    pub units: usize,
    /// This app's keys ([`APP_PREFIX`]), a part of `units`.
    pub ours: usize,
}

impl Usage {
    /// Bytes, at two per code unit.
    pub fn bytes(self) -> usize {
        self.units * 2
    }

    /// Share of [`QUOTA_UNITS`] used, 0.0 to 1.0 (or above when over).
    pub fn fraction(self) -> f64 {
        self.units as f64 / QUOTA_UNITS as f64
    }

    /// At [`NEARLY_FULL`] or more.
    pub fn nearly_full(self) -> bool {
        self.fraction() >= NEARLY_FULL
    }

    /// "本应用 0.3 MB，本网站共用 4.9 MB / 约 5 MB" for the meter (MB = 2^20 code units
    /// here, as the quota counts them; KB below 0.1 MB).
    pub fn label(self) -> String {
        format!(
            "本应用 {}，本网站共用 {} / 约 {} MB",
            amount(self.ours),
            amount(self.units),
            fixed(mb(QUOTA_UNITS), 0)
        )
    }

    /// The warning when storage is [`Usage::nearly_full`].
    pub fn nearly_full_notice(self) -> String {
        format!(
            "本机存储已用约 {}%（本应用 {}，本网站的其他数据 {}，上限约 {} MB）。\
             空间用完后，新的修改将无法保存：请导出备份，并在“文档库与备份”中永久删除不再需要的文档。",
            fixed((self.fraction() * 100.0).min(100.0), 0),
            amount(self.ours),
            amount(self.units.saturating_sub(self.ours)),
            fixed(mb(QUOTA_UNITS), 0)
        )
    }
}

fn mb(units: usize) -> f64 {
    units as f64 / (1024.0 * 1024.0)
}

/// "4.9 MB", or "18 KB" for less than 0.1 MB (which would read 0.0 MB).
fn amount(units: usize) -> String {
    if units < 1024 * 1024 / 10 {
        format!("{} KB", units.div_ceil(1024))
    } else {
        format!("{} MB", fixed(mb(units), 1))
    }
}

/// When a small write is refused on opening the page: storage is full.
pub const FULL_AT_START_MESSAGE: &str = "浏览器存储空间已满，现在做的修改（勾选、备注、新粘贴的文档）都无法保存。\
请先导出备份，再在“文档库与备份”中永久删除不再需要的文档；若空间被本网站的其他数据占用，请清理浏览器中本网站的数据。";

/// How many code units the page tries to write (and removes at once) on opening, to
/// learn whether storage still takes a change.
pub const PROBE_UNITS: usize = 512;

/// Space taken by key/value pairs (e.g. all of localStorage, damaged copies included).
pub fn usage_of<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Usage {
    pairs.into_iter().fold(Usage::default(), |mut u, (k, v)| {
        let units = k.encode_utf16().count() + v.encode_utf16().count();
        u.units += units;
        if k.starts_with(APP_PREFIX) {
            u.ours += units;
        }
        u
    })
}

/// Space the state takes once stored by [`entries`].
pub fn usage(state: &State) -> Usage {
    usage_of(entries(state).iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

//! The one web module that touches localStorage. What is stored, under which keys and
//! in which version is decided by [`crate::checklist::storage_format`]; this module
//! only reads all of it at start, writes what changed (each key's new value whole, in
//! one `setItem`), and listens for other tabs.
//!
//! - Writes are debounced (~300 ms after the last change) and flushed at once when the
//!   page is hidden or closed (`pagehide`, `visibilitychange`), so a mark made just
//!   before closing the tab is kept.
//! - A refused write (quota) stops the save but for documents' marks: keys already
//!   written form a readable state (space is freed first; sources and marks go before
//!   the library and the preferences), and the key that failed still holds its previous
//!   value. A document's marks refused for a long note are written without the notes
//!   that do not fit, so its ticks are kept. The user is told exactly what was not
//!   saved, and offered a backup; on opening, when storage is full (a small write is
//!   refused) or nearly so ([`storage_format::NEARLY_FULL`]).
//! - Damaged values found at start are copied aside untouched before the recovered
//!   state is written over them.
//! - A read that throws (a browser policy, an extension, a damaged profile) makes the
//!   session read-only: what storage holds is unknown, so writing could replace data
//!   this tab never saw. Nothing is written until a read of everything succeeds (tried
//!   again at each save); then what is stored is merged with what the page holds, and
//!   saved.
//! - A change made in another tab arrives as a `storage` event: the key is read and
//!   merged into this tab's state, field by field (the later change wins).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

use gloo_storage::{LocalStorage, Storage as _};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::checklist::storage_format::load_knowing;
use crate::checklist::storage_format::{
    self, changes, damage_notice, damaged_copy_key, entries_reusing, marks_holding_back_notes,
    source_stamp, still_writable, usage_of, Damage, Loaded, Part, ReadFailure, Unsaved,
    UnsavedItem, Usage, Write, APP_PREFIX, FULL_AT_START_MESSAGE, PROBE_UNITS,
    READ_RECOVERED_MESSAGE, STORAGE_UNAVAILABLE_MESSAGE,
};
use crate::checklist::{load, merge, State};

/// Delay between the last change and the write.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// What the app learns from storage at start.
pub struct Boot {
    pub state: State,
    /// Problems to tell the user at once (damaged values, no storage, storage full).
    pub alerts: Vec<Alert>,
    /// None when localStorage cannot be used.
    pub usage: Option<Usage>,
}

/// A storage problem for the user, in Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    pub kind: AlertKind,
    pub text: String,
    /// Show the backup export next to the message.
    pub offer_backup: bool,
}

/// What an [`Alert`] is about: which later event ends it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertKind {
    /// localStorage cannot be used at all.
    Unavailable,
    /// A read failed: nothing is written (ended by a successful read).
    ReadOnly,
    /// Reads work again after [`AlertKind::ReadOnly`]; merged and saved.
    Recovered,
    /// Stored values did not read completely.
    Damaged,
    /// A write was refused (ended by a successful save).
    Refused,
    /// Storage is nearly full: later writes may be refused.
    NearlyFull,
    /// A file to import could not be read or was not a backup.
    Import,
}

/// Whether this tab may write to localStorage.
#[derive(Clone, Debug, Default, PartialEq)]
enum Access {
    #[default]
    Writable,
    /// A read failed: storage may hold data this tab does not know, which a write
    /// could replace. Nothing is written until a read of everything succeeds.
    ReadOnly(ReadFailure),
}

/// Where the saver reports: the state to save, and the signals the UI shows.
#[derive(Clone, Copy)]
pub struct Sink {
    pub state: RwSignal<State>,
    pub alert: RwSignal<Option<Alert>>,
    pub usage: RwSignal<Option<Usage>>,
}

#[derive(Default)]
struct Saver {
    storage: Option<web_sys::Storage>,
    access: Access,
    /// What storage holds for our keys, as far as this tab knows.
    saved: BTreeMap<String, String>,
    /// Keys never to write this session: damaged values that could not be copied aside.
    protected: HashSet<String>,
    timer: Option<TimeoutHandle>,
    sink: Option<Sink>,
    /// For each source-text key in `saved`, the stamp of the text it holds: an unchanged
    /// text (most saves) is then neither encoded nor compared again.
    source_at: HashMap<String, f64>,
    /// The size of every key in storage (ours, kept-aside copies, other scripts'), from
    /// what was read at start and written or heard of since: the meter never reads
    /// the values back (megabytes, on every save).
    sizes: Sizes,
    /// The user was told that storage is nearly full (once a session).
    warned_nearly_full: bool,
}

/// UTF-16 code units of each key and its value, as the quota counts them.
#[derive(Default)]
struct Sizes(HashMap<String, usize>);

impl Sizes {
    fn set(&mut self, key: &str, value: &str) {
        let units = usage_of([(key, value)]).units;
        self.0.insert(key.to_owned(), units);
    }

    fn remove(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn usage(&self) -> Usage {
        self.0
            .iter()
            .fold(Usage::default(), |mut u, (key, &units)| {
                u.units += units;
                if key.starts_with(APP_PREFIX) {
                    u.ours += units;
                }
                u
            })
    }
}

thread_local! {
    static SAVER: RefCell<Saver> = RefCell::new(Saver::default());
}

/// localStorage, or None where the browser refuses it (disabled, sandboxed).
/// `LocalStorage::raw()` panics in that case, so availability is checked first.
fn local_storage() -> Option<web_sys::Storage> {
    let available = web_sys::window()?.local_storage().ok()??;
    drop(available);
    Some(LocalStorage::raw())
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

/// [`load`]s stored pairs, with stamps from the future brought back to now
/// ([`State::clamp_future`]): such a stamp would win every merge, and a field could never
/// be changed again. The next save writes the values back so.
fn load_now(pairs: &[(String, String)]) -> Loaded {
    let mut loaded = load(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    loaded.state.clamp_future(now());
    loaded
}

/// Our keys and values as far as they could be read, the size of every key read, and
/// the first read of ours that failed.
struct Read {
    pairs: Vec<(String, String)>,
    sizes: Sizes,
    failure: Option<ReadFailure>,
}

/// Reads every key of ours, and the size of the others. A read of ours that throws is
/// not taken for an absent value: it is reported, and the session goes read-only
/// ([`Access::ReadOnly`]).
fn read_ours(storage: &web_sys::Storage) -> Read {
    let mut read = Read {
        pairs: Vec::new(),
        sizes: Sizes::default(),
        failure: None,
    };
    let listing = |e: &JsValue| ReadFailure {
        key: None,
        error: error_text(e),
    };
    let n = match storage.length() {
        Ok(n) => n,
        Err(e) => {
            read.failure = Some(listing(&e));
            return read;
        }
    };
    for i in 0..n {
        let key = match storage.key(i) {
            Ok(Some(key)) => key,
            Ok(None) => continue,
            Err(e) => {
                read.failure.get_or_insert_with(|| listing(&e));
                continue;
            }
        };
        if storage_format::Part::from_storage_key(&key).is_none() {
            // Not ours: only its size counts (a value that does not read counts 0).
            if let Ok(Some(value)) = storage.get_item(&key) {
                read.sizes.set(&key, &value);
            }
            continue;
        }
        match storage.get_item(&key) {
            Ok(Some(value)) => {
                read.sizes.set(&key, &value);
                read.pairs.push((key, value));
            }
            Ok(None) => {}
            Err(e) => {
                read.failure.get_or_insert_with(|| ReadFailure {
                    key: Some(key),
                    error: error_text(&e),
                });
            }
        }
    }
    read
}

/// "SecurityError: …": the name and message of a thrown value.
fn error_text(e: &JsValue) -> String {
    let field = |name: &str| {
        js_sys::Reflect::get(e, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .filter(|v| !v.is_empty())
    };
    match (field("name"), field("message")) {
        (Some(name), Some(message)) => format!("{name}: {message}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => e.as_string().unwrap_or_else(|| "未知错误".to_owned()),
    }
}

fn read_only_alert(failure: &ReadFailure, state: &State) -> Alert {
    Alert {
        kind: AlertKind::ReadOnly,
        text: failure.message(state),
        offer_backup: true,
    }
}

/// Reads everything we stored, keeps damaged values aside, and writes the recovered
/// (or migrated) state back. Never fails: without storage the app runs from an empty
/// state, with a notice; when a read fails it runs from what could be read, writing
/// nothing ([`Access::ReadOnly`]).
pub fn open() -> Boot {
    let Some(storage) = local_storage() else {
        return Boot {
            state: State::default(),
            alerts: vec![Alert {
                kind: AlertKind::Unavailable,
                text: STORAGE_UNAVAILABLE_MESSAGE.to_owned(),
                offer_backup: false,
            }],
            usage: None,
        };
    };
    let read = read_ours(&storage);
    let loaded = load_now(&read.pairs);
    let mut alerts = Vec::new();
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        s.storage = Some(storage.clone());
        s.sizes = read.sizes;
    });
    match read.failure {
        Some(failure) => {
            alerts.push(read_only_alert(&failure, &loaded.state));
            SAVER.with(|s| s.borrow_mut().access = Access::ReadOnly(failure));
        }
        None => {
            alerts.extend(adopt(&storage, read.pairs, &loaded, &loaded.state));
            // Write the recovered and migrated parts now (stale version-1 keys go last).
            let refused = match write_state(&loaded.state) {
                Err(unsaved) => Some(refused_alert(&unsaved, &loaded.state)),
                // Nothing to write does not say that a change will fit: try one.
                Ok(()) => (!takes_a_write(&storage)).then(|| Alert {
                    kind: AlertKind::Refused,
                    text: FULL_AT_START_MESSAGE.to_owned(),
                    offer_backup: true,
                }),
            };
            alerts.extend(refused.or_else(nearly_full_alert));
        }
    }
    Boot {
        state: loaded.state,
        alerts,
        usage: Some(SAVER.with(|s| s.borrow().sizes.usage())),
    }
}

/// Whether storage takes a small write ([`PROBE_UNITS`]), removed at once.
fn takes_a_write(storage: &web_sys::Storage) -> bool {
    let key = format!("{APP_PREFIX}probe");
    let fits = storage.set_item(&key, &"0".repeat(PROBE_UNITS)).is_ok();
    let _ = storage.remove_item(&key);
    fits
}

/// The warning that storage is nearly full, once a session.
fn nearly_full_alert() -> Option<Alert> {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        let usage = s.sizes.usage();
        if s.warned_nearly_full || !usage.nearly_full() {
            return None;
        }
        s.warned_nearly_full = true;
        Some(Alert {
            kind: AlertKind::NearlyFull,
            text: usage.nearly_full_notice(),
            offer_backup: true,
        })
    })
}

/// Takes what a successful read of everything found as what storage holds: keeps its
/// damaged values aside, and lets the session write. `state` names the documents in
/// the message about damage.
fn adopt(
    storage: &web_sys::Storage,
    pairs: Vec<(String, String)>,
    loaded: &Loaded,
    state: &State,
) -> Option<Alert> {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        let s = &mut *s;
        let mut protected = HashSet::new();
        let alert = keep_damaged_aside(
            storage,
            &loaded.damaged,
            state,
            &mut protected,
            &mut s.sizes,
        );
        s.saved = crate::sort::btree_map(pairs);
        s.protected = protected;
        s.source_at.clear();
        s.access = Access::Writable;
        alert
    })
}

/// In a read-only session, tries to read everything again. On success, what is stored
/// is merged into the page's state, and the session may write again (true).
fn recover(sink: Sink) -> bool {
    let Some(storage) = SAVER.with(|s| s.borrow().storage.clone()) else {
        return false;
    };
    let read = read_ours(&storage);
    if let Some(failure) = read.failure {
        SAVER.with(|s| s.borrow_mut().access = Access::ReadOnly(failure));
        return false;
    }
    SAVER.with(|s| s.borrow_mut().sizes = read.sizes);
    let loaded = load_now(&read.pairs);
    let merged = sink
        .state
        .with_untracked(|local| merge(local, &loaded.state));
    let damage = adopt(&storage, read.pairs, &loaded, &merged);
    if sink.state.with_untracked(|local| *local != merged) {
        sink.state.set(merged);
    }
    sink.alert.set(Some(damage.unwrap_or(Alert {
        kind: AlertKind::Recovered,
        text: READ_RECOVERED_MESSAGE.to_owned(),
        offer_backup: false,
    })));
    true
}

/// Copies each damaged value aside (`duban.damaged.…`) before a save replaces it with
/// what could be read; a value that cannot be copied is added to `protected`, never to
/// be overwritten. Gives the message for the user, naming the parts of `state` hit.
fn keep_damaged_aside(
    storage: &web_sys::Storage,
    damaged: &[Damage],
    state: &State,
    protected: &mut HashSet<String>,
    sizes: &mut Sizes,
) -> Option<Alert> {
    let at = now();
    for d in damaged {
        let key = damaged_copy_key(&d.key, at);
        if storage.set_item(&key, &d.raw).is_ok() {
            sizes.set(&key, &d.raw);
        } else {
            protected.insert(d.key.clone());
        }
    }
    damage_notice(damaged, state).map(|text| Alert {
        kind: AlertKind::Damaged,
        text,
        offer_backup: true,
    })
}

/// Starts saving `sink.state` after changes and listening to other tabs and to the
/// page being hidden.
pub fn install(sink: Sink) {
    SAVER.with(|s| s.borrow_mut().sink = Some(sink));
    let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        from_other_tab(sink, ev);
    });
    let on_pagehide = Closure::<dyn FnMut()>::new(|| {
        flush();
    });
    let _ =
        window().add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
    on_pagehide.forget();
    let on_visibility = Closure::<dyn FnMut()>::new(|| {
        if document().hidden() {
            flush();
        }
    });
    let _ = document().add_event_listener_with_callback(
        "visibilitychange",
        on_visibility.as_ref().unchecked_ref(),
    );
    on_visibility.forget();
}

/// Saves soon: after [`DEBOUNCE`] without further changes.
pub fn schedule() {
    let handle = set_timeout_with_handle(
        || {
            flush();
        },
        DEBOUNCE,
    )
    .ok();
    let old = SAVER.with(|s| std::mem::replace(&mut s.borrow_mut().timer, handle));
    if let Some(old) = old {
        old.clear();
    }
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// Everything the page holds is stored.
    All,
    /// Storage refused some writes: these parts wait (the page says which).
    Partly(Unsaved),
    /// Storage could not be read, and still cannot: nothing was written.
    ReadOnly,
    /// There is no localStorage to save to.
    Nowhere,
}

/// Saves now whatever changed since the last save.
pub fn flush() -> Saved {
    let (timer, sink) = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        (s.timer.take(), s.sink)
    });
    if let Some(t) = timer {
        t.clear();
    }
    let Some(sink) = sink else {
        return Saved::Nowhere;
    };
    if SAVER.with(|s| s.borrow().storage.is_none()) {
        return Saved::Nowhere;
    }
    let read_only = SAVER.with(|s| match &s.borrow().access {
        Access::ReadOnly(failure) => Some(failure.clone()),
        Access::Writable => None,
    });
    if let Some(failure) = read_only {
        if !recover(sink) {
            // Still unreadable: nothing was saved, and the page says so again.
            let failure = SAVER.with(|s| match &s.borrow().access {
                Access::ReadOnly(f) => f.clone(),
                Access::Writable => failure,
            });
            let alert = sink
                .state
                .with_untracked(|state| read_only_alert(&failure, state));
            if sink.alert.with_untracked(|a| a.as_ref() != Some(&alert)) {
                sink.alert.set(Some(alert));
            }
            return Saved::ReadOnly;
        }
    }
    // Borrowed, not cloned: the state holds every document's text.
    let result = sink.state.with_untracked(write_state);
    let usage = SAVER.with(|s| {
        let s = s.borrow();
        s.storage.as_ref().map(|_| s.sizes.usage())
    });
    sink.usage.set(usage);
    match result {
        Err(unsaved) => {
            let alert = sink
                .state
                .with_untracked(|state| refused_alert(&unsaved, state));
            sink.alert.set(Some(alert));
            Saved::Partly(unsaved)
        }
        // A successful save ends an earlier "storage full" message.
        Ok(()) => {
            end_refused_alert(sink);
            if sink.alert.with_untracked(Option::is_none) {
                if let Some(alert) = nearly_full_alert() {
                    sink.alert.set(Some(alert));
                }
            }
            Saved::All
        }
    }
}

fn end_refused_alert(sink: Sink) {
    if sink
        .alert
        .with_untracked(|a| a.as_ref().is_some_and(|a| a.kind == AlertKind::Refused))
    {
        sink.alert.set(None);
    }
}

/// Why [`replace_all`] changed nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum NotReplaced {
    /// A write was refused (storage full, or another error: its name); every key
    /// written before it was put back.
    Refused(Option<String>),
    /// Storage cannot be read: replacing could overwrite what this page never saw.
    ReadOnly(ReadFailure),
}

/// Replaces everything stored with `state`, all or nothing: each key is written in the
/// order [`changes`] gives, with its previous value noted; the first refused write
/// puts every earlier one back, in reverse order (each step back returns storage to a
/// state it held, so it fits). The page's state is the caller's to replace once this
/// succeeds. Without localStorage there is nothing to write: Ok.
pub fn replace_all(state: &State) -> Result<(), NotReplaced> {
    let sink = SAVER.with(|s| s.borrow().sink);
    let read_only = SAVER.with(|s| match &s.borrow().access {
        Access::ReadOnly(f) => Some(f.clone()),
        Access::Writable => None,
    });
    if let (Some(failure), Some(sink)) = (read_only, sink) {
        if !recover(sink) {
            let failure = SAVER.with(|s| match &s.borrow().access {
                Access::ReadOnly(f) => f.clone(),
                Access::Writable => failure,
            });
            return Err(NotReplaced::ReadOnly(failure));
        }
    }
    let result = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        let Some(storage) = s.storage.clone() else {
            return Ok(());
        };
        if let Some(t) = s.timer.take() {
            t.clear();
        }
        let next = storage_format::entries(state);
        // (key, its value before this replace), for every write made.
        let mut undo: Vec<(String, Option<String>)> = Vec::new();
        for w in changes(&s.saved, &next) {
            let (key, done) = match w {
                Write::Set { key, value } => {
                    if s.protected.contains(&key) {
                        continue;
                    }
                    let before = s.saved.get(&key).cloned();
                    if let Err(e) = storage.set_item(&key, &value) {
                        s.put_back(&storage, undo);
                        let name = error_name(&e).filter(|n| n != "QuotaExceededError");
                        return Err(NotReplaced::Refused(name));
                    }
                    s.wrote(&key, value, source_stamp(state, &key));
                    (key, before)
                }
                Write::Remove { key } => {
                    if s.protected.contains(&key) || storage.remove_item(&key).is_err() {
                        continue;
                    }
                    let before = s.saved.remove(&key);
                    s.source_at.remove(&key);
                    s.sizes.remove(&key);
                    (key, before)
                }
            };
            undo.push((key, done));
        }
        Ok(())
    });
    if let Some(sink) = sink {
        sink.usage.set(SAVER.with(|s| {
            let s = s.borrow();
            s.storage.as_ref().map(|_| s.sizes.usage())
        }));
        if result.is_ok() {
            end_refused_alert(sink);
        }
    }
    result
}

/// Writes the keys whose stored value differs from `state`'s, in the order [`changes`]
/// gives. After a refused write (storage full) only the writes [`still_writable`] allows
/// go on; a document's marks refused for its notes are written without the notes that
/// do not fit. Gives what could not be written.
fn write_state(state: &State) -> Result<(), Unsaved> {
    SAVER.with(|s| {
        let mut s = s.borrow_mut();
        let Some(storage) = s.storage.clone() else {
            return Ok(());
        };
        if s.access != Access::Writable {
            return Ok(());
        }
        let next = entries_reusing(state, |key, at| {
            (s.source_at.get(key) == Some(&at))
                .then(|| s.saved.get(key).cloned())
                .flatten()
        });
        let mut unsaved = Unsaved::default();
        let mut refused = false;
        for w in changes(&s.saved, &next) {
            if refused && !still_writable(&w) {
                unsaved.push_write(&w);
                continue;
            }
            match w {
                Write::Set { key, value } => {
                    if s.protected.contains(&key) {
                        continue;
                    }
                    match storage.set_item(&key, &value) {
                        Ok(()) => s.wrote(&key, value, source_stamp(state, &key)),
                        Err(e) => {
                            refused = true;
                            let name = error_name(&e);
                            if name.as_deref() != Some("QuotaExceededError") {
                                unsaved.other_error.get_or_insert_with(|| {
                                    name.unwrap_or_else(|| "未知错误".to_owned())
                                });
                            }
                            match s.write_without_notes(&storage, &key, &value) {
                                Some((doc, n)) => unsaved.push(UnsavedItem::Notes(doc, n)),
                                None => unsaved.push_write(&Write::Set { key, value }),
                            }
                        }
                    }
                }
                Write::Remove { key } => {
                    if s.protected.contains(&key) {
                        continue;
                    }
                    if storage.remove_item(&key).is_ok() {
                        s.source_at.remove(&key);
                        s.sizes.remove(&key);
                        s.saved.remove(&key);
                    }
                }
            }
        }
        if refused {
            Err(unsaved)
        } else {
            Ok(())
        }
    })
}

impl Saver {
    /// Notes that `key` now holds `value` (a source text of stamp `text_at`).
    fn wrote(&mut self, key: &str, value: String, text_at: Option<f64>) {
        match text_at {
            Some(at) => self.source_at.insert(key.to_owned(), at),
            None => self.source_at.remove(key),
        };
        self.sizes.set(key, &value);
        self.saved.insert(key.to_owned(), value);
    }

    /// Puts back the values `undo` noted (key, value before), the last write first.
    fn put_back(&mut self, storage: &web_sys::Storage, undo: Vec<(String, Option<String>)>) {
        for (key, before) in undo.into_iter().rev() {
            match before {
                Some(value) => {
                    if storage.set_item(&key, &value).is_ok() {
                        self.wrote(&key, value, None);
                    }
                }
                None => {
                    if storage.remove_item(&key).is_ok() {
                        self.saved.remove(&key);
                        self.source_at.remove(&key);
                        self.sizes.remove(&key);
                    }
                }
            }
        }
    }

    /// For a document's marks refused as `value`: writes the same marks holding back
    /// the fewest new notes that make them fit ([`marks_holding_back_notes`]). Gives the
    /// document and how many notes wait, or None when no such value fits (or `key` is
    /// not a document's marks).
    fn write_without_notes(
        &mut self,
        storage: &web_sys::Storage,
        key: &str,
        value: &str,
    ) -> Option<(crate::checklist::DocKey, usize)> {
        let Some(Part::Marks(doc)) = Part::from_storage_key(key) else {
            return None;
        };
        let prev = self.saved.get(key).cloned();
        for (smaller, n) in marks_holding_back_notes(prev.as_deref(), value) {
            if prev.as_ref() == Some(&smaller) {
                return Some((doc, n));
            }
            if storage.set_item(key, &smaller).is_ok() {
                self.wrote(key, smaller, None);
                return Some((doc, n));
            }
        }
        None
    }
}

fn error_name(e: &JsValue) -> Option<String> {
    js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
}

fn refused_alert(unsaved: &Unsaved, state: &State) -> Alert {
    Alert {
        kind: AlertKind::Refused,
        text: unsaved.notice(state),
        offer_backup: true,
    }
}

/// Another tab wrote one of our keys: read it and merge it into this tab's state.
fn from_other_tab(sink: Sink, ev: web_sys::StorageEvent) {
    let Some(key) = ev.key() else {
        // localStorage.clear() in another tab: write everything again on the next save.
        SAVER.with(|s| {
            let mut s = s.borrow_mut();
            s.saved.clear();
            s.sizes = Sizes::default();
        });
        schedule();
        return;
    };
    // Whoever wrote it, the key's size is now that of its new value.
    SAVER.with(|s| match ev.new_value() {
        Some(value) => s.borrow_mut().sizes.set(&key, &value),
        None => s.borrow_mut().sizes.remove(&key),
    });
    sink.usage
        .set(Some(SAVER.with(|s| s.borrow().sizes.usage())));
    if storage_format::Part::from_storage_key(&key).is_none() {
        return;
    }
    let Some(value) = ev.new_value() else {
        SAVER.with(|s| s.borrow_mut().saved.remove(&key));
        return;
    };
    // A text shared with another document of the same paste is read with the
    // holder's stored value, in case this tab never had that text.
    let mut pairs = vec![(key, value)];
    if let Some(holder) = storage_format::text_ref_holder(&pairs[0].1) {
        let holder_key = storage_format::Part::Source(holder).storage_key();
        let stored = SAVER.with(|s| {
            let s = s.borrow();
            s.storage.as_ref()?.get_item(&holder_key).ok()?
        });
        if let Some(v) = stored {
            pairs.push((holder_key, v));
        }
    }
    let mut loaded = sink.state.with_untracked(|local| {
        load_knowing(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), local)
    });
    loaded.state.clamp_future(now());
    // A damaged value (another program, or another tab's write cut short) is treated
    // as on opening the page, before this tab's next save replaces it.
    let alert = SAVER.with(|s| {
        let mut s = s.borrow_mut();
        let s = &mut *s;
        // Read-only: nothing is written, so nothing is overwritten either; the damage
        // is dealt with when everything is read again.
        let writable = s.access == Access::Writable;
        let alert = s.storage.as_ref().filter(|_| writable).and_then(|storage| {
            sink.state.with_untracked(|local| {
                keep_damaged_aside(
                    storage,
                    &loaded.damaged,
                    local,
                    &mut s.protected,
                    &mut s.sizes,
                )
            })
        });
        // What storage now holds for these keys is another tab's: the stamps this tab
        // wrote them with no longer say which text they hold.
        for (k, _) in &pairs {
            s.source_at.remove(k);
        }
        s.saved.extend(pairs);
        alert
    });
    if alert.is_some() {
        sink.alert.set(alert);
    }
    let merged = sink
        .state
        .with_untracked(|local| merge(local, &loaded.state));
    if sink.state.with_untracked(|local| *local != merged) {
        sink.state.set(merged);
    }
    // Our merged value may hold more than the other tab wrote: write it back.
    schedule();
}

//! The state every component shares, provided as context: the pasted text, the outline
//! and index derived from it, the filter (mirrored in the URL), the chosen view, and the
//! message shown to the user.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::checklist::identity::normalise_text;
use crate::checklist::paste::without_documents;
use crate::checklist::{doc_keys, DocKey};
use crate::filter::{Filter, Matches, OutlineIndex, StatusFilter};
use crate::parser::{self, Outline};

/// One parse of the source, with its index. Compared by identity: a new parse is new.
#[derive(Clone)]
pub struct Parsed {
    pub revision: u64,
    pub outline: Arc<Outline>,
    pub index: Arc<OutlineIndex>,
    /// The library key of each document of `outline`, computed on the whole text
    /// (before hidden documents are left out: look-alikes are numbered by position).
    pub keys: Arc<Vec<DocKey>>,
    /// The keys of the documents of the text left out of `outline` (deleted ones).
    pub left_out: Arc<Vec<DocKey>>,
}

impl PartialEq for Parsed {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl Parsed {
    /// Parses `text` without the documents whose keys are in `hidden`, before the
    /// index is built, so that no view, count or export sees them.
    fn of(text: &str, hidden: &HashSet<DocKey>) -> Self {
        static REVISION: AtomicU64 = AtomicU64::new(0);
        let outline = parser::parse(text);
        let keys = doc_keys(&outline.documents);
        let left_out = keys
            .iter()
            .filter(|k| hidden.contains(k))
            .cloned()
            .collect();
        let (outline, keys) = without_documents(outline, keys, text, |k| hidden.contains(k));
        let index = OutlineIndex::new(&outline);
        Self {
            revision: REVISION.fetch_add(1, Ordering::Relaxed),
            outline: Arc::new(outline),
            index: Arc::new(index),
            keys: Arc::new(keys),
            left_out: Arc::new(left_out),
        }
    }
}

/// The filter applied to one parse; compared by identity like [`Parsed`].
#[derive(Clone)]
pub struct Shown {
    pub parsed: Parsed,
    pub matches: Arc<Matches>,
}

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.matches, &other.matches)
    }
}

/// Which panel the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewMode {
    Outline,
    Units,
    Leaders,
}

impl ViewMode {
    pub fn as_query(self) -> &'static str {
        match self {
            ViewMode::Outline => "outline",
            ViewMode::Units => "units",
            ViewMode::Leaders => "leaders",
        }
    }

    pub fn from_query(query: &str) -> Self {
        let view = query
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("view="));
        match view {
            Some("units") => ViewMode::Units,
            Some("leaders") => ViewMode::Leaders,
            _ => ViewMode::Outline,
        }
    }
}

/// A message for the user, in Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

#[derive(Clone, Copy)]
pub struct Workspace {
    /// The text the user pasted (or a sample, or an opened file).
    pub source: RwSignal<String>,
    /// Keys of documents to leave out of the parse of `source`: the library's deleted
    /// ones, when `source` was reopened from there (each library entry keeps the
    /// whole paste, deleted siblings included). Empty for a paste: pasting a deleted
    /// document again brings it back.
    hidden: RwSignal<Arc<HashSet<DocKey>>>,
    pub parsed: Memo<Parsed>,
    pub filter: RwSignal<Filter>,
    pub shown: Memo<Shown>,
    pub view: RwSignal<ViewMode>,
    /// Node indices whose children are folded away.
    pub collapsed: RwSignal<HashSet<usize>>,
    pub notice: RwSignal<Option<Notice>>,
    /// Which nodes (by index in the current parse) the user checked off; set once by
    /// the checklist (`checklist_state`). Read only while the status filter is on.
    pub done: RwSignal<Option<Signal<Arc<Vec<bool>>>>>,
}

impl Workspace {
    /// `hidden`: the documents of `initial` to leave out (see [`Workspace::hidden`]).
    pub fn new(initial: &str, hidden: HashSet<DocKey>, query: &str) -> Self {
        let source = RwSignal::new(initial.to_owned());
        let hidden = RwSignal::new(Arc::new(hidden));
        let parsed = Memo::new(move |_| hidden.with(|h| source.with(|text| Parsed::of(text, h))));
        let filter = RwSignal::new(Filter::from_query(query));
        let done: RwSignal<Option<Signal<Arc<Vec<bool>>>>> = RwSignal::new(None);
        let shown = Memo::new(move |_| {
            let parsed = parsed.get();
            let matches = filter.with(|f| {
                let flags = (f.status != StatusFilter::Any)
                    .then(|| done.get().map(|d| d.get()))
                    .flatten();
                let is_done = |i: usize| {
                    flags
                        .as_ref()
                        .is_some_and(|v| v.get(i).copied().unwrap_or(false))
                };
                parsed.index.apply(f, &is_done)
            });
            Shown {
                parsed,
                matches: Arc::new(matches),
            }
        });
        let collapsed = RwSignal::new(HashSet::new());
        Self {
            source,
            hidden,
            parsed,
            filter,
            shown,
            view: RwSignal::new(ViewMode::from_query(query)),
            collapsed,
            notice: RwSignal::new(None),
            done,
        }
    }

    /// Shows another document (a sample, an opened file): unfolded and unfiltered.
    pub fn open_document(&self, text: String) {
        self.open_library_text(text, HashSet::new());
    }

    /// Shows a text kept in the library, without its documents in `hidden` (those
    /// deleted there): unfolded and unfiltered.
    pub fn open_library_text(&self, text: String, hidden: HashSet<DocKey>) {
        self.filter.set(Filter::default());
        self.show(text, hidden);
    }

    /// Whether document `key` of the text on screen is left out of it.
    pub fn is_hidden(&self, key: &DocKey) -> bool {
        self.parsed.with_untracked(|p| p.left_out.contains(key))
    }

    /// Parses edited or re-pasted text, keeping the filter the user set while it is
    /// the same document (an edit, a revision). Another document starts unfiltered: a
    /// filter on a section (kept by position), a unit or a leader of the old one would
    /// hide the new one's tasks behind choices the filter bar no longer shows.
    pub fn paste(&self, text: String) {
        let before = self.parsed.get_untracked();
        self.reparse(text);
        // Parsed now (the memo is read at once), so the first render is already
        // unfiltered.
        let after = self.parsed.get_untracked();
        if !same_documents(&before.outline, &after.outline) {
            self.filter.set(Filter::default());
        }
    }

    /// Parses the text, keeping the filter as it is. The user's own text: every
    /// document of it is shown.
    pub fn reparse(&self, text: String) {
        self.show(text, HashSet::new());
    }

    fn show(&self, text: String, hidden: HashSet<DocKey>) {
        self.notice.set(None);
        self.collapsed.set(HashSet::new());
        // Both before the parse is read again (the memo is lazy): one parse.
        self.hidden.set(Arc::new(hidden));
        self.source.set(text);
    }

    pub fn tell(&self, text: impl Into<String>, is_error: bool) {
        self.notice.set(Some(Notice {
            text: text.into(),
            is_error,
        }));
    }
}

pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}

/// Whether two parses are versions of the same document(s): they share a 文号 or a
/// title, or neither names any (an untitled text edited in place).
fn same_documents(a: &Outline, b: &Outline) -> bool {
    let names = |o: &Outline| -> HashSet<String> {
        o.documents
            .iter()
            .flat_map(|d| [&d.doc_number, &d.title])
            .filter_map(|s| s.as_deref().map(normalise_text))
            .filter(|s| !s.is_empty())
            .collect()
    };
    let (a, b) = (names(a), names(b));
    (a.is_empty() && b.is_empty()) || !a.is_disjoint(&b)
}

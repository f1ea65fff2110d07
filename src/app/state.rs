//! The state every component shares, provided as context: the pasted text, the outline
//! as parsed ([`Raw`]), the outline with the user's corrections in force and its index
//! ([`Parsed`], what every view, count and export reads), the filter (mirrored in the
//! URL), the chosen view, and the message shown to the user.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::checklist::corrections::apply::{apply_fixes, FixedNode};
use crate::checklist::identity::normalise_text;
use crate::checklist::paste::without_documents;
use crate::checklist::{doc_keys, node_keys, DocFixes, DocKey, TaskKey};
use crate::filter::{Filter, Matches, OutlineIndex, StatusFilter};
use crate::parser::{self, Outline};

static REVISION: AtomicU64 = AtomicU64::new(0);

fn next_revision() -> u64 {
    REVISION.fetch_add(1, Ordering::Relaxed)
}

/// One parse of the source, as the parser read it. Compared by identity: a new parse
/// is new.
#[derive(Clone)]
pub struct Raw {
    pub revision: u64,
    pub outline: Arc<Outline>,
    /// The library key of each document of `outline`, computed on the whole text
    /// (before hidden documents are left out: look-alikes are numbered by position).
    pub keys: Arc<Vec<DocKey>>,
    /// The keys of the documents of the text left out of `outline` (deleted ones).
    pub left_out: Arc<Vec<DocKey>>,
    /// The [`node_keys`] of each document of `outline`.
    pub node_keys: Arc<Vec<Vec<TaskKey>>>,
}

impl PartialEq for Raw {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl Raw {
    /// Parses `text` without the documents whose keys are in `hidden`, so that no
    /// view, count or export sees them.
    fn of(text: &str, hidden: &HashSet<DocKey>) -> Self {
        let outline = parser::parse(text);
        let keys = doc_keys(&outline.documents);
        let left_out = keys
            .iter()
            .filter(|k| hidden.contains(k))
            .cloned()
            .collect();
        let (outline, keys) = without_documents(outline, keys, text, |k| hidden.contains(k));
        let node_keys = outline.documents.iter().map(node_keys).collect();
        Self {
            revision: next_revision(),
            outline: Arc::new(outline),
            keys: Arc::new(keys),
            left_out: Arc::new(left_out),
            node_keys: Arc::new(node_keys),
        }
    }
}

impl Raw {
    /// The nodes of document `d` as parsed, with their keys, in document order.
    pub fn nodes_of(&self, d: usize) -> impl Iterator<Item = (&TaskKey, &parser::Node)> {
        let keys = self.node_keys.get(d).map_or(&[][..], Vec::as_slice);
        self.outline
            .documents
            .get(d)
            .into_iter()
            .flat_map(|doc| doc.walk())
            .zip(keys)
            .map(|(n, k)| (k, n))
    }
}

/// The corrections of each document of a [`Raw`] parse (None where there are none).
pub type FixesOf = Arc<Vec<Option<DocFixes>>>;

/// The parse with the user's corrections in force, with its index: what every view,
/// filter, count, chart and export reads.
#[derive(Clone)]
pub struct Parsed {
    /// Which rows the outline has: a new parse, or a correction that changes which
    /// items there are or what they are (a join, a section made a task), gives a new
    /// one; a correction of who or when keeps it (the rows read those as they change).
    pub revision: u64,
    /// A new one for every parse and every correction.
    generation: u64,
    /// With the corrections in force.
    pub outline: Arc<Outline>,
    pub index: Arc<OutlineIndex>,
    /// See [`Raw::keys`].
    pub keys: Arc<Vec<DocKey>>,
    /// Each node of `index`, in its order: its key, and what was corrected.
    pub fixed: Arc<Vec<FixedNode>>,
    /// The parse as the parser read it.
    pub raw: Raw,
}

impl PartialEq for Parsed {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
    }
}

impl Parsed {
    /// `raw` with `fixes` (by document) in force. Keeps the revision of `prev` when it
    /// is of the same parse and has the same items of the same kinds.
    fn fixed(raw: &Raw, fixes: &[Option<DocFixes>], prev: Option<&Parsed>) -> Self {
        let active = fixes.iter().flatten().any(DocFixes::is_active);
        let (outline, fixed) = if active {
            let mut outline = Outline {
                documents: Vec::with_capacity(raw.outline.documents.len()),
                ignored: raw.outline.ignored.clone(),
                warnings: raw.outline.warnings.clone(),
            };
            let mut fixed = Vec::new();
            for (d, doc) in raw.outline.documents.iter().enumerate() {
                let keys = raw.node_keys.get(d).map_or(&[][..], Vec::as_slice);
                let f = apply_fixes(doc, keys, fixes.get(d).and_then(Option::as_ref));
                outline.documents.push(f.doc);
                fixed.extend(f.nodes);
            }
            (Arc::new(outline), fixed)
        } else {
            let fixed = raw
                .node_keys
                .iter()
                .flatten()
                .map(|k| FixedNode {
                    key: k.clone(),
                    ..FixedNode::default()
                })
                .collect();
            (raw.outline.clone(), fixed)
        };
        let mut index = OutlineIndex::new(&outline);
        if active {
            index.mark_corrected(fixed.iter().map(|f| f.corrected));
        }
        let same_rows = prev.is_some_and(|p| {
            p.raw.revision == raw.revision
                && p.fixed.len() == fixed.len()
                && p.fixed.iter().zip(&fixed).all(|(a, b)| a.key == b.key)
                && p.index
                    .nodes()
                    .iter()
                    .zip(index.nodes())
                    .all(|(a, b)| a.kind == b.kind)
        });
        Self {
            revision: match prev {
                Some(p) if same_rows => p.revision,
                _ => next_revision(),
            },
            generation: next_revision(),
            outline,
            index: Arc::new(index),
            keys: raw.keys.clone(),
            fixed: Arc::new(fixed),
            raw: raw.clone(),
        }
    }

    /// The key of node `i` (in the document as parsed).
    pub fn node_key(&self, i: usize) -> Option<&TaskKey> {
        self.fixed.get(i).map(|f| &f.key)
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
    /// 到期: the tasks overdue or due soon across the library's documents.
    Due,
}

impl ViewMode {
    pub fn as_query(self) -> &'static str {
        match self {
            ViewMode::Outline => "outline",
            ViewMode::Units => "units",
            ViewMode::Leaders => "leaders",
            ViewMode::Due => "due",
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
            Some("due") => ViewMode::Due,
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
    /// The parse as the parser read it.
    pub raw: Memo<Raw>,
    /// The corrections of the documents of `raw`; set once by the checklist.
    pub fixes: RwSignal<Option<Signal<FixesOf>>>,
    /// `raw` with the corrections in force.
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
    /// The id of the sample on screen, if the text is one: shown marked 示例, and kept
    /// in the library only once the user marks, notes or corrects something in it, or
    /// chooses 保存.
    pub sample: RwSignal<Option<&'static str>>,
    /// The user has typed into the paste box since the page last filled it (a sample, a
    /// file, a library document, a paste): a paste then goes where the caret is. Until
    /// then, a paste replaces the whole text.
    pub typed: RwSignal<bool>,
    /// The summary's list of 检查提示 is open.
    pub warnings_open: RwSignal<bool>,
}

impl Workspace {
    /// `hidden`: the documents of `initial` to leave out (see [`Workspace::hidden`]).
    pub fn new(initial: &str, hidden: HashSet<DocKey>, query: &str) -> Self {
        let source = RwSignal::new(initial.to_owned());
        let hidden = RwSignal::new(Arc::new(hidden));
        let raw = Memo::new(move |_| hidden.with(|h| source.with(|text| Raw::of(text, h))));
        let fixes: RwSignal<Option<Signal<FixesOf>>> = RwSignal::new(None);
        let parsed = Memo::new(move |prev: Option<&Parsed>| {
            let raw = raw.get();
            let by_doc = fixes.get().map(|f| f.get()).unwrap_or_default();
            Parsed::fixed(&raw, &by_doc, prev)
        });
        let filter = RwSignal::new(Filter::from_query(query));
        let done: RwSignal<Option<Signal<Arc<Vec<bool>>>>> = RwSignal::new(None);
        let shown = Memo::new(move |prev: Option<&Shown>| {
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
            // The same matches (a correction of who or when, a mark): the same list,
            // so that the rows shown so far stay (see `window::ListId`).
            let matches = match prev {
                Some(p) if p.parsed.revision == parsed.revision && *p.matches == matches => {
                    p.matches.clone()
                }
                _ => Arc::new(matches),
            };
            Shown { parsed, matches }
        });
        let collapsed = RwSignal::new(HashSet::new());
        Self {
            source,
            hidden,
            raw,
            fixes,
            parsed,
            filter,
            shown,
            view: RwSignal::new(ViewMode::from_query(query)),
            collapsed,
            notice: RwSignal::new(None),
            done,
            sample: RwSignal::new(None),
            typed: RwSignal::new(false),
            warnings_open: RwSignal::new(false),
        }
    }

    /// Shows sample `id` (its text `text`), keeping the filter (the click that chose it
    /// cleared it; a keyword typed while the sample was fetched stays).
    pub fn open_sample(&self, id: &'static str, text: String) {
        self.show(text, HashSet::new());
        self.sample.set(Some(id));
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
        self.raw.with_untracked(|p| p.left_out.contains(key))
    }

    /// Parses edited or re-pasted text, keeping the filter the user set while it is
    /// the same document (an edit, a revision). Another document starts unfiltered: a
    /// filter on a section (kept by position), a unit or a leader of the old one would
    /// hide the new one's tasks behind choices the filter bar no longer shows.
    pub fn paste(&self, text: String) {
        let before = self.raw.get_untracked();
        self.reparse(text);
        // Parsed now (the memo is read at once), so the first render is already
        // unfiltered.
        let after = self.raw.get_untracked();
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
        self.sample.set(None);
        self.typed.set(false);
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

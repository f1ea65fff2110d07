//! The state every component shares, provided as context: the pasted text, the outline
//! and index derived from it, the filter (mirrored in the URL), the chosen view, and the
//! message shown to the user.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::parse_worker;
use crate::checklist::identity::normalise_text;
use crate::checklist::{DocKey, TaskKey};
use crate::filter::{Filter, IndexBuilder, Matches, OutlineIndex, StatusFilter};
use crate::parse_job::{prepare, Prepared, WORKER_FROM};
use crate::parser::Outline;

/// Nodes indexed per task when a long paste is indexed (a few ms of work for each
/// thousand nodes): the page stays responsive while 26,000 tasks are indexed.
const INDEX_SLICE: usize = 2_000;

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
    /// The checklist key of each task of each document, depth first.
    pub task_keys: Arc<Vec<Vec<TaskKey>>>,
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
        Self::indexed(prepare(text, hidden))
    }

    /// A parse made here, with its index.
    fn indexed(prepared: Prepared) -> Self {
        let index = OutlineIndex::new(&prepared.outline);
        Self::new(prepared, index)
    }

    fn new(prepared: Prepared, index: OutlineIndex) -> Self {
        static REVISION: AtomicU64 = AtomicU64::new(0);
        let Prepared {
            outline,
            keys,
            left_out,
            task_keys,
        } = prepared;
        Self {
            revision: REVISION.fetch_add(1, Ordering::Relaxed),
            outline: Arc::new(outline),
            index: Arc::new(index),
            keys: Arc::new(keys),
            left_out: Arc::new(left_out),
            task_keys: Arc::new(task_keys),
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

/// A parse under way in the parse worker: the page shows that it is reading the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsing {
    /// The size of the text, in bytes of UTF-8.
    pub bytes: usize,
}

/// What happens when a parse is shown, besides showing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Landing {
    /// The paste box's own text: the box is left as it is (the user may have typed on
    /// while it was parsed), and the filter stays while it is the same document.
    Paste,
    /// A sample: into the paste box; the filter as it is.
    Sample,
    /// A file or a library document: into the paste box, unfiltered.
    Open,
}

/// A message for the user, in Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

#[derive(Clone, Copy)]
pub struct Workspace {
    /// The text the user pasted (or a sample, or an opened file): the text of `parsed`.
    pub source: RwSignal<String>,
    /// The parse shown, set with `source` once a parse is done.
    current: RwSignal<Parsed>,
    /// The parse of `source`, without the documents left out of it: the library's
    /// deleted ones, when `source` was reopened from there (each library entry keeps
    /// the whole paste, deleted siblings included). None are left out of a paste:
    /// pasting a deleted document again brings it back.
    pub parsed: Memo<Parsed>,
    /// A long text being parsed in the worker (the parse shown is the previous one).
    pub parsing: RwSignal<Option<Parsing>>,
    /// Bumped when a text from elsewhere than the paste box (a sample, a file, the
    /// library) is shown, so that the paste box shows it too.
    pub box_filled: RwSignal<u64>,
    /// Bumped by every text to show: a parse that comes back from the worker after a
    /// later text was asked for is dropped.
    latest: StoredValue<u64>,
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
    /// `hidden`: the documents of `initial` to leave out (see [`Workspace::parsed`]).
    pub fn new(initial: &str, hidden: HashSet<DocKey>, query: &str) -> Self {
        // The text the page opens on is parsed here, before the first render: the
        // document open last, as the user left it (a long one freezes the start for
        // as long as its parse takes; it fitted in storage, so it is a few MB at most).
        let source = RwSignal::new(initial.to_owned());
        let current = RwSignal::new(Parsed::of(initial, &hidden));
        let parsed = Memo::new(move |_| current.get());
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
            current,
            parsed,
            parsing: RwSignal::new(None),
            box_filled: RwSignal::new(0),
            latest: StoredValue::new(0),
            filter,
            shown,
            view: RwSignal::new(ViewMode::from_query(query)),
            collapsed,
            notice: RwSignal::new(None),
            done,
        }
    }

    /// Shows another document (an opened file): unfolded and unfiltered.
    pub fn open_document(&self, text: String) {
        self.show(text, HashSet::new(), Landing::Open);
    }

    /// Shows a text kept in the library, without its documents in `hidden` (those
    /// deleted there): unfolded and unfiltered.
    pub fn open_library_text(&self, text: String, hidden: HashSet<DocKey>) {
        self.show(text, hidden, Landing::Open);
    }

    /// Whether document `key` of the text on screen is left out of it.
    pub fn is_hidden(&self, key: &DocKey) -> bool {
        self.parsed.with_untracked(|p| p.left_out.contains(key))
    }

    /// Parses the text of the paste box, keeping the filter the user set while it is
    /// the same document (an edit, a revision). Another document starts unfiltered: a
    /// filter on a section (kept by position), a unit or a leader of the old one would
    /// hide the new one's tasks behind choices the filter bar no longer shows.
    pub fn paste(&self, text: String) {
        self.show(text, HashSet::new(), Landing::Paste);
    }

    /// Shows a sample, keeping the filter as it is (the sample button clears it when
    /// clicked). The user's own text: every document of it is shown.
    pub fn reparse(&self, text: String) {
        self.show(text, HashSet::new(), Landing::Sample);
    }

    /// Parses `text` and shows it: at once when it is short, else in the parse worker
    /// while the page goes on (and says so); the index is built in a task of its own,
    /// and the page drawn in the next, so that no task holds the page for long.
    fn show(&self, text: String, hidden: HashSet<DocKey>, landing: Landing) {
        self.notice.set(None);
        let job = self.latest.get_value().wrapping_add(1);
        self.latest.set_value(job);
        if text.len() < WORKER_FROM {
            self.parsing.set(None);
            let parsed = Parsed::of(&text, &hidden);
            self.land(job, text, parsed, landing);
            return;
        }
        self.parsing.set(Some(Parsing { bytes: text.len() }));
        let this = *self;
        let request = parse_worker::Request::new(&text, &hidden);
        parse_worker::parse(
            request,
            Box::new(move |answer| {
                if this.latest.get_value() != job {
                    return; // A later text was asked for meanwhile.
                }
                let prepared = answer.unwrap_or_else(|reason| {
                    // Parsed here instead: slower, but the text is shown.
                    web_sys::console::warn_1(
                        &format!("parse worker unavailable ({reason}); parsing on the page").into(),
                    );
                    prepare(&text, &hidden)
                });
                this.index_then_land(job, text, prepared, IndexBuilder::new(), landing);
            }),
        );
    }

    /// Indexes a parse from the worker [`INDEX_SLICE`] nodes per task, then shows it
    /// in a task of its own.
    fn index_then_land(
        self,
        job: u64,
        text: String,
        prepared: Prepared,
        mut builder: IndexBuilder,
        landing: Landing,
    ) {
        set_timeout(
            move || {
                if self.latest.get_value() != job {
                    return; // A later text was asked for meanwhile.
                }
                if builder.step(&prepared.outline, INDEX_SLICE) {
                    let parsed = Parsed::new(prepared, builder.finish());
                    set_timeout(
                        move || self.land(job, text, parsed, landing),
                        Duration::ZERO,
                    );
                } else {
                    self.index_then_land(job, text, prepared, builder, landing);
                }
            },
            Duration::ZERO,
        );
    }

    /// Shows a parse of `text`, unless a later text was asked for meanwhile.
    fn land(&self, job: u64, text: String, parsed: Parsed, landing: Landing) {
        if self.latest.get_value() != job {
            return;
        }
        let reset_filter = match landing {
            Landing::Paste => self
                .parsed
                .with_untracked(|before| !same_documents(&before.outline, &parsed.outline)),
            Landing::Sample => false,
            Landing::Open => true,
        };
        self.parsing.set(None);
        self.collapsed.set(HashSet::new());
        // Set together, before anything reads them again: the first render of the new
        // parse is already unfiltered.
        if reset_filter {
            self.filter.set(Filter::default());
        }
        self.source.set(text);
        self.current.set(parsed);
        if landing != Landing::Paste {
            self.box_filled.update(|n| *n += 1);
        }
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

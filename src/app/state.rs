//! The state every component shares, provided as context: the pasted text, the outline
//! as parsed ([`Raw`]), the outline with the user's corrections in force and its index
//! ([`Parsed`], what every view, count and export reads), the filter (mirrored in the
//! URL), the chosen view, and the message shown to the user.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::parse_worker;
use crate::checklist::corrections::apply::{apply_fixes, FixedNode};
use crate::checklist::identity::normalise_text;
use crate::checklist::Light;
use crate::checklist::{DocFixes, DocKey, TaskKey};
use crate::filter::{Filter, IndexBuilder, LightFilter, Matches, OutlineIndex, StatusFilter};
use crate::parse_job::{Prepared, WORKER_FROM};
use crate::parser::{self, Outline};
use crate::units::UnitMerges;

/// Nodes indexed per task when a long paste is indexed (a few ms of work for each
/// thousand nodes): the page stays responsive while 26,000 tasks are indexed.
const INDEX_SLICE: usize = 2_000;

/// How long a short text may wait for its parse before the page says 正在解析.
const SAY_PARSING_AFTER: Duration = Duration::from_millis(150);

/// What the page says when the parse worker cannot be used (its files are missing from
/// the server, or the browser refuses to start it): nothing was parsed, and nothing of
/// the user's was changed.
pub const PARSER_UNAVAILABLE: &str = "无法加载解析组件（parse_worker），这段文字没有解析。\
已保存的文档、标记和修正都没有改动。请刷新页面后再试；如果仍然不行，\
请检查程序文件是否完整（与页面放在一起的 parse_worker 文件），或改用单文件版 duban.html。";

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
    /// The [`node_keys`](crate::checklist::node_keys) of each document of `outline`.
    pub node_keys: Arc<Vec<Vec<TaskKey>>>,
    /// The index of `outline` (built a part at a time for a long paste), used as it is
    /// while no correction is in force.
    pub index: Arc<OutlineIndex>,
}

impl PartialEq for Raw {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl Raw {
    /// The parse of an empty text: no document (the parser is not asked).
    fn empty() -> Self {
        Self::new(Prepared::default(), OutlineIndex::new(&Outline::default()))
    }

    fn new(prepared: Prepared, index: OutlineIndex) -> Self {
        let Prepared {
            outline,
            keys,
            left_out,
            node_keys,
        } = prepared;
        Self {
            revision: next_revision(),
            outline: Arc::new(outline),
            keys: Arc::new(keys),
            left_out: Arc::new(left_out),
            node_keys: Arc::new(node_keys),
            index: Arc::new(index),
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
    fn fixed(
        raw: &Raw,
        fixes: &[Option<DocFixes>],
        merges: &UnitMerges,
        prev: Option<&Parsed>,
    ) -> Self {
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
        let index = if active {
            let mut index = OutlineIndex::new(&outline);
            index.mark_corrected(fixed.iter().map(|f| f.corrected));
            index.set_merges(merges.clone());
            Arc::new(index)
        } else if merges.is_empty() {
            raw.index.clone()
        } else {
            // The user's merges of units: the units interned again (the rest as is).
            let mut index = (*raw.index).clone();
            index.set_merges(merges.clone());
            Arc::new(index)
        };
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
            index,
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

/// A parse under way in the parse worker: the page shows that it is reading the text
/// (for a short text only if the answer is slow to come, see [`SAY_PARSING_AFTER`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsing {
    /// The size of the text, in bytes of UTF-8.
    pub bytes: usize,
}

/// What happens when a parse is shown, besides showing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Landing {
    /// The document reopened on start-up: already in the paste box (the page starts
    /// with it there), and the filter of the page's address kept.
    Start,
    /// The paste box's own text: the box is left as it is (the user may have typed on
    /// while it was parsed), and the filter stays while it is the same document.
    Paste,
    /// Sample `id`: into the paste box, marked 示例; the filter as it is.
    Sample(&'static str),
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
    /// The text the user pasted (or a sample, or an opened file): the text of `raw`.
    pub source: RwSignal<String>,
    /// The parse shown, set with `source` once a parse is done.
    current: RwSignal<Raw>,
    /// The parse of `source` as the parser read it, without the documents left out of
    /// it: the library's deleted ones, when `source` was reopened from there (each
    /// library entry keeps the whole paste, deleted siblings included). None are left
    /// out of a paste: pasting a deleted document again brings it back.
    pub raw: Memo<Raw>,
    /// The corrections of the documents of `raw`; set once by the checklist.
    pub fixes: RwSignal<Option<Signal<FixesOf>>>,
    /// The user's merges of units (in every document); set once by the checklist.
    pub unit_merges: RwSignal<Option<Signal<UnitMerges>>>,
    /// `raw` with the corrections in force.
    pub parsed: Memo<Parsed>,
    /// A text being parsed in the worker, said on the page (the parse shown is the
    /// previous one): a long text at once, a short one once it is slow to come.
    pub parsing: RwSignal<Option<Parsing>>,
    /// A text is being parsed in the worker, said or not (`aria-busy` of the paste box,
    /// with `sample_coming`: the outline below it is about to change).
    pub busy: RwSignal<bool>,
    /// Bumped when a text from elsewhere than the paste box (a sample, a file, the
    /// library) is shown, so that the paste box shows it too.
    pub box_filled: RwSignal<u64>,
    /// Bumped by every text to show: a parse that comes back from the worker after a
    /// later text was asked for is dropped.
    latest: StoredValue<u64>,
    /// The text whose parse the page waits for (its number in `latest`, 0 when none),
    /// and what is done with it once parsed.
    waiting: StoredValue<(u64, Option<Landing>)>,
    pub filter: RwSignal<Filter>,
    pub shown: Memo<Shown>,
    pub view: RwSignal<ViewMode>,
    /// Node indices whose children are folded away.
    pub collapsed: RwSignal<HashSet<usize>>,
    pub notice: RwSignal<Option<Notice>>,
    /// Which nodes (by index in the current parse) the user checked off; set once by
    /// the checklist (`checklist_state`). Read only while the status filter is on.
    pub done: RwSignal<Option<Signal<Arc<Vec<bool>>>>>,
    /// The 亮灯 of each node, for the 亮灯 filter (from the checklist, once it exists).
    pub lights: RwSignal<Option<Signal<Lights>>>,
    /// The id of the sample on screen, if the text is one: shown marked 示例, and kept
    /// in the library only once the user marks, notes or corrects something in it, or
    /// chooses 保存.
    pub sample: RwSignal<Option<&'static str>>,
    /// The first-visit sample is on its way (fetched, see `samples`, then parsed): the page is
    /// laid out as it will be once the sample is shown.
    pub sample_coming: RwSignal<bool>,
    /// The user has typed into the paste box since the page last filled it (a sample, a
    /// file, a library document, a paste): a paste then goes where the caret is. Until
    /// then, a paste replaces the whole text.
    pub typed: RwSignal<bool>,
    /// The summary's list of 检查提示 is open.
    pub warnings_open: RwSignal<bool>,
}

/// The 亮灯 of each node of the outline (None for sections and unlit tasks).
pub type Lights = Arc<Vec<Option<Light>>>;

impl Workspace {
    /// `hidden`: the documents of `initial` to leave out (see [`Workspace::raw`]).
    pub fn new(initial: &str, hidden: HashSet<DocKey>, query: &str) -> Self {
        // The text the page opens on (the document open last, as the user left it) is
        // in the paste box from the start, and parsed in the parse worker, which is
        // started here for it and for the first paste: the page says 正在解析 until
        // its outline is shown.
        parse_worker::warm();
        let source = RwSignal::new(initial.to_owned());
        let current = RwSignal::new(Raw::empty());
        let raw = Memo::new(move |_| current.get());
        let fixes: RwSignal<Option<Signal<FixesOf>>> = RwSignal::new(None);
        let unit_merges: RwSignal<Option<Signal<UnitMerges>>> = RwSignal::new(None);
        let parsed = Memo::new(move |prev: Option<&Parsed>| {
            let raw = raw.get();
            let by_doc = fixes.get().map(|f| f.get()).unwrap_or_default();
            let merges = unit_merges.get().map(|m| m.get()).unwrap_or_default();
            Parsed::fixed(&raw, &by_doc, &merges, prev)
        });
        let filter = RwSignal::new(Filter::from_query(query));
        let done: RwSignal<Option<Signal<Arc<Vec<bool>>>>> = RwSignal::new(None);
        let lights: RwSignal<Option<Signal<Lights>>> = RwSignal::new(None);
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
                let lit = (f.light != LightFilter::Any)
                    .then(|| lights.get().map(|l| l.get()))
                    .flatten();
                let light_of = |i: usize| lit.as_ref().and_then(|v| v.get(i).copied().flatten());
                parsed.index.apply_with(f, &is_done, &light_of)
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
        let workspace = Self {
            source,
            current,
            raw,
            fixes,
            unit_merges,
            parsed,
            parsing: RwSignal::new(None),
            busy: RwSignal::new(false),
            box_filled: RwSignal::new(0),
            latest: StoredValue::new(0),
            waiting: StoredValue::new((0, None)),
            filter,
            shown,
            view: RwSignal::new(ViewMode::from_query(query)),
            collapsed,
            notice: RwSignal::new(None),
            done,
            lights,
            sample: RwSignal::new(None),
            sample_coming: RwSignal::new(false),
            typed: RwSignal::new(false),
            warnings_open: RwSignal::new(false),
        };
        if !initial.is_empty() {
            workspace.show(initial.to_owned(), hidden, Landing::Start);
        }
        workspace
    }

    /// Shows sample `id` (its text `text`), keeping the filter (the click that chose it
    /// cleared it; a keyword typed while the sample was fetched stays).
    pub fn open_sample(&self, id: &'static str, text: String) {
        self.show(text, HashSet::new(), Landing::Sample(id));
    }

    /// Shows the first-visit sample `id` once fetched, unless the user has chosen,
    /// pasted or opened a text meanwhile. Whether it is shown.
    pub fn open_first_visit_sample(&self, id: &'static str, text: String) -> bool {
        let shown = self.sample_coming.get_untracked() && self.latest.get_value() == 0;
        if shown {
            // Still coming until shown: the page keeps the layout it will have.
            self.open_sample(id, text);
        } else {
            self.sample_coming.set(false);
        }
        shown
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
        self.raw.with_untracked(|p| p.left_out.contains(key))
    }

    /// Parses the text of the paste box, keeping the filter the user set while it is
    /// the same document (an edit, a revision). Another document starts unfiltered: a
    /// filter on a section (kept by position), a unit or a leader of the old one would
    /// hide the new one's tasks behind choices the filter bar no longer shows.
    pub fn paste(&self, text: String) {
        self.show(text, HashSet::new(), Landing::Paste);
    }

    /// Parses `text` in the parse worker and shows it. The page goes on meanwhile and
    /// says it is reading the text (at once for a long text, after
    /// [`SAY_PARSING_AFTER`] for a short one, which is usually shown before then). A
    /// long parse is indexed a part per task and drawn in the next task, so that no
    /// task holds the page for long. If the worker cannot be used, the page says so
    /// and shows what it showed before: nothing is changed or stored.
    fn show(&self, text: String, hidden: HashSet<DocKey>, landing: Landing) {
        self.notice.set(None);
        if !matches!(landing, Landing::Sample(_)) {
            self.sample_coming.set(false);
        }
        self.typed.set(false);
        let job = self.latest.get_value().wrapping_add(1);
        self.latest.set_value(job);
        if text.is_empty() {
            self.parsing.set(None);
            self.land(job, text, Raw::empty(), landing);
            return;
        }
        let bytes = text.len();
        let long = bytes >= WORKER_FROM;
        self.busy.set(true);
        if long {
            self.parsing.set(Some(Parsing { bytes }));
        } else {
            // A short text is usually shown before anyone could read the line; it
            // comes only when the answer is slow (the worker still loading).
            self.parsing.set(None);
            let this = *self;
            set_timeout(
                move || {
                    if this.latest.get_value() == job && this.waiting.get_value().0 == job {
                        this.parsing.set(Some(Parsing { bytes }));
                    }
                },
                SAY_PARSING_AFTER,
            );
        }
        self.waiting.set_value((job, Some(landing)));
        let this = *self;
        let request = parse_worker::Request::new(&text, &hidden);
        parse_worker::parse(
            request,
            Box::new(move |answer| {
                if this.latest.get_value() != job {
                    return; // A later text was asked for meanwhile.
                }
                match answer {
                    Ok(prepared) if long => {
                        this.index_then_land(job, text, prepared, IndexBuilder::new(), landing)
                    }
                    Ok(prepared) => {
                        let index = OutlineIndex::new(&prepared.outline);
                        this.land(job, text, Raw::new(prepared, index), landing);
                    }
                    Err(reason) => {
                        web_sys::console::error_1(
                            &format!("parse worker unavailable: {reason}").into(),
                        );
                        this.waiting.set_value((0, None));
                        this.parsing.set(None);
                        this.busy.set(false);
                        this.sample_coming.set(false);
                        this.tell(PARSER_UNAVAILABLE, true);
                    }
                }
            }),
        );
    }

    /// The user typed in the paste box. A text from elsewhere (a sample, a file, a
    /// library document) still being read would replace what they typed once shown:
    /// it is dropped, as a later paste drops it (the page could not have shown it
    /// before they typed; the first-visit sample arrives so).
    pub fn typed_in_box(&self) {
        let (job, landing) = self.waiting.get_value();
        if job != 0
            && job == self.latest.get_value()
            && matches!(landing, Some(Landing::Sample(_) | Landing::Open))
        {
            self.latest.set_value(job.wrapping_add(1));
            self.waiting.set_value((0, None));
            self.parsing.set(None);
            self.busy.set(false);
            self.sample_coming.set(false);
        }
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
                    let parsed = Raw::new(prepared, builder.finish());
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
    fn land(&self, job: u64, text: String, parsed: Raw, landing: Landing) {
        if self.latest.get_value() != job {
            return;
        }
        self.waiting.set_value((0, None));
        self.busy.set(false);
        let reset_filter = match landing {
            Landing::Start => false,
            Landing::Paste => self
                .raw
                .with_untracked(|before| !same_documents(&before.outline, &parsed.outline)),
            Landing::Sample(_) => false,
            Landing::Open => true,
        };
        self.parsing.set(None);
        self.sample_coming.set(false);
        self.collapsed.set(HashSet::new());
        // Marked 示例 from the moment it is shown (the text on screen is a sample).
        self.sample.set(match landing {
            Landing::Sample(id) => Some(id),
            _ => None,
        });
        // Set together, before anything reads them again: the first render of the new
        // parse is already unfiltered.
        if reset_filter {
            self.filter.set(Filter::default());
        }
        self.source.set(text);
        self.current.set(parsed);
        if !matches!(landing, Landing::Paste | Landing::Start) {
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

//! [`Checklist`]: the user's own marks, notes, due dates, units and library, provided
//! as context next to the [`Workspace`]. Components call its methods; every change is
//! stamped with the time and saved by [`super::persist`] soon after.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use leptos::prelude::*;

use super::browser;
use super::parse_worker;
use super::persist::{self, Alert, Sink};
use super::state::{Parsed, Raw, Workspace};
use crate::checklist::light::{doc_year, light, Light, LightInput, LightSettings};
use crate::checklist::model::Text;
use crate::checklist::overview::{overview_parsed, DocOverview, ParseCache};
use crate::checklist::paste::{
    library_keys_of, try_keep_paste, Earlier, Need, PasteOutcome, RevisionReport,
};
use crate::checklist::storage_format::{text_not_saved_notice, title_in, Usage};
use crate::checklist::unit_answers::my_unit_keys;
use crate::checklist::{
    progress, Completion, Correction, DocEntry, DocKey, Progress, ReportField, State, TaskKey,
    TaskMark, UnitAnswers,
};

/// The checklist identities of one parse, by node index.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NodeKeys {
    pub revision: u64,
    /// The library key of each document of the paste.
    pub docs: Vec<DocKey>,
    /// The task key of each node (None for sections).
    pub tasks: Vec<Option<TaskKey>>,
    /// The key of each node, sections too (what its corrections are kept under).
    pub nodes: Vec<TaskKey>,
    /// Task node indices of each document.
    pub doc_tasks: Vec<Vec<usize>>,
    /// Task node indices of each unit (lead or cooperating), by the key of its merged
    /// unit ([`crate::filter::OutlineIndex::unit_key`]).
    pub unit_tasks: HashMap<String, Vec<usize>>,
}

impl NodeKeys {
    /// Keys from the parse's node keys ([`Parsed::fixed`]: a task's is its
    /// [`keyed_tasks`](crate::checklist::keyed_tasks) key in the document as parsed, which
    /// corrections do not change). `docs` are the library keys of the parse's documents,
    /// from its own keys (`Parsed::keys`, computed on the whole text before hidden
    /// documents were left out).
    pub fn of(docs: Vec<DocKey>, parsed: &Parsed) -> Self {
        let Parsed {
            index, revision, ..
        } = parsed;
        let nodes: Vec<TaskKey> = (0..index.len())
            .map(|i| parsed.node_key(i).cloned().unwrap_or_default())
            .collect();
        let mut tasks = vec![None; index.len()];
        let mut doc_tasks = vec![Vec::new(); docs.len()];
        let mut unit_tasks: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, slot) in tasks.iter_mut().enumerate() {
            let node = index.node(i);
            if !node.is_task() {
                continue;
            }
            *slot = Some(nodes[i].clone());
            if let Some(list) = doc_tasks.get_mut(node.doc) {
                list.push(i);
            }
            let mut seen: Vec<String> = Vec::new();
            for u in node.lead_units.iter().chain(&node.coop_units) {
                let key = index.unit_key(&u.key);
                if !seen.contains(&key) {
                    seen.push(key.clone());
                    unit_tasks.entry(key).or_default().push(i);
                }
            }
        }
        Self {
            revision: *revision,
            docs,
            tasks,
            nodes,
            doc_tasks,
            unit_tasks,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Checklist {
    pub state: RwSignal<State>,
    pub keys: Memo<Arc<NodeKeys>>,
    /// "YYYY-MM-DD", local time, for the due status.
    pub today: RwSignal<String>,
    /// None when storage is unavailable.
    pub usage: RwSignal<Option<Usage>>,
    /// A storage problem (quota, damage, unavailable).
    pub alert: RwSignal<Option<Alert>>,
    /// What the last paste revised: one report per revised document.
    pub revision: RwSignal<Vec<RevisionReport>>,
    /// The text of a document opened from the library, until its parse is handled: the
    /// other documents of that paste that are in the bin stay there.
    opened_from_library: StoredValue<Option<Text>>,
    /// Parses waiting to be kept in the library, in the order they were shown (see
    /// [`Checklist::on_parse`]), and whether one is being kept.
    to_keep: StoredValue<VecDeque<ToKeep>>,
    keeping: StoredValue<bool>,
    /// Every library document at a glance (progress, tasks due), worked out when read
    /// (the library panel open, the 到期 view shown) and after each change then.
    pub overview: Memo<Arc<Vec<DocOverview>>>,
    /// The user's answers about units, apart from the rest of the state (a mark does
    /// not change them).
    pub unit_answers: Memo<UnitAnswers>,
    /// The keys of my units' merged units ([`State::my_unit_keys`]).
    my_unit_keys: Memo<Arc<Vec<String>>>,
    /// The 亮灯 of each node of the current parse on `today` (None for sections and
    /// tasks with neither a deadline nor a completion).
    pub lights: Memo<Arc<Vec<Option<Light>>>>,
    pub workspace: Workspace,
}

impl Checklist {
    /// Wires the checklist to the workspace: keys per parse, done marks into the
    /// filter, saving, other tabs, and the library on each new parse. `auto_sample`
    /// says the first parse is the first-visit sample, which is not put in the
    /// library unless the user marks something in it.
    pub fn new(workspace: Workspace, boot: persist::Boot, auto_sample: bool) -> Self {
        let state = RwSignal::new(boot.state);
        let parsed = workspace.parsed;
        let keys = Memo::new(move |_| {
            parsed.with(|p: &Parsed| {
                // The library at the time of the parse tells a version kept apart.
                let docs = workspace.source.with_untracked(|source| {
                    state.with_untracked(|s| library_keys_of(s, p.keys.to_vec(), source))
                });
                Arc::new(NodeKeys::of(docs, p))
            })
        });
        let cache = StoredValue::new(ParseCache::default());
        // Bumped when the parse worker has read a library text for the overview.
        let cache_filled = RwSignal::new(0u64);
        // The texts asked for and not answered yet, by stamp and length.
        let asked: StoredValue<HashSet<(u64, usize)>> = StoredValue::new(HashSet::new());
        let today = RwSignal::new(browser::today());
        let overview = Memo::new(move |_| {
            cache_filled.track();
            let mut all = Vec::new();
            today.with(|t| {
                state.with(|s| {
                    cache.update_value(|c| all = overview_parsed(s, c, t));
                    // The texts not read yet: asked of the worker, listed once read.
                    let missing = cache.with_value(|c| c.missing(s));
                    for (text, at) in missing {
                        let id = (at.to_bits(), text.len());
                        if !asked.try_update_value(|a| a.insert(id)).unwrap_or(false) {
                            continue;
                        }
                        let read = text.clone();
                        parse_worker::outline_of(&text, move |answer| {
                            asked.update_value(|a| {
                                a.remove(&id);
                            });
                            match answer {
                                Ok(outline) => {
                                    cache.update_value(|c| c.insert(&read, at, Arc::new(outline)));
                                    cache_filled.update(|n| *n += 1);
                                }
                                Err(reason) => {
                                    web_sys::console::error_1(
                                        &format!("parse worker unavailable: {reason}").into(),
                                    );
                                    workspace.tell(OVERVIEW_INCOMPLETE, true);
                                }
                            }
                        });
                    }
                });
            });
            Arc::new(all)
        });
        let unit_answers = Memo::new(move |_| state.with(|s| s.units.clone()));
        // Both read through memos of their own part of the state, so that a mark does
        // not work the merges out again for every ☆ on the page.
        let my_units = Memo::new(move |_| {
            state.with(|s| s.prefs.my_units().map(str::to_owned).collect::<Vec<_>>())
        });
        let my_unit_keys = Memo::new(move |_| {
            Arc::new(my_units.with(|m| unit_answers.with(|a| my_unit_keys(m, a))))
        });
        let lights = Memo::new(move |_| {
            let p = parsed.get();
            let years: Vec<Option<i64>> = p.outline.documents.iter().map(doc_year).collect();
            today.with(|t| {
                keys.with(|k| {
                    state.with(|s| {
                        let settings = s.prefs.light_settings();
                        let nodes = p.index.nodes();
                        let lights: Vec<Option<Light>> = k
                            .tasks
                            .iter()
                            .enumerate()
                            .map(|(i, task)| {
                                let node = nodes.get(i)?;
                                let task = task.as_ref()?;
                                let mark = k.docs.get(node.doc).and_then(|d| s.mark(d, task));
                                let due = node.deadline.as_ref().and_then(|d| d.date.as_deref());
                                let year = years.get(node.doc).copied().flatten();
                                light(&LightInput::of(mark, due, year), t, &settings)
                            })
                            .collect();
                        Arc::new(lights)
                    })
                })
            })
        });
        let checklist = Self {
            lights,
            overview,
            unit_answers,
            my_unit_keys,
            state,
            keys,
            today,
            usage: RwSignal::new(boot.usage),
            alert: RwSignal::new(None),
            revision: RwSignal::new(Vec::new()),
            // A reload reopens a library document, as 打开 does.
            opened_from_library: StoredValue::new(
                (!auto_sample).then(|| workspace.source.with_untracked(|s| Text::from(s.as_str()))),
            ),
            to_keep: StoredValue::new(VecDeque::new()),
            keeping: StoredValue::new(false),
            workspace,
        };
        checklist.retitle_rebuilt();
        if let Some(first) = boot.alerts.into_iter().reduce(|mut a, b| {
            a.text.push(' ');
            a.text.push_str(&b.text);
            a.offer_backup |= b.offer_backup;
            a
        }) {
            checklist.alert.set(Some(first));
        }
        let done = Memo::new(move |_| {
            let p = parsed.get();
            keys.with(|k| {
                state.with(|s| {
                    let flags: Vec<bool> = k
                        .tasks
                        .iter()
                        .enumerate()
                        .map(|(i, t)| {
                            let doc = p.index.nodes().get(i).and_then(|n| k.docs.get(n.doc));
                            match (doc, t) {
                                (Some(d), Some(t)) => s.doc_marks(d).is_some_and(|m| m.is_done(t)),
                                _ => false,
                            }
                        })
                        .collect();
                    Arc::new(flags)
                })
            })
        });
        workspace.done.set(Some(done.into()));
        workspace.lights.set(Some(lights.into()));
        // The corrections of the documents parsed, for the outline to apply. The keys
        // of the documents as `keys` finds them (a version kept apart is its own).
        let fixes = Memo::new(move |_| {
            let raw = workspace.raw.get();
            let docs = workspace.source.with_untracked(|source| {
                state.with_untracked(|s| library_keys_of(s, raw.keys.to_vec(), source))
            });
            state.with(|s| {
                Arc::new(
                    docs.iter()
                        .map(|k| s.fixes.get(k).cloned())
                        .collect::<Vec<_>>(),
                )
            })
        });
        workspace.fixes.set(Some(fixes.into()));
        // The user's merges of units, for every document.
        let merges = Memo::new(move |_| unit_answers.with(|a| a.merges()));
        workspace.unit_merges.set(Some(merges.into()));
        persist::install(Sink {
            state,
            alert: checklist.alert,
            usage: checklist.usage,
        });
        Effect::watch(
            move || workspace.raw.get(),
            move |p, _, _| {
                // A sample goes into the library once used (see `ensure_in_library`).
                if workspace.sample.get_untracked().is_some() {
                    return;
                }
                // After the outline is painted: keeping a long paste in the library
                // (and comparing it with earlier versions) must not delay showing it.
                // The text is the parse's own, taken now: another paste may land
                // before then.
                let p = p.clone();
                let source = workspace.source.with_untracked(|s| Text::from(s.as_str()));
                request_animation_frame(move || {
                    set_timeout(
                        move || checklist.on_parse(&p, source),
                        std::time::Duration::ZERO,
                    )
                });
            },
            true,
        );
        checklist
    }

    /// Applies `f` to the state with the time now, then saves soon.
    pub fn change(&self, f: impl FnOnce(&mut State, f64)) {
        let now = persist::now();
        self.state.update(|s| f(s, now));
        persist::schedule();
    }

    /// The document and task keys of node `i` (None for a section).
    pub fn task_keys(&self, i: usize) -> Option<(usize, DocKey, TaskKey)> {
        let parsed = self.workspace.parsed.get_untracked();
        let d = parsed.index.nodes().get(i)?.doc;
        self.keys
            .with_untracked(|k| Some((d, k.docs.get(d)?.clone(), k.tasks.get(i)?.clone()?)))
    }

    /// The user's mark on a task (tracked).
    pub fn mark(&self, doc: &DocKey, task: &TaskKey) -> TaskMark {
        self.state
            .with(|s| s.mark(doc, task).cloned().unwrap_or_default())
    }

    fn edit_task(&self, i: usize, f: impl FnOnce(&mut State, &DocKey, &TaskKey, f64)) {
        let Some((d, doc, task)) = self.task_keys(i) else {
            return;
        };
        // Deleted for good in another window while shown here: marking it would quietly
        // take back the space the user freed.
        if self
            .state
            .with_untracked(|s| s.library.get(&doc).is_some_and(DocEntry::is_purged))
        {
            self.workspace.tell(
                "这份文档已在另一个窗口中永久删除，刚才的修改没有保存。如需继续使用，请重新粘贴这份文件。",
                true,
            );
            return;
        }
        self.ensure_in_library(d);
        self.change(|s, now| f(s, &doc, &task, now));
    }

    pub fn set_done(&self, i: usize, done: bool) {
        self.edit_task(i, |s, d, t, now| s.set_done(d, t, done, now));
        // A discrete action: do not wait for the debounce.
        persist::flush();
    }

    /// Ticks (or unticks) task `task` of library document `doc`, wherever it is (the
    /// 到期 view lists the tasks of every document).
    pub fn set_done_of(&self, doc: &DocKey, task: &TaskKey, done: bool) {
        self.change(|s, now| s.set_done(doc, task, done, now));
        persist::flush();
    }

    pub fn set_note(&self, i: usize, note: String) {
        self.edit_task(i, |s, d, t, now| s.set_note(d, t, &note, now));
    }

    pub fn set_due(&self, i: usize, due: Option<String>) {
        self.edit_task(i, |s, d, t, now| s.set_due(d, t, due, now));
    }

    /// Sets how far task `i` has come.
    pub fn set_completion(&self, i: usize, completion: Option<Completion>) {
        self.edit_task(i, |s, d, t, now| s.set_completion(d, t, completion, now));
        persist::flush();
    }

    /// Sets the start of task `i`'s period for 序时.
    pub fn set_start(&self, i: usize, start: Option<String>) {
        self.edit_task(i, |s, d, t, now| s.set_start(d, t, start, now));
    }

    /// Sets one text of the report of `month` on task `i`.
    pub fn set_report(&self, i: usize, month: &str, field: ReportField, text: String) {
        self.edit_task(i, |s, d, t, now| {
            s.set_report(d, t, month, field, &text, now)
        });
    }

    /// Sets the thresholds of 亮灯 (None: the defaults).
    pub fn set_light_settings(&self, settings: Option<LightSettings>) {
        self.change(|s, now| s.set_light_settings(settings, now));
        persist::flush();
    }

    /// The 亮灯 of node `i` (tracked).
    pub fn light_of(&self, i: usize) -> Option<Light> {
        self.lights.with(|l| l.get(i).copied().flatten())
    }

    /// The document index, document key and node key of node `i` (a task or a section).
    pub fn node_keys(&self, i: usize) -> Option<(usize, DocKey, TaskKey)> {
        let parsed = self.workspace.parsed.get_untracked();
        let d = parsed.index.nodes().get(i)?.doc;
        self.keys
            .with_untracked(|k| Some((d, k.docs.get(d)?.clone(), k.nodes.get(i)?.clone())))
    }

    /// Makes the corrections `cs` of the nodes `nodes` of document `d` (an undo is a
    /// correction too), saved at once: the outline, its counts and exports follow.
    pub fn correct(&self, d: usize, nodes: &[TaskKey], cs: &[Correction]) {
        let Some(doc) = self.keys.with_untracked(|k| k.docs.get(d).cloned()) else {
            return;
        };
        if self
            .state
            .with_untracked(|s| s.library.get(&doc).is_some_and(DocEntry::is_purged))
        {
            self.workspace.tell(
                "这份文档已在另一个窗口中永久删除，刚才的修正没有保存。如需继续使用，请重新粘贴这份文件。",
                true,
            );
            return;
        }
        self.ensure_in_library(d);
        self.change(|s, now| {
            for node in nodes {
                for c in cs {
                    s.correct(&doc, node, c.clone(), now);
                }
            }
        });
        persist::flush();
    }

    /// Whether the merged unit with key `key` is mine (chosen under any of its names).
    pub fn is_my_unit(&self, key: &str) -> bool {
        self.my_unit_keys.with(|keys| keys.iter().any(|k| k == key))
    }

    pub fn is_my_leader(&self, name: &str) -> bool {
        self.state
            .with(|s| s.prefs.my_leaders.get(name).is_some_and(|m| m.value))
    }

    pub fn set_my_unit(&self, key: &str, mine: bool) {
        self.change(|s, now| s.choose_my_unit(key, mine, now));
        persist::flush();
    }

    pub fn set_my_leader(&self, name: &str, mine: bool) {
        self.change(|s, now| s.set_my_leader(name, mine, now));
        persist::flush();
    }

    /// 合并: two units (by key or name) are one, in every document.
    pub fn merge_units(&self, a: &str, b: &str) {
        self.change(|s, now| s.merge_units(a, b, now));
        persist::flush();
    }

    /// 不是: two units are not one; no longer suggested.
    pub fn keep_units_apart(&self, a: &str, b: &str) {
        self.change(|s, now| s.keep_units_apart(a, b, now));
        persist::flush();
    }

    /// Undoes the user's merges of the unit with key `key`.
    pub fn unmerge_unit(&self, key: &str) {
        self.change(|s, now| s.unmerge_unit(key, now));
        persist::flush();
    }

    /// Progress over task nodes of the current parse (tracked).
    pub fn progress_of(&self, nodes: &[usize]) -> Progress {
        let parsed = self.workspace.parsed.get_untracked();
        self.keys.with(|k| {
            self.state.with(|s| {
                let mut p = Progress::default();
                for &i in nodes {
                    let Some(node) = parsed.index.nodes().get(i) else {
                        continue;
                    };
                    let doc = k.docs.get(node.doc);
                    let task = k.tasks.get(i).and_then(Option::as_ref);
                    if let (Some(doc), Some(task)) = (doc, task) {
                        p = add(p, progress(s.doc_marks(doc), [task]));
                    }
                }
                p
            })
        })
    }

    /// Keeps the documents on screen in the library, as a paste would: a sample, once
    /// the user marks, notes or corrects something in it, or chooses 保存.
    pub fn save_shown(&self) {
        let raw = self.workspace.raw.get_untracked();
        let source = self
            .workspace
            .source
            .with_untracked(|s| Text::from(s.as_str()));
        self.workspace.sample.set(None);
        self.on_parse(&raw, source);
    }

    /// Puts document `d` of the current paste in the library (and makes it current)
    /// if it is not there or was deleted; for a sample, every document of it.
    fn ensure_in_library(&self, d: usize) {
        if self.workspace.sample.get_untracked().is_some() {
            self.save_shown();
        }
        let parsed = self.workspace.raw.get_untracked();
        let Some(doc) = parsed.outline.documents.get(d) else {
            return;
        };
        let Some(key) = self.keys.with_untracked(|k| k.docs.get(d).cloned()) else {
            return;
        };
        let missing = self
            .state
            .with_untracked(|s| s.library.get(&key).is_none_or(|e| e.is_deleted()));
        if missing {
            let source = self
                .workspace
                .source
                .with_untracked(|s| Text::from(s.as_str()));
            self.change(|s, now| {
                s.add_document(&key, doc, source, now);
                s.set_current(Some(key.clone()), now);
            });
        }
    }

    /// A new parse: keep its documents in the library, and when one revises a library
    /// document, carry the marks over and report what changed.
    /// `source` is the text of `parsed`: one text for every document of the paste,
    /// shared by their entries.
    ///
    /// The earlier versions a paste is compared with are parsed, and compared with it,
    /// in the parse worker (the page links neither the parser nor the comparison), so
    /// a paste that revises one is kept once the worker has answered; parses are kept
    /// in the order they were shown. A paste compared with nothing is kept at once, as
    /// before.
    fn on_parse(&self, parsed: &Raw, source: Text) {
        // A paste brings a deleted document back; opening a library document does not
        // bring back the other documents of its paste that the user deleted.
        let from_library = self
            .opened_from_library
            .try_update_value(Option::take)
            .flatten()
            .is_some_and(|text| text == source);
        self.to_keep.update_value(|q| {
            q.push_back(ToKeep {
                raw: parsed.clone(),
                source,
                from_library,
            })
        });
        if !self.keeping.get_value() {
            self.keep_next();
        }
    }

    /// Keeps the next parse waiting, if any.
    fn keep_next(&self) {
        let next = self.to_keep.try_update_value(VecDeque::pop_front).flatten();
        self.keeping.set_value(next.is_some());
        if let Some(job) = next {
            self.keep(job, Earlier::default());
        }
    }

    /// Keeps `job` in the library with what is known of the earlier versions in
    /// `earlier`; first asks the worker for what it needs and does not have (the keys
    /// of an earlier text's documents, the revision from one of them to the paste).
    fn keep(&self, job: ToKeep, earlier: Earlier) {
        let ToKeep {
            raw,
            source,
            from_library,
        } = &job;
        let docs = &raw.outline.documents;
        let keys = self
            .state
            .with_untracked(|s| library_keys_of(s, raw.keys.to_vec(), source));
        if keys.is_empty() {
            self.keep_next();
            return;
        }
        let now = persist::now();
        let tried = self.state.with_untracked(|s| {
            try_keep_paste(s, docs, &keys, source, *from_library, now, &earlier)
        });
        let missing = match tried {
            Ok((kept, outcome)) => {
                self.state.set(kept);
                let PasteOutcome { reports, changed } = outcome;
                self.revision.set(reports);
                if changed {
                    // Saved at once, but in a task of its own: writing a long paste to
                    // storage (megabytes of JSON) on top of the work above would hold
                    // the page.
                    set_timeout(
                        || {
                            persist::flush();
                        },
                        std::time::Duration::ZERO,
                    );
                }
                self.keep_next();
                return;
            }
            Err(missing) => missing,
        };
        // The paste's text, and the keys of its documents as the worker's parse of it
        // gives them (before the library's: the worker finds the document by them).
        let job_source = source.to_string();
        let new_keys = raw.keys.clone();
        // What it needs of the earlier texts, from the worker; then again.
        let this = *self;
        let wanted = missing.len();
        // None once the job has gone on (all answered, or one failed).
        let pending = StoredValue::new(Some((job, earlier, 0usize)));
        let fail = move |reason: String| {
            web_sys::console::error_1(&format!("parse worker unavailable: {reason}").into());
            // Told once; the paste is not kept, and nothing changes.
            if pending.try_update_value(Option::take).flatten().is_some() {
                this.workspace.tell(PASTE_NOT_KEPT, true);
                this.keep_next();
            }
        };
        let answered = move |add: Box<dyn FnOnce(&mut Earlier)>| {
            let ready = pending
                .try_update_value(|p| {
                    let (_, earlier, done) = p.as_mut()?;
                    add(earlier);
                    *done += 1;
                    if *done == wanted {
                        p.take()
                    } else {
                        None
                    }
                })
                .flatten();
            if let Some((job, earlier, _)) = ready {
                this.keep(job, earlier);
            }
        };
        let new_text = job_source;
        for need in missing {
            match need {
                Need::Keys(text) => {
                    let of = text.clone();
                    parse_worker::doc_keys_of(&text, move |answer| match answer {
                        Ok(keys) => answered(Box::new(move |e| e.insert_keys(of, keys))),
                        Err(reason) => fail(reason),
                    });
                }
                Need::Revision {
                    old,
                    old_doc,
                    new_doc,
                } => {
                    let Some(new_key) = new_keys.get(new_doc).cloned() else {
                        fail(format!("no document {new_doc} in the paste"));
                        continue;
                    };
                    let of = old.clone();
                    parse_worker::revision(&old, old_doc, &new_text, &new_key, move |answer| {
                        match answer {
                            Ok(rev) => answered(Box::new(move |e| {
                                e.insert_revision(of, old_doc, new_doc, rev)
                            })),
                            Err(reason) => fail(reason),
                        }
                    });
                }
            }
        }
    }

    /// Library entries rebuilt on loading (their library value was damaged, or a save
    /// was cut short) come without title and 文号 in the browser, which does not link
    /// the parser (see `storage_format::rebuilt_entry`): the worker reads their texts,
    /// and they get them. An untitled document is read too, and stays untitled.
    fn retitle_rebuilt(&self) {
        let untitled: Vec<(DocKey, Text)> = self.state.with_untracked(|s| {
            s.library
                .values()
                .filter(|e| e.title.is_none() && e.doc_number.is_none())
                .filter(|e| !e.source.value.is_empty())
                .map(|e| (e.key.clone(), e.source.value.clone()))
                .collect()
        });
        // One parse per text (the documents of a paste share one).
        let mut texts: Vec<(Text, Vec<DocKey>)> = Vec::new();
        for (key, text) in untitled {
            match texts
                .iter_mut()
                .find(|(t, _)| Arc::ptr_eq(t, &text) || *t == text)
            {
                Some((_, keys)) => keys.push(key),
                None => texts.push((text, vec![key])),
            }
        }
        let state = self.state;
        for (text, keys) in texts {
            let read = text.clone();
            parse_worker::outline_of(&text, move |answer| {
                let Ok(outline) = answer else {
                    return;
                };
                let mut changed = false;
                state.update(|s| {
                    for key in &keys {
                        let Some(e) = s.library.get_mut(key) else {
                            continue;
                        };
                        if e.title.is_some() || e.doc_number.is_some() || *e.source.value != *read {
                            continue;
                        }
                        let (title, doc_number) = title_in(key, &outline);
                        if title.is_some() || doc_number.is_some() {
                            e.title = title;
                            e.doc_number = doc_number;
                            changed = true;
                        }
                    }
                });
                if changed {
                    persist::schedule();
                }
            });
        }
    }

    /// Opens a library document.
    pub fn open(&self, key: &DocKey) {
        let (source, name) = self.state.with_untracked(|s| {
            let e = s.library.get(key);
            (
                e.map(|e| e.source.value.clone()),
                e.map(|e| e.display_name().to_owned()),
            )
        });
        match source {
            Some(text) if !text.is_empty() => {
                self.opened_from_library.set_value(Some(text.clone()));
                // The text is the whole paste: its other documents that the user
                // deleted stay off screen.
                let mut hidden = self.state.with_untracked(deleted_keys);
                hidden.remove(key);
                self.workspace.open_library_text(text.to_string(), hidden);
            }
            _ => self.workspace.tell(
                text_not_saved_notice(name.as_deref().unwrap_or("未命名文档")),
                true,
            ),
        }
    }

    pub fn rename(&self, key: &DocKey, name: String) {
        self.change(|s, now| {
            s.rename(key, Some(name), now);
        });
        persist::flush();
    }

    /// Moves a document to the bin. If it is on screen, the page shows the other
    /// documents of its paste without it, or else the library's latest other document
    /// (or nothing): a deleted document left on screen would come back into the
    /// library with the next mark.
    pub fn delete(&self, key: &DocKey) {
        self.change(|s, now| {
            s.delete(key, now);
        });
        persist::flush();
        let shown = self.keys.with_untracked(|k| k.docs.clone());
        if shown.contains(key) {
            let next = self.state.with_untracked(|s| {
                let can_open = |e: &&DocEntry| !e.is_deleted() && !e.source.value.is_empty();
                shown
                    .iter()
                    .filter_map(|k| s.library.get(k))
                    .find(can_open)
                    .or_else(|| s.documents().into_iter().find(can_open))
                    .map(|e| e.key.clone())
            });
            self.change(|s, now| s.set_current(next.clone(), now));
            match next {
                Some(next) => self.open(&next),
                None => self.workspace.open_document(String::new()),
            }
            persist::flush();
        }
    }

    pub fn restore(&self, key: &DocKey) {
        self.change(|s, now| {
            s.restore(key, now);
        });
        persist::flush();
        // A document of the paste on screen, left out while deleted: show it again.
        if self.workspace.is_hidden(key) {
            self.open(key);
        }
    }

    /// Deletes documents in the bin for good (all of them when `key` is None), and
    /// saves at once: this is how the user frees storage.
    pub fn purge(&self, key: Option<&DocKey>) {
        self.change(|s, now| match key {
            Some(key) => {
                s.purge(key, now);
            }
            None => s.purge_deleted(f64::INFINITY, now),
        });
        persist::flush();
    }

    /// Replaces the whole state with an imported backup, all or nothing: stored first,
    /// and shown only once every write succeeded; otherwise nothing changes.
    pub fn replace_all(&self, state: State) -> Result<(), persist::NotReplaced> {
        persist::replace_all(&state)?;
        self.state.set(state);
        Ok(())
    }

    /// Shows a merged state (an imported backup merged in), and saves it at once:
    /// what the save could not write is in the answer.
    pub fn merge_in(&self, state: State) -> persist::Saved {
        self.state.set(state);
        persist::flush()
    }
}

/// A parse waiting to be kept in the library (see [`Checklist::on_parse`]).
struct ToKeep {
    raw: Raw,
    source: Text,
    from_library: bool,
}

/// What the page says when a paste could not be compared with the library's earlier
/// versions because the parse worker stopped: it was not kept, and nothing changed.
const PASTE_NOT_KEPT: &str = "解析组件无法使用，没能把这份文件与文档库中的旧版本比较，\
所以这次没有存入文档库；已保存的文档、标记和修正都没有改动。请刷新页面后再粘贴一次。";

/// What the page says when the parse worker could not read a library document for the
/// overview: the progress and due tasks shown for the library leave it out.
const OVERVIEW_INCOMPLETE: &str = "解析组件无法使用，文档库中有文档没能读取：\
各文档的完成情况和到期任务（全部文档）没有列全。已保存的文档、标记和修正都没有改动；请刷新页面后再试。";

/// The library's deleted documents (in the bin, or deleted for good): a text reopened
/// from the library is shown without those of its documents.
pub fn deleted_keys(s: &State) -> HashSet<DocKey> {
    s.library
        .values()
        .filter(|e| e.is_deleted())
        .map(|e| e.key.clone())
        .collect()
}

fn add(a: Progress, b: Progress) -> Progress {
    Progress {
        done: a.done + b.done,
        total: a.total + b.total,
    }
}

pub fn use_checklist() -> Checklist {
    expect_context::<Checklist>()
}

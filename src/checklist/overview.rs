//! Every document of the library at a glance: its progress (done of total, how many
//! overdue), and the tasks that are overdue or due within 7 days ([`super::status::DUE_SOON_DAYS`]), for
//! the 到期 view across documents. A document is read from its stored text, with the
//! user's corrections in force, and its marks; parses are kept in a [`ParseCache`], so
//! that a mark does not parse the library again.

use std::collections::HashMap;
use std::sync::Arc;

use super::corrections::apply::apply_fixes;
use super::date::valid_due;
use super::identity::{node_keys, DocKey, TaskKey};
use super::model::{State, Text};
use super::paste::library_keys;
use super::status::{status, Progress, Status};
use crate::parser::{self, Leader, NodeKind, Outline, Unit};

/// The parses of the library's texts, by the text's stamp and length (the documents of
/// one paste share one text, parsed once). Natively [`overview`] fills it with the
/// parser; the page, which does not link the parser, asks its parse worker for the
/// texts [`ParseCache::missing`] lists and puts the answers in with
/// [`ParseCache::insert`].
#[derive(Default)]
pub struct ParseCache(HashMap<(u64, usize), Arc<Outline>>);

impl ParseCache {
    fn get(&self, text: &str, at: f64) -> Option<Arc<Outline>> {
        self.0.get(&(at.to_bits(), text.len())).cloned()
    }

    /// Keeps the parse of `text`, stored at time `at`.
    pub fn insert(&mut self, text: &str, at: f64, outline: Arc<Outline>) {
        self.0.insert((at.to_bits(), text.len()), outline);
    }

    /// The texts (with their stamps) of the documents [`overview`] reads whose parse
    /// is not here, each once.
    pub fn missing(&self, state: &State) -> Vec<(Text, f64)> {
        let mut out: Vec<(Text, f64)> = Vec::new();
        for entry in state.documents() {
            let (text, at) = (&entry.source.value, entry.source.at);
            if text.is_empty()
                || self.get(text, at).is_some()
                || out
                    .iter()
                    .any(|(t, a)| a.to_bits() == at.to_bits() && t.len() == text.len())
            {
                continue;
            }
            out.push((text.clone(), at));
        }
        out
    }

    /// Forgets the parses of texts no longer in `state`.
    fn keep_only(&mut self, state: &State) {
        let live: Vec<(u64, usize)> = state
            .library
            .values()
            .map(|e| (e.source.at.to_bits(), e.source.value.len()))
            .collect();
        self.0.retain(|k, _| live.contains(k));
    }
}

/// A task of a library document, as the 到期 view shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DueTask {
    pub key: TaskKey,
    pub number: String,
    pub text: String,
    /// The headings above it, "一、… / （二）…".
    pub section: String,
    pub lead: Vec<Unit>,
    pub coop: Vec<Unit>,
    pub leaders: Vec<Leader>,
    /// The date in force: the user's (`mine`) or the document's.
    pub due: String,
    pub mine: bool,
    pub status: Status,
}

/// One document of the library.
#[derive(Debug, Clone, PartialEq)]
pub struct DocOverview {
    pub key: DocKey,
    pub name: String,
    pub progress: Progress,
    pub overdue: usize,
    /// Its tasks overdue or due within 7 days, not done, in document
    /// order.
    pub due: Vec<DueTask>,
}

/// Every document of the library that is not deleted and whose text is stored, most
/// recently added first, on `today` ("YYYY-MM-DD"). Parses the texts not in `cache`
/// (natively; see [`overview_parsed`]).
pub fn overview(state: &State, cache: &mut ParseCache, today: &str) -> Vec<DocOverview> {
    for (text, at) in cache.missing(state) {
        cache.insert(&text, at, Arc::new(parser::parse(&text)));
    }
    overview_parsed(state, cache, today)
}

/// [`overview`] of the documents whose text `cache` holds the parse of; the others are
/// left out (the page lists them once its parse worker has read them).
pub fn overview_parsed(state: &State, cache: &mut ParseCache, today: &str) -> Vec<DocOverview> {
    cache.keep_only(state);
    let mut out = Vec::new();
    for entry in state.documents() {
        let text = &entry.source.value;
        if text.is_empty() {
            continue;
        }
        let Some(outline) = cache.get(text, entry.source.at) else {
            continue;
        };
        let keys = library_keys(state, &outline.documents, text);
        let Some(doc) = keys
            .iter()
            .position(|k| *k == entry.key)
            .and_then(|at| outline.documents.get(at))
        else {
            continue;
        };
        let fixed = apply_fixes(doc, &node_keys(doc), state.doc_fixes(&entry.key));
        let marks = state.doc_marks(&entry.key);
        let mut o = DocOverview {
            key: entry.key.clone(),
            name: entry.display_name().to_owned(),
            progress: Progress::default(),
            overdue: 0,
            due: Vec::new(),
        };
        // The headings on the path to each node, for its section.
        let mut path: Vec<(usize, String)> = Vec::new();
        let depths = depths(&fixed.doc);
        for ((node, f), depth) in fixed.doc.walk().zip(&fixed.nodes).zip(depths) {
            while path.last().is_some_and(|(d, _)| *d >= depth) {
                path.pop();
            }
            let title = format!("{}{}", node.number.as_deref().unwrap_or(""), node.text);
            if node.kind != NodeKind::Task {
                path.push((depth, title));
                continue;
            }
            let mark = marks.and_then(|m| m.tasks.get(&f.key));
            let done = mark.is_some_and(|m| m.done.value);
            let mine = mark
                .and_then(|m| m.due.value.as_deref())
                .and_then(valid_due);
            let due = mine.or_else(|| {
                node.deadline
                    .as_ref()
                    .and_then(|d| d.date.as_deref())
                    .and_then(valid_due)
            });
            let s = status(due, done, today);
            o.progress.total += 1;
            o.progress.done += usize::from(done);
            o.overdue += usize::from(s == Status::Overdue);
            if matches!(s, Status::Overdue | Status::DueSoon) {
                o.due.push(DueTask {
                    key: f.key.clone(),
                    number: node.number.clone().unwrap_or_default(),
                    text: node.text.clone(),
                    section: path
                        .iter()
                        .map(|(_, t)| t.as_str())
                        .collect::<Vec<_>>()
                        .join(" / "),
                    lead: node.lead_units.clone(),
                    coop: node.coop_units.clone(),
                    leaders: node.leaders.clone(),
                    due: due.unwrap_or_default().to_owned(),
                    mine: mine.is_some(),
                    status: s,
                });
            }
            path.push((depth, title));
        }
        out.push(o);
    }
    out
}

/// The depth of every node of `doc`, in the order of [`crate::parser::Document::walk`].
fn depths(doc: &crate::parser::Document) -> Vec<usize> {
    fn go(n: &crate::parser::Node, depth: usize, out: &mut Vec<usize>) {
        out.push(depth);
        for c in &n.children {
            go(c, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    for n in &doc.nodes {
        go(n, 0, &mut out);
    }
    out
}

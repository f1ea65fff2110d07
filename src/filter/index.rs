//! [`OutlineIndex`]: the outline flattened in document order, with what filtering needs
//! precomputed once per parse.

use std::collections::HashMap;

use super::fold::fold_into;
use super::path::NodePath;
use crate::parser::{Deadline, Leader, Node, NodeKind, Outline, Unit};
use crate::units::UnitMerges;

/// One node of the outline, flattened; its index in the [`OutlineIndex`] is its position
/// in document order (a parent always comes before its descendants).
#[derive(Clone, Debug, PartialEq)]
pub struct FlatNode {
    pub path: NodePath,
    pub doc: usize,
    /// 0 for a top-level node of its document.
    pub depth: usize,
    pub parent: Option<usize>,
    /// Indices of the direct children, in order.
    pub children: Vec<usize>,
    /// One past the index of the last descendant: descendants are `i + 1..subtree_end`.
    pub subtree_end: usize,
    pub kind: NodeKind,
    pub number: Option<String>,
    pub text: String,
    /// Unnumbered paragraphs under the heading, lines joined; often empty.
    pub body: String,
    pub leaders: Vec<Leader>,
    pub lead_units: Vec<Unit>,
    pub coop_units: Vec<Unit>,
    pub deadline: Option<Deadline>,
    pub line: usize,
    pub end_line: usize,
    /// 1-based among the tasks of its document; None for sections.
    pub task_ordinal: Option<usize>,
    /// "number + text" of the top-level node this node is in (itself at depth 0);
    /// empty when that top-level node is a task (a document without sections).
    pub section_title: String,
    /// Index of that top-level node when it is a section.
    pub section: Option<usize>,
    /// The user corrected it (or a heading above it, or joined a paragraph to it):
    /// see [`OutlineIndex::mark_corrected`].
    pub corrected: bool,
}

impl FlatNode {
    pub fn is_task(&self) -> bool {
        self.kind == NodeKind::Task
    }

    /// "number + text", e.g. "一、总体要求".
    pub fn title(&self) -> String {
        match &self.number {
            Some(n) => format!("{n}{}", self.text),
            None => self.text.clone(),
        }
    }
}

/// Per-node data for filtering, kept apart from the public [`FlatNode`].
#[derive(Clone, Debug, Default)]
pub(crate) struct SearchData {
    /// Folded search text: number, text and body first (`title_len` bytes: the node's own
    /// words, which its descendants inherit for keyword matching), then for tasks
    /// the unit names, leader names and posts, and the deadline, one per line.
    pub hay: String,
    pub title_len: usize,
    /// Interned unit keys (of the merged unit, [`OutlineIndex::unit_key`]): lead, and
    /// cooperating ones that are not also lead.
    pub lead: Vec<u32>,
    pub coop: Vec<u32>,
    /// Interned leader names.
    pub leaders: Vec<u32>,
}

/// The outline flattened for the views; build once per [`Outline`] (O(n)).
#[derive(Clone, Debug, Default)]
pub struct OutlineIndex {
    pub(crate) nodes: Vec<FlatNode>,
    pub(crate) search: Vec<SearchData>,
    /// Top-level node indices of each document.
    pub(crate) doc_roots: Vec<Vec<usize>>,
    pub(crate) doc_titles: Vec<Option<String>>,
    /// By the key of the merged unit ([`OutlineIndex::unit_key`]).
    pub(crate) unit_ids: HashMap<String, u32>,
    /// The id of each unit key as parsed ([`crate::parser::Unit::key`]): its merged
    /// unit's, worked out once per spelling.
    pub(crate) raw_unit_ids: HashMap<String, u32>,
    /// The user's merges over the rules ([`crate::units`]).
    pub(crate) merges: UnitMerges,
    pub(crate) leader_ids: HashMap<String, u32>,
    pub(crate) task_count: usize,
}

/// Builds an [`OutlineIndex`] a part at a time, so that the page can index a long
/// paste over several tasks (see `app::state`): each [`IndexBuilder::step`] adds whole
/// top-level nodes (with everything under them) until it has added the number of
/// nodes asked for.
#[derive(Default)]
pub struct IndexBuilder {
    index: OutlineIndex,
    /// The next top-level node to add: document, and place in it.
    doc: usize,
    root: usize,
    /// Tasks of the current document so far.
    ordinal: usize,
}

impl IndexBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the next top-level nodes of `outline` until at least `nodes` nodes were
    /// added or the outline is done; gives whether it is done. Always called with the
    /// same outline.
    pub fn step(&mut self, outline: &Outline, nodes: usize) -> bool {
        let b = &mut self.index;
        let goal = b.nodes.len().saturating_add(nodes);
        while let Some(doc) = outline.documents.get(self.doc) {
            if b.doc_roots.len() == self.doc {
                b.doc_titles.push(doc.title.clone());
                b.doc_roots.push(Vec::with_capacity(doc.nodes.len()));
                self.ordinal = 0;
            }
            let Some(node) = doc.nodes.get(self.root) else {
                self.doc += 1;
                self.root = 0;
                continue;
            };
            if b.nodes.len() >= goal {
                return false;
            }
            let path = NodePath::new(vec![self.doc, self.root]).expect("non-empty path");
            let i = b.nodes.len();
            b.doc_roots[self.doc].push(i);
            b.push(node, path, self.doc, None, &mut self.ordinal);
            self.root += 1;
        }
        true
    }

    /// The index, once [`IndexBuilder::step`] said it is done.
    pub fn finish(self) -> OutlineIndex {
        let mut b = self.index;
        b.task_count = b.nodes.iter().filter(|n| n.is_task()).count();
        b
    }
}

impl OutlineIndex {
    pub fn new(outline: &Outline) -> Self {
        let mut b = IndexBuilder::new();
        while !b.step(outline, usize::MAX) {}
        b.finish()
    }

    /// Adds `node` and its descendants in document order; returns the node's index.
    fn push(
        &mut self,
        node: &Node,
        path: NodePath,
        doc: usize,
        parent: Option<usize>,
        ordinal: &mut usize,
    ) -> usize {
        let i = self.nodes.len();
        let depth = path.indices().len() - 1;
        let (section_title, section) = match parent {
            None if node.kind == NodeKind::Section => (title_of(node), Some(i)),
            None => (String::new(), None),
            Some(p) => (self.nodes[p].section_title.clone(), self.nodes[p].section),
        };
        let task_ordinal = (node.kind == NodeKind::Task).then(|| {
            *ordinal += 1;
            *ordinal
        });
        let search = self.search_data(node);
        self.nodes.push(FlatNode {
            path: path.clone(),
            doc,
            depth,
            parent,
            children: Vec::with_capacity(node.children.len()),
            subtree_end: i + 1,
            kind: node.kind,
            number: node.number.clone(),
            text: node.text.clone(),
            body: node.body.clone(),
            leaders: node.leaders.clone(),
            lead_units: node.lead_units.clone(),
            coop_units: node.coop_units.clone(),
            deadline: node.deadline.clone(),
            line: node.line,
            end_line: node.end_line,
            task_ordinal,
            section_title,
            section,
            corrected: false,
        });
        self.search.push(search);
        for (c, child) in node.children.iter().enumerate() {
            let ci = self.push(child, path.child(c), doc, Some(i), ordinal);
            self.nodes[i].children.push(ci);
        }
        self.nodes[i].subtree_end = self.nodes.len();
        i
    }

    fn search_data(&mut self, node: &Node) -> SearchData {
        let mut hay = String::with_capacity(node.text.len() + 64);
        if let Some(n) = &node.number {
            fold_into(&mut hay, n);
        }
        fold_into(&mut hay, &node.text);
        if !node.body.is_empty() {
            hay.push('\n');
            fold_into(&mut hay, &node.body);
        }
        let title_len = hay.len();
        let mut data = SearchData::default();
        if node.kind == NodeKind::Task {
            let mut field = |s: &str| {
                hay.push('\n');
                fold_into(&mut hay, s);
            };
            for u in node.lead_units.iter().chain(&node.coop_units) {
                field(&u.name);
            }
            for l in &node.leaders {
                field(&l.name);
                if let Some(post) = &l.post {
                    field(post);
                }
            }
            if let Some(d) = &node.deadline {
                field(&d.text);
            }
        }
        self.intern_units(node.lead_units.iter(), node.coop_units.iter(), &mut data);
        for l in &node.leaders {
            let id = intern(&mut self.leader_ids, &l.name);
            if !data.leaders.contains(&id) {
                data.leaders.push(id);
            }
        }
        data.hay = hay;
        data.title_len = title_len;
        data
    }

    /// Interns the units of a node into `data` (lead, then cooperating ones not lead).
    fn intern_units<'u>(
        &mut self,
        lead: impl Iterator<Item = &'u Unit>,
        coop: impl Iterator<Item = &'u Unit>,
        data: &mut SearchData,
    ) {
        for u in lead {
            let id = self.unit_id(&u.key);
            if !data.lead.contains(&id) {
                data.lead.push(id);
            }
        }
        for u in coop {
            let id = self.unit_id(&u.key);
            if !data.lead.contains(&id) && !data.coop.contains(&id) {
                data.coop.push(id);
            }
        }
    }

    /// The id of the merged unit of a unit key as parsed, interned on first sight.
    fn unit_id(&mut self, raw: &str) -> u32 {
        if let Some(&id) = self.raw_unit_ids.get(raw) {
            return id;
        }
        let id = intern(&mut self.unit_ids, &self.merges.key(raw));
        self.raw_unit_ids.insert(raw.to_owned(), id);
        id
    }

    /// The key of the merged unit a name (or unit key) belongs to: the rules of
    /// [`crate::units::merge_key`], then the user's merges. Every view, filter and
    /// count is by this key.
    pub fn unit_key(&self, name: &str) -> String {
        self.merges.key(name)
    }

    /// Puts the user's merges in force: the units are interned again (O(units)).
    pub fn set_merges(&mut self, merges: UnitMerges) {
        if merges == self.merges {
            return;
        }
        self.merges = merges;
        self.unit_ids.clear();
        self.raw_unit_ids.clear();
        for i in 0..self.nodes.len() {
            let mut data = std::mem::take(&mut self.search[i]);
            data.lead.clear();
            data.coop.clear();
            let node = &self.nodes[i];
            let (lead, coop) = (node.lead_units.clone(), node.coop_units.clone());
            self.intern_units(lead.iter(), coop.iter(), &mut data);
            self.search[i] = data;
        }
    }

    /// Marks the nodes the user corrected (by index; the outline is the corrected one),
    /// for the filter 已手动修改 and the rows' mark.
    pub fn mark_corrected(&mut self, corrected: impl IntoIterator<Item = bool>) {
        for (node, c) in self.nodes.iter_mut().zip(corrected) {
            node.corrected = c;
        }
    }

    /// Whether any node is marked corrected.
    pub fn any_corrected(&self) -> bool {
        self.nodes.iter().any(|n| n.corrected)
    }

    /// Number of nodes (sections and tasks, all documents).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Number of tasks.
    pub fn task_count(&self) -> usize {
        self.task_count
    }

    /// Panics if `i >= len()`.
    pub fn node(&self, i: usize) -> &FlatNode {
        &self.nodes[i]
    }

    pub fn nodes(&self) -> &[FlatNode] {
        &self.nodes
    }

    pub fn document_count(&self) -> usize {
        self.doc_roots.len()
    }

    /// Indices of the top-level nodes of document `doc` (empty if there is none).
    pub fn roots(&self, doc: usize) -> &[usize] {
        self.doc_roots.get(doc).map_or(&[], Vec::as_slice)
    }

    /// The index of the node at `path`; None for a document path or an unknown path.
    pub fn find(&self, path: &NodePath) -> Option<usize> {
        let mut level = self.doc_roots.get(path.doc())?.as_slice();
        let mut found = None;
        for &c in path.indices() {
            let i = *level.get(c)?;
            found = Some(i);
            level = &self.nodes[i].children;
        }
        found
    }

    /// The node-index range strictly inside `path` (a node or a whole document);
    /// None when the path does not exist in this outline.
    pub fn inside(&self, path: &NodePath) -> Option<std::ops::Range<usize>> {
        if path.indices().is_empty() {
            let roots = self.doc_roots.get(path.doc())?;
            return Some(match (roots.first(), roots.last()) {
                (Some(&f), Some(&l)) => f..self.nodes[l].subtree_end,
                _ => 0..0,
            });
        }
        let i = self.find(path)?;
        Some(i + 1..self.nodes[i].subtree_end)
    }

    /// The ancestors of node `i`, nearest first.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.nodes[i].parent, |&p| self.nodes[p].parent)
    }
}

pub(crate) fn title_of(node: &Node) -> String {
    match &node.number {
        Some(n) => format!("{n}{}", node.text),
        None => node.text.clone(),
    }
}

fn intern(ids: &mut HashMap<String, u32>, key: &str) -> u32 {
    if let Some(&id) = ids.get(key) {
        return id;
    }
    let id = ids.len() as u32;
    ids.insert(key.to_owned(), id);
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::parse;

    /// Built a few nodes at a time, the index is the one built at once.
    #[test]
    fn built_in_steps_it_is_the_same_index() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let seeds: Vec<String> = ["000", "001", "002", "003", "004"]
            .iter()
            .map(|p| {
                let entry = std::fs::read_dir(dir)
                    .expect("fixtures")
                    .filter_map(Result::ok)
                    .find(|e| e.file_name().to_string_lossy().starts_with(p))
                    .expect("a seed");
                std::fs::read_to_string(entry.path()).expect("UTF-8")
            })
            .collect();
        let outline = parse(&seeds.join("\n\n"));
        assert!(outline.documents.len() >= 5);
        let whole = OutlineIndex::new(&outline);
        for step in [1, 7, 100] {
            let mut b = IndexBuilder::new();
            let mut steps = 1;
            while !b.step(&outline, step) {
                steps += 1;
            }
            let parts = b.finish();
            assert!(steps > 1);
            assert_eq!(parts.nodes, whole.nodes);
            assert_eq!(parts.doc_roots, whole.doc_roots);
            assert_eq!(parts.doc_titles, whole.doc_titles);
            assert_eq!(parts.unit_ids, whole.unit_ids);
            assert_eq!(parts.leader_ids, whole.leader_ids);
            assert_eq!(parts.task_count, whole.task_count);
            let hay = |i: &OutlineIndex| {
                i.search
                    .iter()
                    .map(|s| {
                        (
                            s.hay.clone(),
                            s.title_len,
                            s.lead.clone(),
                            s.coop.clone(),
                            s.leaders.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(hay(&parts), hay(&whole));
        }
        // An empty outline, and documents without nodes.
        assert!(IndexBuilder::new().step(&Outline::default(), 1));
        let empty = parse("");
        let mut b = IndexBuilder::new();
        while !b.step(&empty, 1) {}
        assert_eq!(b.finish().document_count(), empty.documents.len());
    }
}

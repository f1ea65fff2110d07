//! Corrections of the outline: what the user says the parser got wrong in a document
//! (a unit that cooperates rather than leads, a leader missing, a deadline, an item that
//! is a heading and not a task, a paragraph cut off the task above), kept with the
//! checklist and applied to every parse of that document ([`apply`]).
//!
//! A correction is an *operation* on one node ("市财政局 cooperates", "王明 is not a
//! leader of it", "the deadline is 2026-06-30", "it is a section", "it belongs to the
//! item above"), not a copy of the node's corrected fields: it applies again to the same
//! text pasted again, carries over to a revised version of the document (rekeyed like
//! the done marks: [`DocFixes::rekeyed`]), and a heading's correction of a unit passes
//! down to the tasks below it, as the parser passes the heading's units down.
//!
//! Nodes are identified by [`node_keys`](super::identity::node_keys): a task by its
//! [`TaskKey`], a section by a key made the same way. Every operation carries its own
//! stamp, so two copies merge operation by operation, the later change winning; undoing
//! a correction stamps it "none" (a tombstone that a merge does not undo).

pub mod apply;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::identity::{DocKey, TaskKey};
use super::model::State;
use super::stamped::{merge_stamped_maps, Millis, Stamped};

/// What a correction makes of a unit in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitRole {
    /// It leads (牵头).
    Lead,
    /// It cooperates (配合).
    Coop,
    /// It has no part in the task.
    Removed,
}

impl UnitRole {
    /// For the user: 牵头, 配合, 移除.
    pub fn label(self) -> &'static str {
        match self {
            UnitRole::Lead => "牵头",
            UnitRole::Coop => "配合",
            UnitRole::Removed => "移除",
        }
    }
}

/// A unit's role in a task, as the user corrected it; the unit is the key of the map
/// it is in ([`crate::parser::Unit::key`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct UnitFix {
    pub role: UnitRole,
    /// The name as the user chose or typed it (shown for a unit the document does not
    /// name in that task).
    pub name: String,
}

/// A leader added to a task or taken off it; the leader is the name the map is keyed by.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LeaderFix {
    /// Taken off the task (else added).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
    /// The post, for a leader added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
}

/// The deadline as the user corrected it: `text` as typed ("6月底前", "2026-6-30"), and
/// the date it means where one follows. An empty text without a date: no deadline.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DeadlineFix {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl DeadlineFix {
    /// "No deadline".
    pub fn is_none(&self) -> bool {
        self.text.trim().is_empty() && self.date.is_none()
    }
}

/// What an item is, as the user corrected it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KindFix {
    /// A heading (章节标题): no task controls, not counted as a task.
    Section,
    Task,
}

/// The corrections of one node. Each operation is stamped on its own; a value of None
/// (false for `joined`) is a correction undone.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NodeFix {
    /// By unit key.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub units: BTreeMap<String, Stamped<Option<UnitFix>>>,
    /// By leader name.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub leaders: BTreeMap<String, Stamped<Option<LeaderFix>>>,
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub deadline: Stamped<Option<DeadlineFix>>,
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub kind: Stamped<Option<KindFix>>,
    /// The item is a paragraph of the item above it (joined to it).
    #[serde(skip_serializing_if = "Stamped::is_unset")]
    pub joined: Stamped<bool>,
}

impl NodeFix {
    /// Some correction is in force (not every one undone).
    pub fn is_active(&self) -> bool {
        self.units.values().any(|s| s.value.is_some())
            || self.leaders.values().any(|s| s.value.is_some())
            || self.deadline.value.is_some()
            || self.kind.value.is_some()
            || self.joined.value
    }

    /// Field by field, the later stamp wins (see [`Stamped::merge`]).
    pub fn merge(&self, other: &NodeFix) -> NodeFix {
        NodeFix {
            units: merge_stamped_maps(&self.units, &other.units),
            leaders: merge_stamped_maps(&self.leaders, &other.leaders),
            deadline: self.deadline.merge(&other.deadline),
            kind: self.kind.merge(&other.kind),
            joined: self.joined.merge(&other.joined),
        }
    }

    fn stamps_mut(&mut self) -> impl Iterator<Item = &mut Millis> {
        self.units
            .values_mut()
            .map(|s| &mut s.at)
            .chain(self.leaders.values_mut().map(|s| &mut s.at))
            .chain([
                &mut self.deadline.at,
                &mut self.kind.at,
                &mut self.joined.at,
            ])
    }
}

/// The corrections of one document, by node key.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocFixes {
    pub nodes: BTreeMap<TaskKey, NodeFix>,
}

impl DocFixes {
    /// Some correction of the document is in force.
    pub fn is_active(&self) -> bool {
        self.nodes.values().any(NodeFix::is_active)
    }

    /// Node by node, field by field.
    pub fn merge(&self, other: &DocFixes) -> DocFixes {
        let mut nodes = self.nodes.clone();
        for (k, b) in &other.nodes {
            let v = match self.nodes.get(k) {
                Some(a) => a.merge(b),
                None => b.clone(),
            };
            nodes.insert(k.clone(), v);
        }
        DocFixes { nodes }
    }

    /// Puts `fix` on node `key`, merged with what is there.
    pub fn absorb(&mut self, key: TaskKey, fix: NodeFix) {
        let merged = match self.nodes.get(&key) {
            Some(existing) => existing.merge(&fix),
            None => fix,
        };
        self.nodes.insert(key, merged);
    }

    /// These corrections moved onto the nodes of a revised version: `moves` pairs an
    /// old node key with the new key of the same node. Corrections of nodes that are
    /// not moved stay under their keys (a removed task's, never silently dropped; they
    /// apply again if it comes back); where two land on one key they merge.
    pub fn rekeyed<'a>(
        &self,
        moves: impl IntoIterator<Item = (&'a TaskKey, &'a TaskKey)>,
    ) -> DocFixes {
        let mut out = self.clone();
        let moving: Vec<(TaskKey, NodeFix)> = moves
            .into_iter()
            .filter(|(old, new)| old != new)
            .filter_map(|(old, new)| Some((new.clone(), out.nodes.remove(old)?)))
            .collect();
        for (key, fix) in moving {
            out.absorb(key, fix);
        }
        out
    }
}

/// One correction, as the UI makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Correction {
    /// A unit (by key) leads, cooperates or is removed; None undoes it.
    Unit(String, Option<UnitFix>),
    /// A leader (by name) added or taken off; None undoes it.
    Leader(String, Option<LeaderFix>),
    Deadline(Option<DeadlineFix>),
    Kind(Option<KindFix>),
    Joined(bool),
}

impl State {
    /// The corrections of document `doc`, if any were ever made.
    pub fn doc_fixes(&self, doc: &DocKey) -> Option<&DocFixes> {
        self.fixes.get(doc)
    }

    /// The corrections of one node.
    pub fn node_fix(&self, doc: &DocKey, node: &TaskKey) -> Option<&NodeFix> {
        self.fixes.get(doc)?.nodes.get(node)
    }

    /// Makes (or undoes) a correction of node `node` of document `doc`, at `now`.
    pub fn correct(&mut self, doc: &DocKey, node: &TaskKey, c: Correction, now: Millis) {
        let fix = self
            .fixes
            .entry(doc.clone())
            .or_default()
            .nodes
            .entry(node.clone())
            .or_default();
        match c {
            Correction::Unit(key, v) => fix.units.entry(key).or_default().set(v, now),
            Correction::Leader(name, v) => fix.leaders.entry(name).or_default().set(v, now),
            Correction::Deadline(v) => fix.deadline.set(v, now),
            Correction::Kind(v) => fix.kind.set(v, now),
            Correction::Joined(v) => fix.joined.set(v, now),
        }
    }

    /// The corrections to store or back up: those of every document not deleted for
    /// good (as [`State::kept_marks`]).
    pub fn kept_fixes(&self) -> impl Iterator<Item = (&DocKey, &DocFixes)> {
        self.fixes
            .iter()
            .filter(|(k, _)| !self.library.get(*k).is_some_and(|e| e.is_purged()))
    }

    /// Brings the corrections' stamps from the future back to `now` (see
    /// [`State::clamp_future`]); how many.
    pub(crate) fn clamp_future_fixes(&mut self, now: Millis) -> usize {
        let mut n = 0;
        for fix in self.fixes.values_mut().flat_map(|d| d.nodes.values_mut()) {
            for at in fix.stamps_mut() {
                n += usize::from(super::stamped::clamp_millis(at, now));
            }
        }
        n
    }
}

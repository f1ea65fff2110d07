//! [`apply_fixes`]: a document as the parser read it, with the user's corrections in
//! force. Every view, filter, count, chart and export is built on its answer.
//!
//! In order:
//! 1. who and by when, from the top down: a node's unit and leader corrections, and
//!    those of the headings above it that it does not correct itself (a heading's
//!    units pass down as the parser passes them); a heading's deadline correction
//!    applies to the items below that had the heading's deadline;
//! 2. what an item is (a section, a task);
//! 3. joins, in document order: an item without children joined to the item above it
//!    (the nearest one before it that is still there) becomes a paragraph of that item,
//!    whose units, leaders and deadline it adds to what that item lacks.

use super::{DeadlineFix, DocFixes, KindFix, LeaderFix, UnitFix, UnitRole};
use crate::checklist::identity::TaskKey;
use crate::parser::{Deadline, Document, Leader, Node, NodeKind, Unit};

/// A node of the corrected document (in the order of [`Document::walk`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FixedNode {
    /// The node's key in the document as parsed ([`node_keys`]).
    ///
    /// [`node_keys`]: crate::checklist::identity::node_keys
    pub key: TaskKey,
    /// Something the user corrected shows on it: a correction of its own, one of a
    /// heading above that changed it, or a paragraph joined to it.
    pub corrected: bool,
    /// The nodes joined to it, in document order.
    pub joined: Vec<TaskKey>,
}

/// A document with the corrections in force, and its nodes' keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fixed {
    pub doc: Document,
    /// One per node of `doc`, in the order of [`Document::walk`].
    pub nodes: Vec<FixedNode>,
}

/// `doc` (as parsed; `keys` its [`node_keys`](crate::checklist::identity::node_keys))
/// with `fixes` in force.
pub fn apply_fixes(doc: &Document, keys: &[TaskKey], fixes: Option<&DocFixes>) -> Fixed {
    let mut keys_iter = keys.iter().cloned();
    let mut doc = doc.clone();
    let roots: Vec<Item> = std::mem::take(&mut doc.nodes)
        .into_iter()
        .map(|n| Item::of(n, &mut keys_iter))
        .collect();
    let mut flat = Vec::new();
    for root in roots {
        root.flatten(0, &mut flat);
    }
    if let Some(fixes) = fixes.filter(|f| f.is_active()) {
        fix_duties(&mut flat, fixes);
        for entry in &mut flat {
            let Some(kind) = fixes.nodes.get(&entry.key).and_then(|f| f.kind.value) else {
                continue;
            };
            entry.node.kind = match kind {
                KindFix::Section => NodeKind::Section,
                KindFix::Task => NodeKind::Task,
            };
            entry.corrected = true;
        }
        flat = join(flat, fixes);
    }
    let nodes = flat
        .iter()
        .map(|e| FixedNode {
            key: e.key.clone(),
            corrected: e.corrected,
            joined: e.joined.clone(),
        })
        .collect();
    doc.nodes = rebuild(flat);
    Fixed { doc, nodes }
}

/// A node read off the parse, its children apart.
struct Item {
    node: Node,
    key: TaskKey,
    children: Vec<Item>,
}

impl Item {
    fn of(mut node: Node, keys: &mut impl Iterator<Item = TaskKey>) -> Item {
        let key = keys.next().unwrap_or_default();
        let children = std::mem::take(&mut node.children)
            .into_iter()
            .map(|c| Item::of(c, keys))
            .collect();
        Item {
            node,
            key,
            children,
        }
    }

    fn flatten(self, depth: usize, out: &mut Vec<Entry>) {
        out.push(Entry {
            raw_deadline: self.node.deadline.clone(),
            node: self.node,
            key: self.key,
            depth,
            corrected: false,
            joined: Vec::new(),
        });
        for c in self.children {
            c.flatten(depth + 1, out);
        }
    }
}

/// A node in document order, with its depth (its children are the entries after it
/// that are deeper, up to the next one that is not).
struct Entry {
    node: Node,
    key: TaskKey,
    depth: usize,
    raw_deadline: Option<Deadline>,
    corrected: bool,
    joined: Vec<TaskKey>,
}

/// The corrections a node receives from the headings above it.
#[derive(Clone, Default)]
struct Inherited {
    /// Sorted by name, one entry a name: a sorted Vec rather than a BTreeMap (less
    /// code in the page), read in the same order.
    units: Vec<(String, UnitFix)>,
    leaders: Vec<(String, LeaderFix)>,
    /// A heading's deadline correction and the deadline that heading had as parsed:
    /// it applies to the items below that had that deadline too.
    deadline: Option<(Option<Deadline>, DeadlineFix)>,
}

/// Sets `key` to `value` in `map`, sorted by key.
fn put<V>(map: &mut Vec<(String, V)>, key: &str, value: V) {
    match map.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
        Ok(i) => map[i].1 = value,
        Err(i) => map.insert(i, (key.to_owned(), value)),
    }
}

fn fix_duties(flat: &mut [Entry], fixes: &DocFixes) {
    // The corrections in force at each depth of the current path.
    let mut stack: Vec<(usize, Inherited)> = Vec::new();
    for entry in flat.iter_mut() {
        while stack.last().is_some_and(|(d, _)| *d >= entry.depth) {
            stack.pop();
        }
        let mut here = stack.last().map(|(_, i)| i.clone()).unwrap_or_default();
        // An inherited deadline applies where the item had the heading's deadline.
        if here
            .deadline
            .as_ref()
            .is_some_and(|(origin, _)| *origin != entry.raw_deadline)
        {
            here.deadline = None;
        }
        if let Some(own) = fixes.nodes.get(&entry.key) {
            for (k, s) in &own.units {
                if let Some(f) = &s.value {
                    put(&mut here.units, k, f.clone());
                }
            }
            for (k, s) in &own.leaders {
                if let Some(f) = &s.value {
                    put(&mut here.leaders, k, f.clone());
                }
            }
            if let Some(d) = &own.deadline.value {
                here.deadline = Some((entry.raw_deadline.clone(), d.clone()));
            }
            entry.corrected |= own.is_active();
        }
        let before = duties(&entry.node);
        for (key, fix) in &here.units {
            set_unit(&mut entry.node, key, fix);
        }
        for (name, fix) in &here.leaders {
            set_leader(&mut entry.node, name, fix);
        }
        if let Some((_, d)) = &here.deadline {
            entry.node.deadline = (!d.is_none()).then(|| Deadline {
                text: d.text.trim().to_owned(),
                date: d.date.clone(),
            });
        }
        entry.corrected |= duties(&entry.node) != before;
        stack.push((entry.depth, here));
    }
}

/// Who and by when, to tell whether a correction changed a node.
fn duties(n: &Node) -> (Vec<String>, Vec<String>, Vec<String>, Option<Deadline>) {
    let keys = |us: &[Unit]| us.iter().map(|u| u.key.clone()).collect::<Vec<_>>();
    (
        keys(&n.lead_units),
        keys(&n.coop_units),
        n.leaders.iter().map(|l| l.name.clone()).collect(),
        n.deadline.clone(),
    )
}

fn set_unit(node: &mut Node, key: &str, fix: &UnitFix) {
    let in_list = |us: &[Unit]| us.iter().position(|u| u.key == key);
    let target = match fix.role {
        UnitRole::Lead => Some(&node.lead_units),
        UnitRole::Coop => Some(&node.coop_units),
        UnitRole::Removed => None,
    };
    // Already where the correction puts it: left in its place in the list.
    if target.is_some_and(|t| in_list(t).is_some()) {
        let other = match fix.role {
            UnitRole::Lead => &mut node.coop_units,
            _ => &mut node.lead_units,
        };
        other.retain(|u| u.key != key);
        return;
    }
    let mut found = None;
    for list in [&mut node.lead_units, &mut node.coop_units] {
        if let Some(at) = in_list(list) {
            found.get_or_insert(list.remove(at));
            list.retain(|u| u.key != key);
        }
    }
    let unit = found.unwrap_or_else(|| Unit {
        name: fix.name.clone(),
        key: key.to_owned(),
        collective: crate::parser::resp::is_collective(key),
    });
    match fix.role {
        UnitRole::Lead => node.lead_units.push(unit),
        UnitRole::Coop => node.coop_units.push(unit),
        UnitRole::Removed => {}
    }
}

fn set_leader(node: &mut Node, name: &str, fix: &LeaderFix) {
    let present = node.leaders.iter().any(|l| l.name == name);
    if fix.removed {
        node.leaders.retain(|l| l.name != name);
    } else if !present {
        node.leaders.push(Leader {
            name: name.to_owned(),
            post: fix.post.clone(),
        });
    }
}

/// Joins every item marked so (and without children) to the item above it.
fn join(flat: Vec<Entry>, fixes: &DocFixes) -> Vec<Entry> {
    let joined = |e: &Entry| fixes.nodes.get(&e.key).is_some_and(|f| f.joined.value);
    let depths: Vec<usize> = flat.iter().map(|e| e.depth).collect();
    let mut out: Vec<Entry> = Vec::with_capacity(flat.len());
    for (i, entry) in flat.into_iter().enumerate() {
        let leaf = depths.get(i + 1).is_none_or(|&next| next <= entry.depth);
        match out.last_mut() {
            Some(above) if leaf && joined(&entry) => absorb(above, entry),
            _ => out.push(entry),
        }
    }
    out
}

/// Makes `item` a paragraph of `above`.
fn absorb(above: &mut Entry, item: Entry) {
    let n = item.node;
    let mut paragraph = format!("{}{}", n.number.as_deref().unwrap_or(""), n.text);
    if !n.body.is_empty() {
        paragraph.push('\n');
        paragraph.push_str(&n.body);
    }
    let target = &mut above.node;
    if !target.body.is_empty() {
        target.body.push('\n');
    }
    target.body.push_str(&paragraph);
    let has = |t: &Node, key: &str| {
        t.lead_units
            .iter()
            .chain(&t.coop_units)
            .any(|u| u.key == key)
    };
    for u in n.lead_units {
        if !has(target, &u.key) {
            target.lead_units.push(u);
        }
    }
    for u in n.coop_units {
        if !has(target, &u.key) {
            target.coop_units.push(u);
        }
    }
    for l in n.leaders {
        if !target.leaders.iter().any(|m| m.name == l.name) {
            target.leaders.push(l);
        }
    }
    if target.deadline.is_none() {
        target.deadline = n.deadline;
    }
    target.end_line = target.end_line.max(n.end_line);
    above.corrected = true;
    above.joined.push(item.key);
    above.joined.extend(item.joined);
}

/// The tree again from the entries in document order and their depths.
fn rebuild(flat: Vec<Entry>) -> Vec<Node> {
    // The open path: (depth, node) with its children gathered so far.
    let mut path: Vec<(usize, Node)> = Vec::new();
    let mut roots = Vec::new();
    let close = |path: &mut Vec<(usize, Node)>, roots: &mut Vec<Node>| {
        if let Some((_, done)) = path.pop() {
            match path.last_mut() {
                Some((_, parent)) => parent.children.push(done),
                None => roots.push(done),
            }
        }
    };
    for e in flat {
        while path.last().is_some_and(|(d, _)| *d >= e.depth) {
            close(&mut path, &mut roots);
        }
        path.push((e.depth, e.node));
    }
    while !path.is_empty() {
        close(&mut path, &mut roots);
    }
    roots
}

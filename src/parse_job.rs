//! A parse run off the page's main thread, in the parse worker
//! (`src/bin/parse_worker.rs`), and what the page and the worker say to each other.
//!
//! The page parses a short text itself (at once, as before); a text of
//! [`WORKER_FROM`] bytes or more goes to the worker, so that a long paste never
//! freezes the page: the parse of 10 MiB takes about half a second in the browser,
//! and typing, scrolling and painting go on meanwhile. The outline comes back in
//! pieces of about [`PIECE_BYTES`] of JSON, each read by the page in its own task, so
//! that reading the answer does not freeze the page either.
//!
//! - worker → page, once loaded: the string [`READY`];
//! - page → worker: `[id, text, hidden]`, `hidden` a JSON list of the document keys to
//!   leave out (see [`prepare`]);
//! - worker → page: `[id, piece]` for each piece, a JSON array of [`Item`]s; the last
//!   item of the last piece is [`Item::End`].
//!
//! Pure Rust, tested natively; [`pieces`] is the worker's whole job and [`Assembler`]
//! the page's.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::checklist::paste::without_documents;
use crate::checklist::{doc_keys, keyed_tasks, DocKey, TaskKey};
use crate::parser::{
    self, Deadline, Document, IgnoredLine, Leader, Node, NodeKind, Outline, Unit, Warning,
};

/// Texts of this many bytes or more are parsed in the worker. The parse costs about
/// 50 ms per MiB in the page's wasm on a laptop (scripts/bench-ui), so a text below
/// this parses in a few tens of ms even on a slow machine and is shown at once,
/// without the round trip to the worker.
pub const WORKER_FROM: usize = 512 * 1024;

/// The worker's first message.
pub const READY: &str = "ready";

/// A piece is closed once its JSON reaches this size (one item may pass it): the page
/// reads 128 KiB of JSON in about a millisecond.
pub const PIECE_BYTES: usize = 128 * 1024;

/// What a parse gives the page: the outline without the documents left out, the
/// library key of each document kept, and the keys of those left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prepared {
    pub outline: Outline,
    /// The key of each document of `outline`, computed on the whole text (before the
    /// hidden documents were left out: look-alikes are numbered by position).
    pub keys: Vec<DocKey>,
    /// The keys of the documents of the text left out of `outline`.
    pub left_out: Vec<DocKey>,
    /// The checklist key of each task of each document of `outline`, depth first
    /// ([`keyed_tasks`]): hashing every task's text is done here too, off the page.
    pub task_keys: Vec<Vec<TaskKey>>,
}

/// Parses `text` without the documents whose keys are in `hidden` (the library's
/// deleted documents, when a library text is reopened).
pub fn prepare(text: &str, hidden: &HashSet<DocKey>) -> Prepared {
    let outline = parser::parse(text);
    let keys = doc_keys(&outline.documents);
    let left_out = keys
        .iter()
        .filter(|k| hidden.contains(k))
        .cloned()
        .collect();
    let (outline, keys) = without_documents(outline, keys, text, |k| hidden.contains(k));
    let task_keys = outline
        .documents
        .iter()
        .map(|d| keyed_tasks(d).into_iter().map(|t| t.key).collect())
        .collect();
    Prepared {
        outline,
        keys,
        left_out,
        task_keys,
    }
}

/// One item of a piece. Nodes come depth first, each with its depth under its
/// document, and without its children (which follow it), so that a piece never holds
/// a whole subtree and the tree is rebuilt without recursion.
#[derive(Debug, Serialize, Deserialize)]
pub enum Item {
    /// A document starts: its fields other than the nodes.
    Document(DocHead),
    Node(FlatNode),
    Ignored(IgnoredLine),
    Warning(Warning),
    /// The last item.
    End {
        keys: Vec<DocKey>,
        left_out: Vec<DocKey>,
    },
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DocHead {
    title: Option<String>,
    doc_number: Option<String>,
    issuer: Option<String>,
    date: Option<String>,
    period: Option<String>,
}

/// A node without its children, its depth (0 for a document's top level) first, and
/// its task key last (for a task).
#[derive(Debug, Serialize, Deserialize)]
pub struct FlatNode(
    usize,
    Option<String>,
    String,
    NodeKind,
    Vec<Leader>,
    Vec<Unit>,
    Vec<Unit>,
    Option<Deadline>,
    usize,
    usize,
    String,
    Option<TaskKey>,
);

/// The same items, borrowed from the outline: what the worker writes.
#[derive(Serialize)]
enum ItemRef<'a> {
    Document(DocHeadRef<'a>),
    Node(FlatNodeRef<'a>),
    Ignored(&'a IgnoredLine),
    Warning(&'a Warning),
    End {
        keys: &'a [DocKey],
        left_out: &'a [DocKey],
    },
}

#[derive(Serialize)]
struct DocHeadRef<'a> {
    title: &'a Option<String>,
    doc_number: &'a Option<String>,
    issuer: &'a Option<String>,
    date: &'a Option<String>,
    period: &'a Option<String>,
}

#[derive(Serialize)]
struct FlatNodeRef<'a>(
    usize,
    &'a Option<String>,
    &'a str,
    NodeKind,
    &'a [Leader],
    &'a [Unit],
    &'a [Unit],
    &'a Option<Deadline>,
    usize,
    usize,
    &'a str,
    Option<&'a TaskKey>,
);

impl<'a> FlatNodeRef<'a> {
    fn of(depth: usize, n: &'a Node, key: Option<&'a TaskKey>) -> Self {
        // Every field but the children: a field added to Node fails to compile here
        // until it is carried (see FlatNode::node).
        let Node {
            number,
            text,
            kind,
            leaders,
            lead_units,
            coop_units,
            deadline,
            line,
            end_line,
            body,
            children: _,
        } = n;
        FlatNodeRef(
            depth, number, text, *kind, leaders, lead_units, coop_units, deadline, *line,
            *end_line, body, key,
        )
    }
}

impl FlatNode {
    fn into_node(self) -> (usize, Node, Option<TaskKey>) {
        let FlatNode(
            depth,
            number,
            text,
            kind,
            leaders,
            lead_units,
            coop_units,
            deadline,
            line,
            end_line,
            body,
            key,
        ) = self;
        let node = Node {
            number,
            text,
            kind,
            leaders,
            lead_units,
            coop_units,
            deadline,
            line,
            end_line,
            body,
            children: Vec::new(),
        };
        (depth, node, key)
    }
}

/// Writes `prepared` as pieces of about [`PIECE_BYTES`] each (the worker's job).
pub fn pieces(prepared: &Prepared) -> Vec<String> {
    let mut out = Pieces::default();
    let no_keys = Vec::new();
    for (d, doc) in prepared.outline.documents.iter().enumerate() {
        // The tasks' keys, in the order the tasks come (depth first).
        let mut task_keys = prepared.task_keys.get(d).unwrap_or(&no_keys).iter();
        let Document {
            title,
            doc_number,
            issuer,
            date,
            period,
            nodes,
        } = doc;
        out.push(&ItemRef::Document(DocHeadRef {
            title,
            doc_number,
            issuer,
            date,
            period,
        }));
        // Depth first, without recursion: a stack of the nodes still to write.
        let mut stack: Vec<(usize, &Node)> = nodes.iter().rev().map(|n| (0, n)).collect();
        while let Some((depth, node)) = stack.pop() {
            let key = match node.kind {
                NodeKind::Task => task_keys.next(),
                NodeKind::Section => None,
            };
            out.push(&ItemRef::Node(FlatNodeRef::of(depth, node, key)));
            stack.extend(node.children.iter().rev().map(|c| (depth + 1, c)));
        }
    }
    for line in &prepared.outline.ignored {
        out.push(&ItemRef::Ignored(line));
    }
    for warning in &prepared.outline.warnings {
        out.push(&ItemRef::Warning(warning));
    }
    out.push(&ItemRef::End {
        keys: &prepared.keys,
        left_out: &prepared.left_out,
    });
    out.finish()
}

#[derive(Default)]
struct Pieces {
    done: Vec<String>,
    current: Vec<u8>,
}

impl Pieces {
    fn push(&mut self, item: &ItemRef) {
        self.current
            .push(if self.current.is_empty() { b'[' } else { b',' });
        // Writing into a Vec cannot fail, and every type here serialises.
        serde_json::to_writer(&mut self.current, item).expect("an item serialises");
        if self.current.len() >= PIECE_BYTES {
            self.close();
        }
    }

    fn close(&mut self) {
        if self.current.is_empty() {
            return;
        }
        self.current.push(b']');
        let bytes = std::mem::take(&mut self.current);
        // serde_json writes UTF-8.
        self.done
            .push(String::from_utf8(bytes).expect("serde_json writes UTF-8"));
    }

    fn finish(mut self) -> Vec<String> {
        self.close();
        self.done
    }
}

/// Rebuilds a [`Prepared`] from its pieces, one piece at a time (the page's job).
#[derive(Default)]
pub struct Assembler {
    outline: Outline,
    task_keys: Vec<Vec<TaskKey>>,
    /// The open nodes of the current document, outermost first.
    open: Vec<Node>,
    end: Option<(Vec<DocKey>, Vec<DocKey>)>,
}

impl Assembler {
    /// Takes the next piece. An error means the pieces are not what [`pieces`]
    /// writes (a worker of another version, a message cut short).
    pub fn take(&mut self, piece: &str) -> Result<(), String> {
        if self.end.is_some() {
            return Err("a piece after the end".into());
        }
        let items: Vec<Item> = serde_json::from_str(piece).map_err(|e| e.to_string())?;
        for item in items {
            if self.end.is_some() {
                return Err("an item after the end".into());
            }
            match item {
                Item::Document(head) => {
                    self.close_to(0)?;
                    let DocHead {
                        title,
                        doc_number,
                        issuer,
                        date,
                        period,
                    } = head;
                    self.outline.documents.push(Document {
                        title,
                        doc_number,
                        issuer,
                        date,
                        period,
                        nodes: Vec::new(),
                    });
                    self.task_keys.push(Vec::new());
                }
                Item::Node(flat) => {
                    let (depth, node, key) = flat.into_node();
                    if self.outline.documents.is_empty() || depth > self.open.len() {
                        return Err(format!("a node at depth {depth} without its parent"));
                    }
                    match (node.kind, key) {
                        (NodeKind::Task, Some(key)) => {
                            self.task_keys.last_mut().expect("a document").push(key)
                        }
                        (NodeKind::Section, None) => {}
                        _ => return Err("a task without its key, or a section with one".into()),
                    }
                    self.close_to(depth)?;
                    self.open.push(node);
                }
                Item::Ignored(line) => {
                    self.close_to(0)?;
                    self.outline.ignored.push(line);
                }
                Item::Warning(warning) => {
                    self.close_to(0)?;
                    self.outline.warnings.push(warning);
                }
                Item::End { keys, left_out } => {
                    self.close_to(0)?;
                    if keys.len() != self.outline.documents.len() {
                        return Err("a key for every document".into());
                    }
                    self.end = Some((keys, left_out));
                }
            }
        }
        Ok(())
    }

    /// Whether the last piece has been taken.
    pub fn is_complete(&self) -> bool {
        self.end.is_some()
    }

    /// The parse, once complete.
    pub fn finish(self) -> Result<Prepared, String> {
        let Some((keys, left_out)) = self.end else {
            return Err("the answer ended early".into());
        };
        Ok(Prepared {
            outline: self.outline,
            keys,
            left_out,
            task_keys: self.task_keys,
        })
    }

    /// Closes the open nodes deeper than `depth`, each into its parent (or into the
    /// current document's top level).
    fn close_to(&mut self, depth: usize) -> Result<(), String> {
        while self.open.len() > depth {
            let node = self.open.pop().expect("non-empty");
            match self.open.last_mut() {
                Some(parent) => parent.children.push(node),
                None => self
                    .outline
                    .documents
                    .last_mut()
                    .ok_or("a node outside any document")?
                    .nodes
                    .push(node),
            }
        }
        Ok(())
    }
}

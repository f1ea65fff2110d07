//! A parse run off the page's main thread, in the parse worker
//! (`src/bin/parse_worker.rs`), and what the page and the worker say to each other.
//!
//! Every parse of the page is done in the worker (the parser is linked into the
//! worker only, which keeps it out of the page's bundle), so that no paste freezes the
//! page: the parse of 10 MiB takes about half a second in the browser, and typing,
//! scrolling and painting go on meanwhile. The outline comes back in pieces of about
//! [`PIECE_BYTES`], each read by the page in its own task, so that reading the answer
//! does not freeze the page either.
//!
//! - worker → page, once loaded: the string [`READY`];
//! - page → worker: `[id, text, hidden]`, `hidden` a JSON list of the document keys to
//!   leave out (see [`prepare`]);
//! - worker → page: `[id, piece]` for each piece, a `Uint8Array` (its buffer handed
//!   over, not copied) of items in a compact binary form (see `Writer`): documents,
//!   then their nodes depth first (each without its children, with its depth and its
//!   task key), ignored lines, warnings, and last the documents' keys.
//!
//! The form is read with a few dozen lines of code rather than serde's derived
//! readers, which added 16 KB (gzip) to the page's bundle, and reads several times
//! faster than JSON. Pure Rust, tested natively; [`pieces`] is the worker's whole job
//! and [`Assembler`] the page's.

use std::collections::HashSet;
use std::sync::Arc;

use crate::checklist::paste::without_documents;
use crate::checklist::revision::{Field, Lone, Pair};
use crate::checklist::{doc_keys, match_revision, node_keys, DocKey, Revision, TaskKey};
use crate::parser::{
    self, Deadline, Document, IgnoredLine, Leader, Node, NodeKind, Outline, Unit, Warning,
};

/// What starts an item.
const DOCUMENT: u8 = 1;
const NODE: u8 = 2;
const IGNORED: u8 = 3;
const WARNING: u8 = 4;
const END: u8 = 5;

/// A text of this many bytes or more is a long one: the page says 正在解析 at once
/// while the worker reads it, and indexes its outline a part per task. A shorter text
/// parses in a few tens of ms even on a slow machine, and is shown as soon as it
/// comes back.
pub const WORKER_FROM: usize = 512 * 1024;

/// The worker's first message.
pub const READY: &str = "ready";

/// A piece is closed once it reaches this size (one item may pass it): the page reads
/// 128 KiB in well under a millisecond.
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
    /// The key of each node of each document of `outline`, depth first
    /// ([`node_keys`]: a task's is its checklist key): hashing every task's text is
    /// done here too, off the page.
    pub node_keys: Vec<Vec<TaskKey>>,
}

/// Parses `text` without the documents whose keys are in `hidden` (the library's
/// deleted documents, when a library text is reopened).
pub fn prepare(text: &str, hidden: &HashSet<DocKey>) -> Prepared {
    prepare_parsed(text, parser::parse(text), hidden)
}

/// [`prepare`] of `text` whose parse is `outline`.
pub fn prepare_parsed(text: &str, outline: Outline, hidden: &HashSet<DocKey>) -> Prepared {
    let keys = doc_keys(&outline.documents);
    let left_out = keys
        .iter()
        .filter(|k| hidden.contains(k))
        .cloned()
        .collect();
    let (outline, keys) = without_documents(outline, keys, text, |k| hidden.contains(k));
    let node_keys = outline.documents.iter().map(node_keys).collect();
    Prepared {
        outline,
        keys,
        left_out,
        node_keys,
    }
}

/// The worker's last parses of short texts (below [`WORKER_FROM`]): a paste is parsed,
/// then its documents are compared with earlier versions ([`REVISE`]), whose texts
/// are asked for their keys first ([`KEYS`]); each is parsed once.
#[derive(Default)]
pub struct Parses(Vec<(String, Arc<Outline>)>);

/// How many parses [`Parses`] keeps.
const PARSES_KEPT: usize = 8;

impl Parses {
    /// The parse of `text`, from those kept or new.
    pub fn of(&mut self, text: &str) -> Arc<Outline> {
        if let Some(at) = self.0.iter().position(|(t, _)| t == text) {
            let hit = self.0.remove(at);
            let outline = hit.1.clone();
            self.0.push(hit);
            return outline;
        }
        let outline = Arc::new(parser::parse(text));
        if text.len() < WORKER_FROM {
            self.0.push((text.to_owned(), outline.clone()));
            if self.0.len() > PARSES_KEPT {
                self.0.remove(0);
            }
        }
        outline
    }
}

/// The kind of a request, its fourth item (none: a parse, answered in pieces).
/// `[id, text, _, KEYS]`: the [`doc_keys`] of the documents of `text`, in one piece
/// ([`keys_piece`]).
pub const KEYS: &str = "keys";
/// `[id, old text, _, REVISE, old document (position), new text, new document (its
/// key)]`: the [`match_revision`] from one to the other, in one piece
/// ([`revision_piece`]). The earlier versions a paste is compared with are compared in
/// the worker, so that neither the parser nor the comparison is in the page's bundle.
pub const REVISE: &str = "revise";

/// The keys of the documents of a text, written.
pub fn keys_piece(keys: &[DocKey]) -> Vec<u8> {
    let mut w = Writer::default();
    w.uint(keys.len());
    for k in keys {
        w.str(k.as_str());
    }
    w.0
}

/// Reads [`keys_piece`].
pub fn read_keys(piece: &[u8]) -> Result<Vec<DocKey>, String> {
    let mut r = Reader { data: piece, at: 0 };
    let keys = r.list(|r| r.string().map(DocKey))?;
    r.end()?;
    Ok(keys)
}

/// The revision from document `old_doc` of `old` to the document of `new` whose key
/// is `new_key` (the worker's answer to a [`REVISE`] request), written.
pub fn revise(
    old: &Outline,
    old_doc: usize,
    new: &Outline,
    new_key: &DocKey,
) -> Result<Vec<u8>, String> {
    let old = old
        .documents
        .get(old_doc)
        .ok_or_else(|| format!("no document {old_doc} in the earlier text"))?;
    let at = doc_keys(&new.documents)
        .iter()
        .position(|k| k == new_key)
        .ok_or_else(|| format!("no document {new_key} in the paste"))?;
    Ok(revision_piece(&match_revision(old, &new.documents[at])))
}

const FIELDS: [Field; 7] = [
    Field::Text,
    Field::Number,
    Field::Section,
    Field::Deadline,
    Field::LeadUnits,
    Field::CoopUnits,
    Field::Leaders,
];

/// A [`Revision`], written.
pub fn revision_piece(rev: &Revision) -> Vec<u8> {
    // Every field: a field added to Revision or Pair fails to compile here until it is
    // carried (and read back in `read_revision`).
    let Revision {
        pairs,
        added,
        removed,
        sections,
    } = rev;
    let mut w = Writer::default();
    w.uint(pairs.len());
    for Pair {
        old,
        new,
        similarity,
        changed,
        old_text,
        new_text,
        values,
    } in pairs
    {
        w.str(old.as_str());
        w.str(new.as_str());
        w.uint((similarity.to_bits() & 0xffff_ffff) as usize);
        w.uint((similarity.to_bits() >> 32) as usize);
        w.uint(changed.len());
        for f in changed {
            w.u8(FIELDS.iter().position(|x| x == f).unwrap_or(0) as u8);
        }
        w.str(old_text);
        w.str(new_text);
        w.uint(values.len());
        for (a, b) in values {
            w.str(a);
            w.str(b);
        }
    }
    for lones in [added, removed] {
        w.uint(lones.len());
        for Lone { key, text } in lones {
            w.str(key.as_str());
            w.str(text);
        }
    }
    w.uint(sections.len());
    for (a, b) in sections {
        w.str(a.as_str());
        w.str(b.as_str());
    }
    w.0
}

/// Reads [`revision_piece`].
pub fn read_revision(piece: &[u8]) -> Result<Revision, String> {
    let mut r = Reader { data: piece, at: 0 };
    let key = |r: &mut Reader| r.string().map(TaskKey);
    let pairs = r.list(|r| {
        let old = key(r)?;
        let new = key(r)?;
        let low = r.uint()? as u64 & 0xffff_ffff;
        let high = r.uint()? as u64;
        let changed = r.list(|r| {
            let i = usize::from(r.u8()?);
            FIELDS
                .get(i)
                .copied()
                .ok_or_else(|| format!("no field {i}"))
        })?;
        Ok(Pair {
            old,
            new,
            similarity: f64::from_bits(high << 32 | low),
            changed,
            old_text: r.string()?,
            new_text: r.string()?,
            values: r.list(|r| Ok((r.string()?, r.string()?)))?,
        })
    })?;
    let lone = |r: &mut Reader| {
        Ok(Lone {
            key: key(r)?,
            text: r.string()?,
        })
    };
    let added = r.list(lone)?;
    let removed = r.list(lone)?;
    let sections = r.list(|r| Ok((key(r)?, key(r)?)))?;
    r.end()?;
    Ok(Revision {
        pairs,
        added,
        removed,
        sections,
    })
}

/// Writes `prepared` as pieces of about [`PIECE_BYTES`] each (the worker's job).
pub fn pieces(prepared: &Prepared) -> Vec<Vec<u8>> {
    let mut out = Pieces::default();
    let no_keys = Vec::new();
    for (d, doc) in prepared.outline.documents.iter().enumerate() {
        let Document {
            title,
            doc_number,
            issuer,
            date,
            period,
            nodes,
        } = doc;
        let w = out.item(DOCUMENT);
        for field in [title, doc_number, issuer, date, period] {
            w.opt_str(field.as_deref());
        }
        // The nodes' keys, in the order the nodes come (depth first).
        let mut node_keys = prepared.node_keys.get(d).unwrap_or(&no_keys).iter();
        // Depth first, without recursion: a stack of the nodes still to write.
        let mut stack: Vec<(usize, &Node)> = nodes.iter().rev().map(|n| (0, n)).collect();
        while let Some((depth, node)) = stack.pop() {
            write_node(out.item(NODE), depth, node, node_keys.next());
            stack.extend(node.children.iter().rev().map(|c| (depth + 1, c)));
        }
    }
    for IgnoredLine { line, text, reason } in &prepared.outline.ignored {
        let w = out.item(IGNORED);
        w.uint(*line);
        w.str(text);
        w.str(reason);
    }
    for Warning { line, message } in &prepared.outline.warnings {
        let w = out.item(WARNING);
        w.uint(*line);
        w.str(message);
    }
    let w = out.item(END);
    for keys in [&prepared.keys, &prepared.left_out] {
        w.uint(keys.len());
        for k in keys {
            w.str(k.as_str());
        }
    }
    out.finish()
}

/// A node without its children.
fn write_node(w: &mut Writer, depth: usize, node: &Node, key: Option<&TaskKey>) {
    // Every field but the children: a field added to Node fails to compile here until
    // it is carried (and read back in `read_node`).
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
    } = node;
    w.uint(depth);
    w.opt_str(number.as_deref());
    w.str(text);
    w.u8(match kind {
        NodeKind::Section => 0,
        NodeKind::Task => 1,
    });
    w.uint(leaders.len());
    for Leader { name, post } in leaders {
        w.str(name);
        w.opt_str(post.as_deref());
    }
    for units in [lead_units, coop_units] {
        w.uint(units.len());
        for Unit {
            name,
            key,
            collective,
        } in units
        {
            w.str(name);
            w.str(key);
            w.u8(u8::from(*collective));
        }
    }
    match deadline {
        Some(Deadline { text, date }) => {
            w.u8(1);
            w.str(text);
            w.opt_str(date.as_deref());
        }
        None => w.u8(0),
    }
    w.uint(*line);
    w.uint(*end_line);
    w.str(body);
    w.opt_str(key.map(TaskKey::as_str));
}

fn read_node(r: &mut Reader) -> Result<(usize, Node, Option<TaskKey>), String> {
    let depth = r.uint()?;
    let number = r.opt_string()?;
    let text = r.string()?;
    let kind = match r.u8()? {
        0 => NodeKind::Section,
        1 => NodeKind::Task,
        k => return Err(format!("no node kind {k}")),
    };
    let leaders = r.list(|r| {
        Ok(Leader {
            name: r.string()?,
            post: r.opt_string()?,
        })
    })?;
    let unit = |r: &mut Reader| {
        Ok(Unit {
            name: r.string()?,
            key: r.string()?,
            collective: r.u8()? != 0,
        })
    };
    let lead_units = r.list(unit)?;
    let coop_units = r.list(unit)?;
    let deadline = match r.u8()? {
        0 => None,
        _ => Some(Deadline {
            text: r.string()?,
            date: r.opt_string()?,
        }),
    };
    let node = Node {
        number,
        text,
        kind,
        leaders,
        lead_units,
        coop_units,
        deadline,
        line: r.uint()?,
        end_line: r.uint()?,
        body: r.string()?,
        children: Vec::new(),
    };
    let key = r.opt_string()?.map(TaskKey);
    Ok((depth, node, key))
}

/// The pieces being written.
#[derive(Default)]
struct Pieces {
    done: Vec<Vec<u8>>,
    current: Writer,
}

impl Pieces {
    /// Starts an item of kind `tag` (after closing the piece if it is full).
    fn item(&mut self, tag: u8) -> &mut Writer {
        if self.current.0.len() >= PIECE_BYTES {
            self.done.push(std::mem::take(&mut self.current.0));
        }
        self.current.u8(tag);
        &mut self.current
    }

    fn finish(mut self) -> Vec<Vec<u8>> {
        if !self.current.0.is_empty() {
            self.done.push(self.current.0);
        }
        self.done
    }
}

/// The binary form: a number is written in 7-bit groups, low first, the high bit set
/// on all but the last (LEB128); a string is its length in bytes then its UTF-8; an
/// optional value is 0 (none) or 1 then the value; a list is its length then its items.
#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, b: u8) {
        self.0.push(b);
    }

    fn uint(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.0.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
}

/// Reads what [`Writer`] wrote; every read checks its bounds.
struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn u8(&mut self) -> Result<u8, String> {
        let b = *self.data.get(self.at).ok_or("cut short")?;
        self.at += 1;
        Ok(b)
    }

    fn uint(&mut self) -> Result<usize, String> {
        let mut n: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.u8()?;
            n |= usize::from(b & 0x7f)
                .checked_shl(shift)
                .ok_or("a number too large")?;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err("a number too large".into())
    }

    fn string(&mut self) -> Result<String, String> {
        let len = self.uint()?;
        let end = self
            .at
            .checked_add(len)
            .filter(|&e| e <= self.data.len())
            .ok_or("cut short")?;
        let s = std::str::from_utf8(&self.data[self.at..end]).map_err(|e| e.to_string())?;
        self.at = end;
        Ok(s.to_owned())
    }

    fn opt_string(&mut self) -> Result<Option<String>, String> {
        match self.u8()? {
            0 => Ok(None),
            _ => self.string().map(Some),
        }
    }

    /// Nothing must be left.
    fn end(&self) -> Result<(), String> {
        if self.at == self.data.len() {
            Ok(())
        } else {
            Err("more than was asked for".into())
        }
    }

    fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let len = self.uint()?;
        // No allocation from a length alone: a damaged one could ask for gigabytes.
        let mut out = Vec::new();
        for _ in 0..len {
            out.push(item(self)?);
        }
        Ok(out)
    }
}

/// Rebuilds a [`Prepared`] from its pieces, one piece at a time (the page's job).
#[derive(Default)]
pub struct Assembler {
    outline: Outline,
    node_keys: Vec<Vec<TaskKey>>,
    /// The open nodes of the current document, outermost first.
    open: Vec<Node>,
    end: Option<(Vec<DocKey>, Vec<DocKey>)>,
}

impl Assembler {
    /// Takes the next piece. An error means the pieces are not what [`pieces`]
    /// writes (a worker of another version, a message cut short).
    pub fn take(&mut self, piece: &[u8]) -> Result<(), String> {
        let mut r = Reader { data: piece, at: 0 };
        while r.at < piece.len() {
            if self.end.is_some() {
                return Err("an item after the end".into());
            }
            match r.u8()? {
                DOCUMENT => {
                    self.close_to(0)?;
                    let mut field = || r.opt_string();
                    let (title, doc_number, issuer, date, period) =
                        (field()?, field()?, field()?, field()?, field()?);
                    self.outline.documents.push(Document {
                        title,
                        doc_number,
                        issuer,
                        date,
                        period,
                        nodes: Vec::new(),
                    });
                    self.node_keys.push(Vec::new());
                }
                NODE => {
                    let (depth, node, key) = read_node(&mut r)?;
                    if self.outline.documents.is_empty() || depth > self.open.len() {
                        return Err(format!("a node at depth {depth} without its parent"));
                    }
                    let Some(key) = key else {
                        return Err("a node without its key".into());
                    };
                    self.node_keys.last_mut().expect("a document").push(key);
                    self.close_to(depth)?;
                    self.open.push(node);
                }
                IGNORED => {
                    self.close_to(0)?;
                    let line = r.uint()?;
                    let (text, reason) = (r.string()?, r.string()?);
                    self.outline
                        .ignored
                        .push(IgnoredLine { line, text, reason });
                }
                WARNING => {
                    self.close_to(0)?;
                    let line = r.uint()?;
                    let message = r.string()?;
                    self.outline.warnings.push(Warning { line, message });
                }
                END => {
                    self.close_to(0)?;
                    let keys = r.list(|r| r.string().map(DocKey))?;
                    let left_out = r.list(|r| r.string().map(DocKey))?;
                    if keys.len() != self.outline.documents.len() {
                        return Err("a key for every document".into());
                    }
                    self.end = Some((keys, left_out));
                }
                tag => return Err(format!("no item {tag}")),
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
            node_keys: self.node_keys,
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

//! Stable identities: [`TaskKey`] for the tasks of a document and [`DocKey`] for the
//! documents of the library. Both are hashes of normalised text, so the same text
//! pasted again gives the same keys whatever its line numbers, spaces or widths.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::hash::hash_hex;
use crate::parser::{Document, Node, NodeKind};

/// Identity of a task within its document: "t" + 16 hex digits.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TaskKey(pub String);

/// Identity of a document in the library: "d" + 16 hex digits (plus "-2", "-3" for
/// look-alike documents of one paste). Safe inside a storage key name.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocKey(pub String);

macro_rules! key_impls {
    ($t:ident) => {
        impl $t {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl From<&str> for $t {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}
key_impls!(TaskKey);
key_impls!(DocKey);

/// Text with the noise that must not change an identity removed: every kind of
/// whitespace (including U+3000 and zero-width characters) dropped, full-width ASCII
/// folded to ASCII, ASCII letters lower-cased.
pub fn normalise_text(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            !c.is_whitespace() && !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
        })
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A task of a document with its key and its place in the outline.
#[derive(Debug, Clone)]
pub struct KeyedTask<'a> {
    pub key: TaskKey,
    pub node: &'a Node,
    /// The nodes above the task, outermost first (sections and parent tasks).
    pub ancestors: Vec<&'a Node>,
}

impl KeyedTask<'_> {
    /// The innermost section above the task, if any.
    pub fn section(&self) -> Option<&Node> {
        self.ancestors
            .iter()
            .rev()
            .find(|n| n.kind == NodeKind::Section)
            .copied()
    }
}

const SEP: char = '\u{1F}';

/// Every task of `doc` in document order with its key. The key hashes the normalised
/// texts of the task and of its ancestors (numbers, line numbers, units and
/// deadlines are not part of it), so identical texts in different sections differ;
/// identical texts under the same ancestors get an occurrence suffix.
pub fn keyed_tasks(doc: &Document) -> Vec<KeyedTask<'_>> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut path: Vec<(&Node, String)> = Vec::new();
    for node in &doc.nodes {
        visit(node, &mut path, &mut seen, &mut out);
    }
    out
}

fn visit<'a>(
    node: &'a Node,
    path: &mut Vec<(&'a Node, String)>,
    seen: &mut HashMap<String, u32>,
    out: &mut Vec<KeyedTask<'a>>,
) {
    let norm = normalise_text(&node.text);
    if node.kind == NodeKind::Task {
        let mut material = String::new();
        for (_, t) in path.iter() {
            material.push_str(t);
            material.push(SEP);
        }
        material.push_str(&norm);
        let n = seen.entry(material.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            material.push(SEP);
            material.push_str(&n.to_string());
        }
        out.push(KeyedTask {
            key: TaskKey(format!("t{}", hash_hex(&material))),
            node,
            ancestors: path.iter().map(|(n, _)| *n).collect(),
        });
    }
    path.push((node, norm));
    for child in &node.children {
        visit(child, path, seen, out);
    }
    path.pop();
}

/// The identity of every node of `doc`, sections too, in depth-first order (the order
/// of [`Document::walk`]): a task's is its [`keyed_tasks`] key; a section's is made the
/// same way from its own text and its ancestors', "s" + 16 hex digits, numbered apart
/// from the tasks'. Corrections of the outline are kept under these keys, so that they
/// apply again to the same text pasted again. A section the user turned into a task
/// takes its marks under its own key.
pub fn node_keys(doc: &Document) -> Vec<TaskKey> {
    let tasks = keyed_tasks(doc);
    let mut tasks = tasks.into_iter().map(|t| t.key);
    let mut out = Vec::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut path: Vec<String> = Vec::new();
    fn go(
        node: &Node,
        path: &mut Vec<String>,
        seen: &mut HashMap<String, u32>,
        tasks: &mut impl Iterator<Item = TaskKey>,
        out: &mut Vec<TaskKey>,
    ) {
        let norm = normalise_text(&node.text);
        if node.kind == NodeKind::Task {
            out.push(tasks.next().unwrap_or_default());
        } else {
            let mut material = String::new();
            for t in path.iter() {
                material.push_str(t);
                material.push(SEP);
            }
            material.push_str(&norm);
            let n = seen.entry(material.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                material.push(SEP);
                material.push_str(&n.to_string());
            }
            out.push(TaskKey(format!("s{}", hash_hex(&material))));
        }
        path.push(norm);
        for child in &node.children {
            go(child, path, seen, tasks, out);
        }
        path.pop();
    }
    for node in &doc.nodes {
        go(node, &mut path, &mut seen, &mut tasks, &mut out);
    }
    out
}

/// The library identity of a document: from its 文号 and title when it has them,
/// otherwise from the normalised text of all its nodes.
pub fn doc_key(doc: &Document) -> DocKey {
    let present = |s: &Option<String>| s.as_deref().map(normalise_text).filter(|s| !s.is_empty());
    let material = match (present(&doc.doc_number), present(&doc.title)) {
        (Some(n), t) => format!("n:{n}{SEP}{}", t.unwrap_or_default()),
        (None, Some(t)) => format!("t:{t}"),
        (None, None) => {
            let mut m = String::from("x:");
            for node in doc.walk() {
                m.push_str(&normalise_text(&node.text));
                m.push(SEP);
            }
            m
        }
    };
    DocKey(format!("d{}", hash_hex(&material)))
}

/// Keys of all documents of one paste, made distinct: a repeated key gets "-2", "-3".
pub fn doc_keys(docs: &[Document]) -> Vec<DocKey> {
    let mut seen: HashMap<DocKey, u32> = HashMap::new();
    docs.iter()
        .map(|d| {
            let k = doc_key(d);
            let n = seen.entry(k.clone()).or_insert(0);
            *n += 1;
            if *n == 1 {
                k
            } else {
                DocKey(format!("{k}-{n}"))
            }
        })
        .collect()
}

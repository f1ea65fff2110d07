//! Helpers shared by the parser integration tests.
#![allow(dead_code)]

use duban::parser::{check_accounting, parse, Document, Node, NodeKind, Outline};

pub fn fixture(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let entry = std::fs::read_dir(dir)
        .expect("fixtures dir")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no fixture {prefix}"));
    std::fs::read_to_string(entry.path()).expect("fixture is UTF-8")
}

/// Parses and checks line accounting.
pub fn parse_checked(input: &str) -> Outline {
    let o = parse(input);
    if let Err(e) = check_accounting(input, &o) {
        panic!("line accounting: {e}");
    }
    o
}

pub fn tasks(d: &Document) -> Vec<&Node> {
    d.tasks().collect()
}

/// The tasks of every document of an outline, in order.
pub fn all_tasks(o: &Outline) -> Vec<&Node> {
    o.documents.iter().flat_map(Document::tasks).collect()
}

pub fn task_count(d: &Document) -> usize {
    d.walk().filter(|n| n.kind == NodeKind::Task).count()
}

/// The node reached by following child numbers, e.g. ["二、", "(一)"] (full or half width).
pub fn at<'a>(d: &'a Document, path: &[&str]) -> &'a Node {
    let mut nodes = &d.nodes;
    let mut found: Option<&Node> = None;
    for p in path {
        let n = nodes
            .iter()
            .find(|n| n.number.as_deref().map(fold) == Some(fold(p)))
            .unwrap_or_else(|| panic!("no node {p} in path {path:?}"));
        nodes = &n.children;
        found = Some(n);
    }
    found.expect("non-empty path")
}

fn fold(s: &str) -> String {
    s.chars()
        .map(duban::parser::normalise::fold_punct)
        .filter(|c| *c != ' ')
        .collect()
}

pub fn lead(n: &Node) -> Vec<&str> {
    n.lead_units.iter().map(|u| u.name.as_str()).collect()
}

pub fn coop(n: &Node) -> Vec<&str> {
    n.coop_units.iter().map(|u| u.name.as_str()).collect()
}

pub fn leaders(n: &Node) -> Vec<&str> {
    n.leaders.iter().map(|l| l.name.as_str()).collect()
}

/// The numbers of the first document's top-level items, as written ("" for none).
pub fn top_numbers(o: &Outline) -> Vec<&str> {
    o.documents[0]
        .nodes
        .iter()
        .map(|n| n.number.as_deref().unwrap_or(""))
        .collect()
}

/// All text of the outline that a user sees as content.
pub fn content_text(o: &Outline) -> String {
    let mut s = String::new();
    for d in &o.documents {
        for n in d.walk() {
            s.push_str(&n.text);
            s.push('\n');
            s.push_str(&n.body);
            s.push('\n');
        }
    }
    s
}

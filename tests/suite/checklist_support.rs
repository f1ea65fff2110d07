//! Hand-made documents for the checklist tests.
#![allow(dead_code)]

use duban::parser::{Deadline, Document, Node, NodeKind, Unit};

/// Built through serde so that fields the parser adds with defaults need no change here.
pub fn node(kind: NodeKind, text: &str, children: Vec<Node>) -> Node {
    let mut n: Node = serde_json::from_value(serde_json::json!({
        "number": null, "text": text, "kind": kind, "leaders": [], "lead_units": [],
        "coop_units": [], "deadline": null, "line": 1, "end_line": 1, "children": [],
    }))
    .expect("a Node");
    n.children = children;
    n
}

pub fn task(text: &str) -> Node {
    node(NodeKind::Task, text, Vec::new())
}

pub fn section(text: &str, children: Vec<Node>) -> Node {
    node(NodeKind::Section, text, children)
}

pub fn due(mut n: Node, text: &str, date: Option<&str>) -> Node {
    n.deadline = Some(Deadline {
        text: text.to_owned(),
        date: date.map(str::to_owned),
    });
    n
}

pub fn unit(name: &str) -> Unit {
    Unit {
        name: name.to_owned(),
        key: name.to_owned(),
        collective: false,
    }
}

pub fn doc(title: Option<&str>, number: Option<&str>, nodes: Vec<Node>) -> Document {
    Document {
        title: title.map(str::to_owned),
        doc_number: number.map(str::to_owned),
        issuer: None,
        date: None,
        period: None,
        nodes,
    }
}

/// Numbers every node's line in document order, starting at `first`.
pub fn renumber(doc: &mut Document, first: usize) {
    fn go(n: &mut Node, line: &mut usize) {
        n.line = *line;
        n.end_line = *line;
        *line += 2;
        for c in &mut n.children {
            go(c, line);
        }
    }
    let mut line = first;
    for n in &mut doc.nodes {
        go(n, &mut line);
    }
}

/// A small plan: two sections, five tasks, one text repeated in both sections.
pub fn seed() -> Document {
    let mut d = doc(
        Some("2023年2月份市政府工作要点"),
        Some("慈政办发〔2023〕9号"),
        vec![
            section(
                "综合方面",
                vec![
                    due(
                        task("深化经济运行监测分析，确保我市经济发展实现“开门红”。"),
                        "2月底前",
                        Some("2023-02-28"),
                    ),
                    task("召开全市投资攻坚年大会，分解一季度及全年度投资目标。"),
                    task("做好安全生产工作。"),
                ],
            ),
            section(
                "城市建设",
                vec![
                    task("加快推进市民中心项目建设，确保主体结构年底前完工。"),
                    task("做好安全生产工作。"),
                ],
            ),
        ],
    );
    renumber(&mut d, 10);
    d
}

//! The external JSON schema printed by `duban-cli parse` (issue 3), mapped from the
//! richer model: leaders and units as plain strings, deadline as its text.

use super::model::{self, Outline};
use serde::Serialize;

#[derive(Serialize)]
pub struct Output<'a> {
    pub documents: Vec<Document<'a>>,
    pub ignored: Vec<Ignored<'a>>,
    pub warnings: Vec<Warning<'a>>,
}

#[derive(Serialize)]
pub struct Document<'a> {
    pub title: Option<&'a str>,
    pub doc_number: Option<&'a str>,
    pub issuer: Option<&'a str>,
    pub date: Option<&'a str>,
    pub nodes: Vec<Node<'a>>,
}

#[derive(Serialize)]
pub struct Node<'a> {
    pub number: Option<&'a str>,
    pub text: &'a str,
    pub kind: &'static str,
    pub leaders: Vec<&'a str>,
    pub lead_units: Vec<&'a str>,
    pub coop_units: Vec<&'a str>,
    pub deadline: Option<&'a str>,
    pub line: usize,
    pub children: Vec<Node<'a>>,
}

#[derive(Serialize)]
pub struct Ignored<'a> {
    pub line: usize,
    pub text: &'a str,
    pub reason: &'a str,
}

#[derive(Serialize)]
pub struct Warning<'a> {
    pub line: usize,
    pub message: &'a str,
}

impl<'a> Output<'a> {
    pub fn new(o: &'a Outline) -> Output<'a> {
        Output {
            documents: o
                .documents
                .iter()
                .map(|d| Document {
                    title: d.title.as_deref(),
                    doc_number: d.doc_number.as_deref(),
                    issuer: d.issuer.as_deref(),
                    date: d.date.as_deref(),
                    nodes: d.nodes.iter().map(node).collect(),
                })
                .collect(),
            ignored: o
                .ignored
                .iter()
                .map(|i| Ignored {
                    line: i.line,
                    text: &i.text,
                    reason: &i.reason,
                })
                .collect(),
            warnings: o
                .warnings
                .iter()
                .map(|w| Warning {
                    line: w.line,
                    message: &w.message,
                })
                .collect(),
        }
    }
}

/// Tree depth is bounded by the number of numbering styles, so recursion is shallow.
fn node(n: &model::Node) -> Node<'_> {
    Node {
        number: n.number.as_deref(),
        text: &n.text,
        kind: match n.kind {
            model::NodeKind::Section => "section",
            model::NodeKind::Task => "task",
        },
        leaders: n.leaders.iter().map(|l| l.name.as_str()).collect(),
        lead_units: n.lead_units.iter().map(|u| u.name.as_str()).collect(),
        coop_units: n.coop_units.iter().map(|u| u.name.as_str()).collect(),
        deadline: n.deadline.as_ref().map(|d| d.text.as_str()),
        line: n.line,
        children: n.children.iter().map(node).collect(),
    }
}

/// The outline as the CLI's JSON text (pretty-printed).
pub fn to_json(o: &Outline) -> String {
    serde_json::to_string_pretty(&Output::new(o))
        .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_keys() {
        let o = crate::parser::parse("一、综合\n(一)做好工作。\n牵头单位:市发改局\n");
        let v: serde_json::Value = serde_json::from_str(&to_json(&o)).unwrap();
        let d = &v["documents"][0];
        for k in ["title", "doc_number", "issuer", "date", "nodes"] {
            assert!(d.get(k).is_some(), "{k}");
        }
        let t = &d["nodes"][0]["children"][0];
        assert_eq!(t["number"], "(一)");
        assert_eq!(t["kind"], "task");
        assert_eq!(t["lead_units"][0], "市发改局");
        assert_eq!(t["line"], 2);
        assert!(t["deadline"].is_null());
        let keys: Vec<&String> = t.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 9);
    }
}

//! The parser's output: documents of sections and tasks, each with who does what.
//!
//! These types are what the app displays and what `duban-cli parse` prints
//! (through [`crate::parser::json`], which writes the exact external schema).

use serde::{Deserialize, Serialize};

/// Everything one paste turns into.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outline {
    pub documents: Vec<Document>,
    /// Non-blank input lines that are in no node, each with the reason.
    pub ignored: Vec<IgnoredLine>,
    /// Remarks for whoever drafted or checks the document; never fatal.
    pub warnings: Vec<Warning>,
}

/// One document of the paste (a paste may hold several).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub title: Option<String>,
    /// 文号, e.g. 慈政办发〔2023〕9号.
    pub doc_number: Option<String>,
    pub issuer: Option<String>,
    /// YYYY-MM-DD.
    pub date: Option<String>,
    /// The period the plan covers as written, e.g. 2023年2月份, 2021年.
    pub period: Option<String>,
    pub nodes: Vec<Node>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    Section,
    Task,
}

/// A numbered item of the outline (or an unnumbered paragraph that carries work).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// The number as written, e.g. "（一）", "1.", "一、"; None for unnumbered items.
    pub number: Option<String>,
    /// The text without its number and without the responsibility clause.
    pub text: String,
    pub kind: NodeKind,
    /// Effective leaders: the node's own plus those inherited from headings.
    pub leaders: Vec<Leader>,
    /// Effective lead units (牵头单位 / 责任单位).
    pub lead_units: Vec<Unit>,
    /// Effective cooperating units (配合单位).
    pub coop_units: Vec<Unit>,
    pub deadline: Option<Deadline>,
    /// 1-based input line where the node starts.
    pub line: usize,
    /// Last 1-based input line that belongs to the node itself (not its children).
    pub end_line: usize,
    /// Unnumbered paragraphs under the heading (e.g. "目标任务:…"), lines joined;
    /// empty when there are none. Not part of the CLI JSON.
    #[serde(default)]
    pub body: String,
    pub children: Vec<Node>,
}

/// A leader (牵头领导): a person with a post, or a post alone ("市长").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Leader {
    /// As written, full-width ASCII folded: "胡海达", or the post when no name is given ("副市长").
    pub name: String,
    /// The post when a name is also given: "常务副市长".
    pub post: Option<String>,
}

impl Leader {
    /// The leaders as the user reads them: "胡海达（常务副市长）、市长".
    pub fn list(leaders: &[Leader]) -> String {
        let names: Vec<String> = leaders
            .iter()
            .map(|l| match &l.post {
                Some(post) => format!("{}（{post}）", l.name),
                None => l.name.clone(),
            })
            .collect();
        names.join("、")
    }
}

/// A responsible unit as written, with the key under which variants group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    /// As written, full-width ASCII folded to half width: "市委组织部(市人才办)".
    pub name: String,
    /// Grouping key: width, spaces and bracket variants folded.
    pub key: String,
    /// A collective entry rather than one unit: 各镇(街道), 市级有关部门, 区政府各部门.
    pub collective: bool,
}

impl Unit {
    /// The units as the user reads them: "市发改局、市统计局".
    pub fn list(units: &[Unit]) -> String {
        let names: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
        names.join("、")
    }
}

/// A deadline as written, plus the date it implies where the text and the year tell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// As written: "6月底前", "2023年底前完成", "年内", "持续推进".
    pub text: String,
    /// YYYY-MM-DD where one follows, e.g. 6月底前 in a 2023 document → 2023-06-30.
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IgnoredLine {
    /// 1-based input line.
    pub line: usize,
    pub text: String,
    /// Why, in Chinese, for the user: "网页导航", "抄送", "印发", "签署", ...
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// 1-based input line.
    pub line: usize,
    /// In Chinese, for the user.
    pub message: String,
}

impl Node {
    /// This node and all its descendants, depth first.
    pub fn walk(&self) -> impl Iterator<Item = &Node> {
        let mut stack = vec![self];
        std::iter::from_fn(move || {
            let node = stack.pop()?;
            stack.extend(node.children.iter().rev());
            Some(node)
        })
    }
}

impl Document {
    /// All nodes of the document, depth first.
    pub fn walk(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().flat_map(Node::walk)
    }

    pub fn tasks(&self) -> impl Iterator<Item = &Node> {
        self.walk().filter(|n| n.kind == NodeKind::Task)
    }
}

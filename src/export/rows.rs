//! The rows of the 台账: one per task of the current view, in document order, with the
//! columns every export format shares.

use serde::{Deserialize, Serialize};

use crate::filter::{Filter, Matches, OutlineIndex};
use crate::parser::{Leader, Unit};

/// The column headers of the 台账 (Excel and CSV), in order.
pub const COLUMNS: [&str; 10] = [
    "序号",
    "所属章节",
    "原文编号",
    "任务内容",
    "牵头领导",
    "牵头单位",
    "配合单位",
    "完成时限",
    "状态",
    "备注",
];

/// One task as exported. Lists are already joined with "、", so every format writes the
/// same words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// 1-based position in the export.
    pub ordinal: usize,
    /// The document's title when the paste holds several documents (else empty).
    #[serde(default)]
    pub document: String,
    /// The top-level section, "一、总体要求"; empty for a task outside any section.
    pub section: String,
    /// The task's number as written ("（一）", "1."): people refer to tasks by it.
    pub number: String,
    /// The task's text without its number, then its unnumbered paragraphs (目标任务：…)
    /// on lines of their own.
    pub text: String,
    /// "胡海达（常务副市长）、市长".
    pub leaders: String,
    pub lead_units: String,
    pub coop_units: String,
    /// The deadline as written: "6月底前".
    pub deadline: String,
    /// The checklist status (已完成 / 未到期 / 临近 / 逾期 / 无期限); empty when unknown.
    pub status: String,
    /// The user's note on the task.
    pub note: String,
}

impl Row {
    /// The 所属章节 cell: the section, after 《document title》 when the paste holds
    /// several documents.
    pub fn section_cell(&self) -> String {
        if self.document.is_empty() {
            self.section.clone()
        } else {
            format!("《{}》{}", self.document, self.section)
        }
    }

    /// The cells in the order of [`COLUMNS`].
    pub fn cells(&self) -> [String; 10] {
        [
            self.ordinal.to_string(),
            self.section_cell(),
            self.number.clone(),
            self.text.clone(),
            self.leaders.clone(),
            self.lead_units.clone(),
            self.coop_units.clone(),
            self.deadline.clone(),
            self.status.clone(),
            self.note.clone(),
        ]
    }
}

/// Everything an export of the current view holds: what it is, and its rows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    /// The document title(s), "督办清单" when the paste has none.
    pub title: String,
    /// The filter in words ("全部任务" when there is none).
    pub filter: String,
    /// The export date, YYYY-MM-DD.
    pub date: String,
    pub rows: Vec<Row>,
}

/// The status and note the checklist has for a task (by node index).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mark {
    pub status: String,
    pub note: String,
}

impl Ledger {
    /// The matched tasks of the view in document order. `mark(i)` gives the checklist
    /// status and note of task `i`; `date` is today, YYYY-MM-DD.
    pub fn of_view(
        index: &OutlineIndex,
        filter: &Filter,
        matches: &Matches,
        date: &str,
        mut mark: impl FnMut(usize) -> Mark,
    ) -> Ledger {
        let several = index.document_count() > 1;
        let mut rows = Vec::with_capacity(matches.task_count);
        for (i, node) in index.nodes().iter().enumerate() {
            if !node.is_task() || !matches.matched.get(i).copied().unwrap_or(false) {
                continue;
            }
            let document = match index.doc_titles.get(node.doc) {
                Some(Some(t)) if several => t.clone(),
                _ => String::new(),
            };
            let Mark { status, note } = mark(i);
            rows.push(Row {
                ordinal: rows.len() + 1,
                document,
                section: node.section_title.clone(),
                number: node.number.clone().unwrap_or_default(),
                text: if node.body.is_empty() {
                    node.text.clone()
                } else {
                    format!("{}\n{}", node.text, node.body)
                },
                leaders: Leader::list(&node.leaders),
                lead_units: Unit::list(&node.lead_units),
                coop_units: Unit::list(&node.coop_units),
                deadline: node
                    .deadline
                    .as_ref()
                    .map(|d| d.text.clone())
                    .unwrap_or_default(),
                status,
                note,
            });
        }
        Ledger {
            title: title_of(index),
            filter: index.describe(filter),
            date: date.to_owned(),
            rows,
        }
    }
}

/// The titles of the documents joined with " / ", or "督办清单".
pub fn title_of(index: &OutlineIndex) -> String {
    let titles: Vec<&str> = index
        .doc_titles
        .iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if titles.is_empty() {
        "督办清单".to_owned()
    } else {
        titles.join(" / ")
    }
}

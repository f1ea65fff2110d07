//! The rows of the 台账: one per task of the current view, in document order, with the
//! columns every export format shares.

use serde::{Deserialize, Serialize};

use crate::filter::{Filter, Matches, OutlineIndex, Role};
use crate::parser::{Leader, Unit};

/// The column headers of the 台账 (Excel and CSV), in order.
pub const COLUMNS: [&str; 11] = [
    "序号",
    "所属章节",
    "原文编号",
    "任务内容",
    "牵头领导",
    "牵头单位",
    "配合单位",
    "完成时限",
    "我的期限",
    "状态",
    "备注",
];

/// The column headers of a unit's sheet ([`UnitLedger`]): its role first, then the
/// columns of the 台账 without 序号 (tasks are numbered as in the source).
pub const UNIT_COLUMNS: [&str; 11] = [
    "本单位",
    "所属章节",
    "原文编号",
    "任务内容",
    "牵头领导",
    "牵头单位",
    "配合单位",
    "完成时限",
    "我的期限",
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
    /// Every heading above the task, outermost first, as written ("一、总体要求",
    /// "（二）…"): the chat text shows them, so that the task can be found in the
    /// document.
    #[serde(default)]
    pub path: Vec<String>,
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
    /// The user's own due date (我的期限), YYYY-MM-DD; empty when none.
    #[serde(default)]
    pub my_due: String,
    /// The checklist status (已完成 / 未到期 / 临近 / 逾期 / 无期限) against the date in
    /// force (the user's due date, else the deadline's); empty when unknown.
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
    pub fn cells(&self) -> [String; 11] {
        [
            self.ordinal.to_string(),
            self.section_cell(),
            self.number.clone(),
            self.text.clone(),
            self.leaders.clone(),
            self.lead_units.clone(),
            self.coop_units.clone(),
            self.deadline.clone(),
            self.my_due.clone(),
            self.status.clone(),
            self.note.clone(),
        ]
    }

    /// The task's heading line in a chat text: its number as written and its text
    /// ("· " for a task without number).
    pub fn heading(&self) -> String {
        let number = if self.number.is_empty() {
            "· "
        } else {
            &self.number
        };
        format!("{number}{}", self.text)
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

/// What the checklist has for a task (by node index): its status, note, and the
/// user's own due date (empty when none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mark {
    pub status: String,
    pub note: String,
    pub due: String,
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
            let Mark { status, note, due } = mark(i);
            let mut path: Vec<String> = index.ancestors(i).map(|a| index.node(a).title()).collect();
            path.reverse();
            rows.push(Row {
                ordinal: rows.len() + 1,
                document,
                section: node.section_title.clone(),
                path,
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
                my_due: due,
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

/// A unit's tasks in the view: those it leads, then those it cooperates on, each in
/// document order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitSheet {
    /// The unit's name, as the document most often writes it.
    pub unit: String,
    pub lead: Vec<Row>,
    pub coop: Vec<Row>,
}

/// 分单位导出: the view's tasks unit by unit, for sending each unit its own list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitLedger {
    pub title: String,
    pub filter: String,
    pub date: String,
    /// Every unit with a task in the view, the unit with the most first (as the unit
    /// list orders them).
    pub units: Vec<UnitSheet>,
}

impl UnitLedger {
    /// The units of the tasks of `ledger` (the view's, with their marks): each unit's
    /// rows, taken from `ledger` by task, lead tasks first.
    pub fn of_view(
        index: &OutlineIndex,
        filter: &Filter,
        matches: &Matches,
        date: &str,
        mark: impl FnMut(usize) -> Mark,
    ) -> UnitLedger {
        let ledger = Ledger::of_view(index, filter, matches, date, mark);
        // The row of each matched task, by node index.
        let tasks: Vec<usize> = index
            .nodes()
            .iter()
            .enumerate()
            .filter(|(i, n)| n.is_task() && matches.matched.get(*i).copied().unwrap_or(false))
            .map(|(i, _)| i)
            .collect();
        let row_of = |i: usize| tasks.binary_search(&i).ok().map(|at| &ledger.rows[at]);
        let mut units = Vec::new();
        for stat in index.units() {
            let of_unit = index.tasks_of_unit(&stat.key);
            let mut sheet = UnitSheet {
                unit: stat.name.clone(),
                ..UnitSheet::default()
            };
            for t in of_unit.groups.iter().flat_map(|g| &g.tasks) {
                let Some(row) = row_of(t.node) else { continue };
                match t.role {
                    Role::Lead => sheet.lead.push(row.clone()),
                    _ => sheet.coop.push(row.clone()),
                }
            }
            // Groups come in document order, and tasks in each group: so does each list.
            if !sheet.lead.is_empty() || !sheet.coop.is_empty() {
                units.push(sheet);
            }
        }
        UnitLedger {
            title: ledger.title,
            filter: ledger.filter,
            date: ledger.date,
            units,
        }
    }
}

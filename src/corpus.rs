//! Scores the parser against the hand-labelled corpus in `tests/corpus/` (see its
//! README for the label format). Used by `duban-cli eval-corpus` (which
//! `scripts/eval-corpus` runs) and by the native test that keeps every document at or
//! above its recorded floor.
//!
//! What is measured, per document and overall:
//! - whether the task count is exact (all documents of the paste together);
//! - for each labelled task, found by its number and the start of its text, the
//!   leaders, lead units and cooperating units against the label's, as sets of
//!   [`entry_key`]s: true positives, false positives (invented or misplaced) and false
//!   negatives (missed);
//! - on documents that are not task lists, how many tasks and responsibilities the
//!   parser invented (the target is none).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::parser::{self, normalise, Document, Node, NodeKind, Outline};

/// One document's label file (`cNNN_slug.json`).
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub source: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub province: String,
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub forms: Vec<String>,
    #[serde(default)]
    pub truncated: bool,
    pub task_list: bool,
    pub tasks: usize,
    pub sections: usize,
    #[serde(default)]
    pub labelled: Vec<LabelledTask>,
}

/// What a careful reader assigns to one task.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledTask {
    pub number: Option<String>,
    pub text: String,
    #[serde(default)]
    pub leaders: Vec<String>,
    #[serde(default)]
    pub lead: Vec<String>,
    #[serde(default)]
    pub coop: Vec<String>,
    #[serde(default)]
    pub deadline: Option<String>,
}

/// True/false positives and false negatives of one kind of entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }

    /// Wrong entries: invented or missed.
    pub fn errors(self) -> usize {
        self.fp + self.fn_
    }

    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// 1.0 for 0/0: nothing expected and nothing found is right.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The three kinds of entries scored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fields {
    pub leaders: Counts,
    pub lead: Counts,
    pub coop: Counts,
}

impl Fields {
    fn add(&mut self, o: Fields) {
        self.leaders.add(o.leaders);
        self.lead.add(o.lead);
        self.coop.add(o.coop);
    }

    fn all(&self) -> [(&'static str, Counts); 3] {
        [
            ("leaders", self.leaders),
            ("lead", self.lead),
            ("coop", self.coop),
        ]
    }
}

/// The score of one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocScore {
    pub name: String,
    pub task_list: bool,
    pub tasks_expected: usize,
    pub tasks_found: usize,
    pub sections_expected: usize,
    pub sections_found: usize,
    pub fields: Fields,
    /// Labelled tasks the parser has no task for.
    pub tasks_missing: usize,
    /// Labelled deadlines found as written (or containing what is written).
    pub deadlines_right: usize,
    pub deadlines_labelled: usize,
    /// Responsibility entries (leaders and units, over all nodes) found in a document
    /// that is not a task list.
    pub invented: usize,
    /// Why each labelled entry was wrong, for whoever reads the report.
    #[serde(skip)]
    pub misses: Vec<String>,
    /// A line of the document neither in the outline nor in the ignored list (see
    /// [`parser::check_accounting`]): the first problem, when there is one.
    #[serde(skip)]
    pub lines_lost: Option<String>,
}

impl DocScore {
    pub fn tasks_exact(&self) -> bool {
        self.tasks_found == self.tasks_expected
    }
}

/// The scores of the whole corpus.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub docs: Vec<DocScore>,
}

/// The targets of issue 11.
pub const TARGET_TASKS_EXACT: f64 = 0.95;
pub const TARGET_F1: f64 = 0.95;

impl Report {
    pub fn fields(&self) -> Fields {
        let mut f = Fields::default();
        for d in &self.docs {
            f.add(d.fields);
        }
        f
    }

    pub fn tasks_exact(&self) -> usize {
        self.docs.iter().filter(|d| d.tasks_exact()).count()
    }

    pub fn invented(&self) -> usize {
        self.docs
            .iter()
            .filter(|d| !d.task_list)
            .map(|d| d.invented + d.tasks_found)
            .sum()
    }

    /// The targets not met, in words (empty when all are met).
    pub fn unmet(&self) -> Vec<String> {
        let mut out = Vec::new();
        let n = self.docs.len().max(1);
        let exact = self.tasks_exact() as f64 / n as f64;
        if exact < TARGET_TASKS_EXACT {
            out.push(format!(
                "task counts exact on {:.1} % of documents (target {:.0} %)",
                exact * 100.0,
                TARGET_TASKS_EXACT * 100.0
            ));
        }
        for (name, c) in self.fields().all() {
            if c.f1() < TARGET_F1 {
                out.push(format!("{name} F1 {:.3} (target {TARGET_F1})", c.f1()));
            }
        }
        let lost = self.docs.iter().filter(|d| d.lines_lost.is_some()).count();
        if lost > 0 {
            out.push(format!(
                "lines lost (neither in the outline nor ignored) in {lost} documents"
            ));
        }
        if self.invented() > 0 {
            out.push(format!(
                "{} tasks or responsibilities invented on documents that are not task lists",
                self.invented()
            ));
        }
        out
    }

    /// The report as text: a line per document, then the totals.
    pub fn table(&self, verbose: bool) -> String {
        let mut s = String::new();
        s.push_str("document                                  tasks    sect   leaders(tp/fp/fn) lead(tp/fp/fn)  coop(tp/fp/fn)  deadl\n");
        for d in &self.docs {
            let mark = if d.tasks_exact() { ' ' } else { '*' };
            let c = |c: Counts| format!("{}/{}/{}", c.tp, c.fp, c.fn_);
            s.push_str(&format!(
                "{:<40} {mark}{:>3}/{:<3} {:>3}/{:<3} {:<17} {:<15} {:<15} {}/{}{}\n",
                truncate(&d.name, 40),
                d.tasks_found,
                d.tasks_expected,
                d.sections_found,
                d.sections_expected,
                c(d.fields.leaders),
                c(d.fields.lead),
                c(d.fields.coop),
                d.deadlines_right,
                d.deadlines_labelled,
                if d.task_list {
                    String::new()
                } else {
                    format!("  not a task list: {} invented", d.invented + d.tasks_found)
                },
            ));
            if let Some(lost) = &d.lines_lost {
                s.push_str(&format!("    LINES LOST: {lost}\n"));
            }
            if verbose {
                for m in &d.misses {
                    s.push_str(&format!("    {m}\n"));
                }
            }
        }
        s.push_str(&self.summary());
        s
    }

    /// The figures over all documents: task counts exact, precision, recall and F1 of
    /// each field, deadlines, invented.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let n = self.docs.len();
        s.push_str(&format!(
            "\ndocuments: {n}; task counts exact: {} of {n} ({:.1} %)\n",
            self.tasks_exact(),
            100.0 * self.tasks_exact() as f64 / n.max(1) as f64
        ));
        for (name, c) in self.fields().all() {
            s.push_str(&format!(
                "{name:<8} precision {:.3}  recall {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})\n",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            ));
        }
        let (right, all): (usize, usize) = self.docs.iter().fold((0, 0), |(r, a), d| {
            (r + d.deadlines_right, a + d.deadlines_labelled)
        });
        s.push_str(&format!("deadlines right: {right} of {all}\n"));
        s.push_str(&format!(
            "invented on non-task documents: {}\n",
            self.invented()
        ));
        s
    }
}

fn truncate(s: &str, chars: usize) -> String {
    s.chars().take(chars).collect()
}

/// The key under which a labelled entry and a parsed one are compared: width, spaces,
/// brackets and Traditional script folded (as the unit key does), pinyin annotations
/// and word marks removed (as the parser removes them), and a trailing 等 dropped.
pub fn entry_key(s: &str) -> String {
    let k = parser::unit_key(&normalise::strip_insertions(s.trim()));
    let k = k.strip_suffix('等').unwrap_or(&k);
    k.to_owned()
}

fn fold_text(s: &str) -> String {
    normalise::strip_insertions(s)
        .chars()
        .map(normalise::key_char)
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Scores one document: `text` as stored, `label` as written by hand.
pub fn score(name: &str, text: &str, label: &Label) -> DocScore {
    let outline = parser::parse(text);
    let mut score = score_outline(name, text, &outline, label);
    score.lines_lost = parser::check_accounting(text, &outline).err();
    score
}

/// [`score`] of an outline already parsed from `text`.
pub fn score_outline(name: &str, text: &str, outline: &Outline, label: &Label) -> DocScore {
    let lines: Vec<&str> = text.lines().collect();
    let tasks_found = outline.documents.iter().map(|d| d.tasks().count()).sum();
    let sections_found = outline
        .documents
        .iter()
        .map(|d| {
            d.nodes
                .iter()
                .filter(|n| n.kind == NodeKind::Section)
                .count()
        })
        .sum();
    let mut score = DocScore {
        name: name.to_owned(),
        task_list: label.task_list,
        tasks_expected: label.tasks,
        tasks_found,
        sections_expected: label.sections,
        sections_found,
        ..DocScore::default()
    };
    if !label.task_list {
        score.invented = outline
            .documents
            .iter()
            .flat_map(Document::walk)
            .map(|n| n.leaders.len() + n.lead_units.len() + n.coop_units.len())
            .sum();
    }
    for t in &label.labelled {
        let node = find_task(outline, &lines, t);
        if node.is_none_or(|n| n.kind != NodeKind::Task) {
            score.tasks_missing += 1;
            score.misses.push(format!(
                "{} {}: no such task{}",
                t.number.as_deref().unwrap_or(""),
                t.text,
                if node.is_some() {
                    " (found as a section)"
                } else {
                    ""
                }
            ));
        }
        let (leaders, lead, coop): (Vec<String>, Vec<String>, Vec<String>) = match node {
            Some(n) => (
                n.leaders.iter().map(|l| l.name.clone()).collect(),
                n.lead_units.iter().map(|u| u.name.clone()).collect(),
                n.coop_units.iter().map(|u| u.name.clone()).collect(),
            ),
            None => Default::default(),
        };
        let what = format!("{} {}", t.number.as_deref().unwrap_or(""), t.text);
        score.fields.leaders.add(compare(
            &what,
            "leaders",
            &t.leaders,
            &leaders,
            &mut score.misses,
        ));
        score
            .fields
            .lead
            .add(compare(&what, "lead", &t.lead, &lead, &mut score.misses));
        score
            .fields
            .coop
            .add(compare(&what, "coop", &t.coop, &coop, &mut score.misses));
        if let Some(want) = &t.deadline {
            score.deadlines_labelled += 1;
            let got = node
                .and_then(|n| n.deadline.as_ref())
                .map(|d| d.text.as_str());
            let (w, g) = (fold_text(want), got.map(fold_text).unwrap_or_default());
            if !g.is_empty() && (g == w || g.contains(&w)) {
                score.deadlines_right += 1;
            } else {
                score
                    .misses
                    .push(format!("{what}: deadline {want:?}, found {got:?}"));
            }
        }
    }
    score
}

fn compare(
    what: &str,
    field: &str,
    want: &[String],
    got: &[String],
    misses: &mut Vec<String>,
) -> Counts {
    let w: BTreeSet<String> = want.iter().map(|s| entry_key(s)).collect();
    let g: BTreeSet<String> = got.iter().map(|s| entry_key(s)).collect();
    let c = Counts {
        tp: w.intersection(&g).count(),
        fp: g.difference(&w).count(),
        fn_: w.difference(&g).count(),
    };
    if c.errors() > 0 {
        misses.push(format!("{what}: {field} want {want:?}, found {got:?}"));
    }
    c
}

/// The node for a labelled task: the one whose number is the label's (folded) and
/// whose text holds the label's text (its heading, its paragraphs, or the lines it was
/// read from: a labeller may quote the paragraph that says who does it, which the
/// parser reads as a clause and does not show again); a task before a section.
fn find_task<'a>(outline: &'a Outline, lines: &[&str], t: &LabelledTask) -> Option<&'a Node> {
    let want_text = fold_text(&t.text);
    let want_number = t.number.as_deref().map(fold_text);
    let mut found: Option<&Node> = None;
    for n in outline.documents.iter().flat_map(Document::walk) {
        let number_ok = match (&want_number, &n.number) {
            (None, _) => true,
            (Some(w), Some(got)) => fold_text(got) == *w,
            (Some(_), None) => false,
        };
        let text = fold_text(&n.text);
        let text_ok = text.contains(&want_text)
            || (!want_text.is_empty() && fold_text(&n.body).contains(&want_text));
        if number_ok && text_ok {
            if n.kind == NodeKind::Task {
                return Some(n);
            }
            found.get_or_insert(n);
        }
    }
    // A task whose number is the label's, read from lines that hold the label's text
    // (a paragraph read as who does it). Asked after the headings and paragraphs: on a
    // page whose line breaks were lost one line holds many items.
    if found.is_none() && !want_text.is_empty() {
        if let Some(w) = &want_number {
            for n in outline.documents.iter().flat_map(Document::walk) {
                if n.kind != NodeKind::Task || n.number.as_deref().map(fold_text) != Some(w.clone())
                {
                    continue;
                }
                let from = n.line.saturating_sub(1).min(lines.len());
                let to = n.end_line.clamp(from, lines.len());
                if fold_text(&lines[from..to].concat()).contains(&want_text) {
                    return Some(n);
                }
            }
        }
    }
    // A task whose number the parser did not keep apart from its text (or read
    // differently): found by its text alone.
    if found.is_none() {
        for n in outline.documents.iter().flat_map(Document::walk) {
            let text = fold_text(&n.text);
            if text.contains(&want_text) {
                if n.kind == NodeKind::Task {
                    return Some(n);
                }
                found.get_or_insert(n);
            }
        }
    }
    found
}

/// How the documents are given to the parser: as found, or in another form a clerk
/// pastes the same document in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasteForm {
    AsFound,
    /// The tables between bars as Word, Excel or a browser copies them: the cells of
    /// each row between tabs (only the documents that have such rows are scored).
    Tabs,
    /// Every cell marked by bars on a line of its own without them, as some pages and
    /// PDF viewers copy a table: one cell per line (only the documents that have such
    /// cells are scored).
    Lines,
}

impl PasteForm {
    /// The form `--paste-form` names ("tabs", "lines").
    pub fn named(name: &str) -> Option<PasteForm> {
        match name {
            "tabs" => Some(PasteForm::Tabs),
            "lines" => Some(PasteForm::Lines),
            _ => None,
        }
    }

    /// The text in this form; None when the form leaves it as it is (it has no cells
    /// between bars), so that it says nothing of the form.
    pub fn rewrite(self, text: String) -> Option<String> {
        match self {
            PasteForm::AsFound => Some(text),
            PasteForm::Tabs => bars_to_tabs(&text),
            PasteForm::Lines => bars_to_lines(&text),
        }
    }
}

/// The text with each row of cells between bars ("序号 | 工作任务 | 责任单位 |") made a
/// row between tabs, as a copy from Word, Excel or a browser gives it; None when no
/// line has two cells between bars. A header the page wrote one cell per line
/// ("序号 |", "工作任务 |", …) right above a row of as many cells becomes one row too:
/// Word gives a table's header as a row like any other.
pub fn bars_to_tabs(text: &str) -> Option<String> {
    let bar = |c: char| c == '|' || c == '│';
    let cells = |l: &str| -> Vec<String> {
        let inner = l.trim().trim_matches(bar);
        inner.split(bar).map(|c| c.trim().to_string()).collect()
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let is_row = |l: &str| l.trim().trim_matches(bar).contains(bar);
    let is_lone_cell = |l: &str| {
        let t = l.trim();
        t.ends_with(bar) && !is_row(t) && !t.trim_matches(bar).trim().is_empty()
    };
    if !lines.iter().any(|l| is_row(l)) {
        return None;
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| is_lone_cell(l)).count();
        if run >= 2
            && lines
                .get(i + run)
                .is_some_and(|l| is_row(l) && cells(l).len() == run)
        {
            let header: Vec<String> = lines[i..i + run]
                .iter()
                .map(|l| cells(l).join(""))
                .collect();
            out.push(header.join("\t"));
            i += run;
            continue;
        }
        let l = lines[i];
        out.push(if is_row(l) {
            cells(l).join("\t")
        } else {
            l.to_string()
        });
        i += 1;
    }
    Some(out.join("\n"))
}

/// The text with every cell marked by bars ("序号 | 工作任务 |", "2024年底前 |") on a
/// line of its own without them, and lines of bars alone left out, as a copy one cell
/// per line gives it; None when no line has a bar.
pub fn bars_to_lines(text: &str) -> Option<String> {
    let bar = |c: char| c == '|' || c == '│';
    let mut changed = false;
    let mut out: Vec<&str> = Vec::new();
    for l in text.split('\n') {
        if !l.contains(bar) {
            out.push(l);
            continue;
        }
        changed = true;
        out.extend(l.split(bar).map(str::trim).filter(|c| !c.is_empty()));
    }
    changed.then(|| out.join("\n"))
}

/// Reads every `*.json` label in `dir` with its `.txt` and scores it, in name order.
pub fn evaluate_dir(dir: &Path) -> Result<Report, String> {
    evaluate_dir_as(dir, PasteForm::AsFound)
}

/// [`evaluate_dir`] with the texts in another paste form (documents that do not
/// change in that form are left out).
pub fn evaluate_dir_as(dir: &Path, form: PasteForm) -> Result<Report, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && n.starts_with('c') && n != "floor.json")
        .collect();
    names.sort();
    let mut docs = Vec::new();
    for n in names {
        let stem = n.trim_end_matches(".json");
        let label_path = dir.join(&n);
        let text_path = dir.join(format!("{stem}.txt"));
        let label: Label = serde_json::from_str(
            &std::fs::read_to_string(&label_path)
                .map_err(|e| format!("{}: {e}", label_path.display()))?,
        )
        .map_err(|e| format!("{}: {e}", label_path.display()))?;
        let text = std::fs::read_to_string(&text_path)
            .map_err(|e| format!("{}: {e}", text_path.display()))?;
        let Some(text) = form.rewrite(text) else {
            continue;
        };
        docs.push(score(stem, &text, &label));
    }
    Ok(Report { docs })
}

/// What is kept of a document's score as its floor: whether its task count is exact,
/// and its wrong entries per field, and what it invented.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Floor {
    pub tasks_exact: bool,
    pub leaders: usize,
    pub lead: usize,
    pub coop: usize,
    pub invented: usize,
}

impl Floor {
    pub fn of(d: &DocScore) -> Floor {
        Floor {
            tasks_exact: d.tasks_exact(),
            leaders: d.fields.leaders.errors(),
            lead: d.fields.lead.errors(),
            coop: d.fields.coop.errors(),
            invented: if d.task_list {
                0
            } else {
                d.invented + d.tasks_found
            },
        }
    }

    /// How `now` is worse than `self`, in words (empty when it is not).
    pub fn worse(&self, now: &Floor) -> Vec<String> {
        let mut out = Vec::new();
        if self.tasks_exact && !now.tasks_exact {
            out.push("task count no longer exact".to_owned());
        }
        for (name, was, is) in [
            ("leaders", self.leaders, now.leaders),
            ("lead units", self.lead, now.lead),
            ("cooperating units", self.coop, now.coop),
            ("invented", self.invented, now.invented),
        ] {
            if is > was {
                out.push(format!("{name}: {is} wrong, floor {was}"));
            }
        }
        out
    }
}

/// The floors of every document, by name.
pub fn floors(report: &Report) -> BTreeMap<String, Floor> {
    report
        .docs
        .iter()
        .map(|d| (d.name.clone(), Floor::of(d)))
        .collect()
}

/// The documents that score worse than `floor` records (a document the floor does not
/// know has no floor yet).
pub fn below_floor(report: &Report, floor: &BTreeMap<String, Floor>) -> Vec<String> {
    let mut out = Vec::new();
    for d in &report.docs {
        // Every line accounted for is no floor but a rule.
        if let Some(lost) = &d.lines_lost {
            out.push(format!("{}: lines lost: {lost}", d.name));
        }
        if let Some(f) = floor.get(&d.name) {
            for w in f.worse(&Floor::of(d)) {
                out.push(format!("{}: {w}", d.name));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows between bars become rows between tabs; other lines, and lines with one
    /// cell between bars ("2024年底 |", a cell per line), stay as they are.
    #[test]
    fn bar_rows_become_tab_rows() {
        let t = "标题\n| 序号 | 工作任务 | 责任单位 |\n1 | 做好甲项 | 市发改委\n2024年底 |\n";
        assert_eq!(
            bars_to_tabs(t).as_deref(),
            Some("标题\n序号\t工作任务\t责任单位\n1\t做好甲项\t市发改委\n2024年底 |\n")
        );
        assert_eq!(bars_to_tabs("标题\n2024年底 |\n"), None);
    }

    /// A header written one cell per line above a row of as many cells is a row of
    /// its own in the tab form (c9917); other cells alone on their lines stay.
    #[test]
    fn header_one_cell_per_line_becomes_a_tab_row() {
        let t = "序号 |\n工作任务 |\n责任单位 |\n1 | 做好甲项 | 市发改委\n备注 |\n说明 |\n";
        assert_eq!(
            bars_to_tabs(t).as_deref(),
            Some("序号\t工作任务\t责任单位\n1\t做好甲项\t市发改委\n备注 |\n说明 |\n")
        );
    }

    /// Cells marked by bars go one per line, bars alone go.
    #[test]
    fn bar_cells_go_one_per_line() {
        let t = "标题\n序号 | 工作任务 |\n|\n2024年底 |\n";
        assert_eq!(
            bars_to_lines(t).as_deref(),
            Some("标题\n序号\n工作任务\n2024年底\n")
        );
        assert_eq!(bars_to_lines("标题\n"), None);
    }

    fn label(json: &str) -> Label {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn scores_entries_as_sets_of_keys() {
        let text = "一、工作\n1.做好甲项工作。\n牵头单位：市發改委\n配合单位：市财政局、市统计局\n";
        let l = label(
            r#"{"source":"x","task_list":true,"tasks":1,"sections":1,"labelled":[
            {"number":"1.","text":"做好甲项","leaders":["王明"],"lead":["市发改委"],
             "coop":["市财政局"],"deadline":null}]}"#,
        );
        let s = score("t", text, &l);
        assert!(s.tasks_exact());
        assert_eq!(s.sections_found, 1);
        assert_eq!(
            s.fields.lead,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            s.fields.coop,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            s.fields.leaders,
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(s.misses.len(), 2);
    }

    /// A label that quotes the paragraph saying who does the task (which the parser
    /// reads as a clause and does not show again) finds the task by its number and
    /// the lines it was read from; on a page whose line breaks were lost, only after
    /// no heading or paragraph held the text.
    #[test]
    fn a_label_quoting_the_paragraph_of_who_finds_its_task() {
        let text = "(一)道路交通领域
镇派出所负责,交通部门配合,严厉查处超载。
                    (二)消防安全领域
镇应急办牵头,组织各村开展敲门行动。
";
        let l = label(
            r#"{"source":"x","task_list":true,"tasks":2,"sections":0,"labelled":[
            {"number":"(二)","text":"镇应急办牵头,组织各村","lead":["镇应急办"]}]}"#,
        );
        let s = score("t", text, &l);
        assert_eq!(s.tasks_missing, 0, "{:?}", s.misses);
        assert_eq!(s.fields.lead.tp, 1);
        let flat = "一、甲类 1.甲项工作,由市发改委负责。 二、乙类 1.乙项工作,由市财政局负责。";
        let l = label(
            r#"{"source":"x","task_list":true,"tasks":2,"sections":2,"labelled":[
            {"number":"1.","text":"乙项工作","lead":["市财政局"]}]}"#,
        );
        let s = score("t", flat, &l);
        assert_eq!(
            (s.fields.lead.tp, s.fields.lead.fp),
            (1, 0),
            "{:?}",
            s.misses
        );
    }

    #[test]
    fn a_missing_task_misses_all_its_entries() {
        let l = label(
            r#"{"source":"x","task_list":true,"tasks":3,"sections":0,"labelled":[
            {"number":"9.","text":"没有这一项","lead":["市发改委","市财政局"]}]}"#,
        );
        let s = score("t", "1.做好工作。\n", &l);
        assert!(!s.tasks_exact());
        assert_eq!(s.tasks_missing, 1);
        assert_eq!(s.fields.lead.fn_, 2);
    }

    #[test]
    fn non_task_documents_count_what_is_invented() {
        let l = label(r#"{"source":"x","task_list":false,"tasks":0,"sections":0}"#);
        let s = score("t", "1.做好工作。\n牵头单位：市发改委\n", &l);
        assert_eq!((s.tasks_found, s.invented), (1, 1));
        let r = Report { docs: vec![s] };
        assert_eq!(r.invented(), 2);
        assert!(!r.unmet().is_empty());
    }

    #[test]
    fn floors_catch_a_worse_document() {
        let was = Floor {
            tasks_exact: true,
            lead: 1,
            ..Floor::default()
        };
        assert!(was.worse(&was).is_empty());
        let now = Floor { lead: 2, ..was };
        assert_eq!(was.worse(&now).len(), 1);
        let now = Floor {
            tasks_exact: false,
            lead: 0,
            ..was
        };
        assert_eq!(was.worse(&now), ["task count no longer exact"]);
    }

    #[test]
    fn f1_of_nothing_is_one() {
        assert_eq!(Counts::default().f1(), 1.0);
        let c = Counts {
            tp: 1,
            fp: 1,
            fn_: 1,
        };
        assert!((c.f1() - 0.5).abs() < 1e-9);
    }
}

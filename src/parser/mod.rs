//! The parser: pasted text in, [`Outline`] out. Pure Rust, no web types, no regex.
//!
//! A pipeline of small stages, each in its own module with its own tests, each using
//! only what is below it:
//! 0. the ground: [`mod@normalise`] (char folds, line breaks, pinyin annotations),
//!    [`text`] (a folded text and its key sliced together, char offsets),
//!    [`words`] (every vocabulary, as data, with the filters built from it);
//! 1. [`numbering`] (the number at the start of a line), [`label`] (a label by its
//!    words: role words and an entity word), [`noise`] (page furniture, a table of
//!    rules), [`deadline`] and [`meta`] (dates, 文号, titles);
//! 2. [`lines`]: split into lines in their three views and classify each alone;
//!    items run together on one line are cut apart;
//! 3. [`resp`]: who does what in a clause, a bracket or a sentence; [`table`] and
//!    [`grid`]: table rows, with tabs or without (cells given to columns by kind);
//! 4. [`tree`]: units' duty entries run together on a line cut apart, then
//!    documents, preamble metadata, the item tree, joined lines, cover notices,
//!    tables in the text;
//! 5. `finish`: responsibilities read and passed down, section or task, pages that
//!    are not task lists, diagnostics, nested nodes.
//!
//! [`json`] writes the external schema printed by `duban-cli parse`.
//!
//! # API for the app
//! - [`parse`]: the whole outline; never panics.
//! - [`normalise()`]: the text as the parser reads it (width and spaces folded, LF
//!   line breaks, same line numbers); `parse(&normalise(s)) == parse(s)`.
//! - [`unit_key`]: the grouping key of a unit name ([`Unit::key`] holds it already).
//! - [`check_accounting`]: the "nothing is lost" invariant, for tests and debugging.
//! - [`Node::walk`], [`Document::walk`], [`Document::tasks`]: iteration.
//! - [`json::to_json`]: the CLI's JSON.
//!
//! # Decisions worth knowing
//! - Levels: each numbering style gets a rank by first appearance in a document; a
//!   new style whose first number continues the item above ("(五)" then "6.") takes
//!   that item's rank (and a "混用编号样式" warning).
//! - Kind: an item with children is a section; a leaf that names who does it is a
//!   task; a leaf under a framework heading (总体要求, 基本原则, 保障措施 …) is not;
//!   other leaves below the top level are tasks, and a top-level leaf is a task if
//!   its text is a sentence of work or the document has no nesting at all (so
//!   "一、中心工作" with a paragraph is a section). A page whose items name no one
//!   and whose title or headings say it is another kind of page (解读, 会议通知,
//!   公示 …) has no tasks, and a remark says so. A notice's own items before the
//!   plan it carries are ignored lines, not tasks.
//! - Responsibilities are read by grammar (see [`label`] and [`resp`]): a label is
//!   role words and an entity word; a value is a list or sentences in which a role
//!   verb marks every name before it ("X、Y牵头,Z配合", "由X负责", "X会同Y").
//!   Units are claimed and resolved per item: 责任单位 / "X负责" lead unless the
//!   item names leading units anywhere, then they cooperate; after
//!   "列第一位者为牵头…(下同)" the first listed unit leads and the rest cooperate.
//!   Leaders of headings ("胡海达常务副市长负责主抓工作") pass to every item below;
//!   units of a heading pass down too (own units first); a deadline passes down
//!   unless the item has its own.
//! - Several documents: a title-like line followed by a first item (or named in the
//!   cover letter's 《》), a new notice title after 抄送/印发, or the first style
//!   restarting at 一 starts a new document; it inherits 文号/issuer/date it lacks.
//! - Ignored lines keep their (display-folded) text and a Chinese reason; a
//!   responsibility line that belongs to no item is ignored and warned about.
//! - Website-footer words (主办单位:, 技术支持…) end a document only when its items
//!   do not go on after them; among tasks, "主办单位:X" is X leading.
//! - Tables: a cell with line breaks is one cell (Excel's quotes, or a Word row
//!   completed by the lines below it); cells without a column of their own are
//!   paragraphs, never dropped; the app's own 台账 (序号, 所属章节, 原文编号, …) reads
//!   back into its sections and tasks.
//! - A numbered line that no second number confirms, after an item that stops in
//!   the middle of a sentence, is a hard wrap ("推进" + "一、二期工程建设。").
//!
//! # Tools
//! `duban-cli parse FILE|-` prints the JSON; `scripts/bench-parser` measures speed
//! and memory; `scripts/fuzz-parser [SECONDS]` runs the cargo-fuzz target
//! `fuzz/fuzz_targets/parse.rs`.

pub mod deadline;
mod finish;
pub mod grid;
pub mod json;
pub mod label;
pub mod lines;
pub mod meta;
pub mod model;
pub mod noise;
pub mod normalise;
pub mod numbering;
pub mod pathological;
pub mod resp;
mod t2s;
pub mod table;
pub mod text;
pub mod tree;
pub mod words;

pub use model::*;
pub use normalise::normalise;
pub use resp::unit_key;

/// Parses a pasted document. Never panics, on any input.
///
/// Every non-blank input line ends up in a node's `[line, end_line]` span or in
/// `ignored` (see [`check_accounting`]).
pub fn parse(input: &str) -> Outline {
    // Pinyin annotations and word marks some sites insert ("學(xué)習(xí)", "广东@@省") go
    // before anything is read.
    let input = normalise::strip_insertions(input);
    let mut buf = String::new();
    let lines = tree::cut_duty_runs(tree::cut_run_tables(lines::split(&input, &mut buf)));
    let (docs, ignored, mut warnings) = tree::Builder::new(&lines).run();
    let documents = docs
        .into_iter()
        .map(|d| finish::finish(d, &mut warnings))
        .collect();
    crate::sort::sort_by_key(&mut warnings, |w| w.line);
    Outline {
        documents,
        ignored,
        warnings,
    }
}

/// Checks that every non-blank line of `input` is accounted for in `outline`: inside
/// a node's `[line, end_line]` span or listed in `ignored` (a line may be both only
/// when an ignored line sits inside a node's span, e.g. a page number between two
/// lines of one paragraph), never strictly inside one span and in another (several
/// items cut from one line share it at their ends; a section made from a table's
/// 所属章节 cell shares its row with its first task), never ignored twice.
/// Returns a description of the first problem.
pub fn check_accounting(input: &str, outline: &Outline) -> Result<(), String> {
    let lines: Vec<&str> = normalise::split_lines(input).collect();
    let mut spans = vec![0u32; lines.len() + 2];
    // Spans a line is strictly inside of (not their first or last line).
    let mut inner = vec![0u32; lines.len() + 2];
    let mut ign = vec![0u32; lines.len() + 2];
    for d in &outline.documents {
        for n in d.walk() {
            if n.line == 0 || n.end_line < n.line || n.end_line > lines.len() {
                return Err(format!(
                    "bad span {}..{} of {:?}",
                    n.line, n.end_line, n.number
                ));
            }
            // A section named by a table's 所属章节 cell is on the row of its first
            // task: that line counts once, for the task.
            let shares_first_row =
                n.line == n.end_line && n.children.first().is_some_and(|c| c.line == n.line);
            if shares_first_row {
                continue;
            }
            for s in &mut spans[n.line..=n.end_line] {
                *s += 1;
            }
            for s in &mut inner[(n.line + 1).min(n.end_line)..n.end_line] {
                *s += 1;
            }
        }
    }
    for i in &outline.ignored {
        match ign.get_mut(i.line) {
            Some(c) if i.line > 0 => *c += 1,
            _ => return Err(format!("ignored line {} out of range", i.line)),
        }
    }
    for (i, l) in lines.iter().enumerate() {
        let no = i + 1;
        let blank = l
            .chars()
            .map(normalise::fold_display)
            .all(|c| c == ' ' || c == '\t');
        // Items cut from one line (a page that lost its line breaks) share it: every
        // span on such a line must start or end there.
        if spans[no] > 1 && inner[no] > 0 {
            return Err(format!("line {no} is in {} node spans", spans[no]));
        }
        if ign[no] > 1 {
            return Err(format!("line {no} is ignored {} times", ign[no]));
        }
        if !blank && spans[no] + ign[no] == 0 {
            return Err(format!("line {no} is lost: {l:?}"));
        }
        if blank && ign[no] > 0 {
            return Err(format!("blank line {no} is ignored"));
        }
    }
    Ok(())
}

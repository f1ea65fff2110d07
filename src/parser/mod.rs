//! The parser: pasted text in, [`Outline`] out. Pure Rust, no web types.
//!
//! A pipeline of small stages, each in its own module with its own tests:
//! 1. [`normalise`]: char folding (width, spaces, Traditional keywords) and line breaks;
//! 2. [`lines`] + [`noise`]: split into lines and classify each alone (page noise,
//!    numbered, responsibility label, text);
//! 3. [`numbering`]: the number at the start of a line;
//! 4. [`tree`] + [`table`]: documents, preamble metadata, the item tree, joined
//!    lines, rows of tables copied from Word/Excel;
//! 5. [`resp`] + [`deadline`]: who does what, by when;
//! 6. [`finish`]: inheritance, section/task, diagnostics, nested nodes.
//!
//! [`json`] writes the external schema printed by `duban-cli parse`.

pub mod deadline;
mod finish;
pub mod json;
pub mod lines;
pub mod meta;
pub mod model;
pub mod noise;
pub mod normalise;
pub mod numbering;
pub mod resp;
pub mod table;
pub mod tree;

pub use model::*;
pub use normalise::normalise;
pub use resp::unit_key;

/// Parses a pasted document. Never panics, on any input.
///
/// Every non-blank input line ends up in a node's `[line, end_line]` span or in
/// `ignored` (see [`check_accounting`]).
pub fn parse(input: &str) -> Outline {
    let lines = lines::split(input);
    let (docs, ignored, mut warnings) = tree::Builder::new(&lines).run();
    let documents = docs
        .into_iter()
        .map(|d| finish::finish(d, &mut warnings))
        .collect();
    warnings.sort_by_key(|w| w.line);
    Outline {
        documents,
        ignored,
        warnings,
    }
}

/// Checks that every non-blank line of `input` is accounted for in `outline`: inside
/// exactly one node's `[line, end_line]` span or listed in `ignored` (a line may be
/// both only when an ignored line sits inside a node's span, e.g. a page number
/// between two lines of one paragraph), never in two spans, never ignored twice.
/// Returns a description of the first problem.
pub fn check_accounting(input: &str, outline: &Outline) -> Result<(), String> {
    let lines: Vec<&str> = normalise::split_lines(input).collect();
    let mut spans = vec![0u32; lines.len() + 2];
    let mut ign = vec![0u32; lines.len() + 2];
    for d in &outline.documents {
        for n in d.walk() {
            if n.line == 0 || n.end_line < n.line || n.end_line > lines.len() {
                return Err(format!(
                    "bad span {}..{} of {:?}",
                    n.line, n.end_line, n.number
                ));
            }
            for s in &mut spans[n.line..=n.end_line] {
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
        if spans[no] > 1 {
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

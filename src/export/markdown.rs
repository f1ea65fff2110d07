//! The outline of the current view as Markdown: sections as headings by depth, tasks as
//! list items with their number as written, who does what below each.

use std::fmt::Write;

use crate::filter::{Filter, Matches, OutlineIndex};

use super::rows::title_of;
use crate::parser::{Leader, Unit};

/// The visible nodes of `matches` (matched tasks and their sections), document by
/// document, under a heading with the title, the filter in words and `date`.
pub fn outline_markdown(
    index: &OutlineIndex,
    filter: &Filter,
    matches: &Matches,
    date: &str,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&title_of(index)));
    let _ = writeln!(
        out,
        "> {} · 共 {} 项任务 · 导出日期 {date}",
        escape(&index.describe(filter)),
        matches.task_count
    );
    let several = index.document_count() > 1;
    // Heading level of depth-0 sections: 2, or 3 under a heading per document.
    let base = if several { 3 } else { 2 };
    let mut doc = usize::MAX;
    for (i, node) in index.nodes().iter().enumerate() {
        if !matches.visible.get(i).copied().unwrap_or(false) {
            continue;
        }
        if several && node.doc != doc {
            doc = node.doc;
            let title = index.doc_titles[doc].as_deref().unwrap_or("（无标题文件）");
            let _ = writeln!(out, "\n## {}", escape(title));
        }
        let number = node.number.as_deref().unwrap_or("");
        if !node.is_task() {
            let level = (base + node.depth).min(6);
            let _ = writeln!(
                out,
                "\n{} {}{}\n",
                "#".repeat(level),
                escape(number),
                escape(&node.text)
            );
            // Its unnumbered paragraphs, one Markdown paragraph each.
            for paragraph in node.body.lines().filter(|p| !p.trim().is_empty()) {
                let _ = writeln!(out, "{}\n", escape(paragraph));
            }
            continue;
        }
        // Tasks under tasks nest as sub-items.
        let nesting = index
            .ancestors(i)
            .take_while(|&a| index.node(a).is_task())
            .count();
        let indent = "  ".repeat(nesting);
        let mut text = escape(&node.text);
        for paragraph in node.body.lines().filter(|p| !p.trim().is_empty()) {
            // A hard line break, then the paragraph, inside the same list item.
            let _ = write!(text, "\\\n{indent}  {}", escape(paragraph));
        }
        let head = if number.is_empty() {
            text
        } else {
            format!("**{}** {}", escape(number), text)
        };
        let duties = [
            ("牵头领导", Leader::list(&node.leaders)),
            ("牵头单位", Unit::list(&node.lead_units)),
            ("配合单位", Unit::list(&node.coop_units)),
            (
                "完成时限",
                node.deadline
                    .as_ref()
                    .map(|d| d.text.clone())
                    .unwrap_or_default(),
            ),
        ];
        let duties: Vec<String> = duties
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}：{}", escape(v)))
            .collect();
        if duties.is_empty() {
            let _ = writeln!(out, "{indent}- {head}");
        } else {
            // A backslash at the end of a line is a hard line break.
            let _ = writeln!(out, "{indent}- {head}\\\n{indent}  {}", duties.join("；"));
        }
    }
    out
}

/// Backslash-escapes the characters Markdown could read as markup, and joins lines.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escape("a*b_c\n#d"), "a\\*b\\_c \\#d");
        assert_eq!(escape("（一）推进"), "（一）推进");
    }
}

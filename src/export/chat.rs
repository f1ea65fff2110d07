//! Text to paste into a chat (WeChat, 浙政钉): the tasks of the view numbered as in the
//! document, under the headings they are under there, so that a colleague can find
//! each in the document; each with its leaders, units, deadlines, status and note on
//! short lines, no Markdown. And the same for one unit (分单位导出): what it leads,
//! then what it cooperates on.

use std::fmt::Write;

use super::rows::{Ledger, Row, UnitSheet};
use crate::checklist::Status;

/// The ledger as plain text; fields a task does not have are left out. A task with no
/// date that is not done has no status worth reporting ("无期限" is not a status, and
/// its 完成时限 already says "持续推进" or nothing), so its 状态 line is left out too.
pub fn chat_text(ledger: &Ledger) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "【{}】", ledger.title);
    let _ = writeln!(out, "{}，共 {} 项任务", ledger.filter, ledger.rows.len());
    write_rows(&mut out, &ledger.rows);
    out
}

/// One unit's tasks as plain text, to send it: its 牵头 tasks, then its 配合 tasks,
/// each under its headings as in [`chat_text`].
pub fn unit_chat_text(title: &str, date: &str, sheet: &UnitSheet) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "【{title}】");
    let _ = writeln!(
        out,
        "{}：牵头 {} 项，配合 {} 项（{date}）",
        sheet.unit,
        sheet.lead.len(),
        sheet.coop.len()
    );
    for (label, rows) in [("牵头的任务", &sheet.lead), ("配合的任务", &sheet.coop)] {
        if rows.is_empty() {
            continue;
        }
        let _ = write!(out, "\n＝＝ {label}（{} 项）＝＝\n", rows.len());
        write_rows(&mut out, rows);
    }
    out
}

/// The rows, each under the headings above it that the row before was not under.
fn write_rows(out: &mut String, rows: &[Row]) {
    // The headings (document title first, when there are several) printed last, and
    // the task after them: a task's sub-task is under it.
    let mut open: Vec<String> = Vec::new();
    for row in rows {
        let mut path: Vec<String> = Vec::with_capacity(row.path.len() + 1);
        if !row.document.is_empty() {
            path.push(format!("《{}》", row.document));
        }
        path.extend(row.path.iter().map(|h| one_line(h)));
        let shared = open.iter().zip(&path).take_while(|(a, b)| a == b).count();
        if shared < path.len() {
            out.push('\n');
            for heading in &path[shared..] {
                let _ = writeln!(out, "{heading}");
            }
        }
        out.push('\n');
        let status = if row.status.trim() == Status::NoDate.label() {
            ""
        } else {
            row.status.as_str()
        };
        let head = one_line(&row.heading());
        let _ = writeln!(out, "{head}");
        let fields = [
            ("牵头领导", row.leaders.as_str()),
            ("牵头单位", &row.lead_units),
            ("配合单位", &row.coop_units),
            ("完成时限", &row.deadline),
            ("我的期限", &row.my_due),
            ("状态", status),
            ("备注", &row.note),
        ];
        for (label, value) in fields {
            if !value.trim().is_empty() {
                let _ = writeln!(out, "   {label}：{}", one_line(value));
            }
        }
        // As its sub-tasks' headings name it: number and text, without its paragraphs.
        let own = row.text.lines().next().unwrap_or_default();
        path.push(one_line(&format!("{}{own}", row.number)));
        open = path;
    }
}

/// Line breaks inside a field would break the layout: join the lines with spaces.
fn one_line(s: &str) -> String {
    s.split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

//! Text to paste into a chat (WeChat, 浙政钉): the tasks of the view, numbered, each
//! with its leaders, units and deadline on short lines, no Markdown.

use std::fmt::Write;

use super::rows::Ledger;
use crate::checklist::Status;

/// The ledger as plain text; fields a task does not have are left out. A task with no
/// date that is not done has no status worth reporting ("无期限" is not a status, and
/// its 完成时限 already says "持续推进" or nothing), so its 状态 line is left out too.
pub fn chat_text(ledger: &Ledger) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "【{}】", ledger.title);
    let _ = writeln!(out, "{}，共 {} 项任务", ledger.filter, ledger.rows.len());
    for row in &ledger.rows {
        out.push('\n');
        let text = one_line(&row.text);
        let status = if row.status.trim() == Status::NoDate.label() {
            ""
        } else {
            row.status.as_str()
        };
        let _ = writeln!(out, "{}. {text}", row.ordinal);
        let fields = [
            ("牵头领导", row.leaders.as_str()),
            ("牵头单位", &row.lead_units),
            ("配合单位", &row.coop_units),
            ("完成时限", &row.deadline),
            ("状态", status),
            ("备注", &row.note),
        ];
        for (label, value) in fields {
            if !value.trim().is_empty() {
                let _ = writeln!(out, "   {label}：{}", one_line(value));
            }
        }
    }
    out
}

/// Line breaks inside a field would break the numbering: join the lines with spaces.
fn one_line(s: &str) -> String {
    s.split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

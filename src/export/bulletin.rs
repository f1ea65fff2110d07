//! The 通报 draft: what a 督查室 writes each month from the 推进情况表, ready to paste
//! into Word or WPS: the title, the totals (已完成 and 完成率, 达到序时进度, 滞后序时,
//! 严重滞后或逾期), a paragraph per task lit red then yellow with its 牵头单位, 进展 and
//! 问题, the 下一步要求, and the attachment line. As plain text, and as HTML whose
//! attachment is the 推进情况表 as a bordered table.
//!
//! Every text of the user's or of the document goes through [`escape_html`]: pasted
//! text is shown as text, never run as markup.

use super::progress_table::{day_label, month_label, ProgressRow, ProgressTable, PROGRESS_COLUMNS};
use crate::checklist::light::{Light, LightCounts};

/// The two flavours put on the clipboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bulletin {
    pub text: String,
    pub html: String,
}

/// The tallies of the totals paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub tasks: usize,
    /// 已完成.
    pub done: usize,
    /// 完成率 in whole percent, rounded down.
    pub done_percent: u32,
    /// 达到序时进度: 正常 and 临近.
    pub on_schedule: usize,
    /// 滞后序时: 滞后 (yellow).
    pub behind: usize,
    /// 严重滞后 or 逾期 (red).
    pub red: usize,
    /// Of them 逾期.
    pub overdue: usize,
    /// Neither a deadline nor a completion: no 亮灯.
    pub unlit: usize,
}

impl Totals {
    pub fn of(rows: &[ProgressRow]) -> Totals {
        let mut counts = LightCounts::default();
        for row in rows {
            counts.add(row.light);
        }
        Totals {
            tasks: counts.total(),
            done: counts.count(Light::Done),
            done_percent: counts.done_percent(),
            on_schedule: counts.count(Light::Normal) + counts.count(Light::Near),
            behind: counts.count(Light::Behind),
            red: counts.count(Light::SeriouslyBehind) + counts.count(Light::Overdue),
            overdue: counts.count(Light::Overdue),
            unlit: counts.unlit,
        }
    }
}

/// The paragraphs of the draft, each a kind and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Block {
    Title(String),
    /// Flush left: the addressee, the attachment line.
    Plain(String),
    Heading(String),
    /// Indented body text.
    Body(String),
}

/// The 通报 draft of `table`.
pub fn bulletin(table: &ProgressTable) -> Bulletin {
    let blocks = blocks(table);
    let mut text = String::new();
    for block in &blocks {
        match block {
            Block::Title(t) | Block::Plain(t) | Block::Heading(t) => text.push_str(t),
            Block::Body(t) => {
                text.push_str("　　");
                text.push_str(t);
            }
        }
        text.push('\n');
    }
    Bulletin {
        text,
        html: html(&blocks, table),
    }
}

/// The totals paragraph: "截至11月30日，50项重点工作已完成10项，完成率20%；…".
pub fn totals_paragraph(table: &ProgressTable) -> String {
    let t = Totals::of(&table.rows);
    let mut p = format!(
        "截至{}，{}项重点工作已完成{}项，完成率{}%；达到序时进度{}项，滞后序时{}项，严重滞后或逾期{}项",
        day_label(&table.day),
        t.tasks,
        t.done,
        t.done_percent,
        t.on_schedule,
        t.behind,
        t.red
    );
    if t.overdue > 0 {
        p.push_str(&format!("（其中逾期{}项）", t.overdue));
    }
    if t.unlit > 0 {
        p.push_str(&format!(
            "；另有{}项未明确完成时限、未填报完成比例，暂未纳入序时评价",
            t.unlit
        ));
    }
    p.push('。');
    p
}

/// A paragraph on a task lit red or yellow: `n` numbers it in its group, its text's
/// first line names it (the attached table has its number as in the source).
fn task_paragraph(n: usize, row: &ProgressRow) -> String {
    let first = row.text.lines().next().unwrap_or("");
    let mut p = format!("{n}.{first}");
    let mut about = Vec::new();
    if !row.lead_units.is_empty() {
        about.push(format!("牵头单位：{}", row.lead_units));
    }
    if !row.deadline.is_empty() {
        about.push(format!("完成时限：{}", row.deadline));
    }
    if !about.is_empty() {
        p.push_str(&format!("（{}）", about.join("；")));
    }
    let light = row.light.map_or("", Light::label);
    p.push_str(&format!("。亮灯：{light}"));
    if !row.completion.is_empty() {
        p.push_str(&format!("，完成比例{}", row.completion));
    }
    p.push('。');
    let progress = one_line(&row.progress);
    if progress.is_empty() {
        p.push_str("本月未报送进展情况。");
    } else {
        p.push_str(&format!("进展情况：{}", sentence(&progress)));
    }
    let problems = one_line(&row.problems);
    if !problems.is_empty() {
        p.push_str(&format!("存在问题：{}", sentence(&problems)));
    }
    p
}

/// Lines of a user's text joined into one paragraph.
fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("；")
}

/// `text` ending with a full stop (kept if it ends with one already).
fn sentence(text: &str) -> String {
    if text.ends_with(['。', '！', '？', '.', '!', '?', '；', ';']) {
        text.to_owned()
    } else {
        format!("{text}。")
    }
}

fn blocks(table: &ProgressTable) -> Vec<Block> {
    let month = month_label(&table.month);
    let mut out = vec![
        Block::Title(format!("关于{month}重点工作进展情况的通报")),
        Block::Plain("各有关单位：".to_owned()),
        Block::Body(format!(
            "现将{month}重点工作推进情况通报如下（统计范围：{}，{}）。",
            table.title, table.filter
        )),
        Block::Heading("一、总体情况".to_owned()),
        Block::Body(totals_paragraph(table)),
        Block::Heading("二、未达到序时进度的工作".to_owned()),
    ];
    let red: Vec<&ProgressRow> = table
        .rows
        .iter()
        .filter(|r| r.light.is_some_and(Light::is_red))
        .collect();
    let yellow: Vec<&ProgressRow> = table
        .rows
        .iter()
        .filter(|r| r.light == Some(Light::Behind))
        .collect();
    if red.is_empty() && yellow.is_empty() {
        out.push(Block::Body(format!(
            "截至{}，纳入统计的重点工作均达到序时进度或已完成。",
            day_label(&table.day)
        )));
    }
    let groups = [("严重滞后或逾期", &red), ("滞后序时进度", &yellow)];
    let mut k = 0;
    for (name, rows) in groups {
        if rows.is_empty() {
            continue;
        }
        k += 1;
        out.push(Block::Heading(format!(
            "（{}）{name}的工作（{}项）",
            ["一", "二"][k - 1],
            rows.len()
        )));
        for (n, row) in rows.iter().enumerate() {
            out.push(Block::Body(task_paragraph(n + 1, row)));
        }
    }
    out.push(Block::Heading("三、下一步要求".to_owned()));
    out.push(Block::Body(
        "（一）对未达到序时进度要求的目标任务，相关责任单位要认真组织整改，深入分析滞后原因，制定切实可行的整改措施，明确整改时限，确保按期完成。".to_owned(),
    ));
    out.push(Block::Body(
        "（二）各责任单位要对照任务清单和序时进度，按时报送每月工作进展情况，如实反映存在问题和下步打算。".to_owned(),
    ));
    out.push(Block::Body(
        "（三）已完成的任务要巩固成效、做好总结，临近完成时限的任务要加快推进，防止出现逾期。"
            .to_owned(),
    ));
    out.push(Block::Plain(format!("附件：{}", table.heading())));
    out
}

/// Text made safe inside HTML: `&`, `<`, `>`, quotes as entities; line breaks as `<br>`.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Borders on every cell, in the inline styles Word and WPS keep on paste.
const CELL: &str = "border:1px solid #000;padding:2pt 4pt;vertical-align:top;font-size:10.5pt";

fn html(blocks: &[Block], table: &ProgressTable) -> String {
    let mut out = String::from(
        "<div style=\"font-family:仿宋_GB2312,FangSong,仿宋,serif;font-size:16pt;line-height:1.5\">",
    );
    for block in blocks {
        let (style, text) = match block {
            Block::Title(t) => (
                "text-align:center;font-family:方正小标宋简体,小标宋,SimSun,宋体,serif;font-size:22pt;font-weight:bold",
                t,
            ),
            Block::Plain(t) => ("", t),
            Block::Heading(t) => ("font-family:黑体,SimHei,sans-serif", t),
            Block::Body(t) => ("text-indent:2em", t),
        };
        out.push_str(&format!(
            "<p style=\"margin:0;{style}\">{}</p>",
            escape_html(text)
        ));
    }
    let columns = PROGRESS_COLUMNS.len();
    out.push_str(&format!(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse;border:1px solid #000;width:100%;font-family:仿宋_GB2312,FangSong,仿宋,serif\">\
         <tr><td colspan=\"{columns}\" style=\"{CELL};text-align:center;font-weight:bold;font-size:14pt\">{}</td></tr><tr>",
        escape_html(&table.heading())
    ));
    for name in PROGRESS_COLUMNS {
        out.push_str(&format!(
            "<th style=\"{CELL};font-weight:bold;text-align:center\">{name}</th>"
        ));
    }
    out.push_str("</tr>");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row.cells() {
            out.push_str(&format!("<td style=\"{CELL}\">{}</td>", escape_html(&cell)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table></div>");
    out
}

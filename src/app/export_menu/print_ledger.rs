//! What 打印 prints: every task of the current view as a table (the outline on screen
//! renders in windows, so it may not hold them all), under the title and the filter in
//! words that the page's print heading shows, on A4 with page numbers.

use leptos::prelude::*;

use crate::app::highlight::visible;
use crate::export::{Ledger, COLUMNS};

/// Print-only rules; on screen the table is never shown.
pub const PRINT_CSS: &str = r#"
.print-ledger { display: none; }
@media print {
  .export-menu > :not(.print-ledger) { display: none !important; }
  main:has(.print-ledger) > :not(.print-heading):not(.export-menu) { display: none !important; }
  .print-ledger { display: block; }
  .print-ledger table { width: 100%; border-collapse: collapse; font-size: 9.5pt; table-layout: fixed; }
  .print-ledger th, .print-ledger td { border: 0.5pt solid #888; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
  .print-ledger thead { display: table-header-group; }
  .print-ledger tr { break-inside: avoid; }
  .print-ledger tr.doc-row th { background: #eee; font-size: 10.5pt; break-after: avoid; }
  /* Eleven columns: a 台账 is printed across the page (A4 landscape), the task text
     taking what the short columns leave; short columns are wide enough for a date,
     a status word or a number such as （十五） on one line. */
  .print-ledger col.narrow { width: 3em; }
  .print-ledger col.short { width: 5.5em; }
  .print-ledger col.mid { width: 8em; }
  .print-ledger col.wide { width: auto; }
  @page { size: A4 landscape; margin: 12mm 10mm; @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 9pt; } }
}
"#;

/// The width class of each of [`COLUMNS`] (序号, 所属章节, 原文编号, 任务内容, 牵头领导,
/// 牵头单位, 配合单位, 完成时限, 我的期限, 状态, 备注).
const COLUMN_WIDTHS: [&str; COLUMNS.len()] = [
    "narrow", "mid", "short", "wide", "short", "mid", "mid", "short", "short", "short", "mid",
];

#[component]
pub fn PrintLedger(ledger: Ledger) -> impl IntoView {
    // A paste of several documents: a heading row where each document starts, rather
    // than its title repeated in every 所属章节 cell (rows five lines tall on paper).
    let mut document = "";
    let rows = ledger
        .rows
        .iter()
        .map(|row| {
            let heading = (row.document != document).then(|| {
                document = &row.document;
                view! { <tr class="doc-row"><th colspan=COLUMNS.len()>{format!("《{}》", visible(&row.document))}</th></tr> }
            });
            let mut cells = row.cells();
            cells[1] = row.section.clone();
            view! {
                {heading}
                <tr>{cells.iter().map(|c| view! { <td>{visible(c)}</td> }).collect_view()}</tr>
            }
        })
        .collect_view();
    view! {
        <section class="print-ledger" data-testid="print-ledger">
            <p class="print-meta">
                {format!("共 {} 项任务　打印日期：{}", ledger.rows.len(), ledger.date)}
            </p>
            <table>
                <colgroup>
                    {COLUMN_WIDTHS.iter().map(|w| view! { <col class=*w/> }).collect_view()}
                </colgroup>
                <thead>
                    <tr>{COLUMNS.iter().map(|c| view! { <th>{*c}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

//! What 打印 prints: every task of the current view as a table (the outline on screen
//! renders in windows, so it may not hold them all), under the title and the filter in
//! words that the page's print heading shows, on A4 with page numbers.

use leptos::prelude::*;

use crate::export::{Ledger, COLUMNS};

/// Print-only rules; on screen the table is never shown.
pub const PRINT_CSS: &str = r#"
.print-ledger { display: none; }
@media print {
  .export-menu > :not(.print-ledger) { display: none !important; }
  main:has(.print-ledger) > :not(.print-heading):not(.export-menu) { display: none !important; }
  .print-ledger { display: block; }
  .print-ledger table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
  .print-ledger th, .print-ledger td { border: 0.5pt solid #888; padding: 2pt 4pt; vertical-align: top; text-align: left; }
  .print-ledger thead { display: table-header-group; }
  .print-ledger tr { break-inside: avoid; }
  @page { size: A4; margin: 15mm 12mm; @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 9pt; } }
}
"#;

#[component]
pub fn PrintLedger(ledger: Ledger) -> impl IntoView {
    let rows = ledger
        .rows
        .iter()
        .map(|row| {
            let cells = row.cells();
            view! { <tr>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }
        })
        .collect_view();
    view! {
        <section class="print-ledger" data-testid="print-ledger">
            <p class="print-meta">
                {format!("共 {} 项任务　打印日期：{}", ledger.rows.len(), ledger.date)}
            </p>
            <table>
                <thead>
                    <tr>{COLUMNS.iter().map(|c| view! { <th>{*c}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

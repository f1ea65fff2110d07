//! 导出与分享: the current view (after filters) as an Excel 台账, CSV, text for a chat,
//! Markdown, or on paper. The formats are written by [`crate::export`]; this component
//! only gathers the view, hands it on and tells the user what happened.

mod browser;
mod print_ledger;
mod xlsx_worker;

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::state::{use_workspace, Workspace};
use crate::checklist::status;
use crate::export::{
    chat_text, export_file_name, ledger_csv, outline_markdown, worker_protocol::XLSX_MIME, Ledger,
    Mark,
};
use print_ledger::{PrintLedger, PRINT_CSS};

/// How long a confirmation stays.
const CONFIRMATION: Duration = Duration::from_secs(6);

/// A message under the buttons.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Message {
    text: String,
    is_error: bool,
    /// Distinguishes equal texts, so that an older timer does not clear a newer one.
    serial: u32,
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let workspace = use_workspace();
    let message = RwSignal::new(None::<Message>);
    let excel_busy = RwSignal::new(false);
    // The ledger printed: set just before printing, cleared after.
    let printing = RwSignal::new(None::<Ledger>);
    let empty = move || workspace.shown.with(|s| s.matches.task_count == 0);

    let tell = move |text: String, is_error: bool| {
        let serial = message.with_untracked(|m| m.as_ref().map_or(0, |m| m.serial + 1));
        message.set(Some(Message {
            text,
            is_error,
            serial,
        }));
        if !is_error {
            set_timeout(
                move || {
                    if message.with_untracked(|m| m.as_ref().is_some_and(|m| m.serial == serial)) {
                        message.set(None);
                    }
                },
                CONFIRMATION,
            );
        }
    };
    let saved = move |result: Result<(), JsValue>, name: &str| match result {
        Ok(()) => tell(format!("已导出 {name}"), false),
        Err(err) => tell(format!("导出失败：{}", browser::describe_error(&err)), true),
    };

    let export_excel = move |_| {
        if excel_busy.get_untracked() {
            return;
        }
        excel_busy.set(true);
        tell("正在生成 Excel 台账…".to_owned(), false);
        let ledger = current_ledger(workspace);
        let name = file_name(workspace, "xlsx");
        xlsx_worker::request_xlsx(
            ledger,
            Box::new(move |result| {
                excel_busy.set(false);
                match result {
                    Ok(bytes) => saved(browser::download(&bytes, XLSX_MIME, &name), &name),
                    Err(text) => tell(text, true),
                }
            }),
        );
    };
    let export_csv = move |_| {
        let ledger = current_ledger(workspace);
        let name = file_name(workspace, "csv");
        let bytes = js_sys::Uint8Array::from(ledger_csv(&ledger.rows).as_slice());
        saved(
            browser::download(&bytes, "text/csv;charset=utf-8", &name),
            &name,
        );
    };
    let export_markdown = move |_| {
        let name = file_name(workspace, "md");
        let text = workspace.shown.with_untracked(|s| {
            workspace.filter.with_untracked(|f| {
                outline_markdown(&s.parsed.index, f, &s.matches, &browser::today())
            })
        });
        saved(
            browser::download(
                &JsValue::from_str(&text),
                "text/markdown;charset=utf-8",
                &name,
            ),
            &name,
        );
    };
    let copy_chat = move |_| {
        let ledger = current_ledger(workspace);
        let text = chat_text(&ledger);
        let count = ledger.rows.len();
        leptos::task::spawn_local(async move {
            match browser::copy_text(&text).await {
                Ok(()) => tell(
                    format!("已复制 {count} 项任务，可粘贴到微信、浙政钉等聊天窗口"),
                    false,
                ),
                Err(err) => tell(
                    format!(
                        "复制失败：{}。请允许浏览器访问剪贴板后重试",
                        browser::describe_error(&err)
                    ),
                    true,
                ),
            }
        });
    };
    let print = move |_| {
        printing.set(Some(current_ledger(workspace)));
        // Print once the table is on the page.
        request_animation_frame(|| {
            let _ = window().print();
        });
    };
    // Ctrl+P prints the same table as the button.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        if printing.with_untracked(Option::is_none) {
            printing.set(Some(current_ledger(workspace)));
        }
    });
    let _ = window_event_listener(leptos::ev::afterprint, move |_| printing.set(None));

    view! {
        <div class="export-menu" role="group" aria-label="导出与分享" data-testid="export-menu">
            <style>{PRINT_CSS}</style>
            <button data-export="xlsx" on:click=export_excel disabled=move || excel_busy.get() || empty()>
                "导出 Excel 台账"
            </button>
            <button data-export="csv" on:click=export_csv disabled=empty>"导出 CSV"</button>
            <button data-export="chat" on:click=copy_chat disabled=empty>"复制为聊天文本"</button>
            <button data-export="markdown" on:click=export_markdown disabled=empty>"导出 Markdown"</button>
            <button data-export="print" on:click=print>"打印"</button>
            <span class="export-message" class:error=move || message.with(|m| m.as_ref().is_some_and(|m| m.is_error))
                role="status" aria-live="polite" data-testid="export-message">
                {move || message.with(|m| m.as_ref().map(|m| m.text.clone()))}
            </span>
            {move || printing.get().map(|ledger| view! { <PrintLedger ledger/> })}
        </div>
    }
}

/// The matched tasks of the view, with their due status from the deadline.
// TODO(checklist): take done marks and notes from the checklist once the UI has it.
fn current_ledger(workspace: Workspace) -> Ledger {
    let today = browser::today();
    workspace.shown.with_untracked(|shown| {
        let index = &shown.parsed.index;
        workspace.filter.with_untracked(|filter| {
            Ledger::of_view(index, filter, &shown.matches, &today, |i| {
                let due = index
                    .node(i)
                    .deadline
                    .as_ref()
                    .and_then(|d| d.date.as_deref());
                Mark {
                    status: status(due, false, &today).label().to_owned(),
                    note: String::new(),
                }
            })
        })
    })
}

fn file_name(workspace: Workspace, ext: &str) -> String {
    let today = browser::today();
    workspace.shown.with_untracked(|shown| {
        workspace
            .filter
            .with_untracked(|f| export_file_name(&shown.parsed.index, f, &today, ext))
    })
}

//! 导出与分享: the current view (after filters) as an Excel 台账, CSV, text for a chat,
//! Markdown, or on paper. The formats are written by [`crate::export`]; this component
//! only gathers the view, hands it on and tells the user what happened.
//!
//! The buttons share one view type and one click handler that dispatches on [`Action`]:
//! every distinct Leptos view type costs code in the main bundle.

mod print_ledger;
mod xlsx_worker;

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::browser;
use super::checklist_state::{use_checklist, Checklist};
use super::state::{use_workspace, Workspace};
use crate::checklist::status;
use crate::export::{
    chat_text, export_file_name, ledger_csv, outline_markdown, worker_protocol::XLSX_MIME, Ledger,
    Mark,
};
use print_ledger::{PrintLedger, PRINT_CSS};

/// How long a confirmation stays.
const CONFIRMATION: Duration = Duration::from_secs(6);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Excel,
    Csv,
    Chat,
    Markdown,
    Print,
}

/// The buttons: action, `data-export` value, label.
const ACTIONS: [(Action, &str, &str); 5] = [
    (Action::Excel, "xlsx", "导出 Excel 台账"),
    (Action::Csv, "csv", "导出 CSV"),
    (Action::Chat, "chat", "复制为聊天文本"),
    (Action::Markdown, "markdown", "导出 Markdown"),
    (Action::Print, "print", "打印"),
];

/// A message under the buttons.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Message {
    text: String,
    is_error: bool,
    /// Distinguishes equal texts, so that an older timer does not clear a newer one.
    serial: u32,
}

/// The menu's state; `Copy`, so that handlers capture it whole.
#[derive(Clone, Copy)]
struct Menu {
    workspace: Workspace,
    checklist: Checklist,
    message: RwSignal<Option<Message>>,
    excel_busy: RwSignal<bool>,
    /// The ledger printed: set just before printing, cleared after.
    printing: RwSignal<Option<Ledger>>,
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let menu = Menu {
        workspace: use_workspace(),
        checklist: use_checklist(),
        message: RwSignal::new(None),
        excel_busy: RwSignal::new(false),
        printing: RwSignal::new(None),
    };
    // Ctrl+P prints the same table as the button.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        if menu.printing.with_untracked(Option::is_none) {
            menu.printing.set(Some(menu.ledger()));
        }
    });
    let _ = window_event_listener(leptos::ev::afterprint, move |_| menu.printing.set(None));
    let message = menu.message;
    view! {
        <div class="export-menu" role="group" aria-label="导出与分享" data-testid="export-menu">
            <style>{PRINT_CSS}</style>
            {ACTIONS
                .iter()
                .map(|&(action, key, label)| {
                    view! {
                        <button
                            data-export=key
                            on:click=move |_| menu.run(action)
                            disabled=move || menu.disabled(action)
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
            <span
                class="export-message"
                class:error=move || message.with(|m| m.as_ref().is_some_and(|m| m.is_error))
                role="status"
                aria-live="polite"
                data-testid="export-message"
            >
                {move || message.with(|m| m.as_ref().map(|m| m.text.clone()))}
            </span>
            {move || menu.printing.get().map(|ledger| view! { <PrintLedger ledger/> })}
        </div>
    }
}

impl Menu {
    fn disabled(self, action: Action) -> bool {
        match action {
            Action::Excel if self.excel_busy.get() => true,
            _ => self.workspace.shown.with(|s| s.matches.task_count == 0),
        }
    }

    fn run(self, action: Action) {
        match action {
            Action::Excel => self.export_excel(),
            Action::Csv => {
                let name = self.file_name("csv");
                let bytes = ledger_csv(&self.ledger().rows);
                let part = js_sys::Uint8Array::from(bytes.as_slice());
                self.saved(
                    browser::download(&part, "text/csv;charset=utf-8", &name),
                    &name,
                );
            }
            Action::Markdown => {
                let name = self.file_name("md");
                let text = self.workspace.shown.with_untracked(|s| {
                    self.workspace.filter.with_untracked(|f| {
                        outline_markdown(&s.parsed.index, f, &s.matches, &browser::today())
                    })
                });
                let part = JsValue::from_str(&text);
                self.saved(
                    browser::download(&part, "text/markdown;charset=utf-8", &name),
                    &name,
                );
            }
            Action::Chat => self.copy_chat(),
            Action::Print => {
                self.printing.set(Some(self.ledger()));
                // Print once the table is on the page.
                request_animation_frame(|| {
                    let _ = window().print();
                });
            }
        }
    }

    fn export_excel(self) {
        if self.excel_busy.get_untracked() {
            return;
        }
        self.excel_busy.set(true);
        self.tell("正在生成 Excel 台账…".to_owned(), false);
        let name = self.file_name("xlsx");
        xlsx_worker::request_xlsx(
            self.ledger(),
            Box::new(move |result| {
                self.excel_busy.set(false);
                match result {
                    Ok(bytes) => self.saved(browser::download(&bytes, XLSX_MIME, &name), &name),
                    Err(text) => self.tell(text, true),
                }
            }),
        );
    }

    fn copy_chat(self) {
        let ledger = self.ledger();
        let text = chat_text(&ledger);
        let count = ledger.rows.len();
        leptos::task::spawn_local(async move {
            match browser::copy_text(&text).await {
                Ok(()) => self.tell(
                    format!("已复制 {count} 项任务，可粘贴到微信、浙政钉等聊天窗口"),
                    false,
                ),
                Err(err) => self.tell(
                    format!(
                        "复制失败：{}。请允许浏览器访问剪贴板后重试",
                        browser::describe_error(&err)
                    ),
                    true,
                ),
            }
        });
    }

    fn saved(self, result: Result<(), JsValue>, name: &str) {
        match result {
            Ok(()) => self.tell(format!("已导出 {name}"), false),
            Err(err) => self.tell(format!("导出失败：{}", browser::describe_error(&err)), true),
        }
    }

    /// Shows `text`; a confirmation goes away after a while, an error stays.
    fn tell(self, text: String, is_error: bool) {
        let message = self.message;
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
    }

    /// The matched tasks of the view, with the user's checklist: status from the done
    /// mark and the personal due date (default: the parsed deadline), and the note.
    fn ledger(self) -> Ledger {
        let today = browser::today();
        self.workspace.shown.with_untracked(|shown| {
            let index = &shown.parsed.index;
            self.workspace.filter.with_untracked(|filter| {
                Ledger::of_view(index, filter, &shown.matches, &today, |i| {
                    let parsed_due = index.node(i).deadline.as_ref().and_then(|d| d.date.clone());
                    let mark = self
                        .checklist
                        .task_keys(i)
                        .and_then(|(_, doc, task)| {
                            self.checklist
                                .state
                                .with_untracked(|s| s.mark(&doc, &task).cloned())
                        })
                        .unwrap_or_default();
                    let due = mark.due_date(parsed_due.as_deref());
                    Mark {
                        status: status(due, mark.done.value, &today).label().to_owned(),
                        note: mark.note.value.clone(),
                    }
                })
            })
        })
    }

    fn file_name(self, ext: &str) -> String {
        let today = browser::today();
        self.workspace.shown.with_untracked(|shown| {
            self.workspace
                .filter
                .with_untracked(|f| export_file_name(&shown.parsed.index, f, &today, ext))
        })
    }
}

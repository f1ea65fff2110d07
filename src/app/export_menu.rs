//! 导出与分享: the current view (after filters) as an Excel 台账, CSV, text for a chat,
//! Markdown, the deadlines as a calendar file (.ics), or on paper; for a chosen month,
//! the 推进情况表 (Excel, CSV) and a 通报 draft to paste into Word; and 分单位导出, the view unit by unit (an .xlsx with a sheet
//! per unit, and a chat text for each unit). The formats are written by [`crate::export`]; this component
//! only gathers the view, hands it on and tells the user what happened. The .xlsx, CSV
//! and .ics files are written by the export worker ([`export_worker`], which also writes
//! the 单位名单 of [`super::unit_merge`]), so that the page does not link their writers;
//! the texts put on the clipboard are written here, as a clipboard write after a round
//! trip to the worker could lose the user's click.
//!
//! The buttons share one view type and one click handler that dispatches on [`Action`]:
//! every distinct Leptos view type costs code in the main bundle.

mod print_ledger;

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::browser;
use super::checklist_state::{use_checklist, Checklist};
use super::export_worker;
use super::state::{use_workspace, Workspace};
use crate::checklist::date::{add_days, valid_due};
use crate::checklist::light::{doc_year, Light};
use crate::checklist::status;
use crate::export::progress_table::report_day;
use crate::export::worker_protocol::{Export, ExportRequest, Format};
use crate::export::{
    bulletin, chat_text, export_file_name, outline_markdown, unit_chat_text, Ledger, Mark,
    ProgressTable, TaskCalendar, UnitLedger,
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
    Calendar,
    Print,
    ByUnit,
    ProgressExcel,
    ProgressCsv,
    Bulletin,
}

/// The buttons: action, `data-export` value, label.
const ACTIONS: [(Action, &str, &str); 7] = [
    (Action::Excel, "xlsx", "导出 Excel 台账"),
    (Action::Csv, "csv", "导出 CSV"),
    (Action::Chat, "chat", "复制为聊天文本"),
    (Action::Markdown, "markdown", "导出 Markdown"),
    (Action::Calendar, "ics", "导出到日历（.ics）"),
    (Action::Print, "print", "打印"),
    (Action::ByUnit, "by-unit", "分单位导出"),
];

/// The buttons of the month chosen beside them.
const MONTHLY: [(Action, &str, &str); 3] = [
    (
        Action::ProgressExcel,
        "progress-xlsx",
        "推进情况表（Excel）",
    ),
    (Action::ProgressCsv, "progress-csv", "推进情况表（CSV）"),
    (Action::Bulletin, "bulletin", "复制通报稿"),
];

/// Months offered for the 推进情况表 and the 通报: this one and the eleven before.
const MONTHS_OFFERED: usize = 12;

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
    /// A file is being written by the export worker.
    busy: RwSignal<bool>,
    /// The ledger printed: set just before printing, cleared after.
    printing: RwSignal<Option<Ledger>>,
    /// 分单位导出 is open.
    by_unit: RwSignal<bool>,
    /// The month of the 推进情况表 and the 通报, "YYYY-MM".
    month: RwSignal<String>,
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let menu = Menu {
        workspace: use_workspace(),
        checklist: use_checklist(),
        message: RwSignal::new(None),
        busy: RwSignal::new(false),
        printing: RwSignal::new(None),
        by_unit: RwSignal::new(false),
        month: RwSignal::new(browser::today()[..7].to_owned()),
    };
    // Ctrl+P prints the same table as the button.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        if menu.printing.with_untracked(Option::is_none) {
            menu.printing.set(Some(menu.ledger()));
        }
    });
    let _ = window_event_listener(leptos::ev::afterprint, move |_| menu.printing.set(None));
    let message = menu.message;
    // The buttons are one tab stop, ← and → moving between them (see `keyboard`): the
    // first is the stop until the user moves it.
    let button = move |&(action, key, label): &(Action, &'static str, &'static str)| {
        view! {
            <button
                class="rove"
                tabindex=if action == Action::Excel { "0" } else { "-1" }
                data-export=key
                on:click=move |_| menu.run(action)
                disabled=move || menu.disabled(action)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="export-menu" role="group" aria-label="导出与分享" data-testid="export-menu" data-rove-group="">
            <style>{PRINT_CSS}</style>
            {ACTIONS.iter().map(button).collect_view()}
            <span class="monthly" role="group" aria-label="月度推进情况">
                <label>
                    "月份 "
                    <select
                        data-testid="export-month"
                        prop:value=move || menu.month.get()
                        on:change:target=move |ev| menu.month.set(ev.target().value())
                    >
                        {recent_months(&browser::today())
                            .into_iter()
                            .map(|m| {
                                let label = format!("{}年{}月", &m[..4], m[5..].trim_start_matches('0'));
                                view! { <option value=m>{label}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
                {MONTHLY.iter().map(button).collect_view()}
            </span>
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
            // Follows the view (filters) and the marks while open.
            {move || menu.by_unit.get().then(|| {
                menu.workspace.shown.track();
                menu.checklist.state.track();
                menu.by_unit_panel(menu.unit_ledger())
            })}
        </div>
    }
}

impl Menu {
    fn disabled(self, action: Action) -> bool {
        match action {
            Action::Excel
            | Action::Csv
            | Action::Calendar
            | Action::ProgressExcel
            | Action::ProgressCsv
                if self.busy.get() =>
            {
                true
            }
            _ => self.workspace.shown.with(|s| s.matches.task_count == 0),
        }
    }

    fn run(self, action: Action) {
        match action {
            Action::Excel => self.request_file(Export::LedgerXlsx(self.ledger())),
            Action::Csv => self.request_file(Export::LedgerCsv(self.ledger())),
            Action::Markdown => {
                let name = self.file_name("md");
                let text = self.workspace.shown.with_untracked(|s| {
                    self.workspace.filter.with_untracked(|f| {
                        outline_markdown(&s.parsed.index, f, &s.matches, &browser::today())
                    })
                });
                let part = JsValue::from_str(&text);
                let done = format!("已导出 {name}");
                self.saved(
                    browser::download(&part, "text/markdown;charset=utf-8", &name),
                    done,
                );
            }
            Action::Chat => self.copy_chat(),
            Action::Calendar => self.export_calendar(),
            Action::ProgressExcel => {
                let table = self.progress_table();
                let name = self.progress_file_name(&table, Format::Xlsx.ext());
                self.request_named(Export::ProgressXlsx(table), name, None);
            }
            Action::ProgressCsv => {
                let table = self.progress_table();
                let name = self.progress_file_name(&table, Format::Csv.ext());
                self.request_named(Export::ProgressCsv(table), name, None);
            }
            Action::Bulletin => self.copy_bulletin(),
            Action::ByUnit => self.by_unit.update(|open| *open = !*open),
            Action::Print => {
                self.printing.set(Some(self.ledger()));
                // Print once the table is on the page.
                request_animation_frame(|| {
                    let _ = window().print();
                });
            }
        }
    }

    /// Asks the worker for the file of `export`, saved under the view's file name with
    /// the file's extension.
    fn request_file(self, export: Export) {
        let name = self.file_name(export.format().ext());
        self.request_named(export, name, None);
    }

    /// Asks the worker for the file of `export`, saved as `name`; then says `done` (by
    /// default, that the file was exported), or what went wrong.
    fn request_named(self, export: Export, name: String, done: Option<String>) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        self.tell(export.format().busy_message().to_owned(), false);
        let request = ExportRequest { id: 0, export };
        export_worker::request_file(
            request,
            Box::new(move |result| {
                self.busy.set(false);
                match result {
                    Ok(file) => {
                        let done = done.unwrap_or_else(|| format!("已导出 {name}"));
                        self.saved(browser::download(&file.bytes, &file.mime, &name), done);
                    }
                    Err(text) => self.tell(text, true),
                }
            }),
        );
    }

    /// The view's dated tasks as an .ics file (written by the worker, at this moment's
    /// time stamp); says how many had no date.
    fn export_calendar(self) {
        let today = browser::today();
        let calendar = self.workspace.shown.with_untracked(|shown| {
            self.workspace.filter.with_untracked(|filter| {
                TaskCalendar::of_view(
                    &shown.parsed.index,
                    filter,
                    &shown.matches,
                    &today,
                    |i| self.mark(i, &today),
                    |i| {
                        self.checklist
                            .task_keys(i)
                            .map(|(_, doc, task)| (doc, task))
                    },
                )
            })
        });
        if calendar.tasks.is_empty() {
            return self.tell(calendar.nothing_dated(), true);
        }
        let name = self.file_name(Format::Ics.ext());
        let done = calendar.report(&name);
        let export = Export::Calendar {
            calendar,
            now_ms: js_sys::Date::now(),
        };
        self.request_named(export, name, Some(done));
    }

    /// The 推进情况表 of the view for the chosen month, with the user's marks and the
    /// 亮灯 of the month's last day (today, for this month).
    fn progress_table(self) -> ProgressTable {
        let today = browser::today();
        let month = self.month.get_untracked();
        let day = report_day(&month, &today).unwrap_or(today);
        let settings = self
            .checklist
            .state
            .with_untracked(|s| s.prefs.light_settings());
        self.workspace.shown.with_untracked(|shown| {
            let years: Vec<Option<i64>> = shown
                .parsed
                .outline
                .documents
                .iter()
                .map(doc_year)
                .collect();
            self.workspace.filter.with_untracked(|filter| {
                ProgressTable::of_view(
                    &shown.parsed.index,
                    filter,
                    &shown.matches,
                    &month,
                    &day,
                    &years,
                    &settings,
                    |i| {
                        let (_, doc, task) = self.checklist.task_keys(i)?;
                        self.checklist
                            .state
                            .with_untracked(|s| s.mark(&doc, &task).cloned())
                    },
                )
            })
        })
    }

    /// "<title>-<unit>-<date>-11月份重点工作推进情况表.<ext>".
    fn progress_file_name(self, table: &ProgressTable, ext: &str) -> String {
        let name = self.file_name(ext);
        let stem = name.strip_suffix(&format!(".{ext}")).unwrap_or(&name);
        format!("{stem}-{}.{ext}", table.heading())
    }

    /// The 通报 draft on the clipboard, as text and as HTML (for Word and WPS).
    fn copy_bulletin(self) {
        let table = self.progress_table();
        let draft = bulletin(&table);
        let lit = |red: bool| {
            table
                .rows
                .iter()
                .filter(|r| match r.light {
                    Some(l) if red => l.is_red(),
                    Some(l) => l == Light::Behind,
                    None => false,
                })
                .count()
        };
        let done = format!(
            "已复制{}（红灯 {} 项，黄灯 {} 项），可直接粘贴到 Word 或 WPS",
            table.heading().replace("推进情况表", "通报稿"),
            lit(true),
            lit(false)
        );
        leptos::task::spawn_local(async move {
            let result = browser::copy_rich(&draft.text, &draft.html).await;
            self.copied(result, done);
        });
    }

    fn copy_chat(self) {
        let ledger = self.ledger();
        let text = chat_text(&ledger);
        let done = format!(
            "已复制 {} 项任务，可粘贴到微信、浙政钉等聊天窗口",
            ledger.rows.len()
        );
        self.copy(text, done);
    }

    /// Puts `text` on the clipboard and says `done`, or why it could not.
    fn copy(self, text: String, done: String) {
        leptos::task::spawn_local(async move {
            let result = browser::copy_text(&text).await;
            self.copied(result, done);
        });
    }

    /// Says `done` after a copy, or why the clipboard refused it.
    fn copied(self, result: Result<(), JsValue>, done: String) {
        match result {
            Ok(()) => self.tell(done, false),
            Err(err) => self.tell(
                format!(
                    "复制失败：{}。请允许浏览器访问剪贴板后重试",
                    browser::describe_error(&err)
                ),
                true,
            ),
        }
    }

    /// Says `done` after a download, or why it failed.
    fn saved(self, result: Result<(), JsValue>, done: String) {
        match result {
            Ok(()) => self.tell(done, false),
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

    /// What the checklist has for task `i` on `today`: the status against the date in
    /// force (the user's 我的期限, else the document's deadline), the note, and the
    /// user's due date.
    fn mark(self, i: usize, today: &str) -> Mark {
        let shown = self.workspace.shown.get_untracked();
        let parsed_due = shown
            .parsed
            .index
            .node(i)
            .deadline
            .as_ref()
            .and_then(|d| d.date.clone());
        let mark = self
            .checklist
            .task_keys(i)
            .and_then(|(_, doc, task)| {
                self.checklist
                    .state
                    .with_untracked(|s| s.mark(&doc, &task).cloned())
            })
            .unwrap_or_default();
        let mine = mark.due.value.as_deref().and_then(valid_due);
        let due = mine.or_else(|| parsed_due.as_deref().and_then(valid_due));
        Mark {
            status: status(due, mark.done.value, today).label().to_owned(),
            note: mark.note.value.clone(),
            due: mine.unwrap_or_default().to_owned(),
        }
    }

    /// The matched tasks of the view, with the user's checklist ([`Menu::mark`]).
    fn ledger(self) -> Ledger {
        let today = browser::today();
        self.workspace.shown.with_untracked(|shown| {
            let index = &shown.parsed.index;
            self.workspace.filter.with_untracked(|filter| {
                Ledger::of_view(index, filter, &shown.matches, &today, |i| {
                    self.mark(i, &today)
                })
            })
        })
    }

    /// The matched tasks of the view unit by unit, with the user's checklist.
    fn unit_ledger(self) -> UnitLedger {
        let today = browser::today();
        self.workspace.shown.with_untracked(|shown| {
            let index = &shown.parsed.index;
            self.workspace.filter.with_untracked(|filter| {
                UnitLedger::of_view(index, filter, &shown.matches, &today, |i| {
                    self.mark(i, &today)
                })
            })
        })
    }

    /// 分单位导出: the workbook with a sheet per unit, and each unit's chat text.
    fn by_unit_panel(self, book: UnitLedger) -> impl IntoView {
        let units = book.units.len();
        let title = book.title.clone();
        let date = book.date.clone();
        let rows = book
            .units
            .iter()
            .map(|sheet| {
                let text = unit_chat_text(&title, &date, sheet);
                let done = format!("已复制给{}的 {} 项任务", sheet.unit, sheet.lead.len() + sheet.coop.len());
                view! {
                    <li data-testid="unit-chat">
                        <span class="name">{super::highlight::visible(&sheet.unit)}</span>
                        <span class="meta">{format!("牵头 {} 项 · 配合 {} 项", sheet.lead.len(), sheet.coop.len())}</span>
                        <button type="button" on:click=move |_| self.copy(text.clone(), done.clone())>"复制聊天文本"</button>
                    </li>
                }
            })
            .collect_view();
        let book = StoredValue::new(book);
        view! {
            <section class="by-unit" data-testid="by-unit" aria-label="分单位导出">
                <p>
                    {format!("当前视图涉及 {units} 个单位。")}
                    <button type="button" data-testid="units-xlsx" disabled=move || self.busy.get() on:click=move |_| {
                        let name = self.file_name("xlsx").replace(".xlsx", "-分单位.xlsx");
                        self.request_named(Export::UnitsXlsx(book.get_value()), name, None);
                    }>"下载分单位 Excel（每个单位一张工作表）"</button>
                </p>
                <ul class="unit-chats">{rows}</ul>
            </section>
        }
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

/// "YYYY-MM" of the month of `today` ("YYYY-MM-DD") and of the months before it,
/// latest first ([`MONTHS_OFFERED`] in all).
fn recent_months(today: &str) -> Vec<String> {
    let mut months = Vec::with_capacity(MONTHS_OFFERED);
    let mut day = format!("{}-01", &today[..7]);
    for _ in 0..MONTHS_OFFERED {
        months.push(day[..7].to_owned());
        // The first of the month before: a day back, then to its first.
        match add_days(&day, -1) {
            Some(prev) => day = format!("{}-01", &prev[..7]),
            None => break,
        }
    }
    months
}

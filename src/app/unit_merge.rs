//! One unit, one name (issue 14), on the unit pages: the names a unit was merged
//! from ("也写作：…"), the pairs that may be one unit ("可能是同一单位", 合并 / 不是),
//! and 撤销合并 for a merge the user made. The rules themselves are in
//! [`crate::units`]; the answers are kept with the checklist
//! ([`crate::checklist::unit_answers`]) and apply to every document.

use leptos::prelude::*;

use super::checklist_state::use_checklist;
use super::highlight::visible;
use super::paste_box::decode;
use crate::export::worker_protocol::{Export, ExportRequest};
use crate::filter::UnitStat;
use crate::text_file::{self, Sniffed};
use crate::unit_list::{read_unit_list, unit_list_rows};
use crate::units::{merge_key, suggestions};

/// "也写作：区发展和改革局、区发改委" under a unit's name, and 撤销合并 when the user
/// merged some of its names.
#[component]
pub fn MergedNames(key: String, units: Memo<Vec<UnitStat>>) -> impl IntoView {
    let checklist = use_checklist();
    let names = {
        let key = key.clone();
        Memo::new(move |_| {
            units.with(|all| {
                all.iter()
                    .find(|u| u.key == key)
                    .map(|u| u.names.clone())
                    .unwrap_or_default()
            })
        })
    };
    let stored = StoredValue::new(key);
    // Names the rules alone keep apart: the user merged them.
    let user_merged = Memo::new(move |_| {
        names.with(|n| {
            let first = n.first().map(|f| merge_key(f));
            n.iter().any(|x| Some(merge_key(x)) != first)
        })
    });
    // Closures rather than <Show>: each <Show> is code of its own in the page's bundle.
    move || {
        names.with(|n| n.len() > 1).then(|| {
            view! {
                <p class="unit-aliases" data-testid="unit-aliases">
                    "也写作："
                    {move || names.with(|n| n.iter().skip(1).map(|s| visible(s)).collect::<Vec<_>>().join("、"))}
                    {move || user_merged.get().then(|| view! {
                        " "
                        <button type="button" class="link" data-testid="unmerge"
                            on:click=move |_| stored.with_value(|k| checklist.unmerge_unit(k))>"撤销合并"</button>
                    })}
                </p>
            }
        })
    }
}

/// The pairs of units that look alike and that the user has not answered about, each
/// with 合并 and 不是; only those of unit `only` when given.
#[component]
pub fn UnitSuggestions(
    units: Memo<Vec<UnitStat>>,
    #[prop(optional)] only: Option<String>,
) -> impl IntoView {
    let checklist = use_checklist();
    let pairs = Memo::new(move |_| {
        let keys: Vec<String> = units.with(|all| {
            all.iter()
                .filter(|u| !u.collective)
                .map(|u| u.key.clone())
                .collect()
        });
        let name = |k: &str| {
            units.with(|all| {
                all.iter()
                    .find(|u| u.key == k)
                    .map_or_else(|| k.to_owned(), |u| u.name.clone())
            })
        };
        checklist.unit_answers.with(|answers| {
            suggestions(&keys)
                .into_iter()
                .filter(|(a, b)| {
                    only.as_ref().is_none_or(|o| o == a || o == b) && !answers.answered(a, b)
                })
                .map(|(a, b)| {
                    let (na, nb) = (name(&a), name(&b));
                    (a, na, b, nb)
                })
                .collect::<Vec<_>>()
        })
    });
    move || {
        let list = pairs.get();
        (!list.is_empty()).then(|| view! {
            <section class="unit-suggestions" data-testid="unit-suggestions" aria-label="可能是同一单位">
                <h3>"可能是同一单位"</h3>
                <ul>
                    {list.into_iter().map(|(a, na, b, nb)| {
                        let (a2, b2) = (a.clone(), b.clone());
                        view! {
                            <li data-testid="unit-suggestion">
                                <span>{visible(&na)}</span>" 与 "<span>{visible(&nb)}</span>" "
                                <button type="button" on:click=move |_| checklist.merge_units(&a, &b)>"合并"</button>
                                <button type="button" on:click=move |_| checklist.keep_units_apart(&a2, &b2)>"不是"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

/// An office's own list of units (名称,简称,别名 as CSV): 导入单位名单 merges the names of
/// each row (all rows or none), 导出单位名单 writes the merged units of the page.
#[component]
pub fn UnitListControls(units: Memo<Vec<UnitStat>>) -> impl IntoView {
    let checklist = use_checklist();
    // What the last import did, or why it was refused.
    let message: RwSignal<Option<(String, bool)>> = RwSignal::new(None);
    let on_pick = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file can be picked again after a fix.
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = match read_text(&file).await {
                Ok(t) => t,
                Err(e) => {
                    message.set(Some((e, true)));
                    return;
                }
            };
            match read_unit_list(&text) {
                Ok(rows) => {
                    checklist.change(|s, now| s.import_unit_list(&rows, now));
                    super::persist::flush();
                    message.set(Some((
                        format!("已导入单位名单：{} 个单位。", rows.len()),
                        false,
                    )));
                }
                Err(e) => message.set(Some((e.to_string(), true))),
            }
        });
    };
    // Written by the export worker, so that the page does not link the CSV writer.
    let export = move |_| {
        let rows = units.with_untracked(|u| unit_list_rows(u));
        let export = Export::UnitListCsv(rows);
        message.set(Some((export.format().busy_message().to_owned(), false)));
        let request = ExportRequest { id: 0, export };
        super::export_worker::request_file(
            request,
            Box::new(move |result| match result {
                Ok(file) => {
                    let saved = super::browser::download(&file.bytes, &file.mime, "单位名单.csv");
                    message.set(
                        saved
                            .is_err()
                            .then(|| ("浏览器没有允许下载文件。".to_owned(), true)),
                    );
                }
                Err(text) => message.set(Some((text, true))),
            }),
        );
    };
    view! {
        <div class="unit-list-controls" role="group" aria-label="单位名单">
            <label class="button file-pick">
                "导入单位名单（CSV）…"
                <input type="file" accept=".csv,text/csv" class="visually-hidden" data-testid="import-unit-list" on:change=on_pick/>
            </label>
            <button type="button" data-testid="export-unit-list" on:click=export>"导出单位名单"</button>
            {move || message.get().map(|(text, is_error)| view! {
                <p class="notice" class:error=is_error role="status" data-testid="unit-list-message">{text}</p>
            })}
        </div>
    }
}

/// A picked file's text: UTF-8 (with or without BOM), UTF-16, or GBK/GB18030 as Excel
/// saves CSV on a Chinese Windows.
async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "无法读取这个文件。".to_owned())?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    match text_file::sniff(&bytes) {
        Sniffed::Utf8(text) => Ok(text),
        Sniffed::Utf16 { big_endian } => {
            decode(&bytes, if big_endian { "utf-16be" } else { "utf-16le" })
        }
        Sniffed::Legacy => decode(&bytes, "gb18030"),
        Sniffed::Docx | Sniffed::WebPage => {
            Err("这不是 CSV 文件：请在 Excel 中另存为“CSV（逗号分隔）”后再导入。".to_owned())
        }
        Sniffed::Refused(m) => Err(m.to_owned()),
    }
}

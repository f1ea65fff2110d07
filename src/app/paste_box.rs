//! Where a document comes in: the paste area and 解析, opening or dropping a file (.txt,
//! .csv; a .docx or a web page saved as .doc through the document worker), and the
//! built-in sample documents. Once a document is shown, all of it folds into one line
//! (the samples behind a 示例文档 menu, the paste area one line high until it has the
//! focus), so that the outline starts on the first screen.

use leptos::ev;
use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::document_worker;
use super::samples::{self, SAMPLES};
use super::state::{use_workspace, Workspace};
use crate::filter::Filter;
use crate::text_file::{self, Sniffed};

#[component]
pub fn PasteBox() -> impl IntoView {
    let workspace = use_workspace();
    let textarea = NodeRef::<Textarea>::new();
    let dragging = RwSignal::new(false);
    // The box holds a long text (see `LongText`).
    let long = RwSignal::new(false);
    let parse_now = move || {
        if let Some(el) = textarea.get_untracked() {
            let text = el.value();
            long.set(is_long(&text));
            if text.trim().is_empty() {
                // Nothing to parse: the document shown (and the library) stay as they are.
                workspace.tell("请先把文件正文粘贴到上面的输入框，再点“解析”。", true);
            } else {
                workspace.paste(text);
            }
        }
    };
    let on_drop = move |ev: ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|f| f.get(0))
        {
            open_file(workspace, file);
        }
    };
    // A document is shown: fold into one line.
    let folded = Memo::new(move |_| {
        workspace.sample_coming.get()
            || workspace
                .raw
                .with(|r| r.outline.documents.iter().any(|d| !d.nodes.is_empty()))
    });
    let samples_menu = NodeRef::<leptos::html::Details>::new();
    // The box shows a text from elsewhere (a sample, a file, the library) once it is
    // parsed; the box's own text is never written back into it, so that what the
    // user typed while a long paste was parsed stays, and megabytes are not laid out
    // again for nothing.
    Effect::new(move |_| {
        workspace.box_filled.track();
        if let Some(el) = textarea.get() {
            workspace.source.with_untracked(|text| {
                long.set(is_long(text));
                el.set_value(text)
            });
        }
    });
    let on_pick = move |ev: ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open_file(workspace, file);
        }
        input.set_value("");
    };
    view! {
        <section
            class="paste-box"
            class:folded=move || folded.get()
            class:long=move || long.get()
            class:dragging=move || dragging.get()
            aria-label="输入文件"
            // (The first-visit sample on its way is about to change the outline too.)
            aria-busy=move || (workspace.busy.get() || workspace.sample_coming.get()).then_some("true")
            on:dragover=move |ev: ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <details class="samples" data-testid="samples" node_ref=samples_menu prop:open=move || !folded.get()>
                <summary class="samples-label">"示例文档"</summary>
                <div class="samples-list" role="group" aria-label="示例文档">
                {SAMPLES
                    .iter()
                    .map(|sample| {
                        let open = move |_| {
                            // Another document starts unfiltered from the click on: a
                            // keyword typed while the sample is on its way stays.
                            workspace.filter.set(Filter::default());
                            workspace.sample_coming.set(false);
                            if folded.get_untracked() {
                                if let Some(menu) = samples_menu.get_untracked() {
                                    menu.set_open(false);
                                }
                            }
                            leptos::task::spawn_local(async move {
                                match samples::text_of(sample).await {
                                    Ok(text) => workspace.open_sample(sample.id, text),
                                    Err(message) => workspace.tell(message, true),
                                }
                            })
                        };
                        view! {
                            <button class="sample" data-sample=sample.id on:click=open>
                                {sample.label}
                            </button>
                        }
                    })
                    .collect_view()}
                </div>
            </details>
            <label for="paste-area" class="visually-hidden">"文件正文"</label>
            <textarea
                id="paste-area"
                node_ref=textarea
                placeholder="在此粘贴文件全文（可直接从网页、Word、WPS、PDF 复制），或把 Word（.docx）、.txt 文件拖到这里"
                on:paste=move |ev: web_sys::ClipboardEvent| {
                    if !workspace.typed.get_untracked() && replace_with_paste(workspace, textarea, long, &ev) {
                        return;
                    }
                    // The pasted text is in the textarea only after the event.
                    set_timeout(parse_now, std::time::Duration::ZERO)
                }
                on:input=move |ev| {
                    // The user's own text: the first-visit sample (or another text
                    // from elsewhere), if still on its way, no longer replaces it.
                    workspace.sample_coming.set(false);
                    workspace.typed_in_box();
                    // Typed (not pasted or dropped in): the next paste goes to the caret.
                    let input_type = ev
                        .dyn_ref::<web_sys::InputEvent>()
                        .map(web_sys::InputEvent::input_type)
                        .unwrap_or_default();
                    if !input_type.starts_with("insertFrom") {
                        workspace.typed.set(true);
                    }
                }
            ></textarea>
            <div class="paste-actions">
                <button class="primary" on:click=move |_| parse_now()>"解析"</button>
                <label class="button file-pick">
                    "打开文件（.docx / .txt / .csv）"
                    <input type="file" accept=".docx,.docm,.doc,.wps,.txt,.csv,.htm,.html,.mht,.mhtml,.pdf,text/plain,text/csv" class="visually-hidden" data-testid="open-file" on:change=on_pick/>
                </label>
            </div>
            <ParsingLine/>
            <NoticeLine/>
        </section>
    }
}

/// A paste into a box that holds text the user did not type (a sample, a document
/// opened or reopened, an earlier paste): the pasted text replaces it whole, rather
/// than going into it at the caret. False when the clipboard has no text (the browser
/// then does what it does).
fn replace_with_paste(
    workspace: Workspace,
    textarea: NodeRef<Textarea>,
    long: RwSignal<bool>,
    ev: &web_sys::ClipboardEvent,
) -> bool {
    let Some(text) = ev
        .clipboard_data()
        .and_then(|d| d.get_data("text/plain").ok())
        .filter(|t| !t.trim().is_empty())
    else {
        return false;
    };
    ev.prevent_default();
    let sample = workspace.sample.get_untracked().is_some();
    let had_text = textarea
        .get_untracked()
        .is_some_and(|el| !el.value().trim().is_empty());
    // The box's layout first, then its text: laid out once.
    long.set(is_long(&text));
    if let Some(el) = textarea.get_untracked() {
        el.set_value(&text);
    }
    workspace.paste(text);
    if sample {
        workspace.tell("已用粘贴的文件替换了示例文档。", false);
    } else if had_text {
        workspace.tell(
            "已用粘贴的文件替换了输入框中原来的文字；原来的文档仍在文档库中。",
            false,
        );
    }
    true
}

/// A text long enough to be parsed in the worker is also long enough that laying it
/// out again in the paste box holds the page: Chromium takes 0.4 s for each change of
/// the box's width with 10 MB in it (more than the app's own work on the whole paste).
/// The box holding one keeps its width (`.paste-box.long`, on a row of its own when
/// folded), so that showing the outline around it does not lay it out again.
fn is_long(text: &str) -> bool {
    text.len() >= crate::parse_job::WORKER_FROM
}

/// While a long text is parsed (in the worker): what the page is doing, and that it
/// can be used meanwhile.
#[component]
fn ParsingLine() -> impl IntoView {
    let workspace = use_workspace();
    move || {
        workspace.parsing.get().map(|parsing| {
            view! {
                <p class="parsing" role="status" data-testid="parsing">
                    <span class="spinner" aria-hidden="true"></span>
                    {format!(
                        "正在解析 {} 的文本……完成后大纲随即更新，其间可以继续输入和浏览。",
                        size_label(parsing.bytes)
                    )}
                </p>
            }
        })
    }
}

/// "10.0 MB", "600 KB".
fn size_label(bytes: usize) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes as f64 >= MB {
        format!("{} MB", crate::decimal::fixed(bytes as f64 / MB, 1))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[component]
fn NoticeLine() -> impl IntoView {
    let workspace = use_workspace();
    move || {
        workspace.notice.get().map(|notice| {
            view! {
                <p class="notice" class:error=notice.is_error role="status" data-testid="notice">
                    {notice.text}
                </p>
            }
        })
    }
}

/// Reads a file, finds its encoding and opens it; anything that is not text is refused
/// with a message, and the current document stays as it is.
fn open_file(workspace: Workspace, file: web_sys::File) {
    leptos::task::spawn_local(async move {
        let Ok(buffer) = JsFuture::from(file.array_buffer()).await else {
            workspace.tell("无法读取这个文件。", true);
            return;
        };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let decoded = match text_file::sniff(&bytes) {
            Sniffed::Utf8(text) => Ok(text),
            Sniffed::Utf16 { big_endian } => {
                decode(&bytes, if big_endian { "utf-16be" } else { "utf-16le" })
            }
            Sniffed::Legacy => decode(&bytes, "gb18030"),
            // Read off the main thread; on failure the message, and nothing changes.
            Sniffed::Docx | Sniffed::WebPage => document_worker::read(&bytes).await,
            Sniffed::Refused(message) => Err(message.to_owned()),
        };
        match decoded {
            Ok(text) => {
                // A CSV (a 台账 saved from Excel) reads as a table copied from it.
                let csv = file.name().to_lowercase().ends_with(".csv");
                let text = if csv {
                    text_file::csv_as_table(&text)
                } else {
                    text
                };
                workspace.open_document(text);
                workspace.tell(format!("已打开 {}", file.name()), false);
            }
            Err(message) => workspace.tell(message, true),
        }
    });
}

pub(super) fn decode(bytes: &[u8], label: &str) -> Result<String, String> {
    let undecodable = |_| text_file::MSG_UNDECODABLE.to_owned();
    let decoder = web_sys::TextDecoder::new_with_label(label).map_err(undecodable)?;
    let text = decoder.decode_with_u8_array(bytes).map_err(undecodable)?;
    text_file::accept_decoded(&text)
        .map(str::to_owned)
        .map_err(str::to_owned)
}

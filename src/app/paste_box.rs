//! Where a document comes in: the paste area, the 解析 action and the sample buttons.

use leptos::prelude::*;
use leptos::html::Textarea;

use super::samples::SAMPLES;
use super::state::use_workspace;

#[component]
pub fn PasteBox() -> impl IntoView {
    let workspace = use_workspace();
    let textarea = NodeRef::<Textarea>::new();
    let parse_now = move || {
        if let Some(el) = textarea.get_untracked() {
            workspace.source.set(el.value());
        }
    };
    view! {
        <section class="paste-box" aria-label="粘贴文件">
            <div class="samples" role="group" aria-label="示例文档">
                <span class="samples-label">"示例："</span>
                {SAMPLES
                    .iter()
                    .map(|sample| {
                        let text = sample.text;
                        view! {
                            <button
                                class="sample"
                                data-sample=sample.id
                                on:click=move |_| workspace.source.set(text.to_owned())
                            >
                                {sample.label}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <label for="paste-area" class="visually-hidden">"文件正文"</label>
            <textarea
                id="paste-area"
                node_ref=textarea
                placeholder="在此粘贴文件全文（可直接从网页、Word、PDF 复制）"
                prop:value=move || workspace.source.get()
                on:paste=move |_| {
                    // The pasted text is in the textarea only after the event.
                    set_timeout(parse_now, std::time::Duration::ZERO)
                }
            ></textarea>
            <button class="primary" on:click=move |_| parse_now()>"解析"</button>
        </section>
    }
}

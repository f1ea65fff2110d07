//! The document web worker: reads a .docx, or a web page saved as .doc, into the text
//! the parser reads (`duban::text_file::document_text`), in its own wasm bundle so that
//! the unzip and XML code is downloaded only when the user first opens such a file.
//!
//! Built by Trunk like the export worker (`<link data-trunk rel="rust"
//! data-bin="docx_worker" data-type="worker">` in index.html) and started by the page
//! as `new Worker("docx_worker_loader.js")`; see `duban::app::document_worker` for the
//! messages.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    // A web page's charset ("gb2312", "utf-8" …) by the browser's own decoders; a
    // charset it does not know, or bytes that are not in it, give no text.
    let decode = |bytes: &[u8], charset: &str| -> Option<String> {
        let text = web_sys::TextDecoder::new_with_label(charset)
            .ok()?
            .decode_with_u8_array(bytes)
            .ok()?;
        duban::text_file::accept_decoded(&text)
            .ok()
            .map(str::to_owned)
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        // [id, Uint8Array] → [id, true, text] or [id, false, message].
        let request: js_sys::Array = event.data().unchecked_into();
        let id = request.get(0);
        let bytes = js_sys::Uint8Array::new(&request.get(1)).to_vec();
        let (ok, text) = match duban::text_file::document_text(&bytes, decode) {
            Ok(text) => (true, text),
            Err(message) => (false, message.to_owned()),
        };
        let reply = js_sys::Array::of3(&id, &JsValue::from_bool(ok), &JsValue::from_str(&text));
        if let Err(err) = reply_scope.post_message(&reply) {
            web_sys::console::error_2(&"docx worker: reply failed".into(), &err);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Err(err) = scope.post_message(&JsValue::from_str("ready")) {
        web_sys::console::error_2(&"docx worker: ready message failed".into(), &err);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("docx_worker is a web worker of the browser app: trunk builds it (see index.html); natively, use `duban-cli parse FILE.docx`.");
    std::process::exit(2);
}

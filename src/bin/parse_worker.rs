//! The parse web worker: parses long texts off the page's main thread, so that a paste
//! of megabytes never freezes the page (see `duban::parse_job`).
//!
//! Trunk builds it from `<link data-trunk rel="rust" data-bin="parse_worker"
//! data-type="worker">` as `parse_worker.js` and `parse_worker_bg.wasm`, and copies
//! `parse_worker_loader.js` (next to this file), which imports the two by relative
//! URLs. The page starts it with `new Worker("parse_worker_loader.js")` on the first
//! long paste.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::collections::HashSet;

    use duban::checklist::DocKey;
    use duban::parse_job::{pieces, prepare, READY};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let request = js_sys::Array::from(&event.data());
        let id = request.get(0);
        let text = request.get(1).as_string().unwrap_or_default();
        let hidden: HashSet<DocKey> = request
            .get(2)
            .as_string()
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        for piece in pieces(&prepare(&text, &hidden)) {
            let bytes = js_sys::Uint8Array::from(piece.as_slice());
            let reply = js_sys::Array::of2(&id, &bytes);
            // Hand the buffer over instead of copying it.
            let transfer = js_sys::Array::of1(&bytes.buffer());
            if let Err(err) = reply_scope.post_message_with_transfer(&reply, &transfer) {
                web_sys::console::error_2(&"parse worker: reply failed".into(), &err);
                return;
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Err(err) = scope.post_message(&JsValue::from_str(READY)) {
        web_sys::console::error_2(&"parse worker: ready message failed".into(), &err);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "parse_worker is the web worker of the browser app: trunk builds it (see index.html)."
    );
    std::process::exit(2);
}

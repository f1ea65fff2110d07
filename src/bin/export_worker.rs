//! The export web worker: writes every file of the export menu (the .xlsx workbooks, the
//! CSV files, the .ics calendar) off the main thread, in its own wasm bundle, so that
//! their writers are downloaded only when the user first exports a file.
//!
//! Trunk builds it from `<link data-trunk rel="rust" data-bin="export_worker"
//! data-type="worker">` as `export_worker.js` (wasm-bindgen's no-modules output) and
//! `export_worker_bg.wasm`, and copies `export_worker_loader.js` (next to this file),
//! which imports the two by relative URLs. The page starts it with
//! `new Worker("export_worker_loader.js")`; see `duban::export::worker_protocol`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use duban::export::worker_protocol::{answer, READY};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let request = event.data().as_string().unwrap_or_default();
        let (id, result) = answer(&request);
        let reply = js_sys::Array::new();
        reply.push(&JsValue::from(id));
        let sent = match result {
            Ok(file) => {
                let array = js_sys::Uint8Array::from(file.bytes.as_slice());
                reply.push(&array);
                reply.push(&JsValue::from_str(file.mime));
                // Hand the buffer over instead of copying it.
                let transfer = js_sys::Array::of1(&array.buffer());
                reply_scope.post_message_with_transfer(&reply, &transfer)
            }
            Err(message) => {
                reply.push(&JsValue::from_str(&message));
                reply_scope.post_message(&reply)
            }
        };
        if let Err(err) = sent {
            web_sys::console::error_2(&"export worker: reply failed".into(), &err);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Err(err) = scope.post_message(&JsValue::from_str(READY)) {
        web_sys::console::error_2(&"export worker: ready message failed".into(), &err);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "export_worker is the web worker of the browser app: trunk builds it (see index.html)."
    );
    std::process::exit(2);
}

//! The parse web worker: every parse of the page is done here, off the page's main
//! thread (a paste of megabytes never freezes the page), and the parser is linked here
//! only, not into the page's bundle (see `duban::parse_job`).
//!
//! Trunk builds it from `<link data-trunk rel="rust" data-bin="parse_worker"
//! data-type="worker">` as `parse_worker.js` and `parse_worker_bg.wasm`, and copies
//! `parse_worker_loader.js` (next to this file), which imports the two by relative
//! URLs. The page starts it with `new Worker("parse_worker_loader.js")` as it starts.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::cell::RefCell;
    use std::collections::HashSet;

    use duban::checklist::DocKey;
    use duban::parse_job::{
        keys_piece, pieces, prepare_parsed, revise, Parses, KEYS, READY, REVISE,
    };
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    // The last texts parsed: a paste is parsed, then compared with earlier versions.
    let parses = RefCell::new(Parses::default());
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let request = js_sys::Array::from(&event.data());
        let id = request.get(0);
        let text = request.get(1).as_string().unwrap_or_default();
        let send = |piece: Vec<u8>| {
            let bytes = js_sys::Uint8Array::from(piece.as_slice());
            let reply = js_sys::Array::of2(&id, &bytes);
            // Hand the buffer over instead of copying it.
            let transfer = js_sys::Array::of1(&bytes.buffer());
            let sent = reply_scope.post_message_with_transfer(&reply, &transfer);
            if let Err(err) = &sent {
                web_sys::console::error_2(&"parse worker: reply failed".into(), err);
            }
            sent.is_ok()
        };
        let mut parses = parses.borrow_mut();
        match request.get(3).as_string().as_deref() {
            Some(KEYS) => {
                let outline = parses.of(&text);
                send(keys_piece(&duban::checklist::doc_keys(&outline.documents)));
            }
            Some(REVISE) => {
                let old_doc = request.get(4).as_f64().unwrap_or(f64::NAN);
                let new_text = request.get(5).as_string().unwrap_or_default();
                let new_key = DocKey(request.get(6).as_string().unwrap_or_default());
                let old = parses.of(&text);
                let new = parses.of(&new_text);
                let answer = if old_doc >= 0.0 && old_doc.fract() == 0.0 {
                    revise(&old, old_doc as usize, &new, &new_key)
                } else {
                    Err("no document asked for".to_owned())
                };
                match answer {
                    Ok(piece) => {
                        send(piece);
                    }
                    // An empty piece does not read as a revision: the page is told.
                    Err(e) => {
                        web_sys::console::error_1(&format!("parse worker: {e}").into());
                        send(Vec::new());
                    }
                }
            }
            _ => {
                let hidden: HashSet<DocKey> = request
                    .get(2)
                    .as_string()
                    .and_then(|json| serde_json::from_str(&json).ok())
                    .unwrap_or_default();
                // Kept whole when long (not cached), copied when short.
                let outline = std::sync::Arc::try_unwrap(parses.of(&text))
                    .unwrap_or_else(|kept| (*kept).clone());
                for piece in pieces(&prepare_parsed(&text, outline, &hidden)) {
                    if !send(piece) {
                        return;
                    }
                }
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

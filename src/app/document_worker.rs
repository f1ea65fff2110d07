//! The document worker, seen from the page: started on the first .docx (or web page
//! saved as .doc) the user opens, so that the reader's wasm is downloaded only then, and
//! kept for later files. Like the export worker, its script is a loader next to
//! index.html (`docx_worker_loader.js`) that imports the glue and wasm relative to itself.
//!
//! Messages: page → worker `[id, Uint8Array]`; worker → page the string `"ready"` once
//! loaded, then `[id, true, text]` or `[id, false, message in Chinese]`. Requests wait
//! for "ready" (messages sent before the worker's wasm has started would be lost).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

const WORKER_URL: &str = "./docx_worker_loader.js";
const LOAD_TIMEOUT: Duration = Duration::from_secs(30);
const LOAD_FAILED: &str = "Word 文件读取组件加载失败，请检查网络后重试，或复制全文粘贴到这里。";

struct Running {
    worker: Worker,
    ready: bool,
    queued: Vec<js_sys::Array>,
    /// Per request, the promise's resolve and reject.
    pending: HashMap<u32, (js_sys::Function, js_sys::Function)>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// The text of a .docx or web page, or the message for the user.
pub async fn read(bytes: &[u8]) -> Result<String, String> {
    let id = NEXT_ID.with(|n| n.replace(n.get().wrapping_add(1)));
    let request = js_sys::Array::of2(&id.into(), &js_sys::Uint8Array::from(bytes));
    let mut send = |resolve: js_sys::Function, reject: js_sys::Function| {
        if WORKER.with(|w| w.borrow().is_none()) {
            if let Err(err) = start() {
                let message = format!("{LOAD_FAILED}（{}）", super::browser::describe_error(&err));
                let _ = reject.call1(&JsValue::NULL, &message.into());
                return;
            }
        }
        let now = WORKER.with(|w| {
            let mut w = w.borrow_mut();
            let running = w.as_mut()?;
            running.pending.insert(id, (resolve, reject));
            if running.ready {
                Some(running.worker.clone())
            } else {
                running.queued.push(request.clone());
                None
            }
        });
        if let Some(worker) = now {
            if worker.post_message(&request).is_err() {
                fail_all();
            }
        }
    };
    let promise = js_sys::Promise::new(&mut send);
    match JsFuture::from(promise).await {
        Ok(text) => Ok(text.as_string().unwrap_or_default()),
        Err(message) => Err(message
            .as_string()
            .unwrap_or_else(|| LOAD_FAILED.to_owned())),
    }
}

fn start() -> Result<(), JsValue> {
    let worker = Worker::new(WORKER_URL)?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(on_message);
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| fail_all());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    WORKER.with(|w| {
        *w.borrow_mut() = Some(Running {
            worker: worker.clone(),
            ready: false,
            queued: Vec::new(),
            pending: HashMap::new(),
            _on_message: on_message,
            _on_error: on_error,
        })
    });
    set_timeout(
        move || {
            // Still loading this worker after the timeout: give up on it.
            let stuck = WORKER.with(|w| {
                w.borrow()
                    .as_ref()
                    .is_some_and(|r| !r.ready && r.worker == worker)
            });
            if stuck {
                fail_all();
            }
        },
        LOAD_TIMEOUT,
    );
    Ok(())
}

fn on_message(event: MessageEvent) {
    let data = event.data();
    if data.as_string().as_deref() == Some("ready") {
        let ready = WORKER.with(|w| {
            let mut w = w.borrow_mut();
            let running = w.as_mut()?;
            running.ready = true;
            Some((running.worker.clone(), std::mem::take(&mut running.queued)))
        });
        if let Some((worker, queued)) = ready {
            if queued.iter().any(|r| worker.post_message(r).is_err()) {
                fail_all();
            }
        }
        return;
    }
    let Some(reply) = data.dyn_ref::<js_sys::Array>() else {
        return;
    };
    let id = reply.get(0).as_f64().unwrap_or(0.0) as u32;
    let settle = WORKER.with(|w| w.borrow_mut().as_mut().and_then(|r| r.pending.remove(&id)));
    if let Some((resolve, reject)) = settle {
        let done = if reply.get(1).is_truthy() {
            resolve
        } else {
            reject
        };
        let _ = done.call1(&JsValue::NULL, &reply.get(2));
    }
}

/// Ends the worker and rejects every waiting request; the next file starts a new one.
fn fail_all() {
    let running = WORKER.with(|w| w.borrow_mut().take());
    if let Some(running) = running {
        running.worker.terminate();
        for (_, (_, reject)) in running.pending {
            let _ = reject.call1(&JsValue::NULL, &LOAD_FAILED.into());
        }
    }
}

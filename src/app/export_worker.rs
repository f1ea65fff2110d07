//! The export worker, seen from the page: started on the first file exported (so its
//! wasm, which holds the xlsx, CSV and .ics writers, is only downloaded then), kept for
//! later ones. Asked by the export menu and by 导出单位名单 ([`super::unit_merge`]).
//!
//! The worker is a classic worker whose script is our loader,
//! `export_worker_loader.js` (src/bin/), next to index.html. A relative URL resolves
//! against the page's address, and the loader imports `export_worker.js` and `export_worker_bg.wasm`
//! relative to itself, so all of it works under any sub-path. Requests wait until the
//! worker says it is ready: messages sent before its wasm has started would be lost.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::export::worker_protocol::{ExportRequest, READY};

/// The worker script, relative to the page.
const WORKER_URL: &str = "./export_worker_loader.js";

/// How long the worker may take to load before the export is given up.
const LOAD_TIMEOUT: Duration = Duration::from_secs(30);

const LOAD_FAILED: &str = "导出组件加载失败，请检查网络后重试";

/// A written file: its bytes and MIME type.
pub struct File {
    pub bytes: js_sys::Uint8Array,
    pub mime: String,
}

/// What the caller is told: the file, or a message for the user.
pub type Reply = Box<dyn FnOnce(Result<File, String>)>;

struct Running {
    worker: Worker,
    ready: bool,
    /// Requests (JSON) waiting for the worker to be ready.
    queued: Vec<String>,
    pending: HashMap<u32, Reply>,
    /// Bumped on every start, so that a stale load timeout does nothing.
    generation: u32,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// Asks the worker (started if need be) for the file of `request` (its id is set
/// here); `reply` is called once, with the file or an error message in Chinese.
pub fn request_file(mut request: ExportRequest, reply: Reply) {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    request.id = id;
    let json = match serde_json::to_string(&request) {
        Ok(json) => json,
        Err(e) => return reply(Err(format!("导出数据无法整理：{e}"))),
    };
    let started = WORKER.with(|w| w.borrow().is_some());
    if !started {
        if let Err(err) = start() {
            return reply(Err(format!(
                "{LOAD_FAILED}（{}）",
                super::browser::describe_error(&err)
            )));
        }
    }
    let send_now = WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let running = w.as_mut().expect("started above");
        running.pending.insert(id, reply);
        if running.ready {
            Some(running.worker.clone())
        } else {
            running.queued.push(json.clone());
            None
        }
    });
    if let Some(worker) = send_now {
        if let Err(err) = worker.post_message(&JsValue::from_str(&json)) {
            fail_all(&format!(
                "{LOAD_FAILED}（{}）",
                super::browser::describe_error(&err)
            ));
        }
    }
}

fn start() -> Result<(), JsValue> {
    let worker = Worker::new(WORKER_URL)?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(on_message);
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| fail_all(LOAD_FAILED));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    WORKER.with(|w| {
        *w.borrow_mut() = Some(Running {
            worker,
            ready: false,
            queued: Vec::new(),
            pending: HashMap::new(),
            generation,
            _on_message: on_message,
            _on_error: on_error,
        })
    });
    set_timeout(
        move || {
            let stuck = WORKER.with(|w| {
                w.borrow()
                    .as_ref()
                    .is_some_and(|r| r.generation == generation && !r.ready)
            });
            if stuck {
                fail_all(LOAD_FAILED);
            }
        },
        LOAD_TIMEOUT,
    );
    Ok(())
}

fn on_message(event: MessageEvent) {
    let data = event.data();
    if data.as_string().as_deref() == Some(READY) {
        let ready = WORKER.with(|w| {
            let mut w = w.borrow_mut();
            let running = w.as_mut()?;
            running.ready = true;
            Some((running.worker.clone(), std::mem::take(&mut running.queued)))
        });
        if let Some((worker, queued)) = ready {
            for json in queued {
                if worker.post_message(&JsValue::from_str(&json)).is_err() {
                    fail_all(LOAD_FAILED);
                    return;
                }
            }
        }
        return;
    }
    let Some(answer) = data.dyn_ref::<js_sys::Array>() else {
        return;
    };
    let id = answer.get(0).as_f64().unwrap_or(0.0) as u32;
    let payload = answer.get(1);
    let result = match payload.dyn_into::<js_sys::Uint8Array>() {
        Ok(bytes) => Ok(File {
            bytes,
            mime: answer.get(2).as_string().unwrap_or_default(),
        }),
        Err(other) => Err(other
            .as_string()
            .unwrap_or_else(|| "生成文件失败".to_owned())),
    };
    let reply = WORKER.with(|w| w.borrow_mut().as_mut().and_then(|r| r.pending.remove(&id)));
    match reply {
        Some(reply) => reply(result),
        // The worker could not read the request (id 0): tell every caller.
        None => {
            if let Err(message) = result {
                fail_all(&message);
            }
        }
    }
}

/// Ends the worker and tells every waiting caller; the next export starts a new one.
fn fail_all(message: &str) {
    let running = WORKER.with(|w| w.borrow_mut().take());
    if let Some(running) = running {
        running.worker.terminate();
        for (_, reply) in running.pending {
            reply(Err(message.to_owned()));
        }
    }
}

//! The parse worker, seen from the page: every parse of the page is done there (the
//! parser is linked into the worker only, which keeps it out of the page's bundle).
//! The worker is started as the page starts ([`warm`]), so that the first paste does
//! not wait for it to load, and kept. See `crate::parse_job` for what is said, and
//! `export_menu/xlsx_worker.rs` for the same arrangement around the Excel export.
//!
//! Each answer comes in pieces, one message each: the page reads a piece per task, so
//! that typing and painting go on between two pieces. When the worker cannot be used
//! (it does not load, or it stops), every waiting caller is told (the page then says
//! so, and changes nothing); the next request starts a new worker.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::checklist::DocKey;
use crate::checklist::Revision;
use crate::parse_job::{read_keys, read_revision, Assembler, Prepared, KEYS, READY, REVISE};
use crate::parser::Outline;

/// The worker script, relative to the page.
const WORKER_URL: &str = "./parse_worker_loader.js";

/// How long the worker may take to load before the callers are told it cannot be used.
const LOAD_TIMEOUT: Duration = Duration::from_secs(20);

/// What the caller is told: the parse, or why the worker could not give it.
pub type Reply = Box<dyn FnOnce(Result<Prepared, String>)>;

/// What is done with a request's answer.
enum Job {
    /// A parse, in pieces.
    Parse { assembler: Assembler, reply: Reply },
    /// An answer in one piece (the keys of a text's documents, a revision).
    Piece(Box<dyn FnOnce(Result<Vec<u8>, String>)>),
}

impl Job {
    fn fail(self, reason: String) {
        match self {
            Job::Parse { reply, .. } => reply(Err(reason)),
            Job::Piece(reply) => reply(Err(reason)),
        }
    }
}

struct Running {
    worker: Worker,
    ready: bool,
    /// Requests waiting for the worker to be ready.
    queued: Vec<js_sys::Array>,
    jobs: HashMap<u32, Job>,
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

/// What the worker is asked: a text, and the documents to leave out of it.
pub struct Request {
    id: u32,
    message: js_sys::Array,
}

fn next_id() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    })
}

impl Request {
    pub fn new(text: &str, hidden: &HashSet<DocKey>) -> Self {
        let id = next_id();
        let hidden = serde_json::to_string(hidden).unwrap_or_else(|_| "[]".into());
        let message = js_sys::Array::of3(
            &JsValue::from(id),
            &JsValue::from_str(text),
            &JsValue::from_str(&hidden),
        );
        Self { id, message }
    }

    /// `[id, text, _, kind, more…]` (see `parse_job::KEYS`, `parse_job::REVISE`).
    fn of_kind(text: &str, kind: &str, more: &[JsValue]) -> Self {
        let id = next_id();
        let message = js_sys::Array::of4(
            &JsValue::from(id),
            &JsValue::from_str(text),
            &JsValue::NULL,
            &JsValue::from_str(kind),
        );
        for m in more {
            message.push(m);
        }
        Self { id, message }
    }
}

/// Starts the worker now, if it is not running, so that the first parse does not wait
/// for it to load. A failure is reported to the first caller of [`parse`].
pub fn warm() {
    if WORKER.with(|w| w.borrow().is_none()) {
        if let Err(err) = start() {
            web_sys::console::warn_1(
                &format!("parse worker: {}", super::browser::describe_error(&err)).into(),
            );
        }
    }
}

/// Asks the worker (started if need be) for the parse `request` describes; `reply` is
/// called once, from a later task.
pub fn parse(request: Request, reply: Reply) {
    ask(
        request,
        Job::Parse {
            assembler: Assembler::default(),
            reply,
        },
    );
}

/// Asks the worker for the [`doc_keys`](crate::checklist::doc_keys) of the documents of
/// `text` (an earlier version a paste may revise). `reply` is called once, later.
pub fn doc_keys_of(text: &str, reply: impl FnOnce(Result<Vec<DocKey>, String>) + 'static) {
    ask(
        Request::of_kind(text, KEYS, &[]),
        Job::Piece(Box::new(move |piece| {
            reply(piece.and_then(|p| read_keys(&p)))
        })),
    );
}

/// Asks the worker for the revision from document `old_doc` (its position) of the
/// earlier text `old` to the document of key `new_key` of the paste `new`: the
/// comparison is done there, not in the page. `reply` is called once, later.
pub fn revision(
    old: &str,
    old_doc: usize,
    new: &str,
    new_key: &DocKey,
    reply: impl FnOnce(Result<Revision, String>) + 'static,
) {
    let more = [
        JsValue::from(old_doc as u32),
        JsValue::from_str(new),
        JsValue::from_str(new_key.as_str()),
    ];
    ask(
        Request::of_kind(old, REVISE, &more),
        Job::Piece(Box::new(move |piece| {
            reply(piece.and_then(|p| read_revision(&p)))
        })),
    );
}

fn ask(request: Request, job: Job) {
    let Request {
        id,
        message: request,
    } = request;
    let started = WORKER.with(|w| w.borrow().is_some());
    if !started {
        if let Err(err) = start() {
            let reason = super::browser::describe_error(&err);
            // Not from inside the caller's own call: the reply always comes later.
            set_timeout(move || job.fail(reason), Duration::ZERO);
            return;
        }
    }
    let send_now = WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let running = w.as_mut().expect("started above");
        running.jobs.insert(id, job);
        if running.ready {
            Some(running.worker.clone())
        } else {
            running.queued.push(request.clone());
            None
        }
    });
    if let Some(worker) = send_now {
        if let Err(err) = worker.post_message(&request) {
            fail_all(&super::browser::describe_error(&err));
        }
    }
}

fn start() -> Result<(), JsValue> {
    let worker = Worker::new(WORKER_URL)?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(on_message);
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|err: JsValue| {
        fail_all(&super::browser::describe_error(&err))
    });
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
            jobs: HashMap::new(),
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
                fail_all("the parse worker did not load in time");
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
            for request in queued {
                if let Err(err) = worker.post_message(&request) {
                    fail_all(&super::browser::describe_error(&err));
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
    let piece = answer
        .get(1)
        .dyn_into::<js_sys::Uint8Array>()
        .map(|bytes| bytes.to_vec())
        .unwrap_or_default();
    // The piece is read with the job out of the table, so that a reply that starts
    // another parse finds the table free.
    let Some(job) = WORKER.with(|w| w.borrow_mut().as_mut()?.jobs.remove(&id)) else {
        return;
    };
    let (mut assembler, reply) = match job {
        Job::Parse { assembler, reply } => (assembler, reply),
        Job::Piece(reply) => return reply(Ok(piece)),
    };
    match assembler.take(&piece) {
        Ok(()) if assembler.is_complete() => reply(assembler.finish()),
        Ok(()) => WORKER.with(|w| {
            if let Some(running) = w.borrow_mut().as_mut() {
                running.jobs.insert(id, Job::Parse { assembler, reply });
            }
        }),
        Err(e) => reply(Err(format!("the parse worker's answer did not read: {e}"))),
    }
}

/// Ends the worker and tells every waiting caller; the next long paste starts a new
/// one.
fn fail_all(reason: &str) {
    let running = WORKER.with(|w| w.borrow_mut().take());
    if let Some(running) = running {
        running.worker.terminate();
        for (_, job) in running.jobs {
            job.fail(reason.to_owned());
        }
    }
}

/// Asks the worker for the parse of the whole of `text` (what the parser gives, every
/// document kept): an earlier version a paste is compared with, a library text read
/// for the overview. `reply` is called once, from a later task.
pub fn outline_of(text: &str, reply: impl FnOnce(Result<Outline, String>) + 'static) {
    parse(
        Request::new(text, &HashSet::new()),
        Box::new(move |answer| reply(answer.map(|prepared| prepared.outline))),
    );
}

//! Long lists rendered in windows: a screenful at once, and more rows, a frame later,
//! whenever the end of the list comes within a screen of the viewport (on a tall
//! screen, while scrolling, when j/k reaches the last row). The outline and the unit
//! and leader pages use it, so a list of thousands of tasks appears, and answers each
//! keystroke in the search box, as fast as a short one.

use std::hash::Hash;

use leptos::html::Li;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Rows rendered at first, and added each time the end of the list nears the screen:
/// 16 task rows (86–140 px each on a laptop) fill two screens of 768 px.
pub const WINDOW: usize = 16;

/// Which list the rows are: the parse's revision and the filter result's address. A
/// new parse or filter starts again from the first window; anything else (folding a
/// section) keeps the rows already rendered.
pub type ListId = (u64, usize);

/// The rows of a list, and which list they are.
#[derive(Clone, PartialEq)]
pub struct Rows<T> {
    pub of: ListId,
    pub rows: Vec<T>,
}

/// The first rows of `rows`, each drawn by `row`, then (while rows remain) a "显示更多"
/// row whose nearing the screen adds more. Goes inside the caller's `<ol>`.
#[component]
pub fn WindowedRows<T, F>(rows: Memo<Rows<T>>, row: F) -> impl IntoView
where
    T: Clone + Eq + Hash + Send + Sync + 'static,
    F: Fn(T) -> AnyView + Clone + Send + Sync + 'static,
{
    // How many rows are shown, and of which list: a new list starts from the first
    // window in the same render (not one render later, after the old window).
    let window = RwSignal::new(((u64::MAX, 0), WINDOW));
    let size_for = |of, &(k, n): &(ListId, usize)| if k == of { n } else { WINDOW };
    let limit = move || {
        let of = rows.with(|r| r.of);
        window.with(|w| size_for(of, w))
    };
    let grow = move |by: usize| {
        let of = rows.with_untracked(|r| r.of);
        let now = window.with_untracked(|w| size_for(of, w));
        // try_: an observer report may arrive just after the list is gone.
        let _ = window.try_set((of, now + by));
    };
    let more = move || rows.with(|r| r.rows.len().saturating_sub(limit()));
    let sentinel = NodeRef::<Li>::new();
    grow_near_end(sentinel, more, grow);
    view! {
        <For
            each=move || {
                rows.with(|r| {
                    r.rows.iter().take(limit()).map(|row| (r.of.0, row.clone())).collect::<Vec<_>>()
                })
            }
            key=|key| key.clone()
            children=move |(_, r)| row(r)
        />
        <Show when=move || { more() > 0 }>
            <li class="more" node_ref=sentinel>
                <button on:click=move |_| { grow(WINDOW * 4); }>
                    {move || format!("显示更多（还有 {} 行）", more())}
                </button>
            </li>
        </Show>
    }
}

/// Calls `grow(WINDOW)` whenever `sentinel` (the row after the last one shown) is less
/// than a screen height below the viewport. The observer reports after the frame is
/// painted, so the rows added never delay what the user just did. Observing again after
/// every change of the list (`more`) yields a fresh report, so a tall screen fills up
/// frame by frame and a list cut back by a new filter grows again if it must.
fn grow_near_end(
    sentinel: NodeRef<Li>,
    more: impl Fn() -> usize + 'static,
    grow: impl Fn(usize) + 'static,
) {
    let on_report = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries
            .iter()
            .map(IntersectionObserverEntry::unchecked_from_js)
            .any(|entry| entry.is_intersecting());
        if near {
            grow(WINDOW);
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin("0px 0px 100% 0px");
    let Ok(observer) =
        IntersectionObserver::new_with_options(on_report.as_ref().unchecked_ref(), &options)
    else {
        return; // No observer (very old browser): the "显示更多" button still works.
    };
    let held = StoredValue::new_local(Observer {
        observer,
        _on_report: on_report,
    });
    Effect::new(move |_| {
        more();
        if let Some(el) = sentinel.get() {
            held.with_value(|o| {
                o.observer.disconnect();
                o.observer.observe(&el);
            });
        }
    });
}

/// Stops observing when the list is left (the owner drops it).
struct Observer {
    observer: IntersectionObserver,
    _on_report: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

//! Long lists rendered in windows: a screenful at once, and more rows, a frame later,
//! whenever the end of the list comes within a screen of the viewport (on a tall
//! screen, while scrolling, when j/k reaches the last row). Rows far from the screen
//! are dropped again: scrolled past, the first rows of the page give way to a spacer
//! of their height, and come back when the spacer nears the screen; scrolled back up,
//! the last rows are dropped. So the page holds a few hundred rows at most, whatever
//! the length of the list, and a keystroke (in the search box, in a task's note)
//! costs as much at the end of 5,000 tasks as at the top. The outline and the unit
//! and leader pages use it.

use std::hash::Hash;

use leptos::html::Li;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Rows rendered at first, and added or dropped at a time: 16 task rows (86–140 px
/// each on a laptop) fill two screens of 768 px.
pub const WINDOW: usize = 16;

/// Rows kept in the page before any is dropped: eight windows, about fifteen screens
/// of tasks. A window is dropped only when it is more than [`FAR`] screens away, so
/// that rows never come and go near the screen (on a tall screen, or with short
/// rows, the page keeps more).
pub const MOST: usize = 8 * WINDOW;

/// How far from the viewport, in screen heights, a window must be to be dropped.
const FAR: f64 = 2.0;

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

/// The rows of a list in the page: `start..end`, after a spacer as high as the
/// windows dropped above, whose heights are in `dropped` (one per window, in order).
#[derive(Clone, Debug, PartialEq)]
struct Span {
    of: ListId,
    start: usize,
    end: usize,
    dropped: Vec<f64>,
}

impl Span {
    fn first(of: ListId) -> Self {
        Self {
            of,
            start: 0,
            end: WINDOW,
            dropped: Vec::new(),
        }
    }
}

/// The rows of `rows` in the page, each drawn by `row`, after a spacer standing for
/// those dropped above and (while rows remain) before a "显示更多" row whose nearing
/// the screen adds more. Goes inside the caller's `<ol>`; each row must draw one
/// element.
#[component]
pub fn WindowedRows<T, F>(rows: Memo<Rows<T>>, row: F) -> impl IntoView
where
    T: Clone + Eq + Hash + Send + Sync + 'static,
    F: Fn(T) -> AnyView + Clone + Send + Sync + 'static,
{
    // Which rows are shown, and of which list: a new list starts from the first window
    // in the same render (not one render later, after the old window), and so does a
    // list cut back under the rows dropped above (everything folded).
    let span = RwSignal::new(Span::first((u64::MAX, 0)));
    let span_of = move |r: &Rows<T>, s: &Span| {
        if s.of == r.of && (s.start == 0 || s.start < r.rows.len()) {
            s.clone()
        } else {
            Span::first(r.of)
        }
    };
    let current = move || rows.with(|r| span.with(|s| span_of(r, s)));
    let current_untracked = move || rows.with_untracked(|r| span.with_untracked(|s| span_of(r, s)));
    let shown = move || {
        let s = current();
        (s.start, s.end.min(rows.with(|r| r.rows.len())))
    };
    let more = move || {
        let (_, end) = shown();
        rows.with(|r| r.rows.len().saturating_sub(end))
    };
    let spacer = move || {
        let s = current();
        (s.start > 0).then(|| s.dropped.iter().sum::<f64>())
    };
    let top = NodeRef::<Li>::new();
    let bottom = NodeRef::<Li>::new();
    // Adds `by` rows below; drops the windows above that are far off screen.
    let grow = move |by: usize| {
        let mut s = current_untracked();
        let len = rows.with_untracked(|r| r.rows.len());
        let start = s.start;
        s.end = (s.end + by).min(len.max(s.end));
        let rendered = rendered_rows(bottom.get_untracked().map(Into::into));
        let screen = screen_height();
        while s.end - s.start > MOST {
            // The window's height: from its first row to the first row after it.
            let k = s.start - start;
            let (Some(first), Some(next)) = (rendered.get(k), rendered.get(k + WINDOW)) else {
                break;
            };
            let next_top = next.get_bounding_client_rect().top();
            if next_top > -FAR * screen {
                break; // Not far enough above the screen.
            }
            s.dropped
                .push(next_top - first.get_bounding_client_rect().top());
            s.start += WINDOW;
        }
        // try_: an observer report may arrive just after the list is gone.
        let _ = span.try_set(s);
    };
    // Brings back the windows above that near the screen. When the screen is far up in
    // the spacer (Home, the scroll bar dragged up), the rows there are drawn at once
    // and those below dropped, rather than every window on the way back.
    let restore = move || {
        let mut s = current_untracked();
        let Some(spacer) = top.get_untracked() else {
            return;
        };
        if s.dropped.is_empty() {
            return;
        }
        let screen = screen_height();
        // The first dropped window whose bottom is less than a screen above the top of
        // the viewport (the last one, if none is).
        let mut bottom_of = spacer.get_bounding_client_rect().top();
        let near = s
            .dropped
            .iter()
            .position(|h| {
                bottom_of += h;
                bottom_of > -screen
            })
            .unwrap_or(s.dropped.len() - 1);
        if near + 2 < s.dropped.len() {
            // Far up: two windows from there, nothing below them.
            s.start = near * WINDOW;
            s.end = s.start + 2 * WINDOW;
            s.dropped.truncate(near);
        } else {
            let rendered = rendered_rows(Some(spacer.into()));
            let before = s.start;
            s.dropped.pop();
            s.start -= WINDOW;
            while s.end - s.start > MOST && s.end - before >= WINDOW {
                // The last window's first row, among the rows rendered before.
                let Some(first) = rendered.get(s.end - WINDOW - before) else {
                    break;
                };
                if first.get_bounding_client_rect().top() < (1.0 + FAR) * screen {
                    break; // Not far enough below the screen.
                }
                s.end -= WINDOW;
            }
        }
        let _ = span.try_set(s);
    };
    observe_near(bottom, "0px 0px 100% 0px", more, move || grow(WINDOW));
    // The spacer near or on the screen: above it, anywhere below it (scrolled back to
    // the top at once, however tall what stands above the list: a summary of many
    // documents), or all over it (the scroll bar dragged into it).
    observe_near(
        top,
        "100% 0px 100000% 0px",
        move || spacer().map_or(0, |h| h as usize + 1),
        restore,
    );
    view! {
        <Show when=move || spacer().is_some()>
            <li
                class="spacer"
                aria-hidden="true"
                node_ref=top
                style=move || format!("height: {}px", crate::decimal::fixed(spacer().unwrap_or(0.0), 2))
            ></li>
        </Show>
        <For
            each=move || {
                let (start, end) = shown();
                rows.with(|r| {
                    r.rows[start..end].iter().map(|row| (r.of.0, row.clone())).collect::<Vec<_>>()
                })
            }
            key=|key| key.clone()
            children=move |(_, r)| row(r)
        />
        <Show when=move || { more() > 0 }>
            <li class="more" node_ref=bottom>
                <button on:click=move |_| { grow(WINDOW * 4); }>
                    {move || format!("显示更多（还有 {} 行）", more())}
                </button>
            </li>
        </Show>
    }
}

/// The rows in the page of the list that holds `edge` (its spacer or its "显示更多"
/// row), in order: the list's other items.
fn rendered_rows(edge: Option<Element>) -> Vec<Element> {
    let Some(list) = edge.and_then(|e| e.parent_element()) else {
        return Vec::new();
    };
    let children = list.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|e| {
            let class = e.class_name();
            !class.split(' ').any(|c| c == "spacer" || c == "more")
        })
        .collect()
}

fn screen_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(768.0)
}

/// Calls `near` whenever `edge` comes within the root margin `margin` of the viewport
/// (a screen height below it, or around it). The observer reports after the frame is
/// painted, so the rows added never delay what the user just did. Observing again
/// after every change of `changed` yields a fresh report, so a tall screen fills up
/// frame by frame and a list cut back by a new filter grows again if it must.
fn observe_near(
    edge: NodeRef<Li>,
    margin: &str,
    changed: impl Fn() -> usize + 'static,
    near: impl Fn() + 'static,
) {
    let on_report = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let is_near = entries
            .iter()
            .map(IntersectionObserverEntry::unchecked_from_js)
            .any(|entry| entry.is_intersecting());
        if is_near {
            near();
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(margin);
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
        changed();
        if let Some(el) = edge.get() {
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

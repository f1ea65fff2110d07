//! The filter and the view live in the URL's query string, so that a view can be
//! bookmarked, reloaded and sent as a link. The document itself never goes into the URL.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

use super::state::{ViewMode, Workspace};
use crate::filter::Filter;

/// The URL follows the filter once typing pauses: Chromium's `history.replaceState`
/// costs ~15–30 ms a call, too much for every keystroke.
const SETTLE: Duration = Duration::from_millis(200);

pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

thread_local! {
    /// The URL update waiting for typing to pause, and the query it will write.
    static PENDING: RefCell<Option<(TimeoutHandle, String)>> = const { RefCell::new(None) };
}

/// Keeps the URL in step with the filter and the view. Typing in the search box and
/// other filter changes replace the history entry, so they do not fill the back button;
/// going to another page of the app (a view tab, a unit's or a leader's page) adds an
/// entry, so that the browser's Back returns to where the user was.
pub fn mirror_in_url(workspace: Workspace) {
    Effect::new(move |previous: Option<(Filter, ViewMode, Page)>| {
        let mut query = workspace.filter.with(|f| f.to_query());
        let view = workspace.view.get();
        if view != ViewMode::Outline {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str("view=");
            query.push_str(view.as_query());
        }
        let page = workspace.filter.with(|f| Page::of(f, view));
        // Typing waits for a pause; a click (view, unit, role…) shows in the URL at once.
        let unkeyed = workspace.filter.with(|f| Filter {
            keyword: String::new(),
            ..f.clone()
        });
        let typing = previous
            .as_ref()
            .is_some_and(|(f, v, _)| *f == unkeyed && *v == view);
        let restoring = RESTORING.with(|r| r.replace(false));
        let new_page = previous.is_some_and(|(_, _, p)| p != page) && !restoring;
        let pending = set_timeout_with_handle(write_pending, SETTLE)
            .ok()
            .map(|h| (h, query));
        if let Some((old, _)) = PENDING.with(|p| std::mem::replace(&mut *p.borrow_mut(), pending)) {
            old.clear();
        }
        if new_page {
            if let Some((handle, query)) = PENDING.with(|p| p.borrow_mut().take()) {
                handle.clear();
                set_query(&query, true);
            }
        } else if !typing {
            write_pending();
        }
        (unkeyed, view, page)
    });
    // Back and Forward: show what that entry's URL says.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let query = current_query();
        RESTORING.with(|r| r.set(true));
        workspace.filter.set(Filter::from_query(&query));
        workspace.view.set(ViewMode::from_query(&query));
        // Cleared after the effect above has run (or had nothing to do).
        set_timeout(|| RESTORING.with(|r| r.set(false)), Duration::ZERO);
    });
    // Leaving or reloading the page right after a change still keeps it in the URL.
    let _ = window_event_listener(leptos::ev::pagehide, |_| write_pending());
}

thread_local! {
    /// Set while a Back or Forward is shown, so that it does not add an entry itself.
    static RESTORING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Which page of the app is shown: a view, and on the unit and leader views the unit
/// or leader whose page is open.
#[derive(Clone, PartialEq)]
struct Page {
    view: ViewMode,
    chosen: Option<String>,
}

impl Page {
    fn of(filter: &Filter, view: ViewMode) -> Self {
        let chosen = match view {
            ViewMode::Units if filter.units.len() == 1 => filter.units.first().cloned(),
            ViewMode::Leaders => filter.leader.clone(),
            _ => None,
        };
        Page { view, chosen }
    }
}

fn write_pending() {
    if let Some((handle, query)) = PENDING.with(|p| p.borrow_mut().take()) {
        handle.clear();
        set_query(&query, false);
    }
}

/// Puts `query` in the URL: in a new history entry (`push`) or in the current one.
fn set_query(query: &str, push: bool) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path.clone()
    } else {
        format!("{path}?{query}")
    };
    let current = format!("{path}{}", location.search().unwrap_or_default());
    if url != current {
        if let Ok(history) = window().history() {
            let null = wasm_bindgen::JsValue::NULL;
            let _ = if push {
                history.push_state_with_url(&null, "", Some(&url))
            } else {
                history.replace_state_with_url(&null, "", Some(&url))
            };
        }
    }
}

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

/// Keeps the URL in step with the filter and the view (replacing the history entry, so
/// that typing in the search box does not fill the back button).
pub fn mirror_in_url(workspace: Workspace) {
    Effect::new(move |previous: Option<(Filter, ViewMode)>| {
        let mut query = workspace.filter.with(|f| f.to_query());
        let view = workspace.view.get();
        if view != ViewMode::Outline {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str("view=");
            query.push_str(view.as_query());
        }
        // Typing waits for a pause; a click (view, unit, role…) shows in the URL at once.
        let unkeyed = workspace.filter.with(|f| Filter {
            keyword: String::new(),
            ..f.clone()
        });
        let typing = previous.is_some_and(|(f, v)| f == unkeyed && v == view);
        let pending = set_timeout_with_handle(write_pending, SETTLE)
            .ok()
            .map(|h| (h, query));
        if let Some((old, _)) = PENDING.with(|p| std::mem::replace(&mut *p.borrow_mut(), pending)) {
            old.clear();
        }
        if !typing {
            write_pending();
        }
        (unkeyed, view)
    });
    // Leaving or reloading the page right after a change still keeps it in the URL.
    let _ = window_event_listener(leptos::ev::pagehide, |_| write_pending());
}

fn write_pending() {
    if let Some((handle, query)) = PENDING.with(|p| p.borrow_mut().take()) {
        handle.clear();
        replace_query(&query);
    }
}

fn replace_query(query: &str) {
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
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

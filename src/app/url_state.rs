//! The filter and the view live in the URL's query string, so that a view can be
//! bookmarked, reloaded and sent as a link. The document itself never goes into the URL.

use leptos::prelude::*;

use super::state::{ViewMode, Workspace};

pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Keeps the URL in step with the filter and the view (replacing the history entry, so
/// that typing in the search box does not fill the back button).
pub fn mirror_in_url(workspace: Workspace) {
    Effect::new(move |_| {
        let mut query = workspace.filter.with(|f| f.to_query());
        let view = workspace.view.get();
        if view != ViewMode::Outline {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str("view=");
            query.push_str(view.as_query());
        }
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let url = if query.is_empty() { path } else { format!("{path}?{query}") };
        let current = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        if url != current {
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
    });
}

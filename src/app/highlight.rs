//! Text with the filter's keywords marked.

use leptos::prelude::*;

use super::state::use_workspace;
use crate::filter::{highlight, reveal_controls};

/// Pasted text as the page shows it: bidirectional controls as visible marks
/// ([`reveal_controls`]), so that what the user reads is what the text says.
pub fn visible(text: &str) -> String {
    reveal_controls(text).into_owned()
}

/// `text`, with every match of the current keyword filter in a `<mark>`.
/// Always text nodes: pasted markup is never interpreted.
#[component]
pub fn Highlighted(text: String) -> impl IntoView {
    let filter = use_workspace().filter;
    move || {
        filter.with(|f| {
            highlight(&text, &f.keyword)
                .into_iter()
                .map(|(range, hit)| {
                    let part = text.get(range).unwrap_or_default().to_owned();
                    if hit {
                        view! { <mark>{part}</mark> }.into_any()
                    } else {
                        part.into_any()
                    }
                })
                .collect_view()
        })
    }
}

//! A task's text or paragraphs in a row: whole when short; folded behind 展开 when
//! longer than [`FOLD_CHARS`] (a paste can join thousands of lines into one task, and
//! laying that out whole can stall the page), and unfolded in pieces with a break
//! opportunity between them ([`crate::filter::pieces`]).

use leptos::prelude::*;

use super::highlight::{visible, Highlighted};
use crate::filter::{pieces, row_text, RowText, FOLD_CHARS, PIECE_CHARS};

#[component]
pub fn RowTextView(text: String) -> impl IntoView {
    let text = visible(&text);
    let (head, chars) = match row_text(&text) {
        RowText::Whole(_) => return view! { <Highlighted text/> }.into_any(),
        RowText::Folded { head, chars } => (head.to_owned(), chars),
    };
    let open = RwSignal::new(false);
    let whole: Vec<String> = pieces(&text, PIECE_CHARS)
        .into_iter()
        .map(str::to_owned)
        .collect();
    view! {
        {move || if open.get() {
            whole
                .iter()
                .map(|piece| view! { <Highlighted text=piece.clone()/><wbr/> })
                .collect_view()
                .into_any()
        } else {
            view! { <Highlighted text=head.clone()/>"…" }.into_any()
        }}
        <button
            type="button"
            class="link fold-text rove"
            tabindex="-1"
            data-testid="fold-text"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() {
                "收起".to_owned()
            } else {
                format!("展开（共 {chars} 字，只显示了前 {FOLD_CHARS} 字）")
            }}
        </button>
    }
    .into_any()
}

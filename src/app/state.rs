//! The state every component shares: the pasted text and the outline derived from it.

use leptos::prelude::*;

use crate::parser::{self, Outline};

#[derive(Clone, Copy)]
pub struct Workspace {
    /// The text the user pasted (or a sample).
    pub source: RwSignal<String>,
    /// The parsed outline; recomputed only when `source` changes.
    pub outline: Memo<Outline>,
}

impl Workspace {
    pub fn new(initial: &str) -> Self {
        let source = RwSignal::new(initial.to_owned());
        let outline = Memo::new(move |_| source.with(|text| parser::parse(text)));
        Self { source, outline }
    }
}

pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}

//! One paste can hold several documents (004 holds two, a yearly bundle dozens), and
//! each document keeps the whole paste as its source text. Stored once per document,
//! a 2 MB paste of 40 documents would fill the browser's quota at once. So the text is
//! stored whole under one document of the paste, its *holder* (the first key in key
//! order), and the others store `{"text_of":[holder, at]}`: "my text is the one the
//! holder stored at `at`".
//!
//! Reading resolves a reference through its holder (following further references), or
//! else through any whole text stored at the same stamp: the holder may have changed
//! between two writes (see [`super::changes`] for the write order that keeps every
//! prefix of a save readable).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::checklist::identity::DocKey;
use crate::checklist::model::State;
use crate::checklist::model::Text;
use crate::checklist::stamped::{Millis, Stamped};

/// The field of a stored source value that makes it a reference.
pub(crate) const TEXT_OF: &str = "text_of";

/// A source text stored as a reference to another document's.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextRef {
    pub holder: DocKey,
    pub at: Millis,
}

/// For every document whose text is stored as a reference, the document that holds
/// it: documents whose texts are equal and stamped at the same time (those of one
/// paste) share the first one's. Empty texts (purged documents) are never shared.
pub(crate) fn holders(state: &State) -> HashMap<&DocKey, &DocKey> {
    // (stamp, length) → holders seen with it; equal texts are then compared whole,
    // which only happens for the documents of one paste. Those share one text (an
    // `Arc`), found equal without reading it: a paste of 10 MB with 400 documents
    // would otherwise compare 4 GB on every save.
    let mut seen: HashMap<(u64, usize), Vec<&DocKey>> = HashMap::new();
    // Only looked up: a HashMap (less code in the page than another BTreeMap type).
    let mut out = HashMap::new();
    for (key, entry) in &state.library {
        let text = &entry.source;
        if text.value.is_empty() {
            continue;
        }
        let group = seen
            .entry((text.at.to_bits(), text.value.len()))
            .or_default();
        let same = group.iter().find(|h| {
            let held = &state.library[**h].source.value;
            Arc::ptr_eq(held, &text.value) || *held == text.value
        });
        match same {
            Some(holder) => {
                out.insert(key, *holder);
            }
            None => group.push(key),
        }
    }
    out
}

/// The stored body of a reference.
pub(crate) fn ref_body(holder: &DocKey, at: Millis) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(
        TEXT_OF.into(),
        serde_json::to_value(Stamped::new(holder.0.clone(), at)).unwrap_or(Value::Null),
    );
    m
}

/// Reads a reference body; None when `obj` is not one or does not read.
pub(crate) fn read_ref(obj: &Map<String, Value>) -> Option<TextRef> {
    let s: Stamped<String> = serde_json::from_value(obj.get(TEXT_OF)?.clone()).ok()?;
    if s.value.is_empty() {
        return None;
    }
    Some(TextRef {
        holder: DocKey(s.value),
        at: s.at,
    })
}

/// True for a stored source value that is a reference, not a whole text. Cheap: the
/// stored value starts with its first field, and `text_of` sorts before `version`.
pub fn is_text_ref(value: &str) -> bool {
    value.starts_with("{\"text_of\"")
}

/// The holder a stored source value refers to, if it is a reference.
pub fn text_ref_holder(value: &str) -> Option<DocKey> {
    if !is_text_ref(value) {
        return None;
    }
    match serde_json::from_str::<Value>(value).ok()? {
        Value::Object(o) => read_ref(&o).map(|r| r.holder),
        _ => None,
    }
}

/// The texts of `refs`, looked up in `whole` (texts read whole, by document) and then
/// in `known` (a state that already holds texts, e.g. this tab's for a single key
/// written by another tab). Gives the resolved texts and the references that could
/// not be resolved.
pub(crate) fn resolve(
    refs: &BTreeMap<DocKey, TextRef>,
    whole: &BTreeMap<DocKey, Stamped<Text>>,
    known: &State,
) -> (BTreeMap<DocKey, Stamped<Text>>, Vec<DocKey>) {
    let mut resolved = BTreeMap::new();
    let mut dangling = Vec::new();
    for (key, r) in refs {
        match find(r, refs, whole, known) {
            Some(text) => {
                // The holder's text itself, shared: not a copy.
                resolved.insert(key.clone(), Stamped::new(text.value.clone(), text.at));
            }
            None => dangling.push(key.clone()),
        }
    }
    (resolved, dangling)
}

/// The text a reference names, in order of certainty:
/// 1. its holder's (through the holder's own reference, if a save was cut short while
///    the holder changed) stamped as the reference says;
/// 2. any text of the same paste (the same stamp), read now or known to this tab;
/// 3. the text its holder now leads to, whatever its stamp: a save cut short between
///    the holder's new text and this document's new reference to it.
fn find<'a>(
    r: &TextRef,
    refs: &BTreeMap<DocKey, TextRef>,
    whole: &'a BTreeMap<DocKey, Stamped<Text>>,
    known: &'a State,
) -> Option<&'a Stamped<Text>> {
    let of_paste = |s: &&Stamped<Text>| !s.value.is_empty() && s.at == r.at;
    let exact = follow(&r.holder, refs, whole, Some(r.at));
    exact
        .or_else(|| whole.values().find(of_paste))
        .or_else(|| {
            let holder = known.library.get(&r.holder).map(|e| &e.source);
            holder
                .filter(of_paste)
                .or_else(|| known.library.values().map(|e| &e.source).find(of_paste))
        })
        .or_else(|| follow(&r.holder, refs, whole, None))
}

/// The non-empty whole text `holder` leads to through references (each stamped `at`
/// when given). A chain is at most as long as there are references.
fn follow<'a, 'r>(
    mut holder: &'r DocKey,
    refs: &'r BTreeMap<DocKey, TextRef>,
    whole: &'a BTreeMap<DocKey, Stamped<Text>>,
    at: Option<Millis>,
) -> Option<&'a Stamped<Text>> {
    let stamped_so = |s: Millis| at.is_none_or(|at| at == s);
    for _ in 0..=refs.len() {
        if let Some(text) = whole.get(holder) {
            return (!text.value.is_empty() && stamped_so(text.at)).then_some(text);
        }
        let next = refs.get(holder).filter(|n| stamped_so(n.at))?;
        holder = &next.holder;
    }
    None
}

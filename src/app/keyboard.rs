//! Keyboard: "/" focuses the search, j/k or the arrow keys move through the tasks, Esc
//! clears the filters. In a row (one tab stop per task or section), ← and → move
//! between its controls (a roving tab stop: the control left focused is the row's tab
//! stop next time); x (or Space on the row) ticks the task focused, n opens its note.
//! A group of buttons marked `data-rove-group` (the export menu) is one tab stop the
//! same way.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::Workspace;
use crate::filter::Filter;

pub fn install(workspace: Workspace) {
    let _ = window_event_listener(ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = typing_in_a_field();
        match ev.key().as_str() {
            "/" if !typing => {
                ev.prevent_default();
                if let Some(input) = element_by_id("filter-keyword") {
                    let _ = input.focus();
                }
            }
            // Esc in a note or a name being edited leaves that field only; elsewhere
            // (the search box included) it clears the filters.
            "Escape" if typing && !in_filter_bar() => {
                if let Some(active) = active_element() {
                    let _ = active.blur();
                }
            }
            "Escape" => {
                workspace.filter.set(Filter::default());
                if let Some(active) = active_element() {
                    let _ = active.blur();
                }
            }
            "ArrowLeft" | "ArrowRight"
                if !typing && rove(if ev.key() == "ArrowLeft" { -1 } else { 1 }) =>
            {
                ev.prevent_default();
            }
            "x" | "X" if !typing && on_row_control() => {
                if let Some(done) = in_focused_row("[data-testid=done]") {
                    done.click();
                }
            }
            " " if active_element().is_some_and(|a| a.has_attribute("data-row")) => {
                // Space on a row ticks it, rather than scrolling the page.
                if let Some(done) = in_focused_row("[data-testid=done]") {
                    ev.prevent_default();
                    done.click();
                }
            }
            "n" | "N" if !typing && on_row_control() => {
                if let Some(toggle) = in_focused_row("[data-testid=note-toggle]") {
                    ev.prevent_default();
                    if toggle.get_attribute("aria-expanded").as_deref() != Some("true") {
                        toggle.click();
                    }
                    request_animation_frame(|| {
                        if let Some(note) = in_focused_row("[data-testid=note]") {
                            let _ = note.focus();
                        }
                    });
                }
            }
            "j" | "ArrowDown" if !typing => {
                ev.prevent_default();
                move_focus(1);
            }
            "k" | "ArrowUp" if !typing => {
                ev.prevent_default();
                move_focus(-1);
            }
            _ => {}
        }
    });
}

fn document() -> Option<web_sys::Document> {
    window().document()
}

fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

fn active_element() -> Option<web_sys::HtmlElement> {
    document()?.active_element()?.dyn_into().ok()
}

/// Whether keys go into a field: a text box, a list, an editable area. A checkbox or a
/// button keeps j/k for moving between tasks.
fn typing_in_a_field() -> bool {
    active_element().is_some_and(|el| match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => el
            .dyn_ref::<web_sys::HtmlInputElement>()
            .is_none_or(|input| !matches!(input.type_().as_str(), "checkbox" | "radio" | "button")),
        _ => el.is_content_editable(),
    })
}

/// Whether the focus is on a row itself or on one of its controls (not in its note or
/// its 修正 editor).
fn on_row_control() -> bool {
    active_element().is_some_and(|a| a.has_attribute("data-row") || a.class_list().contains("rove"))
}

/// The row (task or section) holding the focus, if any.
fn focused_row() -> Option<web_sys::Element> {
    active_element()?.closest("[data-row]").ok().flatten()
}

/// The row or the group of buttons (`data-rove-group`) holding the focus, if any.
fn focused_group() -> Option<web_sys::Element> {
    active_element()?
        .closest("[data-row], [data-rove-group]")
        .ok()
        .flatten()
}

/// The element `selector` finds in the focused row.
fn in_focused_row(selector: &str) -> Option<web_sys::HtmlElement> {
    focused_row()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Moves the focus to the previous (`step` -1) or next control of the focused row (or
/// group of buttons) that is shown and enabled, and makes it the row's tab stop. False
/// when the focus is not on such a control.
fn rove(step: i32) -> bool {
    let Some(active) = active_element() else {
        return false;
    };
    let Some(row) = focused_group() else {
        return false;
    };
    let Ok(list) = row.query_selector_all(".rove") else {
        return false;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|k| list.item(k)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|c| c.offset_parent().is_some() && !c.has_attribute("disabled"))
        .collect();
    let on_row = active.has_attribute("data-row");
    let at = controls.iter().position(|c| *c == active);
    let next = match (at, on_row) {
        (Some(k), _) => k as i32 + step,
        (None, true) => 0,
        (None, false) => return false,
    };
    let Some(target) = usize::try_from(next).ok().and_then(|k| controls.get(k)) else {
        return true;
    };
    for c in &controls {
        let _ = c.set_attribute("tabindex", "-1");
    }
    let _ = target.set_attribute("tabindex", "0");
    let _ = target.focus();
    true
}

/// Whether the focus is in the filter bar (the search box, the unit and leader lists).
fn in_filter_bar() -> bool {
    active_element().is_some_and(|el| el.closest(".filter-bar").ok().flatten().is_some())
}

/// Focuses the next (or previous) task row after the focused one.
fn move_focus(step: i32) {
    let Some(rows) = document().and_then(|d| d.query_selector_all("[data-row]").ok()) else {
        return;
    };
    let len = rows.length();
    if len == 0 {
        return;
    }
    let active = document().and_then(|d| d.active_element());
    let current = (0..len).find(|&k| {
        let row = rows.item(k);
        active
            .as_ref()
            .is_some_and(|a| row.as_ref().is_some_and(|r| r.contains(Some(a))))
    });
    let next = match (current, step > 0) {
        (None, true) => 0,
        (None, false) => len - 1,
        (Some(k), true) => (k + 1).min(len - 1),
        (Some(k), false) => k.saturating_sub(1),
    };
    if let Some(el) = rows
        .item(next)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

//! What the user sees when the app panics: a message in Chinese and a way to reload.
//!
//! A panic aborts the WebAssembly instance, so the screen must not need Rust once
//! shown: it is static markup in index.html (`#crash`) that the hook un-hides, and its
//! reload control is a plain link. The panic text still goes to the console.

use wasm_bindgen::JsCast;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_screen();
    }));
}

fn show_crash_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(crash) = document.get_element_by_id("crash") {
        let _ = crash.remove_attribute("hidden");
        if let Ok(el) = crash.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Panics on purpose when the page is opened with `?selftest=panic`, so that the
/// browser tests can check the crash screen on the real bundle.
pub fn selftest_panic_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.split(['?', '&']).any(|p| p == "selftest=panic"))
}

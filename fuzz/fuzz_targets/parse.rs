//! Fuzz target: the parser must never panic, and must account for every line.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Non-UTF-8 bytes are decoded lossily, as a browser would show them.
    let text = String::from_utf8_lossy(data);
    let outline = duban::parser::parse(&text);
    if let Err(e) = duban::parser::check_accounting(&text, &outline) {
        panic!("line accounting: {e}");
    }
    let _ = duban::parser::json::to_json(&outline);
});

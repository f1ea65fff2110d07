//! Fuzz target, second mode (`scripts/fuzz-parser --slow`): inputs that the parser reads
//! slowly for their size. The parser runs on the page's only thread, so a cost that
//! grows faster than the input freezes the page; each input must parse within a
//! budget of [`BASE`] plus [`PER_KIB`] per KiB: five times what the slowest linear
//! inputs take in this build (many short lines: 0.8 µs per byte here, with the
//! fuzzer's coverage counters; ordinary documents take a tenth of that), and far below
//! what a quadratic cost takes on the longest inputs the fuzzer tries (128 KiB: issue
//! 12's inputs took seconds at that size). An input over budget is parsed twice more,
//! and reported (as a crash, kept in fuzz/artifacts/parse_slow/) only if the fastest
//! of the three is over budget too: a busy machine can stall one run, not three.
#![no_main]

use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;

/// The budget of the smallest inputs.
const BASE: Duration = Duration::from_millis(20);
/// And per KiB of input: 4 µs per byte.
const PER_KIB: Duration = Duration::from_millis(4);

fn parse_time(text: &str) -> Duration {
    let start = Instant::now();
    let outline = duban::parser::parse(text);
    let took = start.elapsed();
    drop(outline);
    took
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let budget = BASE + PER_KIB * (data.len() / 1024 + 1) as u32;
    if parse_time(&text) <= budget {
        return;
    }
    let best = (0..2)
        .map(|_| parse_time(&text))
        .min()
        .expect("two runs");
    if best > budget {
        panic!(
            "slow input: {} bytes parsed in {best:?}, over the budget of {budget:?}",
            data.len()
        );
    }
});

//! Parser benchmark (issue 3): MB/s on ≥1 MiB and 10 MiB of the seed documents
//! concatenated, the ratio to a plain pass that only splits lines and counts chars,
//! and the heap the returned outline holds relative to the input size (measured by
//! a counting global allocator). Run through `scripts/bench-parser`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// The counting must cost little next to the allocation it counts, or the timings
/// measure the counter: the peak is a plain load and a rare store (the benchmark
/// runs on one thread) rather than a compare-and-swap loop, and `realloc` is the
/// system's (the trait's default would allocate, copy and free on every growth).
#[inline]
fn grew(size: usize) {
    let now = CURRENT.fetch_add(size, Relaxed) + size;
    if now > PEAK.load(Relaxed) {
        PEAK.store(now, Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            // As if freed and allocated anew (no peak counts both blocks at once,
            // which an in-place growth never holds).
            CURRENT.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn seeds() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let seeds = ["000_", "001_", "002_", "003_", "004_"];
            p.file_name()
                .is_some_and(|n| seeds.iter().any(|s| n.to_string_lossy().starts_with(s)))
        })
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("utf-8") + "\n")
        .collect()
}

fn input_of(seed: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + seed.len());
    while s.len() < bytes {
        s.push_str(seed);
    }
    s
}

/// The plain pass: split into lines, count the characters. `chars().count()`
/// does not decode: std counts the bytes that start a char, many at a time.
fn plain_pass(s: &str) -> usize {
    s.split('\n').map(|l| l.chars().count()).sum()
}

/// The same pass counting char by char, decoding each one: the least any parser of the
/// text must do (the parser also folds width, spaces and Traditional forms).
fn plain_pass_decoding(s: &str) -> usize {
    let mut n = 0;
    for line in s.split('\n') {
        for _ in line.chars() {
            n += 1;
        }
    }
    n
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let seed = seeds();
    // BENCH_PROFILE=N: parse 1 MiB N times and exit (for valgrind --tool=callgrind).
    if let Some(n) = std::env::var("BENCH_PROFILE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        let input = input_of(&seed, 1 << 20);
        for _ in 0..n {
            std::hint::black_box(duban::parser::parse(&input));
        }
        return;
    }
    println!(
        "parser benchmark (seeds 000-004 concatenated, {} bytes per copy)",
        seed.len()
    );
    for (label, size, runs) in [("1 MiB", 1 << 20, 20), ("10 MiB", 10 << 20, 3)] {
        let input = input_of(&seed, size);
        let mb = input.len() as f64 / 1e6;
        let parse = best_of(runs, || duban::parser::parse(&input));
        let plain = best_of(runs, || plain_pass(&input));
        let decoding = best_of(runs, || plain_pass_decoding(&input));
        let mut buf = String::new();
        let split = best_of(runs, || {
            duban::parser::lines::split(&input, &mut buf);
        });
        let lines = duban::parser::lines::split(&input, &mut buf);
        let tree = best_of(runs, || duban::parser::tree::Builder::new(&lines).run());
        if std::env::var("BENCH_STAGES").is_ok() {
            let keys: Vec<String> = lines.iter().map(|l| l.key().to_string()).collect();
            let t =
                |name: &str, d: Duration| println!("    {name}: {:.2} ms", d.as_secs_f64() * 1e3);
            let mut buf2 = String::new();
            t(
                "views+classes (buffer reused)",
                best_of(runs, || {
                    duban::parser::lines::split(&input, &mut buf2).len();
                }),
            );
            t(
                "noise",
                best_of(runs, || {
                    keys.iter()
                        .filter_map(|k| duban::parser::noise::classify(k))
                        .count()
                }),
            );
            t(
                "numbering",
                best_of(runs, || {
                    keys.iter()
                        .filter_map(|k| duban::parser::numbering::recognise(k))
                        .count()
                }),
            );
            t(
                "label",
                best_of(runs, || {
                    keys.iter()
                        .filter(|k| duban::parser::label::starts_with_label(k))
                        .count()
                }),
            );
            t(
                "split_lines",
                best_of(runs, || {
                    duban::parser::normalise::split_lines(&input).count()
                }),
            );
        }
        drop(lines);
        drop(buf);

        let before = CURRENT.load(Relaxed);
        PEAK.store(before, Relaxed);
        let outline = duban::parser::parse(&input);
        let held = CURRENT.load(Relaxed).saturating_sub(before);
        let peak = PEAK.load(Relaxed).saturating_sub(before);
        let tasks: usize = outline.documents.iter().map(|d| d.tasks().count()).sum();
        drop(outline);

        println!(
            "{label:>7}: {:>9} bytes  parse {:>8.2} ms = {:>7.1} MB/s  plain pass {:>6.2} ms = {:>7.1} MB/s  ratio {:>5.1}x  \
             decoding pass {:>6.2} ms  ratio {:>5.1}x  \
             (of which line views+classes {:.2} ms, tree {:.2} ms)  outline heap {:.2}x input (peak {:.2}x)  tasks {}",
            input.len(),
            parse.as_secs_f64() * 1e3,
            mb / parse.as_secs_f64(),
            plain.as_secs_f64() * 1e3,
            mb / plain.as_secs_f64(),
            parse.as_secs_f64() / plain.as_secs_f64(),
            decoding.as_secs_f64() * 1e3,
            parse.as_secs_f64() / decoding.as_secs_f64(),
            split.as_secs_f64() * 1e3,
            tree.as_secs_f64() * 1e3,
            held as f64 / input.len() as f64,
            peak as f64 / input.len() as f64,
            tasks,
        );
    }
    growth();
}

/// Each pathological input at n and 4n: the time ratio is about 4 when the parse is
/// linear in it, 16 when quadratic (issue 12).
fn growth() {
    let n: usize = std::env::var("BENCH_GROWTH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40_000);
    println!(
        "\ngrowth check: each pathological input at n = {n} and 4n (linear ~4, quadratic ~16)"
    );
    println!(
        "{:<32} {:>10} {:>10} {:>10} {:>7}",
        "case", "bytes (n)", "n", "4n", "ratio"
    );
    for name in duban::parser::pathological::NAMES {
        let (Some(a), Some(b)) = (
            duban::parser::pathological::input(name, n),
            duban::parser::pathological::input(name, 4 * n),
        ) else {
            continue;
        };
        let ta = best_of(3, || duban::parser::parse(&a));
        let tb = best_of(3, || duban::parser::parse(&b));
        println!(
            "{name:<32} {:>10} {:>8.2}ms {:>8.2}ms {:>7.1}",
            a.len(),
            ta.as_secs_f64() * 1e3,
            tb.as_secs_f64() * 1e3,
            tb.as_secs_f64() / ta.as_secs_f64().max(1e-9)
        );
    }
}

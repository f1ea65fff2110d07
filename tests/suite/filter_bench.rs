//! Benchmark of the filter core (not a test: `#[ignore]`, run by scripts/bench-filter).
//! The seeds, parsed and repeated to at least 5,000 tasks.

use std::time::{Duration, Instant};

use duban::filter::{highlight, Filter, OutlineIndex, Role};
use duban::parser::{parse, Outline};

const MIN_TASKS: usize = 5_000;

fn big_outline() -> Outline {
    let mut seeds = Outline::default();
    let mut paths: Vec<_> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let parsed = parse(&std::fs::read_to_string(p).unwrap());
        seeds.documents.extend(parsed.documents);
    }
    let per_round: usize = seeds.documents.iter().map(|d| d.tasks().count()).sum();
    assert!(per_round > 0, "the seeds parse to no task");
    let mut big = Outline::default();
    while big
        .documents
        .iter()
        .map(|d| d.tasks().count())
        .sum::<usize>()
        < MIN_TASKS
    {
        big.documents.extend(seeds.documents.iter().cloned());
    }
    big
}

/// Median, 95th percentile and max of `runs` timings of `f`.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, Duration) {
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    t.sort();
    (t[runs / 2], t[runs * 95 / 100], t[runs - 1])
}

fn report(what: &str, (median, p95, max): (Duration, Duration, Duration)) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{what:<44} median {:>7.3} ms   p95 {:>7.3} ms   max {:>7.3} ms",
        ms(median),
        ms(p95),
        ms(max)
    );
}

#[test]
#[ignore = "benchmark: run scripts/bench-filter"]
fn bench_filter() {
    let outline = big_outline();
    let idx = OutlineIndex::new(&outline);
    println!(
        "outline: {} documents, {} nodes, {} tasks, {} units, {} leaders",
        outline.documents.len(),
        idx.len(),
        idx.task_count(),
        idx.units().len(),
        idx.leaders().len()
    );
    let never = |_: usize| false;
    report(
        "OutlineIndex::new",
        time(30, || OutlineIndex::new(&outline)),
    );
    report("(reference: Outline::clone)", time(30, || outline.clone()));
    let text: Vec<String> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .collect();
    report(
        "(reference: parse every fixture once)",
        time(10, || {
            text.iter().map(|t| parse(t).documents.len()).sum::<usize>()
        }),
    );
    let top_unit = idx
        .units()
        .first()
        .map(|u| u.key.clone())
        .unwrap_or_default();
    let cases: Vec<(String, Filter)> = vec![
        ("apply: empty filter".into(), Filter::default()),
        (
            "apply: keyword 招商".into(),
            Filter {
                keyword: "招商".into(),
                ..Filter::default()
            },
        ),
        (
            "apply: keyword 招".into(),
            Filter {
                keyword: "招".into(),
                ..Filter::default()
            },
        ),
        (
            "apply: keyword 项目 建设 年底".into(),
            Filter {
                keyword: "项目 建设 年底".into(),
                ..Filter::default()
            },
        ),
        (
            "apply: keyword (no hit)".into(),
            Filter {
                keyword: "不存在的词".into(),
                ..Filter::default()
            },
        ),
        (
            format!("apply: unit {top_unit}"),
            Filter {
                units: vec![top_unit.clone()],
                ..Filter::default()
            },
        ),
        (
            "apply: keyword + unit (lead) + deadline".into(),
            Filter {
                keyword: "推进".into(),
                units: vec![top_unit.clone()],
                role: Role::Lead,
                has_deadline: true,
                ..Filter::default()
            },
        ),
    ];
    for (what, f) in &cases {
        let hits = idx.apply(f, &never).task_count;
        report(
            &format!("{what} ({hits} tasks)"),
            time(200, || idx.apply(f, &never)),
        );
    }
    report("units()", time(50, || idx.units()));
    report("leaders()", time(50, || idx.leaders()));
    report(
        "tasks_of_unit(top unit)",
        time(50, || idx.tasks_of_unit(&top_unit)),
    );
    report("sections()", time(50, || idx.sections()));
    let m = idx.apply(
        &Filter {
            keyword: "招商".into(),
            ..Filter::default()
        },
        &never,
    );
    report(
        "highlight 招商 in every visible text",
        time(50, || {
            (0..idx.len())
                .filter(|&i| m.visible[i])
                .map(|i| highlight(&idx.node(i).text, "招商").len())
                .sum::<usize>()
        }),
    );
    report(
        "highlight 招商 in every text (no virtualisation)",
        time(20, || {
            idx.nodes()
                .iter()
                .map(|n| highlight(&n.text, "招商").len())
                .sum::<usize>()
        }),
    );
}

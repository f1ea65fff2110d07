//! The hand-labelled corpus (tests/corpus): no document may score worse than the floor
//! recorded in tests/corpus/floor.json (`scripts/eval-corpus --update-floor` records
//! today's figures after a change that makes documents better).

use std::collections::BTreeMap;
use std::path::Path;

use duban::corpus::{below_floor, evaluate_dir, Floor};

#[test]
fn no_document_scores_below_its_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let report = evaluate_dir(&dir).expect("corpus reads");
    let floor: BTreeMap<String, Floor> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("floor.json")).expect("floor.json"))
            .expect("floor.json parses");
    // Every document has a floor: a document added without one is a mistake.
    for d in &report.docs {
        assert!(
            floor.contains_key(&d.name),
            "{} has no floor: run scripts/eval-corpus --update-floor",
            d.name
        );
    }
    let worse = below_floor(&report, &floor);
    assert!(
        worse.is_empty(),
        "documents below their floor:\n{}\n\n{}",
        worse.join("\n"),
        report.table(true)
    );
}

#[test]
fn every_label_reads_and_names_tasks_in_its_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let report = evaluate_dir(&dir).expect("corpus reads");
    assert!(report.docs.len() >= 40, "{} documents", report.docs.len());
    for entry in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".json").filter(|s| s.starts_with('c')) else {
            continue;
        };
        let label: duban::corpus::Label =
            serde_json::from_str(&std::fs::read_to_string(entry.path()).unwrap()).unwrap();
        let text = std::fs::read_to_string(dir.join(format!("{stem}.txt"))).unwrap();
        assert!(!label.source.is_empty(), "{stem}: no source");
        for t in &label.labelled {
            assert!(
                text.contains(&t.text),
                "{stem}: {:?} is not in the text",
                t.text
            );
        }
        if !label.task_list {
            assert_eq!(label.tasks, 0, "{stem}");
        }
    }
}

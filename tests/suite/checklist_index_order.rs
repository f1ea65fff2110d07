//! The app maps each task row (a node index of the filter's `OutlineIndex`) to its
//! checklist key by order: the k-th task of document d in the index is the k-th task
//! `keyed_tasks` gives for d. This checks that both list tasks in the same order
//! (depth first) on every fixture, so a mark never lands on another task.

use std::fs;

use duban::checklist::keyed_tasks;
use duban::filter::OutlineIndex;
use duban::parser;

#[test]
fn index_tasks_and_keyed_tasks_agree_on_every_fixture() {
    let mut checked = 0;
    for entry in fs::read_dir("tests/fixtures").expect("fixtures dir") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("fixture text");
        let outline = parser::parse(&text);
        let index = OutlineIndex::new(&outline);
        for (d, doc) in outline.documents.iter().enumerate() {
            let keyed = keyed_tasks(doc);
            let rows: Vec<_> = index
                .nodes()
                .iter()
                .filter(|n| n.doc == d && n.is_task())
                .collect();
            assert_eq!(
                rows.len(),
                keyed.len(),
                "{}: task count of document {d}",
                path.display()
            );
            for (k, (row, kt)) in rows.iter().zip(&keyed).enumerate() {
                assert_eq!(row.task_ordinal, Some(k + 1), "{}: ordinal", path.display());
                assert_eq!(
                    row.text,
                    kt.node.text,
                    "{}: task {k} of document {d}",
                    path.display()
                );
                assert_eq!(
                    row.line,
                    kt.node.line,
                    "{}: line of task {k}",
                    path.display()
                );
            }
            checked += keyed.len();
        }
    }
    assert!(checked > 100, "the fixtures hold tasks ({checked})");
}

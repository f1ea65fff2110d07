//! Task identity and revision matching on the real seed documents, through the parser.

use std::collections::HashSet;

use duban::checklist::revision::Field;
use duban::checklist::*;
use duban::parser::{parse, Document};

fn seeds() -> Vec<(String, String)> {
    let mut v: Vec<_> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            if p.extension()? != "txt" {
                return None;
            }
            Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    v.sort();
    v
}

fn keys(d: &Document) -> Vec<TaskKey> {
    keyed_tasks(d).into_iter().map(|t| t.key).collect()
}

/// The same text as pasted from somewhere else: CRLF line ends, blank lines in
/// front, trailing spaces.
fn noisy(text: &str) -> String {
    let body: Vec<String> = text.lines().map(|l| format!("{l}  ")).collect();
    format!("\r\n\r\n\r\n{}", body.join("\r\n"))
}

#[test]
fn seeds_repasted_with_noise_keep_their_keys() {
    let seeds = seeds();
    assert!(seeds.len() >= 5, "{}", seeds.len());
    for (name, text) in seeds {
        let a = parse(&text);
        let b = parse(&noisy(&text));
        assert!(!a.documents.is_empty(), "{name}");
        assert_eq!(doc_keys(&a.documents), doc_keys(&b.documents), "{name}");
        for (da, db) in a.documents.iter().zip(&b.documents) {
            let (ka, kb) = (keys(da), keys(db));
            assert!(!ka.is_empty(), "{name}");
            assert_eq!(ka, kb, "{name}");
            assert_eq!(
                ka.iter().collect::<HashSet<_>>().len(),
                ka.len(),
                "{name}: keys not distinct"
            );
            assert!(match_revision(da, db).is_unchanged(), "{name}");
        }
    }
}

#[test]
fn revised_seed_keeps_marks_and_reports_changes() {
    let text = std::fs::read_to_string("tests/fixtures/000_eb808605bcd38298.txt").unwrap();
    let edited = "（四）做好 2023 年财政预算报告相关工作，开展专项债券发行前期准备工作。";
    assert!(text.contains(edited));
    // (四) lightly edited; (二) replaced by an unrelated task (one removed, one added).
    let revised_text: String = text
        .replace(
            edited,
            "（四）做好2023年财政预算报告有关工作，开展专项债券发行前期准备工作。",
        )
        .lines()
        .map(|l| {
            if l.starts_with("（二）研究出台") {
                "（二）开展营商环境专项督查，完善问题整改台账。"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let old = parse(&text).documents.remove(0);
    let new = parse(&revised_text).documents.remove(0);
    let (ok, nk) = (keys(&old), keys(&new));
    assert_eq!(ok.len(), nk.len());

    let rev = match_revision(&old, &new);
    assert_eq!(rev.summary(), "新增 1 项，删除 1 项，修改 1 项");
    assert_eq!(
        rev.added[0].text,
        "开展营商环境专项督查，完善问题整改台账。"
    );
    assert!(
        rev.removed[0].text.starts_with("研究出台“8+4”"),
        "{}",
        rev.removed[0].text
    );
    let m: Vec<_> = rev.modified().collect();
    assert_eq!(m[0].changed, vec![Field::Text]);
    assert!(m[0].old_text.contains("相关工作") && m[0].new_text.contains("有关工作"));

    let dk = doc_key(&old);
    assert_eq!(dk, doc_key(&new));
    let mut s = State::default();
    for (i, k) in ok.iter().enumerate() {
        s.set_done(&dk, k, true, 1000.0 + i as f64);
    }
    s.set_note(&dk, &m[0].old, "预算报告已提交", 5000.0);
    revision::carry_marks(&mut s, &dk, &dk, &rev);
    let marks = s.doc_marks(&dk).unwrap();
    assert_eq!(marks.tasks[&m[0].new].note.value, "预算报告已提交");
    // Every new task but the added one is done.
    assert_eq!(
        progress(Some(marks), &nk),
        Progress {
            done: nk.len() - 1,
            total: nk.len()
        }
    );
    assert!(!marks.is_done(&rev.added[0].key));
}

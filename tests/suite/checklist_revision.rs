//! Matching a revised document to the old one and carrying marks over.

use crate::checklist_support;

use checklist_support::*;
use duban::checklist::revision::{carry_marks, match_revision, match_revision_with, Field};
use duban::checklist::*;
use duban::parser::Document;

fn keys(d: &Document) -> Vec<TaskKey> {
    keyed_tasks(d).into_iter().map(|t| t.key).collect()
}

/// The seed revised: task 4 lightly edited (年底前 → 9月底前), task 2 removed, a task
/// added in 城市建设, and everything renumbered.
fn revised() -> Document {
    let mut d = seed();
    d.nodes[1].children[0].text = "加快推进市民中心项目建设，确保主体结构9月底前完工。".into();
    d.nodes[0].children.remove(1);
    d.nodes[1]
        .children
        .insert(1, task("启动老旧小区改造三年行动。"));
    renumber(&mut d, 1);
    d
}

#[test]
fn identical_reparse_matches_everything_unchanged() {
    let mut again = seed();
    renumber(&mut again, 77);
    let rev = match_revision(&seed(), &again);
    assert!(rev.is_unchanged());
    assert_eq!(rev.pairs.len(), 5);
    assert!(rev
        .pairs
        .iter()
        .all(|p| p.old == p.new && p.similarity == 1.0));
    assert_eq!(rev.summary(), "内容未变");
}

#[test]
fn revised_document_edited_added_removed() {
    let old = seed();
    let new = revised();
    let (ok, nk) = (keys(&old), keys(&new));
    let rev = match_revision(&old, &new);

    assert_eq!(rev.added.len(), 1);
    assert_eq!(rev.added[0].key, nk[3]);
    assert_eq!(rev.added[0].text, "启动老旧小区改造三年行动。");
    assert_eq!(rev.removed.len(), 1);
    assert_eq!(rev.removed[0].key, ok[1]);
    assert_eq!(
        rev.removed[0].text,
        "召开全市投资攻坚年大会，分解一季度及全年度投资目标。"
    );
    let modified: Vec<_> = rev.modified().collect();
    assert_eq!(modified.len(), 1);
    let p = modified[0];
    assert_eq!((&p.old, &p.new), (&ok[3], &nk[2]));
    assert_eq!(p.changed, vec![Field::Text]);
    assert!(p.similarity > 0.8 && p.similarity < 1.0, "{}", p.similarity);
    assert_eq!(rev.pairs.len(), 4);
    assert_eq!(rev.summary(), "新增 1 项，删除 1 项，修改 1 项");

    // Marks carry over: unchanged and edited tasks keep theirs; the removed task's
    // mark stays under its old key.
    let dk = doc_key(&old);
    assert_eq!(dk, doc_key(&new));
    let mut s = State::default();
    s.set_done(&dk, &ok[0], true, 10.0);
    s.set_done(&dk, &ok[1], true, 11.0);
    s.set_note(&dk, &ok[3], "项目进度：已封顶", 12.0);
    s.set_done(&dk, &ok[4], true, 13.0);
    let before = s.doc_marks(&dk).unwrap().clone();
    carry_marks(&mut s, &dk, &dk, &rev);
    let m = s.doc_marks(&dk).unwrap();
    assert!(m.is_done(&nk[0]));
    assert_eq!(m.tasks[&nk[2]].note.value, "项目进度：已封顶");
    assert_eq!(m.tasks[&nk[2]].note.at, 12.0);
    assert!(m.is_done(&nk[4]));
    assert!(!m.is_done(&nk[3]));
    assert!(m.is_done(&ok[1]));
    assert_eq!(m.tasks.len(), before.tasks.len());
    assert_eq!(progress(Some(m), &nk), Progress { done: 2, total: 5 });
}

#[test]
fn deadline_and_unit_changes_are_reported_as_modified() {
    let old = seed();
    let mut new = seed();
    new.nodes[0].children[0] = due(
        new.nodes[0].children[0].clone(),
        "3月底前",
        Some("2023-03-31"),
    );
    new.nodes[0].children[1].lead_units = vec![unit("市发改局")];
    let rev = match_revision(&old, &new);
    let m: Vec<_> = rev.modified().map(|p| p.changed.clone()).collect();
    assert_eq!(m, vec![vec![Field::Deadline], vec![Field::LeadUnits]]);
    assert!(rev.pairs.iter().all(|p| p.old == p.new));
    assert_eq!(Field::Deadline.label(), "完成时限");
}

#[test]
fn renamed_section_keeps_its_tasks_as_moved() {
    let old = seed();
    let mut new = seed();
    new.nodes[1].text = "城乡建设".into();
    let (ok, nk) = (keys(&old), keys(&new));
    assert_ne!(ok[3], nk[3]);
    let rev = match_revision(&old, &new);
    assert!(rev.added.is_empty() && rev.removed.is_empty());
    let moved: Vec<_> = rev
        .modified()
        .map(|p| (&p.old, &p.new, p.changed.clone()))
        .collect();
    assert_eq!(
        moved,
        vec![
            (&ok[3], &nk[3], vec![Field::Section]),
            (&ok[4], &nk[4], vec![Field::Section])
        ]
    );
}

#[test]
fn same_text_prefers_the_same_section() {
    // "做好安全生产工作。" is in both sections; when both sections are renamed the
    // pairing must still follow the section.
    let old = seed();
    let mut new = seed();
    new.nodes[0].text = "综合".into();
    new.nodes[1].text = "建设".into();
    let (ok, nk) = (keys(&old), keys(&new));
    let rev = match_revision(&old, &new);
    let pair_of = |k: &TaskKey| {
        rev.pairs
            .iter()
            .find(|p| &p.old == k)
            .map(|p| p.new.clone())
    };
    assert_eq!(pair_of(&ok[2]), Some(nk[2].clone()));
    assert_eq!(pair_of(&ok[4]), Some(nk[4].clone()));
}

#[test]
fn unrelated_text_is_not_matched() {
    let old = doc(None, None, vec![task("加强森林防火巡查。")]);
    let new = doc(None, None, vec![task("开展春季招聘会。")]);
    let rev = match_revision(&old, &new);
    assert_eq!(
        (rev.added.len(), rev.removed.len(), rev.pairs.len()),
        (1, 1, 0)
    );
    // A threshold of 0 pairs anything sharing a bigram, and nothing else.
    let rev = match_revision_with(&old, &new, 0.0);
    assert_eq!(rev.pairs.len(), 1);
}

#[test]
fn large_revision_is_fast_and_exact() {
    // 3000 tasks in 30 sections, every 10th lightly edited.
    let make = |edit: bool| {
        let sections = (0..30)
            .map(|s| {
                let tasks = (0..100)
                    .map(|t| {
                        let n = s * 100 + t;
                        let mut text = format!("第{n}项：推进重点项目建设，做好要素保障和进度调度，确保按期完成编号{n}的目标任务。");
                        if edit && n % 10 == 0 {
                            text = text.replace("按期", "提前");
                        }
                        task(&text)
                    })
                    .collect();
                section(&format!("第{s}部分"), tasks)
            })
            .collect();
        doc(Some("大文件"), None, sections)
    };
    let (old, new) = (make(false), make(true));
    let start = std::time::Instant::now();
    let rev = match_revision(&old, &new);
    let took = start.elapsed();
    assert_eq!(rev.pairs.len(), 3000);
    assert_eq!(rev.modified().count(), 300);
    assert!(rev
        .pairs
        .iter()
        .zip(keyed_tasks(&old))
        .all(|(p, t)| p.old == t.key));
    assert!(took.as_secs_f64() < 5.0, "{took:?}");
}

#[test]
fn finds_the_document_a_revision_replaces() {
    use duban::checklist::revision::likely_revision_of;
    let old = seed();
    let mut s = State::default();
    s.add_document(&doc_key(&old), &old, "原文", 1.0);
    let other = doc(Some("防汛工作方案"), None, vec![task("甲")]);
    s.add_document(&doc_key(&other), &other, "原文", 2.0);
    // Same 文号, title changed: a different key, but found through the 文号.
    let mut new = revised();
    new.title = Some("2023年2月份市政府工作要点（修订）".into());
    let nk = doc_key(&new);
    assert_ne!(nk, doc_key(&old));
    assert_eq!(
        likely_revision_of(&s, &new, &nk).map(|e| &e.key),
        Some(&doc_key(&old))
    );
    // No 文号: the title must be close.
    let t = doc(Some("防汛工作方案（试行）"), None, vec![]);
    assert_eq!(
        likely_revision_of(&s, &t, &doc_key(&t)).map(|e| &e.key),
        Some(&doc_key(&other))
    );
    assert!(
        likely_revision_of(&s, &doc(Some("完全无关"), None, vec![]), &DocKey::from("x")).is_none()
    );
    let near = doc(Some("防汛工作预案"), None, vec![]);
    assert!(likely_revision_of(&s, &near, &doc_key(&near)).is_none());
}

#[test]
fn next_months_document_is_not_a_revision_of_this_months() {
    use duban::checklist::revision::likely_revision_of;
    // Seed 000 is 2023年2月份市政府工作要点 (慈政办发〔2023〕9号).
    let feb = seed();
    let mut s = State::default();
    s.add_document(&doc_key(&feb), &feb, "原文", 1.0);
    let month = |title: &str, number: Option<&str>| {
        let mut d = revised();
        d.title = Some(title.into());
        d.doc_number = number.map(Into::into);
        d
    };
    // Another month, with its own 文号 or without one: a new document.
    for d in [
        month("2023年3月份市政府工作要点", Some("慈政办发〔2023〕15号")),
        month("2023年3月份市政府工作要点", Some("慈政办发〔2023〕9号")),
        month("2023年3月份市政府工作要点", None),
        month("2023年三月份市政府工作要点", None),
    ] {
        assert!(
            likely_revision_of(&s, &d, &doc_key(&d)).is_none(),
            "{:?}",
            d.title
        );
    }
    // The same month with an edited title (no 文号 given) still revises it.
    let d = month("2023年2月份市政府重点工作要点", None);
    assert_eq!(
        likely_revision_of(&s, &d, &doc_key(&d)).map(|e| &e.key),
        Some(&doc_key(&feb))
    );
}

#[test]
fn a_modified_task_says_what_changed_in_words() {
    use duban::checklist::revision::match_revision;
    let mut before = task("深化经济运行监测分析");
    before.deadline = None;
    let old = doc(
        Some("要点"),
        None,
        vec![section("综合方面", vec![before.clone()])],
    );
    let mut after = before.clone();
    after.lead_units = vec![unit("市发改局"), unit("市统计局")];
    let new = doc(Some("要点"), None, vec![section("综合方面", vec![after])]);
    let rev = match_revision(&old, &new);
    let p = rev.modified().next().expect("one task modified");
    assert_eq!(p.describe(), "牵头单位：（无） → 市发改局、市统计局");
    // Text and units at once: both, the old text quoted.
    let mut edited = before.clone();
    edited.text = "深化经济运行监测分析工作".into();
    edited.coop_units = vec![unit("市统计局")];
    let new = doc(Some("要点"), None, vec![section("综合方面", vec![edited])]);
    let rev = match_revision(&old, &new);
    let p = rev.modified().next().expect("one task modified");
    assert_eq!(
        p.describe(),
        "内容：原为“深化经济运行监测分析”；配合单位：（无） → 市统计局"
    );
}

#[test]
fn renumbered_tasks_are_listed_apart_from_edits() {
    let read = |prefix: &str| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let name = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
            .unwrap();
        let text = std::fs::read_to_string(name).unwrap();
        duban::parser::parse(&text).documents.remove(0)
    };
    // 009 is 000 revised: among other edits, tasks move to another number.
    let rev = match_revision(&read("000_"), &read("009_"));
    assert_eq!(rev.summary(), "修改 1 项，编号变动 3 项");
    let renumbered: Vec<String> = rev.renumbered().map(|p| p.describe()).collect();
    assert_eq!(
        renumbered,
        [
            "编号：二、（五） → 二、（六）",
            "编号：三、(四) → 三、(五)",
            "编号：四、（五） → 四、5.",
        ]
    );
    // An edit is 修改 even when its number moved too; a number alone is not.
    assert!(rev.modified().all(|p| !p.is_renumbered_only()));
    assert_eq!(
        rev.modified().map(|p| p.describe()).collect::<Vec<_>>(),
        ["牵头单位：（无） → 市发改局、市统计局"]
    );
    assert!(!rev.is_unchanged());
    assert_eq!(Field::Number.label(), "编号");
}

#[test]
fn another_half_year_batch_or_part_is_not_a_revision() {
    use duban::checklist::revision::likely_revision_of;
    let pairs = [
        ("2024年上半年重点工作任务", "2024年下半年重点工作任务"),
        (
            "2024年重点工作督办清单（第一期）",
            "2024年重点工作督办清单（第二期）",
        ),
        (
            "2024年重点工作任务清单（一）",
            "2024年重点工作任务清单（二）",
        ),
        ("2024年重点工作任务清单(1)", "2024年重点工作任务清单(2)"),
        ("2024年第一批重点项目", "2024年第二批重点项目"),
    ];
    for (a, b) in pairs {
        let old = doc(Some(a), None, vec![task("推进城市更新")]);
        let mut s = State::default();
        s.add_document(&doc_key(&old), &old, "原文", 1.0);
        let new = doc(Some(b), None, vec![task("推进城市更新")]);
        assert!(
            likely_revision_of(&s, &new, &doc_key(&new)).is_none(),
            "{a} → {b}"
        );
        // The same title edited slightly still is.
        let edited = doc(Some(&format!("{a}（修订）")), None, vec![]);
        assert!(
            likely_revision_of(&s, &edited, &doc_key(&edited)).is_some(),
            "{a}"
        );
    }
}

#[test]
fn a_revision_shares_at_least_half_of_its_tasks() {
    let old = seed();
    // The seed revised (one of five removed, one added, one edited): the same document.
    assert!(match_revision(&old, &revised()).is_same_document());
    // Another document under a similar title, with none of the tasks: not a revision.
    let other = doc(
        old.title.as_deref(),
        None,
        vec![task("新建城市书房20家"), task("打造15分钟阅读圈")],
    );
    let rev = match_revision(&old, &other);
    assert!(rev.pairs.is_empty());
    assert!(!rev.is_same_document());
    // One task of four in common is not enough; two of four cover half of the new
    // version but not of the old one's five; three of four do.
    let part = |n: usize| {
        let mut tasks: Vec<_> = keyed_tasks(&old)
            .iter()
            .take(n)
            .map(|t| task(&t.node.text))
            .collect();
        for t in [
            "新建城市书房20家",
            "打造15分钟阅读圈",
            "改造老旧小区30个",
            "新增停车位1000个",
        ]
        .iter()
        .take(4 - n)
        {
            tasks.push(task(t));
        }
        doc(old.title.as_deref(), None, tasks)
    };
    assert!(!match_revision(&old, &part(1)).is_same_document());
    assert!(!match_revision(&old, &part(2)).is_same_document());
    assert!(match_revision(&old, &part(3)).is_same_document());
}

#[test]
fn a_dated_note_of_revision_or_another_way_of_writing_the_period_is_still_a_revision() {
    use duban::checklist::revision::likely_revision_of;
    let pairs = [
        // The numbers of a bracketed note of revision date the version.
        (
            "2024年重点工作任务分解",
            "2024年重点工作任务分解（2024年3月修订）",
        ),
        (
            "2024年重点工作任务分解",
            "2024年重点工作任务分解（3月修订稿）",
        ),
        ("2024年重点工作任务分解", "2024年重点工作任务分解(第二稿)"),
        (
            "2024年重点工作任务分解",
            "2024年重点工作任务分解（2024年4月征求意见稿）",
        ),
        (
            "2024年重点工作任务分解（征求意见稿）",
            "2024年重点工作任务分解（2024年5月12日调整）",
        ),
        // One period written three ways.
        ("2024年第1季度重点工作任务", "2024年一季度重点工作任务"),
        (
            "2024年一季度重点工作任务",
            "2024年第一季度重点工作任务（修订）",
        ),
        ("2024年第一季度重点工作任务", "2024年第01季度重点工作任务"),
        ("二〇二四年十二月重点工作", "2024年12月重点工作（更新）"),
    ];
    for (a, b) in pairs {
        let old = doc(Some(a), None, vec![task("推进城市更新")]);
        let mut s = State::default();
        s.add_document(&doc_key(&old), &old, "原文", 1.0);
        let new = doc(Some(b), None, vec![task("推进城市更新")]);
        assert_eq!(
            likely_revision_of(&s, &new, &doc_key(&new)).map(|e| &e.key),
            Some(&doc_key(&old)),
            "{a} → {b}"
        );
    }
    // Another period is still another document, with or without a note; so is a
    // bracket that names the period rather than the version.
    let others = [
        (
            "2024年第一季度重点工作任务",
            "2024年第二季度重点工作任务（修订）",
        ),
        ("2024年1季度重点工作任务", "2024年二季度重点工作任务"),
        ("2024年3月份重点工作", "2024年4月份重点工作（3月修订）"),
        (
            "2024年重点工作清单（2024年3月）",
            "2024年重点工作清单（2024年4月）",
        ),
        ("2024年重点工作任务分解", "2025年重点工作任务分解（修订稿）"),
    ];
    for (a, b) in others {
        let old = doc(Some(a), None, vec![task("推进城市更新")]);
        let mut s = State::default();
        s.add_document(&doc_key(&old), &old, "原文", 1.0);
        let new = doc(Some(b), None, vec![task("推进城市更新")]);
        assert!(
            likely_revision_of(&s, &new, &doc_key(&new)).is_none(),
            "{a} → {b}"
        );
    }
}

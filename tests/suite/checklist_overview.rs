//! The library at a glance (`checklist::overview`): each document's progress and its
//! tasks overdue or due soon, with the user's due dates and corrections in force.

use std::sync::Arc;

use duban::checklist::corrections::{Correction, KindFix};
use duban::checklist::overview::{overview, ParseCache};
use duban::checklist::paste::{keep_paste, library_keys};
use duban::checklist::*;
use duban::parser::parse;

const A: &str = "2024年重点工作任务分工
一、经济发展
1. 推进城市更新行动（市发改委牵头，2024年6月底前完成）
2. 抓好重大项目建设（市发改委牵头）
3. 优化营商环境（市商务局牵头，2024年9月底前完成）
";
const B: &str = "2024年民生实事项目
1. 新建口袋公园10个（市住建局牵头，2024年7月5日前完成）
2. 改造老旧小区20个（市住建局牵头）
";

fn paste(s: &mut State, text: &str, now: f64) -> DocKey {
    let outline = parse(text);
    let keys = library_keys(s, &outline.documents, text);
    let source: Arc<str> = text.into();
    keep_paste(s, &outline.documents, &keys, &source, false, now);
    keys[0].clone()
}

fn task_key(text: &str, starts: &str) -> TaskKey {
    let o = parse(text);
    keyed_tasks(&o.documents[0])
        .into_iter()
        .find(|t| t.node.text.starts_with(starts))
        .unwrap()
        .key
}

#[test]
fn each_document_says_its_progress_and_its_tasks_due() {
    let mut s = State::default();
    let a = paste(&mut s, A, 1.0);
    let b = paste(&mut s, B, 2.0);
    // Today 2024-07-01: A's task 1 is overdue (June), task 3 is not due; B's task 1 is
    // due in 4 days. The user's own date makes A's task 2 due in 3 days, and task 1 of
    // B is done.
    s.set_due(
        &a,
        &task_key(A, "抓好重大项目"),
        Some("2024-07-04".into()),
        3.0,
    );
    s.set_done(&b, &task_key(B, "新建口袋公园"), true, 4.0);
    let mut cache = ParseCache::default();
    let all = overview(&s, &mut cache, "2024-07-01");
    assert_eq!(all.len(), 2);
    let (ob, oa) = (&all[0], &all[1]);
    assert_eq!(oa.key, a);
    assert_eq!(oa.name, "2024年重点工作任务分工");
    assert_eq!((oa.progress.done, oa.progress.total, oa.overdue), (0, 3, 1));
    let due: Vec<(&str, &str, bool, Status)> = oa
        .due
        .iter()
        .map(|t| (t.text.as_str(), t.due.as_str(), t.mine, t.status))
        .collect();
    assert_eq!(
        due,
        [
            ("推进城市更新行动", "2024-06-30", false, Status::Overdue),
            ("抓好重大项目建设", "2024-07-04", true, Status::DueSoon),
        ]
    );
    assert_eq!(oa.due[0].section, "一、经济发展");
    assert_eq!(oa.due[0].lead[0].name, "市发改委");
    assert_eq!((ob.progress.done, ob.progress.total, ob.overdue), (1, 2, 0));
    assert!(ob.due.is_empty(), "the done task is not due");
    // A correction counts: task 1 made a heading is no task.
    s.correct(
        &a,
        &task_key(A, "推进城市更新"),
        Correction::Kind(Some(KindFix::Section)),
        5.0,
    );
    let all = overview(&s, &mut cache, "2024-07-01");
    assert_eq!((all[1].progress.total, all[1].overdue), (2, 0));
    // A deleted document is not listed.
    s.delete(&b, 6.0);
    assert_eq!(overview(&s, &mut cache, "2024-07-01").len(), 1);
}

//! What a paste does to the library (`checklist::paste::keep_paste`), on the real
//! documents: kept, refreshed, revised with a report, siblings sharing one text, and
//! a text reopened from the library without its deleted documents.

use std::sync::Arc;

use duban::checklist::paste::{keep_paste, library_keys, without_documents, DELETED_DOCUMENT};
use duban::checklist::*;
use duban::parser::{check_accounting, parse};

fn fixture(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap();
    std::fs::read_to_string(path).unwrap()
}

/// Pastes `text` into `s` at `now` as the app does after a parse; the reports' summaries.
fn paste(s: &mut State, text: &str, now: f64) -> (Vec<String>, bool) {
    let outline = parse(text);
    let keys = library_keys(s, &outline.documents, text);
    let source: Arc<str> = text.into();
    let out = keep_paste(s, &outline.documents, &keys, &source, false, now);
    (
        out.reports.iter().map(|r| r.summary.clone()).collect(),
        out.changed,
    )
}

fn names(s: &State) -> Vec<String> {
    s.documents()
        .iter()
        .map(|e| e.display_name().to_owned())
        .collect()
}

#[test]
fn a_paste_is_kept_once_and_reopened_next_time() {
    let mut s = State::default();
    let text = fixture("000_");
    assert_eq!(paste(&mut s, &text, 1.0), (vec![], true));
    assert_eq!(names(&s), ["2023年2月份市政府工作要点"]);
    let key = s.documents()[0].key.clone();
    assert_eq!(s.prefs.current.value.as_ref(), Some(&key));
    // The same text again changes nothing.
    assert_eq!(paste(&mut s, &text, 2.0), (vec![], false));
    // A text without a task is not kept.
    assert_eq!(
        paste(&mut s, "2024年6月份市政府工作要点", 3.0),
        (vec![], false)
    );
    assert_eq!(s.library.len(), 1);
}

#[test]
fn a_revision_carries_the_marks_and_is_reported() {
    let mut s = State::default();
    let old = fixture("000_");
    paste(&mut s, &old, 1.0);
    let key = s.documents()[0].key.clone();
    let outline = parse(&old);
    let moved = keyed_tasks(&outline.documents[0])
        .into_iter()
        .find(|t| {
            t.node
                .text
                .starts_with("开展市政府直属公司领导人员公开选聘")
        })
        .unwrap()
        .key;
    s.set_done(&key, &moved, true, 1.5);
    let (reports, changed) = paste(&mut s, &fixture("009_"), 2.0);
    assert!(changed);
    assert_eq!(reports, ["修改 1 项，编号变动 3 项"]);
    // One document still, the revised one, with the mark on the task that moved.
    assert_eq!(s.documents().len(), 1);
    let revised = parse(&fixture("009_"));
    let new_key = keyed_tasks(&revised.documents[0])
        .into_iter()
        .find(|t| {
            t.node
                .text
                .starts_with("开展市政府直属公司领导人员公开选聘")
        })
        .unwrap()
        .key;
    let doc = s.documents()[0].key.clone();
    assert!(s.doc_marks(&doc).unwrap().is_done(&new_key));
}

#[test]
fn the_documents_of_one_paste_are_kept_side_by_side_sharing_its_text() {
    let mut s = State::default();
    let (reports, _) = paste(&mut s, &fixture("004_"), 1.0);
    assert!(
        reports.is_empty(),
        "two documents under one 文号 are siblings: {reports:?}"
    );
    let docs = s.documents();
    assert_eq!(docs.len(), 2);
    assert!(Arc::ptr_eq(&docs[0].source.value, &docs[1].source.value));
}

#[test]
fn another_document_with_a_similar_title_is_not_a_revision() {
    let mut s = State::default();
    let list = "2024年重点工作任务清单\n一、推进城市更新\n责任单位：市住建局\n二、完善公共交通\n责任单位：市交通局\n";
    let other = "2024年重点工作任务分解\n一、新建城市书房20家\n责任单位：市文广旅体局\n二、新增公共停车位1000个\n责任单位：市城管局\n";
    paste(&mut s, list, 1.0);
    assert_eq!(paste(&mut s, other, 2.0).0, Vec::<String>::new());
    let mut shown = names(&s);
    shown.sort();
    assert_eq!(shown, ["2024年重点工作任务分解", "2024年重点工作任务清单"]);
    assert!(s.deleted_documents().is_empty());
}

#[test]
fn reopening_from_the_library_does_not_bring_back_a_deleted_sibling() {
    let mut s = State::default();
    let text = fixture("004_");
    paste(&mut s, &text, 1.0);
    let gone = s.documents()[1].key.clone();
    s.delete(&gone, 2.0);
    let outline = parse(&text);
    let keys = doc_keys(&outline.documents);
    let source: Arc<str> = text.as_str().into();
    keep_paste(&mut s, &outline.documents, &keys, &source, true, 3.0);
    assert!(s.library[&gone].is_deleted());
    // Pasted again by the user, it comes back.
    keep_paste(&mut s, &outline.documents, &keys, &source, false, 4.0);
    assert!(!s.library[&gone].is_deleted());
}

// A list as an office writes it, made like the exploratory tests' generator: a title, one
// section, numbered tasks each with its 责任单位 and 完成时限.
const UNITS: [&str; 10] = [
    "市发改局",
    "市财政局",
    "市住建局",
    "市交通局",
    "市商务局",
    "市教育局",
    "市卫健局",
    "市民政局",
    "市人社局",
    "市农业农村局",
];
const TASKS: [&str; 10] = [
    "推进重点项目建设，完成年度投资计划",
    "加快老旧小区改造，开工改造小区40个",
    "推进城市道路建设，新建道路10公里",
    "开展消费促进活动，举办促消费活动30场",
    "新建中小学校3所，新增学位5000个",
    "完成基层医疗机构提质改造20家",
    "新建养老服务中心5个",
    "城镇新增就业3万人",
    "建设高标准农田5万亩",
    "完成河道综合整治30公里",
];
const OTHER_TASKS: [&str; 10] = [
    "推进数字政府建设，上线政务服务事项100项",
    "开展营商环境评估，出台优化措施20条",
    "推进垃圾分类，覆盖率达到95%",
    "新建公共停车位2000个",
    "开展安全生产大检查，整改隐患1000处",
    "完成农村公路提升改造50公里",
    "新增城市绿地50万平方米",
    "建设人才公寓1000套",
    "推进全民健身设施建设，新建口袋公园10个",
    "完成污水管网改造20公里",
];

fn list(title: &str, tasks: &[&str]) -> String {
    let mut s = format!("{title}\n一、重点任务\n");
    for (i, t) in tasks.iter().enumerate() {
        s += &format!(
            "{}.{t}。\n责任单位：{}\n完成时限：{}月底前\n",
            i + 1,
            UNITS[i % UNITS.len()],
            6 + i % 6
        );
    }
    s
}

/// The key of the task of `text` (the first document) whose text starts with `task`.
fn task_key(text: &str, task: &str) -> TaskKey {
    let outline = parse(text);
    let key = keyed_tasks(&outline.documents[0])
        .into_iter()
        .find(|t| t.node.text.starts_with(task))
        .unwrap_or_else(|| panic!("no task {task}"))
        .key;
    key
}

#[test]
fn a_units_extract_is_kept_apart_from_the_whole_document() {
    let mut s = State::default();
    let whole = list("2024年重点工作任务分解", &TASKS);
    paste(&mut s, &whole, 1.0);
    let key = s.documents()[0].key.clone();
    s.set_done(&key, &task_key(&whole, TASKS[0]), true, 1.5);
    // 市发改局's two tasks, copied out under the same title with the unit added.
    let extract = list("2024年重点工作任务分解（市发改局）", &[TASKS[0], TASKS[8]]);
    let (reports, _) = paste(&mut s, &extract, 2.0);
    assert_eq!(
        reports,
        Vec::<String>::new(),
        "an extract is no new version"
    );
    let mut shown = names(&s);
    shown.sort();
    assert_eq!(
        shown,
        [
            "2024年重点工作任务分解",
            "2024年重点工作任务分解（市发改局）"
        ]
    );
    assert!(s.deleted_documents().is_empty());
    assert!(s
        .doc_marks(&key)
        .unwrap()
        .is_done(&task_key(&whole, TASKS[0])));
}

#[test]
fn a_revision_whose_title_gains_a_dated_note_carries_the_marks() {
    let mut s = State::default();
    let old = list("2024年重点工作任务分解", &TASKS);
    paste(&mut s, &old, 1.0);
    let key = s.documents()[0].key.clone();
    s.set_done(&key, &task_key(&old, TASKS[0]), true, 1.5);
    // Nine tasks unchanged, the last one replaced, the title dated.
    let mut tasks = TASKS[..9].to_vec();
    tasks.push("建设智慧城市运行管理平台");
    let new = list("2024年重点工作任务分解（2024年3月修订）", &tasks);
    let (reports, _) = paste(&mut s, &new, 2.0);
    assert_eq!(reports, ["新增 1 项，删除 1 项"]);
    assert_eq!(names(&s), ["2024年重点工作任务分解（2024年3月修订）"]);
    let new_key = s.documents()[0].key.clone();
    assert_ne!(new_key, key);
    assert!(s
        .doc_marks(&new_key)
        .unwrap()
        .is_done(&task_key(&new, TASKS[0])));
    assert!(
        s.library[&key].is_deleted(),
        "the old version is in the bin"
    );
    // A second note of revision, with all tasks unchanged: reported as a replacement.
    let again = list("2024年重点工作任务分解（3月修订稿）", &tasks);
    assert_eq!(paste(&mut s, &again, 3.0).0, ["内容未变"]);
    let last = s.documents()[0].key.clone();
    assert!(s
        .doc_marks(&last)
        .unwrap()
        .is_done(&task_key(&again, TASKS[0])));
}

#[test]
fn the_same_title_with_other_tasks_is_kept_as_a_new_document_and_the_old_one_goes_to_the_bin() {
    use duban::checklist::storage_format::entries;
    let mut s = State::default();
    let january = list("市政府重点工作督办清单", &TASKS);
    paste(&mut s, &january, 1.0);
    let key = s.documents()[0].key.clone();
    let (done, noted) = (task_key(&january, TASKS[0]), task_key(&january, TASKS[1]));
    s.set_done(&key, &done, true, 1.5);
    s.set_note(&key, &noted, "已开工32个，进度80%", 1.6);
    s.rename(&key, Some("一月督办清单".into()), 1.7);

    // Next month's list under the same title: no task in common.
    let february = list("市政府重点工作督办清单", &OTHER_TASKS);
    let outline = parse(&february);
    let keys = doc_keys(&outline.documents);
    assert_eq!(keys, vec![key.clone()], "the same title gives the same key");
    let source: Arc<str> = february.as_str().into();
    let out = keep_paste(&mut s, &outline.documents, &keys, &source, false, 2.0);
    assert!(out.changed);
    assert_eq!(out.reports.len(), 1);
    let report = &out.reports[0];
    assert!(report.kept_apart && !report.replaced && report.items.is_empty());
    assert_eq!(report.name, "一月督办清单");
    assert_eq!(report.new_name, "市政府重点工作督办清单");
    assert_eq!(report.summary, "原有 10 项任务，新文档 10 项，相同的 0 项");

    // The new list is a new document under the key: its text, its title, no marks.
    assert_eq!(names(&s), ["市政府重点工作督办清单"]);
    assert_eq!(*s.library[&key].source.value, *february);
    assert_eq!(s.library[&key].added_at, 2.0);
    assert!(s.doc_marks(&key).is_none_or(|m| m.tasks.is_empty()));
    assert_eq!(s.prefs.current.value.as_ref(), Some(&key));
    // The old one is in the bin under a key of its own, with its text, name and marks.
    let bin = s.deleted_documents();
    assert_eq!(bin.len(), 1);
    let old = bin[0].key.clone();
    assert_ne!(old, key);
    assert!(old.as_str().starts_with(key.as_str()));
    assert_eq!(*bin[0].source.value, *january);
    assert_eq!(bin[0].display_name(), "一月督办清单");
    assert_eq!(bin[0].added_at, 1.0);
    let marks = s.doc_marks(&old).unwrap();
    assert!(marks.is_done(&done));
    assert_eq!(marks.tasks[&noted].note.value, "已开工32个，进度80%");

    // Storage keeps both texts and the old marks, and reads them back.
    let stored = entries(&s);
    assert!(stored.contains_key(&format!("duban.v2.src.{old}")));
    assert!(stored.contains_key(&format!("duban.v2.src.{key}")));
    assert!(stored.contains_key(&format!("duban.v2.doc.{old}")));
    let back = load(stored.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert!(back.damaged.is_empty());
    assert_eq!(*back.state.library[&old].source.value, *january);
    assert_eq!(*back.state.library[&key].source.value, *february);
    assert!(back.state.library[&old].is_deleted());
    assert!(back.state.doc_marks(&old).unwrap().is_done(&done));

    // Opened from the library (or pasted again), the old text is that entry, with its
    // marks, not another paste of other tasks under the key.
    assert_eq!(
        library_keys(&s, &parse(&january).documents, &january),
        vec![old.clone()]
    );
    assert_eq!(
        library_keys(&s, &outline.documents, &february),
        vec![key.clone()]
    );
    let (reports, _) = paste(&mut s, &january, 3.0);
    assert_eq!(reports, Vec::<String>::new());
    let mut shown = names(&s);
    shown.sort();
    assert_eq!(shown, ["一月督办清单", "市政府重点工作督办清单"]);
    assert!(s.deleted_documents().is_empty());
    assert_eq!(s.prefs.current.value.as_ref(), Some(&old));
    assert!(s.doc_marks(&old).unwrap().is_done(&done));
    assert_eq!(*s.library[&key].source.value, *february);
    // Pasting the new list again changes nothing but the document on screen.
    assert_eq!(paste(&mut s, &february, 4.0).0, Vec::<String>::new());
    assert_eq!(s.library.len(), 2);
}

#[test]
fn the_same_title_with_a_few_tasks_added_is_still_a_revision() {
    let mut s = State::default();
    let old = list("2024年重点工作任务分解", &TASKS);
    paste(&mut s, &old, 1.0);
    let key = s.documents()[0].key.clone();
    s.set_done(&key, &task_key(&old, TASKS[3]), true, 1.5);
    let mut tasks = vec!["推进新型工业化"];
    tasks.extend(TASKS);
    let new = list("2024年重点工作任务分解", &tasks);
    let (reports, _) = paste(&mut s, &new, 2.0);
    // (Units and deadlines shift with the numbers in this generated list: 修改.)
    assert_eq!(reports.len(), 1);
    assert!(reports[0].starts_with("新增 1 项，"), "{reports:?}");
    assert!(!reports[0].contains("删除"), "{reports:?}");
    assert_eq!(s.library.len(), 1);
    assert!(s
        .doc_marks(&key)
        .unwrap()
        .is_done(&task_key(&new, TASKS[3])));
}
/// Numbered tasks with their 责任单位 and no title line, as when only the task table is
/// copied out of a Word file.
fn untitled(tasks: &[&str]) -> String {
    tasks
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{}.{t}。\n责任单位：{}\n", i + 1, UNITS[i % UNITS.len()]))
        .collect()
}

#[test]
fn an_edited_untitled_document_is_a_revision_of_the_one_pasted_before() {
    let mut s = State::default();
    let first = untitled(&TASKS);
    paste(&mut s, &first, 1.0);
    assert_eq!(names(&s), ["未命名文档"]);
    let key = s.documents()[0].key.clone();
    s.set_done(&key, &task_key(&first, TASKS[0]), true, 1.5);
    s.set_note(&key, &task_key(&first, TASKS[2]), "进度备注", 1.6);
    // Another untitled list in between, with other tasks: another document.
    let other = untitled(&OTHER_TASKS);
    assert_eq!(paste(&mut s, &other, 2.0).0, Vec::<String>::new());
    assert_eq!(names(&s).len(), 2);

    // One number changed in task 2, and 解析 again: the key (a hash of the whole text)
    // changes, but nine tasks of ten are the same.
    let edited = first.replace("开工改造小区40个", "开工改造小区45个");
    let outline = parse(&edited);
    let keys = doc_keys(&outline.documents);
    assert_ne!(keys[0], key);
    let source: Arc<str> = edited.as_str().into();
    let out = keep_paste(&mut s, &outline.documents, &keys, &source, false, 3.0);
    assert_eq!(out.reports.len(), 1);
    assert_eq!(out.reports[0].summary, "修改 1 项");
    assert!(out.reports[0].replaced);
    assert_eq!(out.reports[0].name, "未命名文档");
    // The marks are on the new version; the old one is in the bin; the other list stays.
    let marks = s.doc_marks(&keys[0]).unwrap();
    assert!(marks.is_done(&task_key(&edited, TASKS[0])));
    assert_eq!(
        marks.tasks[&task_key(&edited, TASKS[2])].note.value,
        "进度备注"
    );
    assert_eq!(names(&s), ["未命名文档", "未命名文档"]);
    assert!(s.library[&key].is_deleted());
    assert_eq!(s.deleted_documents().len(), 1);
    assert!(!s.library[&doc_keys(&parse(&other).documents)[0]].is_deleted());
}

#[test]
fn only_the_few_most_recent_untitled_documents_are_compared() {
    let mut s = State::default();
    let first = untitled(&TASKS);
    paste(&mut s, &first, 1.0);
    // Five untitled lists pasted since, each of two other tasks.
    for (n, tasks) in OTHER_TASKS.chunks(2).enumerate() {
        paste(&mut s, &untitled(tasks), 2.0 + n as f64);
    }
    assert_eq!(s.documents().len(), 6);
    let edited = first.replace("开工改造小区40个", "开工改造小区45个");
    assert_eq!(paste(&mut s, &edited, 10.0).0, Vec::<String>::new());
    assert_eq!(s.documents().len(), 7);
}

#[test]
fn a_text_reopened_from_the_library_leaves_out_its_deleted_documents() {
    let mut s = State::default();
    // Three documents in one paste: 000, then the two of 004.
    let text = format!("{}\n\n{}", fixture("000_"), fixture("004_"));
    paste(&mut s, &text, 1.0);
    let outline = parse(&text);
    let keys = doc_keys(&outline.documents);
    assert_eq!(keys.len(), 3);
    s.delete(&keys[0], 2.0);
    s.delete(&keys[1], 3.0);
    let deleted = |k: &DocKey| s.library.get(k).is_some_and(DocEntry::is_deleted);
    let (shown, shown_keys) = without_documents(outline.clone(), keys.clone(), &text, deleted);
    assert_eq!(shown_keys, [keys[2].clone()]);
    assert_eq!(shown.documents, [outline.documents[2].clone()]);
    // Nothing is lost: the lines of the documents left out are listed, with the reason.
    check_accounting(&text, &shown).unwrap();
    let first_task = outline.documents[0].tasks().next().unwrap();
    assert!(shown
        .ignored
        .iter()
        .any(|i| i.line == first_task.line && i.reason == DELETED_DOCUMENT));
    assert!(shown.ignored.windows(2).all(|w| w[0].line < w[1].line));
    // Nothing deleted: the outline as parsed.
    let (all, all_keys) = without_documents(outline.clone(), keys.clone(), &text, |_| false);
    assert_eq!((all, all_keys), (outline, keys));
}

#[test]
fn a_look_alike_left_out_keeps_the_keys_of_the_others() {
    // The same document twice: keys k and k-2 by position. Without the first, the
    // second keeps k-2 (its marks are stored under it), not the k a new count gives.
    let one = fixture("000_");
    let text = format!("{one}\n\n{one}");
    let outline = parse(&text);
    let keys = doc_keys(&outline.documents);
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[1].as_str(), format!("{}-2", keys[0]));
    let first = keys[0].clone();
    let (shown, shown_keys) = without_documents(outline, keys.clone(), &text, |k| *k == first);
    assert_eq!(shown_keys, [keys[1].clone()]);
    assert_eq!(shown.documents.len(), 1);
    check_accounting(&text, &shown).unwrap();
}

#[test]
fn the_remarks_on_a_document_left_out_go_with_it() {
    let text = "2024年重点工作任务清单\n一、推进城市更新\n三、完善公共交通\n责任单位：市交通局\n\n\
                2024年民生实事项目清单\n一、新建城市书房20家\n责任单位：市文广旅体局\n";
    let outline = parse(text);
    let keys = doc_keys(&outline.documents);
    assert_eq!(keys.len(), 2);
    // 未写明责任单位 (line 2) and 编号不连续 (line 3), both in the first document.
    assert_eq!(outline.warnings.len(), 2);
    let first = keys[0].clone();
    let (shown, _) = without_documents(outline, keys, text, |k| *k == first);
    assert!(shown.warnings.is_empty());
    let left_out: Vec<(usize, &str)> = shown
        .ignored
        .iter()
        .filter(|i| i.reason == DELETED_DOCUMENT)
        .map(|i| (i.line, i.text.as_str()))
        .collect();
    assert_eq!(
        left_out,
        [
            (2, "一、推进城市更新"),
            (3, "三、完善公共交通"),
            (4, "责任单位：市交通局")
        ]
    );
    check_accounting(text, &shown).unwrap();
}

#[test]
fn a_removed_task_is_reported_with_its_note_and_done_mark() {
    use duban::checklist::paste::Change;
    use duban::checklist::revision::ChangeKind;
    for title in ["2024年重点工作任务分解", "2024年重点工作任务分解（修订稿）"]
    {
        let mut s = State::default();
        let old = list("2024年重点工作任务分解", &TASKS);
        paste(&mut s, &old, 1.0);
        let key = s.documents()[0].key.clone();
        let gone = task_key(&old, TASKS[9]);
        s.set_done(&key, &gone, true, 1.5);
        s.set_note(&key, &gone, "已报送三季度进展\n联系人：张三", 1.6);
        s.set_due(
            &key,
            &task_key(&old, TASKS[8]),
            Some("2024-06-30".into()),
            1.7,
        );
        // The revision (same title, or a new one) drops the last task.
        let new = list(title, &TASKS[..9]);
        let outline = parse(&new);
        let keys = library_keys(&s, &outline.documents, &new);
        let out = keep_paste(
            &mut s,
            &outline.documents,
            &keys,
            &new.as_str().into(),
            false,
            2.0,
        );
        let report = &out.reports[0];
        assert_eq!(report.summary, "删除 1 项", "{title}");
        let removed: Vec<&Change> = report
            .items
            .iter()
            .filter(|c| c.kind == ChangeKind::Removed)
            .collect();
        assert_eq!(removed.len(), 1);
        assert!(removed[0].text.starts_with(TASKS[9]));
        let mark = removed[0]
            .mark
            .as_ref()
            .expect("the removed task's mark is shown");
        assert!(mark.done.value);
        assert_eq!(mark.note.value, "已报送三季度进展\n联系人：张三");
        // And it is still stored, under the old task.
        assert!(s
            .mark(&key, &gone)
            .is_some_and(|m| m.note.value.starts_with("已报送")));
    }
}

/// A paste of hundreds of documents (a yearly bundle; the five seeds repeated to 10 MB
/// hold 400) shares one text among them. Keeping it, pasting it again and writing it
/// out must not compare that text once per document, nor look every library entry up
/// in a list of the paste's keys for every document: with 4,000 documents and 10 MB,
/// that was minutes of work (on the page's only thread, after every paste and save).
#[test]
fn a_paste_of_thousands_of_documents_sharing_one_text_is_kept_in_seconds() {
    use crate::checklist_support::{doc, task};
    use duban::checklist::storage_format::entries;
    use std::time::{Duration, Instant};

    const DOCS: usize = 4_000;
    let docs: Vec<_> = (0..DOCS)
        .map(|i| {
            let title = format!("第{i}号专项工作任务清单");
            doc(Some(&title), None, vec![task(&format!("完成第{i}项任务"))])
        })
        .collect();
    let keys = doc_keys(&docs);
    let text = "一、工作任务\n".repeat(8 << 20 >> 4);
    let source: Arc<str> = text.as_str().into();
    let start = Instant::now();
    let mut s = State::default();
    let out = keep_paste(&mut s, &docs, &keys, &source, false, 1.0);
    assert!(out.changed);
    assert_eq!(s.library.len(), DOCS);
    // Written out: the text once, the others refer to it.
    let written = entries(&s);
    let whole = written.values().filter(|v| v.len() >= text.len()).count();
    assert_eq!(whole, 1, "the text is stored once");
    // Pasted again (another copy of the same text): nothing changes.
    let again: Arc<str> = text.as_str().into();
    let out = keep_paste(&mut s, &docs, &keys, &again, false, 2.0);
    assert!(!out.changed);
    assert!(out.reports.is_empty());
    let took = start.elapsed();
    eprintln!("{DOCS} documents sharing {} MB: {took:?}", text.len() >> 20);
    assert!(took < Duration::from_secs(20), "{took:?}");
}

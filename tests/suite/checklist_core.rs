//! Task identity, the user's model, merging, and status.

use crate::checklist_support;

use checklist_support::*;
use duban::checklist::identity::normalise_text;
use duban::checklist::status::{involvement, Status};
use duban::checklist::*;

fn keys(d: &duban::parser::Document) -> Vec<TaskKey> {
    keyed_tasks(d).into_iter().map(|t| t.key).collect()
}

#[test]
fn same_text_gives_same_keys_whatever_the_lines_and_spacing() {
    let a = seed();
    let mut b = seed();
    renumber(&mut b, 300);
    // Width and whitespace noise of a second paste.
    b.nodes[0].children[1].text = "召开全市投资攻坚年大会， 分解一季度及全年度投资目标。".into();
    b.nodes[1].text = "城市建设\u{3000}".into();
    b.nodes[1].children[0].text = "加快推进市民中心项目建设，确保主体结构年底前完工。 ".into();
    let ka = keys(&a);
    assert_eq!(ka.len(), 5);
    assert_eq!(ka, keys(&b));
    assert!(ka
        .iter()
        .all(|k| k.as_str().len() == 17 && k.as_str().starts_with('t')));
    assert_eq!(doc_key(&a), doc_key(&b));
}

#[test]
fn normalisation_folds_width_and_space() {
    assert_eq!(
        normalise_text(" ２０２３年\u{3000}Ａ计划（一） \t\u{200B}"),
        "2023年a计划(一)"
    );
}

#[test]
fn identical_texts_stay_distinct() {
    let k = keys(&seed());
    // "做好安全生产工作。" in 综合方面 and in 城市建设.
    assert_ne!(k[2], k[4]);
    let all: std::collections::HashSet<_> = k.iter().collect();
    assert_eq!(all.len(), 5);
    // Twice in the same section: distinct, and stable.
    let d = doc(
        None,
        None,
        vec![section("一", vec![task("同一任务"), task("同一任务")])],
    );
    let k2 = keys(&d);
    assert_ne!(k2[0], k2[1]);
    assert_eq!(k2, keys(&d.clone()));
}

#[test]
fn keys_are_fixed_values() {
    // The hash is part of the stored format: it must not change between versions
    // or platforms.
    let d = doc(
        Some("标题"),
        Some("某发〔2023〕1号"),
        vec![section("一、综合", vec![task("任务甲")])],
    );
    let k = keys(&d);
    assert_eq!(
        k[0],
        TaskKey(format!(
            "t{}",
            duban::checklist::hash::hash_hex("一、综合\u{1F}任务甲")
        ))
    );
    assert_eq!(
        doc_key(&d),
        DocKey(format!(
            "d{}",
            duban::checklist::hash::hash_hex("n:某发〔2023〕1号\u{1F}标题")
        ))
    );
}

#[test]
fn doc_keys_from_number_title_or_text() {
    let a = doc(Some("标题"), Some("某发〔2023〕1号"), vec![task("甲")]);
    let b = doc(Some("标题"), Some("某发〔2023〕2号"), vec![task("甲")]);
    assert_ne!(doc_key(&a), doc_key(&b));
    let t1 = doc(Some("只有标题"), None, vec![task("甲")]);
    let t2 = doc(Some("只有 标题"), None, vec![task("乙")]);
    assert_eq!(doc_key(&t1), doc_key(&t2));
    let x1 = doc(None, None, vec![task("甲")]);
    let x2 = doc(None, None, vec![task("乙")]);
    assert_ne!(doc_key(&x1), doc_key(&x2));
    let ks = doc_keys(&[x1.clone(), x1.clone(), x2]);
    assert_eq!(ks[1].as_str(), format!("{}-2", ks[0]));
    assert_ne!(ks[0], ks[2]);
}

fn dk() -> DocKey {
    DocKey::from("d1")
}

fn tk(s: &str) -> TaskKey {
    TaskKey::from(s)
}

#[test]
fn merge_keeps_changes_to_different_tasks() {
    let base = State::default();
    let mut a = base.clone();
    let mut b = base.clone();
    a.set_done(&dk(), &tk("t1"), true, 1000.0);
    b.set_note(&dk(), &tk("t2"), "已联系发改局", 1001.0);
    let m = merge(&a, &b);
    assert!(m.mark(&dk(), &tk("t1")).unwrap().done.value);
    assert_eq!(m.mark(&dk(), &tk("t2")).unwrap().note.value, "已联系发改局");
    assert_eq!(m, merge(&b, &a));
}

#[test]
fn merge_same_field_later_wins_other_fields_kept() {
    let mut a = State::default();
    a.set_done(&dk(), &tk("t1"), true, 1000.0);
    a.set_note(&dk(), &tk("t1"), "旧备注", 1000.0);
    let mut b = a.clone();
    a.set_note(&dk(), &tk("t1"), "A 的备注", 2000.0);
    b.set_note(&dk(), &tk("t1"), "B 的备注", 3000.0);
    a.set_done(&dk(), &tk("t1"), false, 4000.0);
    let m = merge(&a, &b);
    let mark = m.mark(&dk(), &tk("t1")).unwrap();
    assert_eq!(mark.note.value, "B 的备注");
    assert_eq!(mark.note.at, 3000.0);
    assert!(!mark.done.value);
    assert_eq!(m, merge(&b, &a));
    assert_eq!(merge(&m, &m), m);
}

#[test]
fn merge_same_stamp_is_deterministic() {
    let mut a = State::default();
    let mut b = State::default();
    a.set_note(&dk(), &tk("t1"), "甲", 5000.0);
    b.set_note(&dk(), &tk("t1"), "乙", 5000.0);
    a.set_done(&dk(), &tk("t1"), false, 5000.0);
    b.set_done(&dk(), &tk("t1"), true, 5000.0);
    let ab = merge(&a, &b);
    assert_eq!(ab, merge(&b, &a));
    let mark = ab.mark(&dk(), &tk("t1")).unwrap();
    // The larger value wins a tie: "甲" (U+7532) > "乙" (U+4E59), true > false.
    assert_eq!(mark.note.value, "甲");
    assert!(mark.done.value);
}

#[test]
fn deleted_document_is_not_resurrected_by_merge() {
    let d = seed();
    let key = doc_key(&d);
    let mut a = State::default();
    a.add_document(&key, &d, "原文", 1000.0);
    a.set_done(&key, &keys(&d)[0], true, 1100.0);
    let mut b = a.clone();
    a.delete(&key, 2000.0);
    b.set_done(&key, &keys(&d)[1], true, 2500.0); // the other tab keeps working on it
    let m = merge(&b, &a);
    assert!(m.library[&key].is_deleted());
    assert_eq!(m.library[&key].deleted_at(), Some(2000.0));
    assert!(m.documents().is_empty());
    assert_eq!(m.deleted_documents().len(), 1);
    // Undo later than the delete wins; marks were kept.
    let mut r = m.clone();
    assert!(r.restore(&key, 3000.0));
    let m2 = merge(&m, &r);
    assert!(!m2.library[&key].is_deleted());
    assert!(m2.doc_marks(&key).unwrap().is_done(&keys(&d)[0]));
    assert!(m2.doc_marks(&key).unwrap().is_done(&keys(&d)[1]));
}

#[test]
fn my_units_removal_survives_merge() {
    let mut a = State::default();
    a.set_my_unit("市发改局", true, 1000.0);
    a.set_my_leader("张三", true, 1000.0);
    let mut b = a.clone();
    b.set_my_unit("市发改局", false, 2000.0);
    b.set_my_unit("市财政局", true, 2000.0);
    let m = merge(&a, &b);
    assert_eq!(m.prefs.my_units().collect::<Vec<_>>(), ["市财政局"]);
    assert_eq!(m.prefs.my_leaders().collect::<Vec<_>>(), ["张三"]);
}

#[test]
fn library_operations() {
    let d = seed();
    let key = doc_key(&d);
    let mut s = State::default();
    assert!(s.add_document(&key, &d, "原文", 1000.0));
    assert!(!s.add_document(&key, &d, "原文", 2000.0));
    let e = &s.library[&key];
    assert_eq!(e.added_at, 1000.0);
    assert_eq!(&*e.source.value, "原文");
    assert_eq!(e.source.at, 1000.0);
    assert_eq!(e.display_name(), "2023年2月份市政府工作要点");
    assert!(s.rename(&key, Some("  二月要点 ".into()), 3000.0));
    assert_eq!(s.library[&key].display_name(), "二月要点");
    s.set_current(Some(key.clone()), 3000.0);
    assert_eq!(s.current().map(|e| &e.key), Some(&key));
    s.delete(&key, 4000.0);
    assert!(s.current().is_none());
    // Pasting it again brings it back from the bin.
    s.add_document(&key, &d, "原文", 5000.0);
    assert!(!s.library[&key].is_deleted());
    assert!(!s.rename(&DocKey::from("nope"), None, 1.0));
}

#[test]
fn a_new_edit_supersedes_even_with_an_older_clock() {
    let mut s = State::default();
    s.set_done(&dk(), &tk("t1"), true, 5000.0);
    s.set_done(&dk(), &tk("t1"), false, 4000.0); // clock went back
    let m = s.mark(&dk(), &tk("t1")).unwrap();
    assert!(!m.done.value);
    assert_eq!(m.done.at, 5001.0);
}

#[test]
fn a_stamp_from_the_future_is_brought_back_and_the_users_next_change_wins() {
    let now = 1_700_000_000_000.0;
    // Another tab (or a damaged value, or a backup) holds a tick stamped far ahead.
    let mut other = State::default();
    other.set_done(&dk(), &tk("t1"), true, 1e308);
    other.set_done(&dk(), &tk("t2"), true, now + FUTURE_MARGIN / 2.0);
    other.set_my_unit("市发改局", true, f64::MAX);
    let mut mine = State::default();
    mine.set_done(&dk(), &tk("t1"), false, now - 10.0);
    // Unclamped, the bogus stamp wins the merge over the change made here.
    assert!(merge(&mine, &other)
        .doc_marks(&dk())
        .unwrap()
        .is_done(&tk("t1")));
    // Clamped on reading: the stamp is now, and the user's next change wins everywhere.
    let mut read = other.clone();
    assert_eq!(
        read.clamp_future(now),
        2,
        "t1 and my unit; t2 is within the margin"
    );
    assert_eq!(read.mark(&dk(), &tk("t1")).unwrap().done.at, now);
    assert_eq!(
        read.mark(&dk(), &tk("t2")).unwrap().done.at,
        now + FUTURE_MARGIN / 2.0
    );
    assert_eq!(read.prefs.my_units["市发改局"].at, now);
    let mut merged = merge(&mine, &read);
    assert!(merged.doc_marks(&dk()).unwrap().is_done(&tk("t1")));
    merged.set_done(&dk(), &tk("t1"), false, now + 1.0);
    // The other tab, which read the same value at the same time, merges the untick in.
    let both = merge(&merged, &read);
    assert!(
        !both.doc_marks(&dk()).unwrap().is_done(&tk("t1")),
        "the untick wins"
    );
    assert_eq!(both, merge(&read, &merged));
}

#[test]
fn an_edit_after_a_huge_stamp_still_moves_past_it() {
    let mut s = Stamped::new(true, 1e308);
    s.set(false, 1_700_000_000_000.0);
    assert!(s.at > 1e308);
    assert!(!s.merge(&Stamped::new(true, 1e308)).value);
}

#[test]
fn purge_drops_marks_and_text_keeps_tombstone() {
    let d = seed();
    let key = doc_key(&d);
    let mut s = State::default();
    s.add_document(&key, &d, "原文", 1000.0);
    s.set_done(&key, &keys(&d)[0], true, 1100.0);
    assert!(
        !s.purge(&key, 1500.0),
        "only a document in the bin is deleted for good"
    );
    s.delete(&key, 2000.0);
    assert_eq!(s.deleted_documents().len(), 1);
    s.purge_deleted(1999.0, 3000.0);
    assert!(s.doc_marks(&key).is_some());
    s.purge_deleted(2000.0, 3000.0);
    assert!(s.doc_marks(&key).is_none());
    let e = &s.library[&key];
    assert!(e.is_deleted() && e.is_purged());
    assert_eq!((&*e.source.value, e.source.at), ("", 3000.0));
    assert!(
        s.deleted_documents().is_empty(),
        "no longer offered for restoring"
    );
    // Pasting the same document again brings it back, without the old marks.
    s.add_document(&key, &d, "原文", 4000.0);
    assert!(!s.library[&key].is_deleted() && !s.library[&key].is_purged());
    assert!(s.doc_marks(&key).is_none());
}

#[test]
fn a_tab_that_still_holds_a_purged_document_does_not_bring_it_back() {
    let d = seed();
    let key = doc_key(&d);
    let mut before = State::default();
    before.add_document(&key, &d, "原文", 1000.0);
    before.set_done(&key, &keys(&d)[0], true, 1100.0);
    before.delete(&key, 2000.0);
    // This tab deletes it for good; the other tab still has the text and marks.
    let mut here = before.clone();
    here.purge(&key, 3000.0);
    for merged in [merge(&before, &here), merge(&here, &before)] {
        assert!(merged.library[&key].is_purged());
        assert_eq!(merged.kept_marks().count(), 0);
        let stored = storage_format::entries(&merged);
        assert!(!stored.keys().any(|k| k.starts_with("duban.v2.doc.")));
        assert!(!stored.values().any(|v| v.contains("原文")));
        assert!(!storage_format::encode(&merged).contains("原文"));
    }
}

#[test]
fn status_boundaries() {
    let today = "2023-06-23";
    assert_eq!(status(Some("2023-06-23"), false, today), Status::DueSoon);
    assert_eq!(status(Some("2023-06-30"), false, today), Status::DueSoon);
    assert_eq!(status(Some("2023-07-01"), false, today), Status::NotDue);
    assert_eq!(status(Some("2023-06-22"), false, today), Status::Overdue);
    assert_eq!(status(Some("2023-06-22"), true, today), Status::Done);
    assert_eq!(status(None, false, today), Status::NoDate);
    assert_eq!(status(Some("6月底前"), false, today), Status::NoDate);
    // Across a month and a year end.
    assert_eq!(
        status(Some("2024-01-07"), false, "2023-12-31"),
        Status::DueSoon
    );
    assert_eq!(
        status(Some("2024-01-08"), false, "2023-12-31"),
        Status::NotDue
    );
    let labels: Vec<_> = [
        Status::Done,
        Status::NotDue,
        Status::DueSoon,
        Status::Overdue,
        Status::NoDate,
    ]
    .iter()
    .map(|s| s.label())
    .collect();
    assert_eq!(labels, ["已完成", "未到期", "临近", "逾期", "无期限"]);
}

#[test]
fn personal_due_date_overrides_parsed_one() {
    let mut s = State::default();
    s.set_note(&dk(), &tk("t1"), "x", 1.0);
    let m = s.mark(&dk(), &tk("t1")).unwrap().clone();
    assert_eq!(m.due_date(Some("2023-06-30")), Some("2023-06-30"));
    s.set_due(&dk(), &tk("t1"), Some("2023-06-15".into()), 2.0);
    let m = s.mark(&dk(), &tk("t1")).unwrap();
    assert_eq!(m.due_date(Some("2023-06-30")), Some("2023-06-15"));
}

#[test]
fn progress_over_sets_of_tasks() {
    let d = seed();
    let k = keys(&d);
    let key = doc_key(&d);
    let mut s = State::default();
    s.set_done(&key, &k[0], true, 1.0);
    s.set_done(&key, &k[3], true, 1.0);
    s.set_done(&key, &k[4], true, 1.0);
    s.set_done(&key, &k[4], false, 2.0);
    let all = progress(s.doc_marks(&key), &k);
    assert_eq!(all, Progress { done: 2, total: 5 });
    assert_eq!(all.percent(), 40);
    assert_eq!(all.label(), "2/5");
    // A section's tasks.
    let tasks = keyed_tasks(&d);
    let sec: Vec<&TaskKey> = tasks
        .iter()
        .filter(|t| t.section().unwrap().text == "城市建设")
        .map(|t| &t.key)
        .collect();
    assert_eq!(
        progress(s.doc_marks(&key), sec),
        Progress { done: 1, total: 2 }
    );
    assert_eq!(progress(None, &k), Progress { done: 0, total: 5 });
    assert_eq!(Progress::default().ratio(), 0.0);
    assert_eq!(Progress { done: 2, total: 3 }.percent(), 66);
}

#[test]
fn involvement_by_my_units_and_leaders() {
    let mut t = task("任务");
    t.lead_units = vec![unit("市发改局")];
    t.coop_units = vec![unit("市财政局")];
    let d = doc(None, None, vec![t]);
    let tasks = keyed_tasks(&d);
    let mut s = State::default();
    assert!(!involvement(&tasks[0], &s.prefs).any());
    s.set_my_unit("市财政局", true, 1.0);
    let i = involvement(&tasks[0], &s.prefs);
    assert!(i.coop && !i.lead && !i.leader);
}

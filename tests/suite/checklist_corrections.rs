//! Corrections of the outline (`checklist::corrections`): how they apply to a document,
//! how they are stored (format, damage, merge, backup), how data of before them
//! migrates, and how they carry over to the same text pasted again and to a revised
//! version.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::checklist_support::*;
use duban::checklist::corrections::apply::apply_fixes;
use duban::checklist::corrections::*;
use duban::checklist::paste::{keep_paste, library_keys};
use duban::checklist::storage_format::*;
use duban::checklist::*;
use duban::parser::{parse, Document, Leader, Node, NodeKind};

const DOC: &str = "2024年重点工作任务分工
一、经济发展
1. 推进城市更新行动（市发改委牵头，市财政局、市住建局配合）
2. 抓好重大项目建设（市发改委牵头，市财政局、市住建局配合）
3. 优化营商环境（市商务局牵头，2024年6月底前完成）
二、社会民生
4. 办好十件民生实事（市民政局牵头）
5. 其中老旧小区改造不少于20个。
6. 提升教育质量（市教育局牵头，市财政局配合）
";

fn the_doc() -> Document {
    let mut o = parse(DOC);
    assert_eq!(o.documents.len(), 1);
    o.documents.remove(0)
}

/// The key of the node whose text starts with `text`.
fn key_of(d: &Document, text: &str) -> TaskKey {
    d.walk()
        .zip(node_keys(d))
        .find(|(n, _)| n.text.starts_with(text))
        .map(|(_, k)| k)
        .unwrap_or_else(|| panic!("no node {text}"))
}

fn node<'a>(d: &'a Document, text: &str) -> &'a Node {
    d.walk()
        .find(|n| n.text.starts_with(text))
        .unwrap_or_else(|| panic!("no node {text}"))
}

fn names(us: &[duban::parser::Unit]) -> Vec<&str> {
    us.iter().map(|u| u.name.as_str()).collect()
}

fn fixes_of(s: &State, doc: &DocKey) -> DocFixes {
    s.doc_fixes(doc).cloned().unwrap_or_default()
}

fn unit(role: UnitRole, name: &str) -> Correction {
    Correction::Unit(
        name.to_owned(),
        Some(UnitFix {
            role,
            name: name.to_owned(),
        }),
    )
}

#[test]
fn node_keys_give_tasks_their_task_keys_and_sections_keys_of_their_own() {
    let d = the_doc();
    let keys = node_keys(&d);
    assert_eq!(keys.len(), d.walk().count());
    let tasks: Vec<TaskKey> = keyed_tasks(&d).into_iter().map(|t| t.key).collect();
    let from_nodes: Vec<TaskKey> = d
        .walk()
        .zip(&keys)
        .filter(|(n, _)| n.kind == NodeKind::Task)
        .map(|(_, k)| k.clone())
        .collect();
    assert_eq!(from_nodes, tasks);
    for (n, k) in d.walk().zip(&keys) {
        let prefix = if n.kind == NodeKind::Task { "t" } else { "s" };
        assert!(k.as_str().starts_with(prefix), "{k}");
    }
    // The same text pasted again, spaced and numbered otherwise: the same keys.
    let again = parse(&DOC.replace("1. ", "1．").replace("一、", "一、 "));
    assert_eq!(node_keys(&again.documents[0]), keys);
}

#[test]
fn unit_leader_and_deadline_corrections_apply_and_undo() {
    let d = the_doc();
    let keys = node_keys(&d);
    let doc = DocKey::from("d1");
    let mut s = State::default();
    let t1 = key_of(&d, "推进城市更新");
    s.correct(&doc, &t1, unit(UnitRole::Lead, "市财政局"), 10.0);
    s.correct(&doc, &t1, unit(UnitRole::Removed, "市住建局"), 11.0);
    s.correct(&doc, &t1, unit(UnitRole::Coop, "市自然资源局"), 12.0);
    s.correct(
        &doc,
        &t1,
        Correction::Leader(
            "王明".into(),
            Some(LeaderFix {
                removed: false,
                post: Some("副市长".into()),
            }),
        ),
        13.0,
    );
    s.correct(
        &doc,
        &t1,
        Correction::Deadline(Some(DeadlineFix {
            text: "2024-9-30".into(),
            date: Some("2024-09-30".into()),
        })),
        14.0,
    );
    let fixed = apply_fixes(&d, &keys, s.doc_fixes(&doc));
    let n = node(&fixed.doc, "推进城市更新");
    assert_eq!(names(&n.lead_units), ["市发改委", "市财政局"]);
    assert_eq!(names(&n.coop_units), ["市自然资源局"]);
    assert_eq!(
        n.leaders,
        [Leader {
            name: "王明".into(),
            post: Some("副市长".into())
        }]
    );
    assert_eq!(
        n.deadline.as_ref().unwrap().date.as_deref(),
        Some("2024-09-30")
    );
    // The corrected node is marked; the others are not; keys are kept in order.
    let marks: Vec<bool> = fixed.nodes.iter().map(|f| f.corrected).collect();
    let corrected: Vec<&str> = fixed
        .doc
        .walk()
        .zip(&marks)
        .filter(|(_, c)| **c)
        .map(|(n, _)| n.text.as_str())
        .collect();
    assert_eq!(corrected, ["推进城市更新行动"]);
    assert_eq!(
        fixed
            .nodes
            .iter()
            .map(|f| f.key.clone())
            .collect::<Vec<_>>(),
        keys
    );
    // Every correction undone: the document as parsed, and nothing marked.
    for c in [
        Correction::Unit("市财政局".into(), None),
        Correction::Unit("市住建局".into(), None),
        Correction::Unit("市自然资源局".into(), None),
        Correction::Leader("王明".into(), None),
        Correction::Deadline(None),
    ] {
        s.correct(&doc, &t1, c, 20.0);
    }
    let undone = apply_fixes(&d, &keys, s.doc_fixes(&doc));
    assert_eq!(undone.doc, d);
    assert!(undone.nodes.iter().all(|f| !f.corrected));
    assert!(!fixes_of(&s, &doc).is_active());
}

#[test]
fn a_headings_correction_passes_down_and_its_deadline_where_it_was_inherited() {
    let d = doc(
        Some("文件"),
        None,
        vec![
            due(
                section(
                    "一、经济发展",
                    vec![
                        due(task("甲"), "6月底前", Some("2024-06-30")),
                        due(task("乙"), "9月底前", Some("2024-09-30")),
                        task("丙"),
                    ],
                ),
                "6月底前",
                Some("2024-06-30"),
            ),
            section("二、社会民生", vec![task("丁")]),
        ],
    );
    let mut d = d;
    d.nodes[0].lead_units = vec![unit_named("市发改委")];
    for n in d.nodes[0].children.iter_mut() {
        n.lead_units = vec![unit_named("市发改委")];
    }
    let keys = node_keys(&d);
    let doc_key = DocKey::from("d");
    let mut s = State::default();
    let sec = key_of(&d, "一、经济发展");
    s.correct(&doc_key, &sec, unit(UnitRole::Coop, "市发改委"), 1.0);
    s.correct(
        &doc_key,
        &sec,
        Correction::Deadline(Some(DeadlineFix {
            text: "7月底前".into(),
            date: Some("2024-07-31".into()),
        })),
        2.0,
    );
    // 乙 corrects the unit itself: its own correction wins over the heading's.
    s.correct(
        &doc_key,
        &key_of(&d, "乙"),
        unit(UnitRole::Removed, "市发改委"),
        3.0,
    );
    let f = apply_fixes(&d, &keys, s.doc_fixes(&doc_key));
    let jia = node(&f.doc, "甲");
    assert_eq!(names(&jia.coop_units), ["市发改委"]);
    assert!(jia.lead_units.is_empty());
    assert_eq!(jia.deadline.as_ref().unwrap().text, "7月底前");
    let yi = node(&f.doc, "乙");
    assert!(yi.lead_units.is_empty() && yi.coop_units.is_empty());
    // 乙 had a deadline of its own: the heading's correction does not touch it.
    assert_eq!(yi.deadline.as_ref().unwrap().text, "9月底前");
    // 丙 had none (not the heading's): unchanged.
    assert_eq!(node(&f.doc, "丙").deadline, None);
    // The other section is untouched, and not marked.
    let walk: Vec<(&str, bool)> = f
        .doc
        .walk()
        .zip(&f.nodes)
        .map(|(n, x)| (n.text.as_str(), x.corrected))
        .collect();
    assert_eq!(
        walk,
        [
            ("一、经济发展", true),
            ("甲", true),
            ("乙", true),
            ("丙", true),
            ("二、社会民生", false),
            ("丁", false)
        ]
    );
}

fn unit_named(name: &str) -> duban::parser::Unit {
    duban::parser::Unit {
        name: name.to_owned(),
        key: name.to_owned(),
        collective: false,
    }
}

#[test]
fn an_item_made_a_heading_and_a_paragraph_joined_to_the_item_above() {
    let d = the_doc();
    let keys = node_keys(&d);
    let doc = DocKey::from("d1");
    let mut s = State::default();
    let t3 = key_of(&d, "优化营商环境");
    let t5 = key_of(&d, "其中老旧小区");
    s.correct(&doc, &t3, Correction::Kind(Some(KindFix::Section)), 1.0);
    s.correct(&doc, &t5, Correction::Joined(true), 2.0);
    let f = apply_fixes(&d, &keys, s.doc_fixes(&doc));
    assert_eq!(f.doc.tasks().count(), 4);
    assert_eq!(node(&f.doc, "优化营商环境").kind, NodeKind::Section);
    let t4 = node(&f.doc, "办好十件民生实事");
    assert_eq!(t4.body, "5.其中老旧小区改造不少于20个。");
    assert!(f.doc.walk().all(|n| !n.text.starts_with("其中")));
    assert_eq!(f.nodes.len(), f.doc.walk().count());
    let k4 = key_of(&d, "办好十件民生实事");
    let fixed4 = f.nodes.iter().find(|x| x.key == k4).unwrap();
    assert_eq!(fixed4.joined, std::slice::from_ref(&t5));
    assert!(fixed4.corrected);
    // A join with nothing above, or of an item with children, changes nothing.
    let mut s2 = State::default();
    s2.correct(&doc, &key_of(&d, "经济发展"), Correction::Joined(true), 1.0);
    let f2 = apply_fixes(&d, &keys, s2.doc_fixes(&doc));
    assert_eq!(f2.doc.walk().count(), d.walk().count());
    // Undone: as parsed.
    s.correct(&doc, &t3, Correction::Kind(None), 3.0);
    s.correct(&doc, &t5, Correction::Joined(false), 4.0);
    assert_eq!(apply_fixes(&d, &keys, s.doc_fixes(&doc)).doc, d);
}

#[test]
fn corrections_are_stored_in_a_versioned_part_of_their_own() {
    let mut s = State::default();
    let d = DocKey::from("d1");
    s.correct(
        &d,
        &TaskKey::from("t1"),
        unit(UnitRole::Lead, "市财政局"),
        1000.0,
    );
    s.correct(
        &d,
        &TaskKey::from("s2"),
        Correction::Kind(Some(KindFix::Task)),
        1001.0,
    );
    s.correct(&d, &TaskKey::from("t3"), Correction::Joined(true), 1002.0);
    s.correct(&d, &TaskKey::from("t3"), Correction::Joined(false), 1003.0);
    let e = entries(&s);
    assert_eq!(
        e["duban.v2.fix.d1"],
        r#"{"nodes":{"s2":{"kind":["task",1001]},"t1":{"units":{"市财政局":[{"name":"市财政局","role":"lead"},1000]}},"t3":{"joined":[false,1003]}},"version":2}"#
    );
    assert_eq!(
        Part::from_storage_key("duban.v2.fix.d1"),
        Some(Part::Fixes(d.clone()))
    );
    let loaded = load(e.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert!(loaded.damaged.is_empty());
    assert_eq!(loaded.state, s);
    assert_eq!(decode(&encode(&s)).state, s);
    // The backup holds them, and gives them back.
    let backup = export_backup(&s);
    assert!(backup.contains("\"fixes\""));
    let back = import_backup(&backup, ImportMode::Replace, &State::default(), 2000.0).unwrap();
    assert_eq!(back.fixes, s.fixes);
    // Deleted for good: forgotten with the marks.
    s.add_document(&d, &doc(Some("甲"), None, vec![task("一")]), "甲\n一", 1.0);
    s.delete(&d, 3000.0);
    s.purge(&d, 3001.0);
    assert!(s.doc_fixes(&d).is_none());
    assert!(!entries(&s).contains_key("duban.v2.fix.d1"));
}

#[test]
fn a_damaged_correction_loses_itself_only_and_is_named() {
    let raw = r#"{"version":2,"nodes":{"t1":{"units":{"市财政局":[{"name":"市财政局","role":"boss"},5],"市住建局":[{"name":"市住建局","role":"coop"},6]},"kind":["task",7]},"t2":"garbage"}}"#;
    let loaded = load([("duban.v2.fix.d1", raw)]);
    let f = loaded.state.doc_fixes(&DocKey::from("d1")).unwrap();
    let t1 = &f.nodes[&TaskKey::from("t1")];
    assert_eq!(t1.units.len(), 1);
    assert_eq!(
        t1.units["市住建局"].value.as_ref().unwrap().role,
        UnitRole::Coop
    );
    assert_eq!(t1.kind.value, Some(KindFix::Task));
    assert_eq!(loaded.damaged.len(), 1);
    let damage = &loaded.damaged[0];
    assert_eq!(damage.kind, DamageKind::Entries);
    assert_eq!(damage.lost, ["nodes.t1.units.市财政局", "nodes.t2"]);
    let message = damage.message(&loaded.state);
    assert!(message.contains("手动修正"), "{message}");
    assert!(message.contains("一项任务的单位修正"), "{message}");
    // A value of a later version: read for what is known, and kept aside.
    let later = load([(
        "duban.v2.fix.d1",
        r#"{"version":3,"nodes":{"t1":{"kind":["section",9]}}}"#,
    )]);
    assert_eq!(later.damaged[0].kind, DamageKind::NewerVersion(3));
    assert_eq!(
        later
            .state
            .node_fix(&DocKey::from("d1"), &TaskKey::from("t1"))
            .unwrap()
            .kind
            .value,
        Some(KindFix::Section)
    );
}

#[test]
fn two_copies_merge_correction_by_correction() {
    let d = DocKey::from("d1");
    let t = TaskKey::from("t1");
    let mut base = State::default();
    base.correct(&d, &t, unit(UnitRole::Lead, "甲局"), 10.0);
    // One tab moves 乙局, the other undoes 甲局 later and removes 丙局.
    let mut one = base.clone();
    one.correct(&d, &t, unit(UnitRole::Coop, "乙局"), 20.0);
    let mut two = base.clone();
    two.correct(&d, &t, Correction::Unit("甲局".into(), None), 30.0);
    two.correct(&d, &t, unit(UnitRole::Removed, "丙局"), 31.0);
    let merged = merge(&one, &two);
    assert_eq!(merged, merge(&two, &one));
    let f = merged.node_fix(&d, &t).unwrap();
    assert_eq!(f.units["甲局"].value, None, "the later undo wins");
    assert_eq!(f.units["乙局"].value.as_ref().unwrap().role, UnitRole::Coop);
    assert_eq!(
        f.units["丙局"].value.as_ref().unwrap().role,
        UnitRole::Removed
    );
    // A stamp from the future is brought back to now, so the next change wins.
    let mut future = State::default();
    future.correct(&d, &t, Correction::Kind(Some(KindFix::Section)), 9.0e15);
    assert_eq!(future.clamp_future(1000.0), 1);
    future.correct(&d, &t, Correction::Kind(None), 1001.0);
    assert_eq!(future.node_fix(&d, &t).unwrap().kind.value, None);
}

#[test]
fn data_stored_before_corrections_reads_as_it_did() {
    // As the page wrote it before corrections existed: no part for them.
    let stored = [
        (
            "duban.v2.prefs",
            r#"{"current":["d1",5],"my_leaders":{},"my_units":{"市发改局":[true,7]},"version":2}"#,
        ),
        (
            "duban.v2.library",
            r#"{"docs":{"d1":{"added_at":3,"info_at":3,"title":"文件"}},"version":2}"#,
        ),
        (
            "duban.v2.doc.d1",
            r#"{"tasks":{"t1":{"done":[true,1000]}},"version":2}"#,
        ),
        (
            "duban.v2.src.d1",
            r#"{"text":["文件\n1. 甲（市发改局牵头）",3],"version":2}"#,
        ),
    ];
    let loaded = load(stored);
    assert!(loaded.damaged.is_empty());
    assert_eq!(loaded.migrated_from, None);
    assert!(loaded.state.fixes.is_empty());
    let before = entries(&loaded.state);
    // What the page writes back is what was there: nothing to rewrite.
    let prev: BTreeMap<String, String> = stored
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    assert_eq!(changes(&prev, &before), vec![]);
    // A correction adds its own key, and rewrites no other.
    let mut s = loaded.state;
    s.correct(
        &DocKey::from("d1"),
        &TaskKey::from("t1"),
        unit(UnitRole::Coop, "市发改局"),
        2000.0,
    );
    let writes = changes(&prev, &entries(&s));
    assert_eq!(writes.len(), 1);
    assert!(matches!(&writes[0], Write::Set { key, .. } if key == "duban.v2.fix.d1"));
    // Version 1 data migrates without corrections.
    let v1 = std::fs::read_to_string("tests/fixtures/checklist/v1_state.json").unwrap();
    let migrated = load([(V1_KEY, v1.as_str())]);
    assert_eq!(migrated.migrated_from, Some(1));
    assert!(migrated.state.fixes.is_empty());
    // A backup made before corrections existed imports, without any.
    let old_backup = r#"{"format":"duban-backup","version":2,"prefs":{},"library":{"docs":{}},"docs":{"d1":{"tasks":{"t1":{"done":[true,5]}}}},"sources":{}}"#;
    let imported = import_backup(old_backup, ImportMode::Replace, &State::default(), 10.0).unwrap();
    assert!(imported.fixes.is_empty());
    assert!(imported.marks[&DocKey::from("d1")].is_done(&TaskKey::from("t1")));
}

/// Pastes `text` into `s` as the app does after a parse.
fn paste(s: &mut State, text: &str, now: f64) -> Vec<DocKey> {
    let outline = parse(text);
    let keys = library_keys(s, &outline.documents, text);
    let source: Arc<str> = text.into();
    keep_paste(s, &outline.documents, &keys, &source, false, now);
    keys
}

#[test]
fn corrections_come_back_with_the_same_text_and_carry_over_to_a_revised_version() {
    let mut s = State::default();
    let keys = paste(&mut s, DOC, 1.0);
    let d = the_doc();
    let doc = keys[0].clone();
    s.correct(
        &doc,
        &key_of(&d, "推进城市更新"),
        unit(UnitRole::Lead, "市财政局"),
        2.0,
    );
    s.correct(
        &doc,
        &key_of(&d, "经济发展"),
        unit(UnitRole::Removed, "市住建局"),
        3.0,
    );
    s.correct(
        &doc,
        &key_of(&d, "其中老旧小区"),
        Correction::Joined(true),
        4.0,
    );
    // The same text again: the same keys, the same corrections.
    assert_eq!(paste(&mut s, DOC, 5.0), keys);
    let fixed = apply_fixes(&d, &node_keys(&d), s.doc_fixes(&doc));
    assert_eq!(
        names(&node(&fixed.doc, "推进城市更新").lead_units),
        ["市发改委", "市财政局"]
    );
    // A revised version: task 1 reworded, the heading renamed, a task added.
    let revised = DOC
        .replace("推进城市更新行动", "深入推进城市更新行动")
        .replace("一、经济发展", "一、推动经济高质量发展")
        .replace(
            "6. 提升教育质量（市教育局牵头，市财政局配合）",
            "6. 提升教育质量（市教育局牵头，市财政局配合）\n7. 加快数字政府建设（市大数据局牵头）",
        );
    let new_keys = paste(&mut s, &revised, 6.0);
    let new_doc = parse(&revised).documents.remove(0);
    let new_key = new_keys[0].clone();
    let fixed = apply_fixes(&new_doc, &node_keys(&new_doc), s.doc_fixes(&new_key));
    let t1 = node(&fixed.doc, "深入推进城市更新");
    assert_eq!(
        names(&t1.lead_units),
        ["市发改委", "市财政局"],
        "the task's own correction"
    );
    assert_eq!(
        names(&t1.coop_units),
        Vec::<&str>::new(),
        "the heading's, carried with the renamed heading"
    );
    assert!(
        fixed.doc.walk().all(|n| !n.text.starts_with("其中")),
        "the join"
    );
    assert_eq!(node(&fixed.doc, "加快数字政府建设").lead_units.len(), 1);
    // Under the same document key, as the marks: moved onto the task's new key.
    assert_eq!(new_key, doc);
    let moved = s.doc_fixes(&doc).unwrap();
    assert!(moved
        .nodes
        .contains_key(&key_of(&new_doc, "深入推进城市更新")));
    assert!(!moved.nodes.contains_key(&key_of(&d, "推进城市更新")));
}

#[test]
fn a_new_document_under_a_reused_title_leaves_the_corrections_with_the_old_one() {
    let mut s = State::default();
    let keys = paste(&mut s, DOC, 1.0);
    let d = the_doc();
    let t1 = key_of(&d, "推进城市更新");
    s.correct(&keys[0], &t1, unit(UnitRole::Lead, "市财政局"), 2.0);
    let other = "2024年重点工作任务分工\n一、其他工作\n1. 完全不同的任务甲（市农业局牵头）\n2. 完全不同的任务乙（市水利局牵头）\n";
    let new_keys = paste(&mut s, other, 3.0);
    assert_eq!(new_keys, keys, "the same title, the same key");
    assert!(s.doc_fixes(&keys[0]).is_none_or(|f| f.nodes.is_empty()));
    let kept_apart = s
        .library
        .keys()
        .find(|k| k.as_str().starts_with(&format!("{}-v", keys[0])))
        .unwrap()
        .clone();
    assert!(s.node_fix(&kept_apart, &t1).unwrap().is_active());
}

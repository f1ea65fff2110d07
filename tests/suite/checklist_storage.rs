//! The stored format: keys and values, round trips, migration, damaged values, size.

use crate::checklist_support;

use checklist_support::*;
use duban::checklist::storage_format::*;
use duban::checklist::*;

fn sample_state() -> State {
    let d = seed();
    let key = doc_key(&d);
    let tasks: Vec<TaskKey> = keyed_tasks(&d).into_iter().map(|t| t.key).collect();
    let mut s = State::default();
    s.add_document(
        &key,
        &d,
        "2023年2月份市政府工作要点\n（一）……",
        1_676_000_000_000.0,
    );
    s.set_done(&key, &tasks[0], true, 1_676_000_000_100.0);
    s.set_note(&key, &tasks[1], "已联系\n“发改局”\\", 1_676_000_000_200.5);
    s.set_due(
        &key,
        &tasks[2],
        Some("2023-03-15".into()),
        1_676_000_000_300.0,
    );
    s.set_done(&key, &tasks[3], true, 1_676_000_000_400.0);
    s.set_done(&key, &tasks[3], false, 1_676_000_000_500.0);
    s.set_my_unit("市发改局", true, 1_676_000_000_600.0);
    s.set_my_unit("市财政局", false, 1_676_000_000_700.0);
    s.set_my_leader("胡海达", true, 1_676_000_000_800.0);
    s.set_current(Some(key.clone()), 1_676_000_000_900.0);
    let other = doc(Some("另一份文件"), None, vec![task("甲")]);
    let okey = doc_key(&other);
    s.add_document(&okey, &other, "另一份文件\n甲", 1_677_000_000_000.0);
    s.rename(&okey, Some("我的改名".into()), 1_677_000_000_001.0);
    s.delete(&okey, 1_677_000_000_002.0);
    s
}

fn pairs(m: &std::collections::BTreeMap<String, String>) -> Vec<(String, String)> {
    m.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

#[test]
fn keys_are_split_by_part() {
    let s = sample_state();
    let e = entries(&s);
    let key = doc_key(&seed());
    let names: Vec<&str> = e.keys().map(String::as_str).collect();
    let okey = doc_key(&doc(Some("另一份文件"), None, vec![]));
    let mut expect = vec![
        format!("duban.v2.doc.{key}"),
        "duban.v2.library".to_owned(),
        "duban.v2.prefs".to_owned(),
        format!("duban.v2.src.{key}"),
        format!("duban.v2.src.{okey}"),
    ];
    expect.sort();
    assert_eq!(names, expect);
    assert_eq!(
        Part::from_storage_key(&format!("duban.v2.doc.{key}")),
        Some(Part::Marks(key.clone()))
    );
    assert_eq!(Part::from_storage_key("duban.v2.doc."), None);
    assert_eq!(Part::from_storage_key("other.app"), None);
    assert_eq!(
        damaged_copy_key("duban.v2.prefs", 1234.0),
        "duban.damaged.duban.v2.prefs.1234"
    );
}

#[test]
fn stored_values_have_the_documented_shape() {
    let mut s = State::default();
    let d = DocKey::from("d1");
    s.set_done(&d, &TaskKey::from("t1"), true, 1000.0);
    s.set_note(&d, &TaskKey::from("t2"), "备注", 1000.5);
    s.set_my_unit("市发改局", true, 7.0);
    let e = entries(&s);
    assert_eq!(
        e["duban.v2.doc.d1"],
        r#"{"tasks":{"t1":{"done":[true,1000]},"t2":{"note":["备注",1000.5]}},"version":2}"#
    );
    assert_eq!(
        e["duban.v2.prefs"],
        r#"{"my_leaders":{},"my_units":{"市发改局":[true,7]},"version":2}"#
    );
    assert_eq!(e["duban.v2.library"], r#"{"docs":{},"version":2}"#);
}

#[test]
fn entries_round_trip_through_load() {
    let s = sample_state();
    let loaded = load(pairs(&entries(&s)));
    assert_eq!(loaded.damaged, vec![]);
    assert_eq!(loaded.migrated_from, None);
    assert_eq!(loaded.state, s);
}

#[test]
fn encode_decode_round_trip() {
    let s = sample_state();
    let d = decode(&encode(&s));
    assert_eq!(d.damage, None);
    assert_eq!(d.lost, Vec::<String>::new());
    assert_eq!(d.version, Some(2));
    assert_eq!(d.state, s);
}

#[test]
fn other_apps_keys_and_kept_aside_copies_are_ignored() {
    let s = sample_state();
    let mut p = pairs(&entries(&s));
    p.push(("theme".into(), "dark".into()));
    p.push(("duban.damaged.duban.v2.prefs.1".into(), "garbage".into()));
    let loaded = load(p);
    assert!(loaded.damaged.is_empty());
    assert_eq!(loaded.state, s);
}

#[test]
fn v1_fixture_migrates_to_current() {
    let raw = std::fs::read_to_string("tests/fixtures/checklist/v1_state.json").unwrap();
    let loaded = load([(V1_KEY, raw.as_str())]);
    assert_eq!(loaded.migrated_from, Some(1));
    assert_eq!(loaded.stale_keys, vec![V1_KEY.to_owned()]);
    // The one mark of another type is reported, the rest is read.
    assert_eq!(loaded.damaged.len(), 1);
    assert_eq!(loaded.damaged[0].kind, DamageKind::Entries);
    assert_eq!(
        loaded.damaged[0].lost,
        vec!["docs.d0123456789abcdef.marks.t00000000000000bb".to_owned()]
    );
    let s = &loaded.state;
    let d1 = DocKey::from("d3f1c0a9b8e7d6c5b");
    assert_eq!(s.current().map(|e| &e.key), Some(&d1));
    assert_eq!(
        s.prefs.my_units().collect::<Vec<_>>(),
        ["市发改局", "市财政局"]
    );
    assert_eq!(s.prefs.my_leaders().collect::<Vec<_>>(), ["胡海达"]);
    let e = &s.library[&d1];
    assert_eq!(e.title.as_deref(), Some("2023年2月份市政府工作要点"));
    assert_eq!(e.doc_number.as_deref(), Some("慈政办发〔2023〕9号"));
    assert_eq!(e.added_at, 1_676_000_000_000.0);
    assert_eq!(
        &*e.source.value,
        "2023年2月份市政府工作要点\n（一）深化经济运行监测分析。"
    );
    let m = s.mark(&d1, &TaskKey::from("t0000000000000001")).unwrap();
    assert!(m.done.value);
    assert_eq!(m.note.value, "已报送\n第二行");
    assert!(
        !s.mark(&d1, &TaskKey::from("t0000000000000002"))
            .unwrap()
            .done
            .value
    );
    let d2 = DocKey::from("d0123456789abcdef");
    assert!(s
        .doc_marks(&d2)
        .unwrap()
        .is_done(&TaskKey::from("t00000000000000aa")));
    assert!(s.library[&d2].source.is_unset());
    // Written back in the current format, it reads back the same.
    let again = load(pairs(&entries(s)));
    assert!(again.damaged.is_empty());
    assert_eq!(&again.state, s);
    // The same through decode (a version-1 string).
    let d = decode(&raw);
    assert_eq!(d.version, Some(1));
    assert_eq!(&d.state, s);
}

#[test]
fn migrated_v1_data_merges_under_newer_v2_data() {
    let raw = std::fs::read_to_string("tests/fixtures/checklist/v1_state.json").unwrap();
    let d1 = DocKey::from("d3f1c0a9b8e7d6c5b");
    let t1 = TaskKey::from("t0000000000000001");
    let mut newer = State::default();
    newer.set_done(&d1, &t1, false, 1_700_000_000_000.0);
    let mut p = pairs(&entries(&newer));
    p.push((V1_KEY.to_owned(), raw));
    let loaded = load(p);
    let m = loaded.state.mark(&d1, &t1).unwrap();
    assert!(!m.done.value);
    assert_eq!(m.note.value, "已报送\n第二行");
}

#[test]
fn damaged_values_keep_the_readable_rest() {
    let s = sample_state();
    let key = doc_key(&seed());
    let tasks: Vec<TaskKey> = keyed_tasks(&seed()).into_iter().map(|t| t.key).collect();
    let mut stored = entries(&s);
    let doc_key_name = format!("duban.v2.doc.{key}");

    // 1. Wrong types in one task entry: only that field is lost.
    let good = stored[&doc_key_name].clone();
    let bad = good.replacen(
        &format!(r#""{}":{{"note":["#, tasks[1]),
        &format!(r#""{}":{{"note":[42,"#, tasks[1]),
        1,
    );
    assert_ne!(bad, good);
    stored.insert(doc_key_name.clone(), bad.clone());
    // 2. Garbage in prefs.
    stored.insert(PREFS_KEY.to_owned(), "\u{0}\u{1}garbage{".to_owned());
    let loaded = load(pairs(&stored));
    assert_eq!(loaded.damaged.len(), 2);
    let by_key = |k: &str| loaded.damaged.iter().find(|d| d.key == k).unwrap();
    let dm = by_key(&doc_key_name);
    assert_eq!(dm.kind, DamageKind::Entries);
    assert_eq!(dm.raw, bad);
    assert_eq!(dm.part, Part::Marks(key.clone()));
    assert_eq!(dm.lost, vec![format!("tasks.{}.note", tasks[1])]);
    let dp = by_key(PREFS_KEY);
    assert_eq!(dp.kind, DamageKind::NotJson);
    let st = &loaded.state;
    assert!(st.mark(&key, &tasks[0]).unwrap().done.value);
    assert_eq!(
        st.mark(&key, &tasks[2]).unwrap().due.value.as_deref(),
        Some("2023-03-15")
    );
    assert!(st.mark(&key, &tasks[1]).unwrap().note.is_unset());
    assert_eq!(st.prefs, Prefs::default());
    assert_eq!(st.library, s.library);
    assert_eq!(
        dm.message(st),
        "文档《2023年2月份市政府工作要点》的完成标记和备注有 1 项无法读取（一项任务的备注），其余已恢复，原始内容已另存。"
    );
    assert_eq!(
        damage_notice(&loaded.damaged, st).unwrap(),
        format!(
            "部分已保存的数据无法完整读取：{}“我的单位”等设置无法读取，已原样另存。建议现在导出一份备份。",
            dm.message(st)
        )
    );
}

#[test]
fn truncated_value_keeps_complete_entries() {
    let s = sample_state();
    let key = doc_key(&seed());
    let tasks: Vec<TaskKey> = keyed_tasks(&seed()).into_iter().map(|t| t.key).collect();
    let name = format!("duban.v2.doc.{key}");
    let full = entries(&s)[&name].clone();
    // Cut in the middle of the last task entry.
    let full_marks = s.doc_marks(&key).unwrap();
    let last = full_marks.tasks.keys().last().unwrap();
    let at = full.find(last.as_str()).unwrap() + last.as_str().len() + 12;
    let cut = &full[..at];
    assert!(cut.ends_with(r#"":{"due":["2"#), "{cut}");
    let loaded = load([(name.as_str(), cut)]);
    assert_eq!(loaded.damaged.len(), 1);
    assert_eq!(loaded.damaged[0].kind, DamageKind::Truncated);
    assert_eq!(loaded.damaged[0].raw, cut);
    // The cut field is reported too.
    assert_eq!(loaded.damaged[0].lost, vec![format!("tasks.{last}.due")]);
    let marks = loaded.state.doc_marks(&key).unwrap();
    // Every other entry reads exactly as stored; the cut one is empty.
    assert_eq!(marks.tasks.len(), full_marks.tasks.len());
    for (k, m) in &full_marks.tasks {
        if k == last {
            assert!(marks.tasks[k].is_unset());
        } else {
            assert_eq!(marks.tasks.get(k), Some(m), "{k}");
        }
    }
    assert_eq!(tasks.len(), 5);
    assert_eq!(
        loaded.damaged[0].message(&loaded.state),
        format!("文档《{}》的完成标记和备注不完整（可能写入时被中断），已恢复可读的部分，原始内容已另存。", key)
    );
}

#[test]
fn damaged_library_is_rebuilt_from_source_texts() {
    let s = sample_state();
    let key = doc_key(&seed());
    let mut stored = entries(&s);
    stored.insert(LIBRARY_KEY.to_owned(), "[1,2,3]".to_owned());
    let loaded = load(pairs(&stored));
    assert_eq!(loaded.damaged.len(), 1);
    assert_eq!(loaded.damaged[0].kind, DamageKind::WrongShape);
    let e = &loaded.state.library[&key];
    assert_eq!(e.source, s.library[&key].source);
    assert_eq!(e.title, None);
    assert_eq!(loaded.state.marks, s.marks);
    assert_eq!(
        loaded.damaged[0].message(&loaded.state),
        "文档库列表格式不符，无法读取，已原样另存。"
    );
}

#[test]
fn newer_version_is_read_as_far_as_known_and_reported() {
    let raw = r#"{"version":3,"tasks":{"t1":{"done":[true,5],"colour":"red"}},"extra":1}"#;
    let loaded = load([("duban.v2.doc.d1", raw)]);
    assert_eq!(loaded.damaged.len(), 1);
    assert_eq!(loaded.damaged[0].kind, DamageKind::NewerVersion(3));
    assert!(loaded
        .state
        .doc_marks(&DocKey::from("d1"))
        .unwrap()
        .is_done(&TaskKey::from("t1")));
}

#[test]
fn unknown_fields_are_ignored_quietly() {
    let raw = r#"{"version":2,"tasks":{"t1":{"done":[true,5],"colour":"red"}},"extra":1}"#;
    let loaded = load([("duban.v2.doc.d1", raw)]);
    assert!(loaded.damaged.is_empty());
}

#[test]
fn changes_write_only_what_differs() {
    let s = sample_state();
    let before = entries(&s);
    let key = doc_key(&seed());
    let t = keyed_tasks(&seed())[4].key.clone();
    let mut s2 = s.clone();
    s2.set_done(&key, &t, true, 1_700_000_000_000.0);
    let after = entries(&s2);
    let w = changes(&before, &after);
    assert_eq!(w.len(), 1);
    assert!(matches!(&w[0], Write::Set { key: k, .. } if *k == format!("duban.v2.doc.{key}")));
    assert!(changes(&after, &after).is_empty());
    // Deleting a document for good replaces its text with an empty one (stamped, so
    // that other tabs learn of it) and removes its marks.
    let okey = doc_key(&doc(Some("另一份文件"), None, vec![task("甲")]));
    let mut s3 = s2.clone();
    s3.set_done(
        &okey,
        &keyed_tasks(&doc(Some("另一份文件"), None, vec![task("甲")]))[0].key,
        true,
        1_700_000_000_001.0,
    );
    let after = entries(&s3);
    assert!(after.contains_key(&format!("duban.v2.doc.{okey}")));
    s3.purge_deleted(f64::MAX, 1_700_000_000_002.0);
    let w = changes(&after, &entries(&s3));
    let src = format!("duban.v2.src.{okey}");
    assert!(w.iter().any(|x| matches!(x, Write::Set { key, value } if *key == src && !value.contains("甲") && value.len() < 60)));
    // Space is freed first: the marks go, then the text shrinks, ahead of any other write,
    // so that a full storage still takes them.
    let marks_removed = Write::Remove {
        key: format!("duban.v2.doc.{okey}"),
    };
    assert_eq!(w.first(), Some(&marks_removed), "{w:?}");
    assert!(
        matches!(&w[1], Write::Set { key, .. } if *key == src),
        "{w:?}"
    );
}

#[test]
fn storage_event_for_one_key_merges_in() {
    let s = sample_state();
    let key = doc_key(&seed());
    let t = keyed_tasks(&seed())[1].key.clone();
    let mut other_tab = s.clone();
    other_tab.set_done(&key, &t, true, 1_700_000_000_000.0);
    let name = format!("duban.v2.doc.{key}");
    let incoming = load([(name.as_str(), entries(&other_tab)[&name].as_str())]);
    let merged = merge(&s, &incoming.state);
    assert_eq!(merged, other_tab);
}

#[test]
fn usage_counts_utf16_units() {
    let u = usage_of([("ab", "中文"), ("k", "😀"), ("duban.x", "y")]);
    assert_eq!(u.units, 2 + 2 + 1 + 2 + 7 + 1);
    assert_eq!(u.ours, 7 + 1, "this app's keys, counted apart");
    let s = sample_state();
    let u = usage(&s);
    let expect: usize = entries(&s)
        .iter()
        .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
        .sum();
    assert_eq!(u.units, expect);
    assert_eq!(u.ours, expect);
    assert_eq!(u.bytes(), expect * 2);
    let quarter = Usage {
        units: QUOTA_UNITS / 4,
        ours: 0,
    };
    assert_eq!(quarter.fraction(), 0.25);
    assert!(!quarter.nearly_full());
    let full = Usage {
        units: 4_404_019,
        ours: 314_573,
    };
    assert_eq!(full.label(), "本应用 0.3 MB，本网站共用 4.2 MB / 约 5 MB");
    assert!(full.nearly_full());
    assert_eq!(
        usage_of([("duban.v2.prefs", "x".repeat(18_000).as_str())]).label(),
        "本应用 18 KB，本网站共用 18 KB / 约 5 MB"
    );
    assert!(full.nearly_full_notice().starts_with(
        "本机存储已用约 84%（本应用 0.3 MB，本网站的其他数据 3.9 MB，上限约 5 MB）。"
    ));
}

#[test]
fn a_refused_marks_value_holds_back_its_long_notes_but_not_its_ticks() {
    let d = DocKey::from("d1");
    let (t1, t2, t3) = (
        TaskKey::from("t1"),
        TaskKey::from("t2"),
        TaskKey::from("t3"),
    );
    let mut s = State::default();
    s.set_done(&d, &t1, true, 1000.0);
    s.set_note(&d, &t2, "已保存的备注", 1001.0);
    let key = "duban.v2.doc.d1";
    let prev = entries(&s)[key].clone();
    // A very long note on t3, a shorter new one on t2, then ticks on t2 and t3.
    s.set_note(&d, &t3, &"长".repeat(60_000), 2000.0);
    s.set_note(&d, &t2, "改过的备注", 2001.0);
    s.set_done(&d, &t2, true, 2002.0);
    s.set_done(&d, &t3, true, 2003.0);
    let next = entries(&s)[key].clone();
    let tries = marks_holding_back_notes(Some(&prev), &next);
    assert_eq!(tries.iter().map(|(_, n)| *n).collect::<Vec<_>>(), [1, 2]);
    // The first holds back the longest note only; every tick is in each.
    let read = |v: &str| load([(key, v)]).state;
    let first = read(&tries[0].0);
    assert!(first.mark(&d, &t3).unwrap().note.is_unset());
    assert_eq!(first.mark(&d, &t2).unwrap().note.value, "改过的备注");
    let second = read(&tries[1].0);
    assert_eq!(second.mark(&d, &t2).unwrap().note.value, "已保存的备注");
    for st in [&first, &second] {
        for t in [&t1, &t2, &t3] {
            assert!(st.doc_marks(&d).unwrap().is_done(t), "{t}");
        }
    }
    assert!(tries[0].0.len() < 1000);
    // Nothing to hold back: no note changed (or the value is not a document's marks).
    assert!(marks_holding_back_notes(Some(&next), &next).is_empty());
    assert!(marks_holding_back_notes(None, "not json").is_empty());
}

#[test]
fn what_was_not_saved_is_said_by_name() {
    let s = sample_state();
    let key = doc_key(&seed());
    let mut unsaved = Unsaved::default();
    unsaved.push_write(&Write::Set {
        key: format!("duban.v2.src.{key}"),
        value: String::new(),
    });
    unsaved.push(UnsavedItem::Notes(key.clone(), 1));
    unsaved.push_write(&Write::Set {
        key: LIBRARY_KEY.into(),
        value: String::new(),
    });
    unsaved.push(UnsavedItem::Library);
    unsaved.push_write(&Write::Remove {
        key: PREFS_KEY.into(),
    });
    assert_eq!(
        unsaved.items.len(),
        3,
        "each once; a removal is no edit of the user's"
    );
    let text = unsaved.notice(&s);
    assert!(text.starts_with("浏览器存储空间已满，以下修改没有保存：文档《2023年2月份市政府工作要点》的原文；文档《2023年2月份市政府工作要点》中 1 条较长的备注；文档库的变动（新加入、改名、删除或恢复的文档）。没有列出的修改都已保存，之前保存的内容完好。"), "{text}");
    assert!(!text.contains("仍会保存"));
    unsaved.other_error = Some("InvalidStateError".into());
    assert!(unsaved
        .notice(&s)
        .starts_with("浏览器拒绝保存（InvalidStateError），以下修改没有保存："));
    let marks = Unsaved {
        items: vec![UnsavedItem::Marks(key)],
        other_error: None,
    };
    assert!(marks
        .notice(&s)
        .contains("以下修改没有保存：文档《2023年2月份市政府工作要点》的完成标记、期限和备注。"));
}

#[test]
fn source_texts_with_an_unchanged_stamp_are_reused_not_encoded() {
    let s = sample_state();
    let all = entries(&s);
    let source_keys: Vec<&String> = all
        .keys()
        .filter(|k| k.starts_with("duban.v2.src."))
        .collect();
    assert!(!source_keys.is_empty());
    // Nothing reused: exactly `entries`.
    assert_eq!(entries_reusing(&s, |_, _| None), all);
    // Reused: the value given for a source key with its stamp is taken as is; other parts
    // are never asked for.
    let asked = std::cell::RefCell::new(Vec::new());
    let reused = entries_reusing(&s, |key, at| {
        asked.borrow_mut().push(key.to_owned());
        assert_eq!(source_stamp(&s, key), Some(at));
        Some(format!("stored:{key}"))
    });
    assert_eq!(asked.borrow().len(), source_keys.len());
    for (key, value) in &reused {
        if key.starts_with("duban.v2.src.") {
            assert_eq!(value, &format!("stored:{key}"));
        } else {
            assert_eq!(Some(value), all.get(key));
        }
    }
    assert_eq!(source_stamp(&s, "duban.v2.prefs"), None);
}

// --- Documents of one paste store its text once -------------------------------------

const PASTE: &str = "第一份文件\n一、甲\n第二份文件\n一、乙\n第三份文件\n一、丙";

/// Three documents added from one paste, with a mark on the second.
fn one_paste_of_three() -> (State, Vec<DocKey>) {
    let mut s = State::default();
    let mut keys = Vec::new();
    let text: std::sync::Arc<str> = PASTE.into();
    for (title, t) in [
        ("第一份文件", "甲"),
        ("第二份文件", "乙"),
        ("第三份文件", "丙"),
    ] {
        let d = doc(Some(title), None, vec![task(t)]);
        let key = doc_key(&d);
        s.add_document(&key, &d, text.clone(), 1_700_000_000_000.0);
        keys.push(key);
    }
    let d = doc(Some("第二份文件"), None, vec![task("乙")]);
    s.set_done(&keys[1], &keyed_tasks(&d)[0].key, true, 1_700_000_000_500.0);
    keys.sort();
    (s, keys)
}

fn apply(stored: &mut std::collections::BTreeMap<String, String>, w: &Write) {
    match w {
        Write::Set { key, value } => {
            stored.insert(key.clone(), value.clone());
        }
        Write::Remove { key } => {
            stored.remove(key);
        }
    }
}

/// Storage after the writes from `prev` to `next` are cut short at every point (a
/// refused write stops the save): each of these must load without damage, and every
/// document that has a text in `prev` or `next` reads one of the two.
fn assert_every_prefix_reads(prev: &State, next: &State) {
    let before = entries(prev);
    let writes = changes(&before, &entries(next));
    for cut in 0..=writes.len() {
        let mut stored = before.clone();
        for w in &writes[..cut] {
            apply(&mut stored, w);
        }
        let loaded = load(pairs(&stored));
        assert_eq!(loaded.damaged, vec![], "cut after {cut} of {writes:?}");
        for (key, e) in &next.library {
            let got = &loaded.state.library[key].source;
            let was = prev.library.get(key).map(|e| &e.source);
            assert!(
                *got == e.source || Some(got) == was,
                "cut after {cut}: {key} reads {got:?}"
            );
        }
    }
}

#[test]
fn documents_of_one_paste_store_its_text_once() {
    let (s, keys) = one_paste_of_three();
    let e = entries(&s);
    let src = |k: &DocKey| e[&format!("duban.v2.src.{k}")].clone();
    // The first key holds the text; the others name it, with the text's stamp.
    assert!(src(&keys[0]).contains("一、丙"));
    for k in &keys[1..] {
        assert_eq!(
            src(k),
            format!(r#"{{"text_of":["{}",1700000000000],"version":2}}"#, keys[0])
        );
        assert!(is_text_ref(&src(k)));
        assert_eq!(text_ref_holder(&src(k)), Some(keys[0].clone()));
    }
    assert!(!is_text_ref(&src(&keys[0])));
    assert_eq!(e.values().filter(|v| v.contains("一、丙")).count(), 1);
    // Read back whole, from storage and from a backup.
    let loaded = load(pairs(&e));
    assert_eq!(loaded.damaged, vec![]);
    assert_eq!(loaded.state, s);
    // In memory too the text is held once, shared by the three entries, and merging
    // with another tab's state (a copy of the whole state) does not copy it.
    let shared = |st: &State| {
        let texts: Vec<_> = keys.iter().map(|k| &st.library[k].source.value).collect();
        texts.windows(2).all(|w| std::sync::Arc::ptr_eq(w[0], w[1]))
    };
    assert!(shared(&s));
    assert!(shared(&loaded.state));
    assert!(shared(&merge(&loaded.state, &s)));
    let backup = encode(&s);
    assert_eq!(backup.matches("一、丙").count(), 1);
    let d = decode(&backup);
    assert_eq!((d.damage, d.lost), (None, vec![]));
    assert_eq!(d.state, s);
}

#[test]
fn texts_of_separate_pastes_are_stored_whole_even_when_equal() {
    // The same text pasted at another time is another paste: no reference, so that
    // deleting one never touches the other.
    let mut s = State::default();
    for (title, at) in [("甲文件", 1.0e12), ("乙文件", 2.0e12)] {
        let d = doc(Some(title), None, vec![task("甲")]);
        s.add_document(&doc_key(&d), &d, PASTE, at);
    }
    assert!(entries(&s).values().all(|v| !is_text_ref(v)));
}

#[test]
fn deleting_the_holder_for_good_moves_the_text_first() {
    let (s, keys) = one_paste_of_three();
    let mut next = s.clone();
    next.delete(&keys[0], 1_700_000_001_000.0);
    next.purge(&keys[0], 1_700_000_002_000.0);
    let e = entries(&next);
    assert!(e[&format!("duban.v2.src.{}", keys[1])].contains("一、丙"));
    assert!(is_text_ref(&e[&format!("duban.v2.src.{}", keys[2])]));
    let loaded = load(pairs(&e));
    assert_eq!(loaded.state, next);
    assert_every_prefix_reads(&s, &next);
    // Purging the others too leaves no text at all.
    let mut all = next.clone();
    for k in &keys[1..] {
        all.delete(k, 1_700_000_003_000.0);
        all.purge(k, 1_700_000_004_000.0);
    }
    assert!(entries(&all).values().all(|v| !v.contains("一、丙")));
    assert_every_prefix_reads(&next, &all);
}

#[test]
fn revising_the_holder_alone_keeps_the_siblings_text() {
    let (s, keys) = one_paste_of_three();
    let mut next = s.clone();
    let d = doc(Some("第一份文件"), None, vec![task("甲（修订）")]);
    next.add_document(
        &keys[0],
        &d,
        "第一份文件\n一、甲（修订）",
        1_700_000_009_000.0,
    );
    assert_every_prefix_reads(&s, &next);
    let e = entries(&next);
    assert!(e[&format!("duban.v2.src.{}", keys[1])].contains("一、丙"));
    // Removing an entry from the library altogether (not a user action, but a merge
    // or a repair may do it) still leaves the others readable.
    let mut gone = s.clone();
    gone.library.remove(&keys[0]);
    assert_every_prefix_reads(&s, &gone);
}

#[test]
fn a_reference_from_another_tab_reads_through_this_tabs_text() {
    let (s, keys) = one_paste_of_three();
    let e = entries(&s);
    let name = format!("duban.v2.src.{}", keys[2]);
    // Alone, the reference does not resolve: reported, and kept aside by the caller.
    let alone = load([(name.as_str(), e[&name].as_str())]);
    assert_eq!(alone.damaged.len(), 1);
    assert_eq!(alone.damaged[0].kind, DamageKind::SharedTextMissing);
    let name_shown = s.library[&keys[2]].display_name();
    assert_eq!(
        alone.damaged[0].message(&s),
        format!("文档《{name_shown}》的原文与同一次粘贴的其他文档共用保存，但那份原文已不在浏览器存储中；完成标记和备注不受影响。")
    );
    // With the tab's own state, or the holder's stored value, it does.
    let known = load_knowing([(name.as_str(), e[&name].as_str())], &s);
    assert_eq!(known.damaged, vec![]);
    assert_eq!(
        known.state.library[&keys[2]].source,
        s.library[&keys[2]].source
    );
    let holder = format!("duban.v2.src.{}", keys[0]);
    let with_holder = load([
        (name.as_str(), e[&name].as_str()),
        (holder.as_str(), e[&holder].as_str()),
    ]);
    assert_eq!(with_holder.damaged, vec![]);
    assert_eq!(
        merge(&s, &with_holder.state).library[&keys[2]].source,
        s.library[&keys[2]].source
    );
}

#[test]
fn a_reused_reference_is_not_taken_for_a_whole_text() {
    let (s, keys) = one_paste_of_three();
    let before = entries(&s);
    let mut next = s.clone();
    next.delete(&keys[0], 1_700_000_001_000.0);
    next.purge(&keys[0], 1_700_000_002_000.0);
    // The saver offers what it stored for the same stamp: a reference, for keys[1].
    let reused = entries_reusing(&next, |key, at| {
        (source_stamp(&s, key) == Some(at))
            .then(|| before.get(key).cloned())
            .flatten()
    });
    assert_eq!(reused, entries(&next));
}

// --- Storage full --------------------------------------------------------------------

/// Applies `writes` as the web layer does under a quota of `capacity` UTF-16 units: a
/// write that would go over is refused, and after a refusal only the writes
/// [`still_writable`] allows go on. Whether a write was refused.
fn save_with_quota(
    stored: &mut std::collections::BTreeMap<String, String>,
    writes: &[Write],
    capacity: usize,
) -> bool {
    let used = |m: &std::collections::BTreeMap<String, String>| {
        usage_of(m.iter().map(|(k, v)| (k.as_str(), v.as_str()))).units
    };
    let mut refused = false;
    for w in writes {
        if refused && !still_writable(w) {
            continue;
        }
        let mut after = stored.clone();
        apply(&mut after, w);
        if used(&after) > capacity && used(&after) > used(stored) {
            refused = true;
            continue;
        }
        *stored = after;
    }
    refused
}

#[test]
fn storage_full_deleting_for_good_frees_space_and_a_tick_is_kept() {
    // A standalone document, and a paste of three sharing one text.
    let (mut s, keys) = one_paste_of_three();
    let big = doc(
        Some("政府工作报告（摘要）"),
        None,
        vec![task("推进共同富裕")],
    );
    let big_key = doc_key(&big);
    let big_text = "政府工作报告（摘要）\n".to_owned() + &"推进共同富裕示范区建设。".repeat(400);
    s.add_document(&big_key, &big, big_text.as_str(), 1_700_000_001_000.0);
    let mut stored = entries(&s);
    let full = usage_of(stored.iter().map(|(k, v)| (k.as_str(), v.as_str()))).units + 100;
    // The user pastes a revision too large to fit, deletes the big document for good,
    // and ticks a task: the revision is refused, but the purge and the tick go through.
    let mut next = s.clone();
    let rev = doc(Some("第二份文件"), None, vec![task("乙"), task("丁")]);
    let rev_text = "第二份文件\n一、乙\n二、丁\n".repeat(300);
    next.add_document(&keys[1], &rev, rev_text.as_str(), 1_700_000_002_000.0);
    next.delete(&big_key, 1_700_000_002_100.0);
    next.purge(&big_key, 1_700_000_002_200.0);
    let tick = keyed_tasks(&doc(Some("第一份文件"), None, vec![task("甲")]))[0]
        .key
        .clone();
    let first = keys
        .iter()
        .find(|k| s.library[*k].title.as_deref() == Some("第一份文件"))
        .unwrap()
        .clone();
    next.set_done(&first, &tick, true, 1_700_000_002_300.0);
    let refused = save_with_quota(&mut stored, &changes(&entries(&s), &entries(&next)), full);
    assert!(refused, "the revision does not fit");
    let loaded = load(pairs(&stored));
    assert_eq!(loaded.damaged, vec![]);
    // The big text is gone from storage: its space is free.
    assert!(!stored
        .values()
        .any(|v| v.contains("推进共同富裕示范区建设")));
    // The tick is saved; the other documents keep their texts.
    assert!(loaded.state.doc_marks(&first).unwrap().is_done(&tick));
    for k in &keys {
        assert_eq!(loaded.state.library[k].source, s.library[k].source, "{k}");
    }
}

#[test]
fn a_text_whose_entry_is_missing_is_listed_under_its_own_title() {
    // A save cut short after a new document's text and before the library: on the next
    // load the text is listed, under the title it holds, not as 未命名文档.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/000_eb808605bcd38298.txt"
    ))
    .unwrap();
    let outline = duban::parser::parse(&text);
    let key = doc_keys(&outline.documents)[0].clone();
    let mut s = State::default();
    s.add_document(
        &key,
        &outline.documents[0],
        text.as_str(),
        1_700_000_000_000.0,
    );
    let mut stored = entries(&s);
    stored.insert(
        LIBRARY_KEY.to_owned(),
        r#"{"docs":{},"version":2}"#.to_owned(),
    );
    let loaded = load(pairs(&stored));
    assert_eq!(loaded.damaged, vec![]);
    let e = &loaded.state.library[&key];
    assert_eq!(e.display_name(), "2023年2月份市政府工作要点");
    assert_eq!(e.doc_number.as_deref(), Some("慈政办发〔2023〕9号"));
    assert_eq!(e.added_at, 1_700_000_000_000.0);
}

#[test]
fn a_text_cut_short_is_not_said_to_be_recovered() {
    let (s, keys) = one_paste_of_three();
    let mut stored = entries(&s);
    let holder = format!("duban.v2.src.{}", keys[0]);
    let whole = stored[&holder].clone();
    let cut: String = whole.chars().take(whole.chars().count() / 2).collect();
    stored.insert(holder.clone(), cut);
    let loaded = load(pairs(&stored));
    let d = loaded.damaged.iter().find(|d| d.key == holder).unwrap();
    assert_eq!(d.kind, DamageKind::Truncated);
    assert!(d
        .message(&loaded.state)
        .ends_with("的原文不完整（可能写入时被中断），无法恢复，原始内容已另存。"));
}

#[test]
fn a_read_failure_names_the_part_that_did_not_read_and_the_cause() {
    let s = sample_state();
    let key = doc_key(&seed());
    let failure = |key: Option<String>| ReadFailure {
        key,
        error: "SecurityError: blocked".into(),
    };
    let marks = failure(Some(format!("duban.v2.doc.{key}"))).message(&s);
    assert!(
        marks.starts_with("浏览器无法读取本页已保存的数据（读取文档《2023年2月份市政府工作要点》的完成标记和备注时出错：SecurityError: blocked）"),
        "{marks}"
    );
    assert!(marks.contains("暂时不保存任何修改"), "{marks}");
    assert!(marks.contains("导出备份"), "{marks}");
    assert!(failure(None)
        .message(&s)
        .contains("（列出已保存的数据时出错："));
    assert!(failure(Some(PREFS_KEY.into()))
        .message(&s)
        .contains("（读取“我的单位”等设置时出错："));
}

#[test]
fn storage_full_a_new_document_without_its_text_is_listed_with_its_marks() {
    let s = sample_state();
    let mut stored = entries(&s);
    let full = usage_of(stored.iter().map(|(k, v)| (k.as_str(), v.as_str()))).units + 600;
    // A new paste too large for what is left, ticked, and made the current document.
    let mut next = s.clone();
    let big = doc(Some("新的大文件"), None, vec![task("甲"), task("乙")]);
    let key = doc_key(&big);
    next.add_document(&key, &big, "新的大文件\n".repeat(500), 1_700_000_000_000.0);
    let tick = keyed_tasks(&big)[1].key.clone();
    next.set_done(&key, &tick, true, 1_700_000_000_100.0);
    next.set_current(Some(key.clone()), 1_700_000_000_200.0);
    assert!(save_with_quota(
        &mut stored,
        &changes(&entries(&s), &entries(&next)),
        full
    ));
    let loaded = load(pairs(&stored));
    assert_eq!(loaded.damaged, vec![]);
    let e = &loaded.state.library[&key];
    assert!(e.text_not_saved());
    assert!(!s.library.values().any(DocEntry::text_not_saved));
    assert_eq!(e.display_name(), "新的大文件");
    assert!(loaded.state.doc_marks(&key).unwrap().is_done(&tick));
    assert_eq!(loaded.state.current().map(|e| &e.key), Some(&key));
    assert_eq!(
        text_not_saved_notice(e.display_name()),
        "《新的大文件》的原文没有保存在本浏览器中（保存时存储空间已满），所以无法打开。它的标题、完成标记和备注都还在：请重新粘贴这份文件的原文，它们会自动恢复。"
    );
}

#[test]
fn a_number_too_large_loses_its_field_only_and_says_which() {
    let prefs = r#"{"current":["d1",1700000000000],"my_leaders":{"胡海达":[true,5]},"my_units":{"市财政局":[true,1e400],"市发改局":[true,5]},"version":2}"#;
    let loaded = load([(PREFS_KEY, prefs)]);
    let p = &loaded.state.prefs;
    assert_eq!(p.my_units().collect::<Vec<_>>(), ["市发改局"]);
    assert_eq!(p.my_leaders().collect::<Vec<_>>(), ["胡海达"]);
    assert_eq!(p.current.value, Some(DocKey::from("d1")));
    assert_eq!(loaded.damaged.len(), 1);
    let d = &loaded.damaged[0];
    assert_eq!(d.kind, DamageKind::OutOfRange(1));
    assert_eq!(d.raw, prefs, "kept aside as it was");
    assert_eq!(d.lost, ["my_units.市财政局"]);
    assert_eq!(
        d.message(&loaded.state),
        "“我的单位”等设置有 1 个数值过大、超出范围，1 项因此无法读取（我的单位“市财政局”），其余已恢复，原始内容已另存。"
    );
}

#[test]
fn a_library_entry_with_fields_of_the_wrong_type_keeps_its_other_fields() {
    let lib = r#"{"docs":{"d1":{"added_at":"2024-01-01","info_at":5,"title":12345,"doc_number":"慈政办发〔2023〕9号","name":["我的名字",7],"deleted":[false,6]},"d2":{"title":"另一份","added_at":9,"info_at":9}},"version":2}"#;
    let loaded = load([(LIBRARY_KEY, lib)]);
    let e = &loaded.state.library[&DocKey::from("d1")];
    assert_eq!(e.title, None);
    assert_eq!(e.added_at, 0.0);
    assert_eq!(e.doc_number.as_deref(), Some("慈政办发〔2023〕9号"));
    assert_eq!(e.info_at, 5.0);
    assert_eq!(e.name.value.as_deref(), Some("我的名字"));
    assert_eq!(e.deleted.at, 6.0);
    assert_eq!(
        loaded.state.library[&DocKey::from("d2")].title.as_deref(),
        Some("另一份")
    );
    let d = &loaded.damaged[0];
    assert_eq!(d.kind, DamageKind::Entries);
    assert_eq!(
        d.message(&loaded.state),
        "文档库列表有 2 项无法读取（《我的名字》的标题、《我的名字》的加入日期），其余已恢复，原始内容已另存。"
    );
}

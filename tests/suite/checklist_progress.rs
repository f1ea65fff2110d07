//! The progress of tasks (completion, start of period, monthly reports) and the
//! thresholds of 亮灯: stored apart from the marks, read from data of before them,
//! merged between tabs field by field, and in backups.

use crate::checklist_support;

use checklist_support::*;
use duban::checklist::storage_format::*;
use duban::checklist::*;

const T0: f64 = 1_767_000_000_000.0;

fn with_progress() -> (State, DocKey, Vec<TaskKey>) {
    let d = seed();
    let key = doc_key(&d);
    let tasks: Vec<TaskKey> = keyed_tasks(&d).into_iter().map(|t| t.key).collect();
    let mut s = State::default();
    s.add_document(&key, &d, "2023年2月份市政府工作要点\n（一）……", T0);
    s.set_done(&key, &tasks[0], true, T0 + 1.0);
    s.set_completion(&key, &tasks[1], Some(Completion::Percent(60)), T0 + 2.0);
    s.set_completion(&key, &tasks[2], Some(Completion::NotStarted), T0 + 3.0);
    s.set_start(&key, &tasks[1], Some("2023-03-01".into()), T0 + 4.0);
    let month = "2023-02";
    s.set_report(
        &key,
        &tasks[1],
        month,
        ReportField::Progress,
        "已完成选址，\n“开工”在即",
        T0 + 5.0,
    );
    s.set_report(
        &key,
        &tasks[1],
        month,
        ReportField::Problems,
        "资金缺口",
        T0 + 6.0,
    );
    s.set_report(
        &key,
        &tasks[1],
        "2023-01",
        ReportField::Next,
        "上报方案",
        T0 + 7.0,
    );
    s.set_light_settings(
        Some(LightSettings {
            behind: 5,
            serious: 20,
            near_days: 3,
        }),
        T0 + 8.0,
    );
    (s, key, tasks)
}

#[test]
fn progress_is_stored_under_a_key_of_its_own() {
    let (s, key, tasks) = with_progress();
    let e = entries(&s);
    let prog = &e[&format!("duban.v2.prog.{key}")];
    let v: serde_json::Value = serde_json::from_str(prog).unwrap();
    assert_eq!(v["version"], 2);
    let t1 = &v["tasks"][tasks[1].as_str()];
    assert_eq!(t1["completion"][0], serde_json::json!({"percent": 60}));
    assert_eq!(t1["start"][0], "2023-03-01");
    assert_eq!(
        t1["months"]["2023-02"]["progress"][0],
        "已完成选址，\n“开工”在即"
    );
    assert_eq!(t1["months"]["2023-01"]["next"][0], "上报方案");
    assert_eq!(
        v["tasks"][tasks[2].as_str()]["completion"][0],
        "not_started"
    );
    // The marks' own value holds none of it: a page of before progress that rewrites
    // the marks cannot drop it.
    let marks = &e[&format!("duban.v2.doc.{key}")];
    assert!(
        !marks.contains("completion") && !marks.contains("months"),
        "{marks}"
    );
    assert!(marks.contains("\"done\""));
    // The thresholds are in the preferences.
    let prefs: serde_json::Value = serde_json::from_str(&e["duban.v2.prefs"]).unwrap();
    assert_eq!(prefs["light"][0]["near_days"], 3);
    // A document without progress has no such key.
    let mut plain = State::default();
    plain.set_done(&key, &tasks[0], true, T0);
    assert!(entries(&plain)
        .keys()
        .all(|k| !k.starts_with("duban.v2.prog.")));
}

#[test]
fn progress_round_trips_through_storage_and_encode() {
    let (s, key, tasks) = with_progress();
    let stored = entries(&s);
    let l = load(stored.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert!(l.damaged.is_empty(), "{:?}", l.damaged);
    assert_eq!(l.state, s.storable());
    let m = l.state.mark(&key, &tasks[1]).unwrap();
    assert_eq!(m.completion.value, Some(Completion::Percent(60)));
    assert_eq!(m.report("2023-02").unwrap().problems.value, "资金缺口");
    // Latest month first.
    let months: Vec<&str> = m.reported_months().map(|(m, _)| m).collect();
    assert_eq!(months, ["2023-02", "2023-01"]);
    let d = decode(&encode(&s));
    assert_eq!(d.damage, None);
    assert_eq!(d.state, s.storable());
    assert_eq!(l.state.prefs.light_settings().near_days, 3);
}

/// Stored by the version before progress (same format version 2): loads as it was,
/// with no progress, and the default thresholds.
const STORED_BEFORE_PROGRESS: [(&str, &str); 3] = [
    (
        "duban.v2.prefs",
        r#"{"version":2,"my_units":{"市发改局":[true,1700000000000]},"my_leaders":{},"current":["dabc",1700000000001]}"#,
    ),
    (
        "duban.v2.library",
        r#"{"version":2,"docs":{"dabc":{"title":"2026年工作要点","info_at":1700000000000,"added_at":1700000000000}}}"#,
    ),
    (
        "duban.v2.doc.dabc",
        r#"{"version":2,"tasks":{"t1":{"done":[true,1700000000002],"note":["已联系",1700000000003]},"t2":{"due":["2026-06-30",1700000000004]}}}"#,
    ),
];

#[test]
fn data_stored_before_progress_still_loads() {
    let l = load(STORED_BEFORE_PROGRESS);
    assert!(l.damaged.is_empty(), "{:?}", l.damaged);
    assert_eq!(l.migrated_from, None);
    let doc = DocKey("dabc".into());
    let t1 = l.state.mark(&doc, &TaskKey("t1".into())).unwrap();
    assert!(t1.done.value);
    assert_eq!(t1.note.value, "已联系");
    assert!(!t1.has_progress());
    let t2 = l.state.mark(&doc, &TaskKey("t2".into())).unwrap();
    assert_eq!(t2.due.value.as_deref(), Some("2026-06-30"));
    assert_eq!(l.state.prefs.light_settings(), LightSettings::default());
    assert!(l.state.prefs.light.is_unset());
    // Written again unchanged: the same values, and no progress key.
    let again = entries(&l.state);
    for (k, v) in STORED_BEFORE_PROGRESS {
        let (a, b): (serde_json::Value, serde_json::Value) = (
            serde_json::from_str(&again[k]).unwrap(),
            serde_json::from_str(v).unwrap(),
        );
        assert_eq!(a, b, "{k}");
    }
    assert!(again.keys().all(|k| !k.starts_with("duban.v2.prog.")));
    // Progress set on top of it is kept beside the old marks.
    let mut s = l.state.clone();
    s.set_completion(
        &doc,
        &TaskKey("t1".into()),
        Some(Completion::Done),
        1_800_000_000_000.0,
    );
    let mut stored: Vec<(String, String)> = STORED_BEFORE_PROGRESS
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let prog = "duban.v2.prog.dabc".to_owned();
    stored.push((prog.clone(), entries(&s)[&prog].clone()));
    let l2 = load(stored);
    let t1 = l2.state.mark(&doc, &TaskKey("t1".into())).unwrap();
    assert!(t1.done.value);
    assert_eq!(t1.note.value, "已联系");
    assert_eq!(t1.completion.value, Some(Completion::Done));
}

#[test]
fn two_tabs_merge_progress_field_by_field() {
    let (base, key, tasks) = with_progress();
    let t = &tasks[1];
    let mut one = base.clone();
    let mut two = base.clone();
    // Tab one writes this month's 进展, tab two its 下步打算 and the completion.
    one.set_report(
        &key,
        t,
        "2023-02",
        ReportField::Progress,
        "主体结构封顶",
        T0 + 100.0,
    );
    two.set_report(
        &key,
        t,
        "2023-02",
        ReportField::Next,
        "竣工验收",
        T0 + 101.0,
    );
    two.set_completion(&key, t, Some(Completion::Percent(80)), T0 + 102.0);
    // Both set the start: the later wins.
    one.set_start(&key, t, Some("2023-02-01".into()), T0 + 104.0);
    two.set_start(&key, t, Some("2023-01-15".into()), T0 + 103.0);
    // A month only one tab has is kept.
    two.set_report(
        &key,
        t,
        "2023-03",
        ReportField::Problems,
        "雨季",
        T0 + 105.0,
    );
    let ab = merge(&one, &two);
    assert_eq!(ab, merge(&two, &one));
    let m = ab.mark(&key, t).unwrap();
    let feb = m.report("2023-02").unwrap();
    assert_eq!(feb.progress.value, "主体结构封顶");
    assert_eq!(feb.problems.value, "资金缺口");
    assert_eq!(feb.next.value, "竣工验收");
    assert_eq!(m.completion.value, Some(Completion::Percent(80)));
    assert_eq!(m.start.value.as_deref(), Some("2023-02-01"));
    assert_eq!(m.report("2023-03").unwrap().problems.value, "雨季");
    // A storage event carrying only the progress key merges the same way.
    let prog = format!("duban.v2.prog.{key}");
    let incoming = load_knowing([(prog.as_str(), entries(&two)[&prog].as_str())], &one);
    let merged = merge(&one, &incoming.state);
    let m = merged.mark(&key, t).unwrap();
    assert_eq!(m.report("2023-02").unwrap().next.value, "竣工验收");
    assert_eq!(m.report("2023-02").unwrap().progress.value, "主体结构封顶");
    // Its done mark, from the marks key only, is untouched.
    assert!(merged.mark(&key, &tasks[0]).unwrap().done.value);
}

#[test]
fn progress_is_in_backups() {
    let (s, key, tasks) = with_progress();
    let backup = export_backup(&s);
    assert!(backup.contains("\"progress\""), "{backup}");
    let back = import_backup(&backup, ImportMode::Replace, &State::default(), T0 + 1e6).unwrap();
    assert_eq!(back, s.storable());
    // Merged into a state that has other progress on the same task.
    let mut mine = State::default();
    mine.set_report(
        &key,
        &tasks[1],
        "2023-02",
        ReportField::Next,
        "新打算",
        T0 + 50.0,
    );
    let merged = import_backup(&backup, ImportMode::Merge, &mine, T0 + 1e6).unwrap();
    let feb = merged
        .mark(&key, &tasks[1])
        .unwrap()
        .report("2023-02")
        .unwrap()
        .clone();
    assert_eq!(feb.progress.value, "已完成选址，\n“开工”在即");
    assert_eq!(feb.next.value, "新打算");
    // A backup made before progress existed imports as before.
    let old = r#"{"format":"duban-backup","version":2,"prefs":{},"library":{},"docs":{"d1":{"tasks":{"t1":{"done":[true,5]}}}},"sources":{}}"#;
    let old_state = import_backup(old, ImportMode::Replace, &State::default(), T0).unwrap();
    let t1 = old_state
        .mark(&DocKey("d1".into()), &TaskKey("t1".into()))
        .unwrap();
    assert!(t1.done.value && !t1.has_progress());
}

#[test]
fn damaged_progress_loses_only_what_is_damaged() {
    let raw = r#"{"version":2,"tasks":{"t1":{"completion":[{"percent":"x"},5],"months":{"2026-11":{"progress":["好",6],"next":[7,7]},"2026-13":{"progress":["坏月份",8]}}}}}"#;
    let l = load([("duban.v2.prog.d1", raw)]);
    let m = l
        .state
        .mark(&DocKey("d1".into()), &TaskKey("t1".into()))
        .unwrap();
    assert_eq!(m.completion.value, None);
    let nov = m.report("2026-11").unwrap();
    assert_eq!(nov.progress.value, "好");
    assert!(nov.next.is_unset());
    assert!(m.report("2026-13").is_none());
    assert_eq!(l.damaged.len(), 1);
    let d = &l.damaged[0];
    assert_eq!(d.part, Part::Progress(DocKey("d1".into())));
    assert_eq!(d.lost.len(), 3, "{:?}", d.lost);
    let msg = d.message(&l.state);
    assert!(msg.contains("推进情况") && msg.contains("3 项"), "{msg}");
}

#[test]
fn clamping_future_stamps_covers_progress() {
    let mut s = State::default();
    let (d, t) = (DocKey("d".into()), TaskKey("t".into()));
    let far = 9.0e15;
    s.set_completion(&d, &t, Some(Completion::Percent(10)), far);
    s.set_report(&d, &t, "2026-01", ReportField::Problems, "x", far);
    s.set_light_settings(Some(LightSettings::default()), far);
    assert_eq!(s.clamp_future(T0), 3);
    assert_eq!(s.mark(&d, &t).unwrap().completion.at, T0);
}

#[test]
fn a_task_light_from_its_mark() {
    // A document of 2026 with a task due at the end of the year, 20% done on 1 October
    // (序时 75%): 严重滞后; at 60%: 滞后; ticked done: 已完成.
    let mut s = State::default();
    let (d, t) = (DocKey("d".into()), TaskKey("t".into()));
    s.set_completion(&d, &t, Some(Completion::Percent(20)), T0);
    let settings = s.prefs.light_settings();
    let at = |s: &State| {
        light(
            &LightInput::of(s.mark(&d, &t), Some("2026-12-31"), Some(2026)),
            "2026-10-01",
            &settings,
        )
    };
    assert_eq!(at(&s), Some(Light::SeriouslyBehind));
    s.set_completion(&d, &t, Some(Completion::Percent(60)), T0 + 1.0);
    assert_eq!(at(&s), Some(Light::Behind));
    s.set_done(&d, &t, true, T0 + 2.0);
    assert_eq!(at(&s), Some(Light::Done));
    assert_eq!(Light::Behind.label(), "滞后");
    assert_eq!(Light::SeriouslyBehind.colour(), Colour::Red);
}

#[test]
fn damaged_thresholds_are_named_and_the_defaults_apply() {
    let raw = r#"{"version":2,"my_units":{"市发改局":[true,5]},"light":[{"behind":"x"},6]}"#;
    let l = load([("duban.v2.prefs", raw)]);
    assert_eq!(l.state.prefs.light_settings(), LightSettings::default());
    assert!(l.state.prefs.my_units.contains_key("市发改局"));
    let msg = l.damaged[0].message(&l.state);
    assert!(msg.contains("亮灯设置"), "{msg}");
}

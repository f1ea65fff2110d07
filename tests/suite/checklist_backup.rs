//! Backup export and import, and every kind of file that is not a valid backup.

use crate::checklist_support;

use checklist_support::*;
use duban::checklist::backup::{backup_file_name, BACKUP_FORMAT};
use duban::checklist::*;

/// The time of the imports: later than every stamp of the tests.
const NOW: f64 = 4.0e12;

fn state() -> State {
    let d = seed();
    let key = doc_key(&d);
    let t: Vec<TaskKey> = keyed_tasks(&d).into_iter().map(|t| t.key).collect();
    let mut s = State::default();
    s.add_document(&key, &d, "原文", 1000.0);
    s.set_done(&key, &t[0], true, 1100.0);
    s.set_note(&key, &t[1], "备注", 1200.0);
    s.set_my_unit("市发改局", true, 1300.0);
    s
}

#[test]
fn export_then_replace_gives_the_same_state() {
    let s = state();
    let file = export_backup(&s);
    let v: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(v["format"], BACKUP_FORMAT);
    assert_eq!(v["version"], 2);
    assert_eq!(
        import_backup(&file, ImportMode::Replace, &State::default(), NOW),
        Ok(s.clone())
    );
    // A byte-order mark (as some editors save) is fine.
    assert_eq!(
        import_backup(
            &format!("\u{FEFF}{file}"),
            ImportMode::Replace,
            &State::default(),
            NOW
        ),
        Ok(s)
    );
    assert_eq!(
        backup_file_name("2023-06-23"),
        "督办清单备份-2023-06-23.json"
    );
}

#[test]
fn merge_import_keeps_both() {
    let s = state();
    let file = export_backup(&s);
    let key = doc_key(&seed());
    let t: Vec<TaskKey> = keyed_tasks(&seed()).into_iter().map(|t| t.key).collect();
    let mut current = State::default();
    current.set_done(&key, &t[2], true, 5000.0);
    current.set_note(&key, &t[1], "更新的备注", 6000.0);
    let m = import_backup(&file, ImportMode::Merge, &current, NOW).unwrap();
    assert!(m.mark(&key, &t[0]).unwrap().done.value);
    assert!(m.mark(&key, &t[2]).unwrap().done.value);
    assert_eq!(m.mark(&key, &t[1]).unwrap().note.value, "更新的备注");
    assert_eq!(m.library.len(), 1);
    // Replace drops what the backup does not have.
    let r = import_backup(&file, ImportMode::Replace, &current, NOW).unwrap();
    assert!(r.mark(&key, &t[2]).is_none());
}

#[test]
fn version_1_backup_is_migrated() {
    let raw = std::fs::read_to_string("tests/fixtures/checklist/v1_state.json").unwrap();
    let file = raw.replacen('{', &format!(r#"{{"format":"{BACKUP_FORMAT}","#), 1);
    let s = import_backup(&file, ImportMode::Replace, &State::default(), NOW);
    // The fixture has one damaged mark: a backup with damage is refused whole.
    assert_eq!(s, Err(ImportError::Damaged(1)));
    let fixed = file.replace(
        r#""t00000000000000bb": "yes""#,
        r#""t00000000000000bb": true"#,
    );
    let s = import_backup(&fixed, ImportMode::Replace, &State::default(), NOW).unwrap();
    assert_eq!(s.library.len(), 2);
    assert!(s
        .doc_marks(&DocKey::from("d0123456789abcdef"))
        .unwrap()
        .is_done(&TaskKey::from("t00000000000000bb")));
}

#[test]
fn invalid_files_are_refused_with_a_message() {
    let current = state();
    let good = export_backup(&current);
    let cases: Vec<(String, ImportError, &str)> = vec![
        ("".into(), ImportError::Empty, "文件是空的，未导入任何内容。"),
        (
            "督办清单\n一、综合".into(),
            ImportError::NotJson,
            "这不是督办清单的备份文件（无法识别的内容），未导入任何内容。",
        ),
        (
            good[..good.len() / 2].to_owned(),
            ImportError::Truncated,
            "备份文件不完整（可能下载或复制时被截断），未导入任何内容。请重新导出备份。",
        ),
        (
            r#"{"name":"other-app","items":[1,2]}"#.into(),
            ImportError::NotBackup,
            "这个文件不是督办清单的备份（可能来自其他程序），未导入任何内容。",
        ),
        ("[1,2,3]".into(), ImportError::NotBackup, ""),
        (r#"{"format":"duban-backup"}"#.into(), ImportError::NotBackup, ""),
        (
            good.replacen(r#""version": 2"#, r#""version": 9"#, 1),
            ImportError::FutureVersion(9),
            "这个备份由更新版本的督办清单导出（格式 9，本版本支持到 2），请先更新页面后再导入。未导入任何内容。",
        ),
        (
            good.replacen("1100", "1e400", 1),
            ImportError::Damaged(1),
            "",
        ),
        (
            good.replacen(r#""done": ["#, r#""done": "x", "z": ["#, 1),
            ImportError::Damaged(1),
            "备份文件中有 1 项内容已损坏，为避免丢失数据，未导入任何内容。",
        ),
    ];
    for (text, err, message) in cases {
        for mode in [ImportMode::Merge, ImportMode::Replace] {
            let got = import_backup(&text, mode, &current, NOW);
            assert_eq!(got, Err(err.clone()), "{text}");
        }
        if !message.is_empty() {
            assert_eq!(err.to_string(), message);
        }
    }
}

#[test]
fn a_merge_keeps_what_was_deleted_for_good_here_and_says_how_many() {
    use duban::checklist::backup::purged_here;
    let s = state();
    let file = export_backup(&s);
    let key = doc_key(&seed());
    assert_eq!(purged_here(&s, &file), 0);
    let mut here = s.clone();
    here.delete(&key, 2000.0);
    here.purge(&key, 2100.0);
    assert_eq!(purged_here(&here, &file), 1);
    // Merged, it stays deleted for good (the later change wins); replaced, it is back.
    let merged = import_backup(&file, ImportMode::Merge, &here, NOW).unwrap();
    assert!(merged.library[&key].is_purged());
    let replaced = import_backup(&file, ImportMode::Replace, &here, NOW).unwrap();
    assert!(!replaced.library[&key].is_deleted());
    assert_eq!(purged_here(&here, "不是备份"), 0);
}

#[test]
fn a_backup_from_a_clock_set_wrong_is_brought_back_to_now() {
    let key = doc_key(&seed());
    let t: Vec<TaskKey> = keyed_tasks(&seed()).into_iter().map(|t| t.key).collect();
    let mut wrong = state();
    wrong.set_done(&key, &t[2], true, 9.0e15);
    let file = export_backup(&wrong);
    let mut here = state();
    here.set_done(&key, &t[2], false, 2000.0);
    let merged = import_backup(&file, ImportMode::Merge, &here, 3000.0).unwrap();
    let mark = merged.mark(&key, &t[2]).unwrap();
    assert_eq!(mark.done.at, 3000.0);
    // The user unticks it after the import: that change wins.
    let mut after = merged.clone();
    after.set_done(&key, &t[2], false, 3001.0);
    assert!(!merge(&after, &merged)
        .doc_marks(&key)
        .unwrap()
        .is_done(&t[2]));
}

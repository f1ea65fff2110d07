//! One unit, one name (issue 14): merged units in the index, the filter and the
//! counts; the user's answers (合并 / 不是) in storage, backups and between tabs; 我的单位
//! matching any name of a unit.

use crate::filter_common;

use duban::checklist::storage_format::{decode, encode, entries, load, UNITS_KEY};
use duban::checklist::{merge, State};
use duban::filter::{Filter, OutlineIndex, Role};
use duban::units::{pair_key, UnitMerges};
use filter_common::{doc, outline, task};

fn two_spellings() -> OutlineIndex {
    OutlineIndex::new(&outline(vec![doc(
        "工作要点",
        vec![
            task("1.", "甲").lead(&["区发改局"]).coop(&["区城市管理局"]),
            task("2.", "乙")
                .lead(&["区发展和改革局"])
                .coop(&["区城市管理执法局"]),
            task("3.", "丙").coop(&["区发展和改革局", "区发改局"]),
        ],
    )]))
}

fn filter_unit(key: &str) -> Filter {
    Filter {
        units: vec![key.to_owned()],
        role: Role::Any,
        ..Filter::default()
    }
}

#[test]
fn one_unit_written_two_ways_is_one_row_and_one_filter() {
    let idx = two_spellings();
    let units = idx.units();
    let fg: Vec<_> = units.iter().filter(|u| u.key == "区发改局").collect();
    assert_eq!(fg.len(), 1, "{units:?}");
    let fg = fg[0];
    assert_eq!(
        (fg.lead, fg.coop),
        (2, 1),
        "task 3 names it twice: counted once"
    );
    assert_eq!(fg.names.len(), 2);
    assert!(fg.names.contains(&"区发展和改革局".to_owned()));
    // The filter by the merged unit finds every spelling, and a link made with the
    // other spelling's key too.
    for key in ["区发改局", "区发展和改革局"] {
        assert_eq!(
            idx.apply(&filter_unit(key), &|_| false).task_count,
            3,
            "{key}"
        );
    }
    let page = idx.tasks_of_unit("区发展和改革局");
    assert_eq!((page.lead, page.coop), (2, 1));
    // Only similar: two rows until the user merges them.
    assert!(units.iter().any(|u| u.key == "区城市管理局"));
    assert!(units.iter().any(|u| u.key == "区城市管理执法局"));
}

#[test]
fn the_users_merge_joins_look_alikes_and_can_be_undone() {
    let mut idx = two_spellings();
    let before = idx.units().len();
    idx.set_merges(UnitMerges::new([("区城市管理执法局", "区城市管理局")]));
    let units = idx.units();
    assert_eq!(units.len(), before - 1);
    let key = idx.unit_key("区城市管理执法局");
    assert_eq!(key, idx.unit_key("区城市管理局"));
    let cg = units.iter().find(|u| u.key == key).unwrap();
    assert_eq!(cg.coop, 2);
    assert_eq!(cg.names.len(), 2);
    assert_eq!(
        idx.apply(&filter_unit("区城市管理执法局"), &|_| false)
            .task_count,
        2
    );
    idx.set_merges(UnitMerges::default());
    assert_eq!(idx.units().len(), before);
    assert_eq!(
        idx.apply(&filter_unit("区城市管理局"), &|_| false)
            .task_count,
        1
    );
}

#[test]
fn merges_chain_and_never_cross_on_their_own() {
    let m = UnitMerges::new([("甲局", "乙局"), ("乙局", "丙局")]);
    assert_eq!(m.key("甲局"), m.key("丙局"));
    assert_ne!(m.key("甲局"), m.key("丁局"));
    assert!(m.joins("丙局", "甲局"));
    assert!(
        !m.joins("区发改局", "区发展和改革局"),
        "the rules' own, not the user's"
    );
}

fn answered() -> State {
    let mut s = State::default();
    s.merge_units("区城市管理局", "区城市管理执法局", 1_000.0);
    s.keep_units_apart("区农业农村局", "区农村局", 1_001.0);
    s.set_my_unit("区发展和改革局", true, 1_002.0);
    s
}

#[test]
fn answers_are_stored_under_their_own_key_and_read_back() {
    let s = answered();
    let e = entries(&s);
    let stored = e.get(UNITS_KEY).expect("stored");
    assert!(
        stored.contains("\"same\"") && stored.contains("\"apart\""),
        "{stored}"
    );
    let loaded = load(e.iter());
    assert!(loaded.damaged.is_empty(), "{:?}", loaded.damaged);
    assert_eq!(loaded.state.units, s.units);
    // Nothing answered: no key at all (an older page's storage stays as it was).
    assert!(!entries(&State::default()).contains_key(UNITS_KEY));
    // In the backup too.
    assert_eq!(decode(&encode(&s)).state.units, s.units);
}

#[test]
fn a_damaged_answer_is_lost_alone() {
    let raw = format!(
        r#"{{"version":2,"same":{{"{}":[true,5],"not a pair":[true,6],"x\ty":"oops"}}}}"#,
        pair_key("甲局", "乙局").replace('\t', "\\t")
    );
    let loaded = load([(UNITS_KEY, raw.as_str())]);
    assert_eq!(loaded.state.units.merged_pairs().count(), 1);
    assert_eq!(loaded.damaged.len(), 1);
    assert_eq!(
        loaded.damaged[0].lost.len(),
        2,
        "{:?}",
        loaded.damaged[0].lost
    );
}

#[test]
fn tabs_merge_answer_by_answer() {
    let a = answered();
    let mut b = State::default();
    // Later in the other tab: the merge undone, and another pair merged.
    b.merge_units("区城市管理局", "区城市管理执法局", 1_000.0);
    b.unmerge_unit(&b.units.merges().key("区城市管理局"), 2_000.0);
    b.merge_units("区住建局", "区建设局", 2_001.0);
    let m = merge(&a, &b);
    assert_eq!(m, merge(&b, &a));
    let merges = m.units.merges();
    assert!(!merges.joins("区城市管理局", "区城市管理执法局"));
    assert!(merges.joins("区住建局", "区建设局"));
    assert!(m.units.answered("区农业农村局", "区农村局"));
}

#[test]
fn my_unit_matches_any_of_its_names() {
    let mut s = answered();
    assert_eq!(s.my_unit_keys(), ["区发改局"]);
    s.set_my_unit("区城市管理执法局", true, 2_000.0);
    let merged = s.units.merges().key("区城市管理局");
    assert!(s.my_unit_keys().contains(&merged));
    // Taken off under its merged key: every name chosen is taken off.
    s.choose_my_unit("区发改局", false, 3_000.0);
    assert!(!s.my_unit_keys().contains(&"区发改局".to_owned()));
    assert!(s.prefs.my_units().next().is_some());
}

#[test]
fn an_office_list_merges_each_row_and_a_conflict_changes_nothing() {
    use duban::unit_list::read_unit_list;
    let mut s = State::default();
    let bad = "名称,简称,别名\r\n区城市管理局,,区城市管理执法局\r\n区商务局,,区城管局；区城市管理执法局\r\n";
    let e = read_unit_list(bad).unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.to_string().contains("没有任何改动"));
    assert_eq!(s, State::default());
    let good = "名称,简称,别名\r\n区城市管理局,区城管局,区城市管理执法局\r\n区商务局,,\r\n";
    let rows = read_unit_list(good).expect("a good list");
    s.import_unit_list(&rows, 1_000.0);
    let merges = s.units.merges();
    assert!(merges.joins("区城管局", "区城市管理执法局"));
    assert!(!merges.joins("区商务局", "区城市管理局"));
    // Stored like any merge.
    assert_eq!(load(entries(&s).iter()).state.units, s.units);
}

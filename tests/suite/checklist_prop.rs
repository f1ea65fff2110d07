//! Properties of the stored format and merge, on generated states and inputs.

use std::collections::BTreeMap;

use duban::checklist::storage_format::{
    changes, entries, load, still_writable, text_ref_holder, usage_of, Write,
};
use duban::checklist::*;

/// The time of the imports: later than every stamp of the tests.
const NOW: f64 = 4.0e12;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9 ]{0,6}", "[市县局办一二三\"\\\\\n]{0,6}", ".{0,8}"]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof!["[a-f0-9]{1,6}", "[甲乙丙.]{1,3}"]
}

fn millis() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        (0u64..2_000_000_000_000).prop_map(|m| m as f64),
        (0u32..100_000).prop_map(|m| m as f64 + 0.5)
    ]
}

fn stamped<T: std::fmt::Debug + Clone>(
    v: impl Strategy<Value = T>,
) -> impl Strategy<Value = Stamped<T>> {
    (v, millis()).prop_map(|(value, at)| Stamped { value, at })
}

fn mark() -> impl Strategy<Value = TaskMark> {
    (
        stamped(any::<bool>()),
        stamped(text()),
        stamped(proptest::option::of("20[0-9]{2}-0[1-9]-1[0-9]")),
        stamped(proptest::option::of(prop_oneof![
            Just(Completion::NotStarted),
            Just(Completion::Done),
            (0u8..=100).prop_map(Completion::Percent),
        ])),
        stamped(proptest::option::of("20[0-9]{2}-0[1-9]-0[1-9]")),
        proptest::collection::btree_map(
            "20[0-9]{2}-(0[1-9]|1[0-2])",
            (stamped(text()), stamped(text()), stamped(text())).prop_map(
                |(progress, problems, next)| MonthReport {
                    progress,
                    problems,
                    next,
                },
            ),
            0..3,
        ),
    )
        .prop_map(|(done, note, due, completion, start, months)| TaskMark {
            done,
            note,
            due,
            completion,
            start,
            months,
        })
}

fn node_fix() -> impl Strategy<Value = NodeFix> {
    use duban::checklist::corrections::{DeadlineFix, KindFix, LeaderFix, UnitFix, UnitRole};
    let role = prop_oneof![
        Just(UnitRole::Lead),
        Just(UnitRole::Coop),
        Just(UnitRole::Removed)
    ];
    let unit = proptest::option::of((role, text()).prop_map(|(role, name)| UnitFix { role, name }));
    let leader = proptest::option::of(
        (any::<bool>(), proptest::option::of(text()))
            .prop_map(|(removed, post)| LeaderFix { removed, post }),
    );
    let deadline = proptest::option::of(
        (text(), proptest::option::of("20[0-9]{2}-0[1-9]-1[0-9]"))
            .prop_map(|(text, date)| DeadlineFix { text, date }),
    );
    let kind = proptest::option::of(prop_oneof![Just(KindFix::Section), Just(KindFix::Task)]);
    (
        proptest::collection::btree_map(text(), stamped(unit), 0..3),
        proptest::collection::btree_map(text(), stamped(leader), 0..2),
        stamped(deadline),
        stamped(kind),
        stamped(any::<bool>()),
    )
        .prop_map(|(units, leaders, deadline, kind, joined)| NodeFix {
            units,
            leaders,
            deadline,
            kind,
            joined,
        })
}

fn entry() -> impl Strategy<Value = DocEntry> {
    (
        proptest::option::of(text()),
        proptest::option::of(text()),
        millis(),
        millis(),
        stamped(proptest::option::of(text())),
        stamped(any::<bool>()),
        stamped(text()),
    )
        .prop_map(
            |(title, doc_number, info_at, added_at, name, deleted, source)| DocEntry {
                key: DocKey::default(),
                title,
                doc_number,
                info_at,
                added_at,
                name,
                deleted,
                source: Stamped::new(source.value.into(), source.at),
            },
        )
}

fn state() -> impl Strategy<Value = State> {
    let set = || proptest::collection::btree_map(text(), stamped(any::<bool>()), 0..4);
    let marks = proptest::collection::btree_map(
        key().prop_map(DocKey),
        proptest::collection::btree_map(key().prop_map(TaskKey), mark(), 0..5)
            .prop_map(|tasks| DocMarks { tasks }),
        0..3,
    );
    let library =
        proptest::collection::btree_map(key().prop_map(DocKey), entry(), 0..3).prop_map(|m| {
            m.into_iter()
                .map(|(k, mut e)| {
                    e.key = k.clone();
                    (k, e)
                })
                .collect::<BTreeMap<_, _>>()
        });
    let fixes = proptest::collection::btree_map(
        key().prop_map(DocKey),
        proptest::collection::btree_map(key().prop_map(TaskKey), node_fix(), 0..3)
            .prop_map(|nodes| DocFixes { nodes }),
        0..2,
    );
    (
        set(),
        set(),
        stamped(proptest::option::of(key().prop_map(DocKey))),
        library,
        marks,
        any::<bool>(),
        fixes,
        stamped(proptest::option::of(
            (0u32..50, 0u32..50, 0u32..30).prop_map(|(behind, more, near_days)| LightSettings {
                behind,
                serious: behind + more,
                near_days,
            }),
        )),
    )
        .prop_map(
            |(my_units, my_leaders, current, mut library, marks, one_paste, fixes, light)| {
                // Documents of one paste: the same text, stamped at the same time.
                if one_paste {
                    let first = library.values().next().map(|e| e.source.clone());
                    for e in library.values_mut() {
                        e.source = first.clone().unwrap_or_default();
                    }
                }
                // Answers about units: a pair for each of my units, merged or not.
                let same = my_units
                    .iter()
                    .filter(|(k, _)| !k.is_empty() && !k.contains('\t'))
                    .map(|(k, v)| (format!("{k}\t{k}甲"), v.clone()))
                    .collect();
                let units = UnitAnswers {
                    same,
                    apart: Default::default(),
                };
                State {
                    units,
                    prefs: Prefs {
                        my_units,
                        my_leaders,
                        current,
                        light,
                    },
                    library,
                    marks,
                    fixes,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn decode_and_load_never_panic(raw in ".{0,200}") {
        let _ = decode(&raw);
        let _ = import_backup(&raw, ImportMode::Merge, &State::default(), NOW);
        for k in ["duban.v2.prefs", "duban.v2.library", "duban.v2.doc.d1", "duban.v2.src.d1", "duban.checklist"] {
            let l = load([(k, raw.as_str())]);
            // Whatever does not read in full is reported with the raw value.
            for d in &l.damaged {
                prop_assert_eq!(&d.raw, &raw);
            }
        }
    }

    #[test]
    fn encode_decode_is_identity(s in state()) {
        let d = decode(&encode(&s));
        prop_assert_eq!(d.damage, None);
        prop_assert_eq!(d.state, s.storable());
    }

    #[test]
    fn entries_load_is_identity(s in state()) {
        let stored = entries(&s);
        let l = load(stored.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(l.damaged.is_empty());
        prop_assert_eq!(l.state, s.storable());
    }

    #[test]
    fn backup_round_trips(s in state()) {
        prop_assert_eq!(import_backup(&export_backup(&s), ImportMode::Replace, &State::default(), NOW), Ok(s.storable()));
    }

    #[test]
    fn any_prefix_of_a_stored_value_loads(s in state(), cut in 0.0f64..1.0) {
        for (k, v) in entries(&s) {
            let mut at = (v.len() as f64 * cut) as usize;
            while !v.is_char_boundary(at) {
                at -= 1;
            }
            let _ = load([(k.as_str(), &v[..at])]);
        }
        let whole = encode(&s);
        let mut at = (whole.len() as f64 * cut) as usize;
        while !whole.is_char_boundary(at) {
            at -= 1;
        }
        let _ = decode(&whole[..at]);
    }

    #[test]
    fn a_save_cut_short_anywhere_leaves_every_text_readable(a in state(), b in state()) {
        // A refused write stops a save: every prefix of the writes must read back,
        // including texts shared by documents of one paste.
        let (a, b) = (a.storable(), b.storable());
        let before = entries(&a);
        let writes = changes(&before, &entries(&b));
        let mut stored = before.clone();
        for w in &writes {
            match w {
                Write::Set { key, value } => stored.insert(key.clone(), value.clone()),
                Write::Remove { key } => stored.remove(key),
            };
            let l = load(stored.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            prop_assert!(l.damaged.is_empty(), "{:?} after {:?}", l.damaged, w);
        }
        let l = load(stored.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert_eq!(l.state, b);
    }

    #[test]
    fn merge_is_commutative_and_idempotent(a in state(), b in state()) {
        let ab = merge(&a, &b);
        prop_assert_eq!(&ab, &merge(&b, &a));
        prop_assert_eq!(&merge(&ab, &ab), &ab);
        prop_assert_eq!(&merge(&ab, &a), &ab);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Under any quota, a save that goes on with the writes allowed after a refusal
    /// (a document's marks) leaves storage readable.
    #[test]
    fn a_save_refused_by_a_full_storage_leaves_everything_readable(
        a in state(), b in state(), slack in 0usize..400
    ) {
        let (a, b) = (a.storable(), b.storable());
        let used = |m: &std::collections::BTreeMap<String, String>| {
            usage_of(m.iter().map(|(k, v)| (k.as_str(), v.as_str()))).units
        };
        let mut stored = entries(&a);
        let capacity = used(&stored) + slack;
        let mut refused = false;
        for w in changes(&stored.clone(), &entries(&b)) {
            if refused && !still_writable(&w) {
                continue;
            }
            let mut after = stored.clone();
            match &w {
                Write::Set { key, value } => after.insert(key.clone(), value.clone()),
                Write::Remove { key } => after.remove(key),
            };
            if used(&after) > capacity && used(&after) > used(&stored) {
                refused = true;
                continue;
            }
            stored = after;
        }
        let l = load(stored.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(l.damaged.is_empty(), "{:?}", l.damaged);
    }
}

// --- Damage to one stored value loses that field only ---------------------------------

/// Every field of `s` that is set, by a path naming it ("prefs.my_units.甲",
/// "library.d1.title", "library.d1.source", "marks.d1.t1.note"), with its value.
fn fields(s: &State) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut put = |path: String, set: bool, v: String| {
        if set {
            out.insert(path, v);
        }
    };
    for (set, name) in [
        (&s.prefs.my_units, "my_units"),
        (&s.prefs.my_leaders, "my_leaders"),
    ] {
        for (k, v) in set {
            put(format!("prefs.{name}.{k}"), !v.is_unset(), format!("{v:?}"));
        }
    }
    let current = &s.prefs.current;
    put(
        "prefs.current".into(),
        !current.is_unset(),
        format!("{current:?}"),
    );
    let light = &s.prefs.light;
    put(
        "prefs.light".into(),
        !light.is_unset(),
        format!("{light:?}"),
    );
    for (k, e) in &s.library {
        let f = |f: &str| format!("library.{k}.{f}");
        put(f("title"), e.title.is_some(), format!("{:?}", e.title));
        put(
            f("doc_number"),
            e.doc_number.is_some(),
            format!("{:?}", e.doc_number),
        );
        put(f("info_at"), e.info_at != 0.0, format!("{}", e.info_at));
        put(f("added_at"), e.added_at != 0.0, format!("{}", e.added_at));
        put(f("name"), !e.name.is_unset(), format!("{:?}", e.name));
        put(
            f("deleted"),
            !e.deleted.is_unset(),
            format!("{:?}", e.deleted),
        );
        put(f("source"), !e.source.is_unset(), format!("{:?}", e.source));
    }
    for (d, m) in &s.marks {
        for (t, mark) in &m.tasks {
            let f = |f: &str| format!("marks.{d}.{t}.{f}");
            put(f("done"), !mark.done.is_unset(), format!("{:?}", mark.done));
            put(f("note"), !mark.note.is_unset(), format!("{:?}", mark.note));
            put(f("due"), !mark.due.is_unset(), format!("{:?}", mark.due));
            put(
                f("completion"),
                !mark.completion.is_unset(),
                format!("{:?}", mark.completion),
            );
            put(
                f("start"),
                !mark.start.is_unset(),
                format!("{:?}", mark.start),
            );
            for (month, r) in &mark.months {
                for field in ReportField::ALL {
                    let v = r.get(field);
                    put(
                        f(&format!("months.{month}.{}", field.name())),
                        !v.is_unset(),
                        format!("{v:?}"),
                    );
                }
            }
        }
    }
    out
}

/// The paths of every leaf (not an object or array) of a JSON value.
fn leaves(v: &serde_json::Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        serde_json::Value::Object(o) => {
            for (k, v) in o {
                at.push(k.clone());
                leaves(v, at, out);
                at.pop();
            }
        }
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                at.push(i.to_string());
                leaves(v, at, out);
                at.pop();
            }
        }
        _ => out.push(at.clone()),
    }
}

fn leaf_mut<'a>(v: &'a mut serde_json::Value, path: &[String]) -> &'a mut serde_json::Value {
    path.iter().fold(v, |v, step| match v {
        serde_json::Value::Object(o) => o.get_mut(step).unwrap(),
        serde_json::Value::Array(a) => &mut a[step.parse::<usize>().unwrap()],
        _ => unreachable!(),
    })
}

/// The fields of the state that a damaged leaf at `path` of the value stored under `key`
/// stands for: the field itself, and for a source text, the texts of the documents
/// whose stored value refers to it (`stored` is every stored value).
fn touched(key: &str, path: &[String], stored: &BTreeMap<String, String>) -> Vec<String> {
    let p: Vec<&str> = path.iter().map(String::as_str).collect();
    let doc = |prefix: &str| key.strip_prefix(prefix).map(str::to_owned);
    match p.as_slice() {
        ["my_units" | "my_leaders", name, _] => vec![format!("prefs.{}.{name}", p[0])],
        ["current", _] => vec!["prefs.current".into()],
        ["docs", d, f, ..] => vec![format!("library.{d}.{f}")],
        ["light", ..] => vec!["prefs.light".into()],
        ["tasks", t, "months", m, f, ..] => vec![format!(
            "marks.{}.{t}.months.{m}.{f}",
            doc("duban.v2.prog.").unwrap()
        )],
        ["tasks", t, f, ..] => vec![format!(
            "marks.{}.{t}.{f}",
            doc("duban.v2.doc.")
                .or_else(|| doc("duban.v2.prog."))
                .unwrap()
        )],
        ["text" | "text_of", ..] => {
            let d = doc("duban.v2.src.").unwrap();
            let mut v = vec![format!("library.{d}.source")];
            for (k, value) in stored {
                if text_ref_holder(value).is_some_and(|h| h.as_str() == d) {
                    v.push(format!("library.{}.source", &k["duban.v2.src.".len()..]));
                }
            }
            v
        }
        _ => Vec::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// For any stored state and any damage to one value of it (one leaf of its JSON of
    /// the wrong type, or a number too large for a double), what is loaded keeps every
    /// field the damage did not touch, exactly; and a field lost is reported.
    #[test]
    fn damage_to_one_value_loses_only_the_field_it_touched(
        s in state(),
        which_key in any::<prop::sample::Index>(),
        which_leaf in any::<prop::sample::Index>(),
        out_of_range in any::<bool>(),
    ) {
        let s = s.storable();
        let stored = entries(&s);
        let keys: Vec<&String> = stored.keys().collect();
        let key = keys[which_key.index(keys.len())].clone();
        let mut value: serde_json::Value = serde_json::from_str(&stored[&key]).unwrap();
        let mut all = Vec::new();
        leaves(&value, &mut Vec::new(), &mut all);
        let path = all[which_leaf.index(all.len())].clone();
        const SENTINEL: &str = "\u{0}out of range\u{0}";
        let leaf = leaf_mut(&mut value, &path);
        *leaf = if out_of_range {
            serde_json::Value::from(SENTINEL)
        } else {
            match leaf {
                serde_json::Value::String(_) | serde_json::Value::Null => serde_json::Value::from(12345),
                _ => serde_json::Value::from("x"),
            }
        };
        let raw = value.to_string().replace(&serde_json::to_string(SENTINEL).unwrap(), "1e400");
        let mut damaged = stored.clone();
        damaged.insert(key.clone(), raw.clone());
        let l = load(damaged.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let hit = touched(&key, &path, &stored);
        let (before, after) = (fields(&s), fields(&l.state));
        let keep = |m: &BTreeMap<String, String>| -> BTreeMap<String, String> {
            m.iter().filter(|(k, _)| !hit.contains(k)).map(|(k, v)| (k.clone(), v.clone())).collect()
        };
        prop_assert_eq!(keep(&after), keep(&before), "{} at {:?} ({})", key, path, raw);
        if after != before {
            prop_assert!(l.damaged.iter().any(|d| d.key == key && d.raw == raw), "{:?}", l.damaged);
        }
    }
}

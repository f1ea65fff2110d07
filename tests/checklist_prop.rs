//! Properties of the stored format and merge, on generated states and inputs.

use std::collections::BTreeMap;

use duban::checklist::storage_format::{changes, entries, load, still_writable, usage_of, Write};
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
    )
        .prop_map(|(done, note, due)| TaskMark { done, note, due })
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
    (
        set(),
        set(),
        stamped(proptest::option::of(key().prop_map(DocKey))),
        library,
        marks,
        any::<bool>(),
    )
        .prop_map(
            |(my_units, my_leaders, current, mut library, marks, one_paste)| {
                // Documents of one paste: the same text, stamped at the same time.
                if one_paste {
                    let first = library.values().next().map(|e| e.source.clone());
                    for e in library.values_mut() {
                        e.source = first.clone().unwrap_or_default();
                    }
                }
                State {
                    prefs: Prefs {
                        my_units,
                        my_leaders,
                        current,
                    },
                    library,
                    marks,
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

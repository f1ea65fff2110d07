//! The filter in the URL, and node paths.

use duban::filter::{Filter, LightFilter, NodePath, Role, StatusFilter};
use proptest::prelude::*;

#[test]
fn to_query_fixed_order_and_encoding() {
    assert_eq!(Filter::default().to_query(), "");
    let f = Filter {
        keyword: "招商".into(),
        units: vec!["区发改局".into()],
        role: Role::Lead,
        leader: Some("张三".into()),
        section: Some("0.2".parse().unwrap()),
        has_deadline: true,
        status: StatusFilter::Open,
        corrected: true,
        light: LightFilter::Yellow,
    };
    assert_eq!(
        f.to_query(),
        "q=%E6%8B%9B%E5%95%86&unit=%E5%8C%BA%E5%8F%91%E6%94%B9%E5%B1%80&role=lead\
         &leader=%E5%BC%A0%E4%B8%89&section=0.2&deadline=1&status=open&fixed=1&light=yellow"
    );
    let f = Filter {
        keyword: "a&b=c%d+e f".into(),
        units: vec!["甲".into(), String::new(), "乙(丙)".into()],
        role: Role::Coop,
        status: StatusFilter::Done,
        leader: Some(String::new()),
        ..Filter::default()
    };
    assert_eq!(
        f.to_query(),
        "q=a%26b%3Dc%25d%2Be%20f&unit=%E7%94%B2&unit=%E4%B9%99%28%E4%B8%99%29&role=coop&status=done"
    );
}

#[test]
fn from_query_reads_what_browsers_write() {
    let f = Filter::from_query("?q=%E6%8B%9B%E5%95%86+%E5%BC%95%E8%B5%84&unit=区发改局&unit=x&unit=区发改局&role=lead&deadline=1");
    assert_eq!(
        f,
        Filter {
            keyword: "招商 引资".into(),
            units: vec!["区发改局".into(), "x".into()],
            role: Role::Lead,
            has_deadline: true,
            ..Filter::default()
        }
    );
    assert_eq!(
        Filter::from_query("#status=done&section=1.0.3").status,
        StatusFilter::Done
    );
    assert_eq!(
        Filter::from_query("section=1.0.3").section,
        Some(NodePath::new(vec![1, 0, 3]).unwrap())
    );
}

#[test]
fn from_query_ignores_garbage() {
    let garbage = [
        "",
        "?",
        "&&&",
        "=",
        "q",
        "q=",
        "%",
        "q=%",
        "q=%zz",
        "q=%E6%8B",
        "q=%FF%FE",
        "role=boss&status=half&deadline=maybe&section=a.b&section=1..2&section=-1",
        "section=99999999999999999999999999",
        "foo=bar&unit=&leader=",
        "?q=%C3%28",
        "🦀=🦀&q=%F0%9F%A6%80",
    ];
    for g in garbage {
        let f = Filter::from_query(g);
        assert!(f.units.is_empty(), "{g}");
        assert_eq!(f.leader, None, "{g}");
        assert_eq!(f.section, None, "{g}");
        assert_eq!(f.role, Role::Any, "{g}");
        assert_eq!(f.status, StatusFilter::Any, "{g}");
        assert!(!f.has_deadline, "{g}");
    }
    // A lone '%' stays literal; invalid UTF-8 drops the value; valid values are kept.
    assert_eq!(Filter::from_query("q=%").keyword, "%");
    assert_eq!(Filter::from_query("q=%zz").keyword, "%zz");
    assert_eq!(Filter::from_query("q=%E6%8B").keyword, "");
    assert_eq!(Filter::from_query("q=%FF&q=ok").keyword, "ok");
    assert_eq!(Filter::from_query("🦀=🦀&q=%F0%9F%A6%80").keyword, "🦀");
    // First valid value wins for single-valued keys.
    let f = Filter::from_query("role=x&role=coop&role=lead&status=open&status=done");
    assert_eq!((f.role, f.status), (Role::Coop, StatusFilter::Open));
}

#[test]
fn node_path_parse_and_display() {
    let p: NodePath = "0.2.1".parse().unwrap();
    assert_eq!(p.doc(), 0);
    assert_eq!(p.indices(), [2, 1]);
    assert_eq!(p.to_string(), "0.2.1");
    assert_eq!(p.parent().unwrap().to_string(), "0.2");
    assert_eq!(p.child(7).to_string(), "0.2.1.7");
    assert!("0.2".parse::<NodePath>().unwrap().is_ancestor_of(&p));
    assert!(!p.is_ancestor_of(&p));
    assert!(!"0.21"
        .parse::<NodePath>()
        .unwrap()
        .is_ancestor_of(&"0.2.1".parse().unwrap()));
    assert_eq!("3".parse::<NodePath>().unwrap(), NodePath::document(3));
    assert_eq!(NodePath::document(3).parent(), None);
    for bad in [
        "", ".", "0.", ".0", "0..1", "a", "0.-1", "+1", " 1", "1 ", "0.1e3", "１",
    ] {
        assert!(bad.parse::<NodePath>().is_err(), "{bad:?}");
    }
    assert_eq!(NodePath::new(vec![]), None);
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[招商引资区发改局 &=%+?#;，（）()a-zA-Z0-9\u{3000}\t]{0,12}",
    ]
}

fn filter() -> impl Strategy<Value = Filter> {
    (
        text(),
        prop::collection::vec(text().prop_filter("key", |k| !k.is_empty()), 0..4),
        prop_oneof![Just(Role::Any), Just(Role::Lead), Just(Role::Coop)],
        prop::option::of(text().prop_filter("name", |n| !n.is_empty())),
        prop::option::of(prop::collection::vec(0usize..1000, 1..5)),
        any::<bool>(),
        prop_oneof![
            Just(StatusFilter::Any),
            Just(StatusFilter::Done),
            Just(StatusFilter::Open)
        ],
        any::<bool>(),
        proptest::sample::select(LightFilter::ALL.to_vec()),
    )
        .prop_map(
            |(
                keyword,
                mut units,
                role,
                leader,
                section,
                has_deadline,
                status,
                corrected,
                light,
            )| {
                let mut seen = Vec::new();
                units.retain(|u| {
                    let new = !seen.contains(u);
                    seen.push(u.clone());
                    new
                });
                Filter {
                    keyword,
                    units,
                    role,
                    leader,
                    section: section.and_then(NodePath::new),
                    has_deadline,
                    status,
                    corrected,
                    light,
                }
            },
        )
}

proptest! {
    #[test]
    fn query_round_trips(f in filter()) {
        let q = f.to_query();
        prop_assert_eq!(Filter::from_query(&q), f.clone());
        prop_assert_eq!(Filter::from_query(&format!("?{q}")), f);
        // Only URL-safe characters go into a link.
        prop_assert!(q.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%&=".contains(&b)));
    }

    #[test]
    fn from_query_never_panics_and_is_stable(q in any::<String>()) {
        let f = Filter::from_query(&q);
        let again = Filter::from_query(&f.to_query());
        prop_assert_eq!(again, f);
    }

    #[test]
    fn from_query_on_query_like_garbage(q in "[?#&=%+a-z0-9.EF招]{0,30}") {
        let f = Filter::from_query(&q);
        prop_assert_eq!(Filter::from_query(&f.to_query()), f);
    }

    #[test]
    fn node_path_round_trips(v in prop::collection::vec(any::<usize>(), 1..8)) {
        let p = NodePath::new(v).unwrap();
        prop_assert_eq!(p.to_string().parse::<NodePath>().unwrap(), p);
    }
}

//! OutlineIndex::new and apply on a hand-built outline.

use crate::filter_common;

use duban::filter::{Filter, NodePath, OutlineIndex, Role, StatusFilter};
use duban::parser::NodeKind;
use filter_common::{doc, outline, sample, sec, task, which};

fn never(_: usize) -> bool {
    false
}

fn run(f: &Filter) -> (Vec<usize>, Vec<usize>, usize) {
    let idx = OutlineIndex::new(&sample());
    let m = idx.apply(f, &never);
    (which(&m.matched), which(&m.visible), m.task_count)
}

#[test]
fn flattens_in_document_order_with_paths_and_ordinals() {
    let idx = OutlineIndex::new(&sample());
    assert_eq!(idx.len(), 10);
    assert_eq!(idx.task_count(), 5);
    let paths: Vec<String> = idx.nodes().iter().map(|n| n.path.to_string()).collect();
    assert_eq!(
        paths,
        [
            "0.0", "0.0.0", "0.0.0.0", "0.0.0.1", "0.0.1", "0.0.1.0", "0.1", "0.1.0", "0.1.1",
            "0.2"
        ]
    );
    let depths: Vec<usize> = idx.nodes().iter().map(|n| n.depth).collect();
    assert_eq!(depths, [0, 1, 2, 2, 1, 2, 0, 1, 1, 0]);
    let parents: Vec<Option<usize>> = idx.nodes().iter().map(|n| n.parent).collect();
    assert_eq!(
        parents,
        [
            None,
            Some(0),
            Some(1),
            Some(1),
            Some(0),
            Some(4),
            None,
            Some(6),
            Some(6),
            None
        ]
    );
    let ordinals: Vec<Option<usize>> = idx.nodes().iter().map(|n| n.task_ordinal).collect();
    assert_eq!(
        ordinals,
        [
            None,
            None,
            Some(1),
            Some(2),
            None,
            Some(3),
            None,
            Some(4),
            Some(5),
            None
        ]
    );
    assert_eq!(idx.node(3).section_title, "一、优化营商环境");
    assert_eq!(idx.node(8).section_title, "二、安全生产");
    assert_eq!(idx.node(0).children, [1, 4]);
    assert_eq!(idx.node(0).subtree_end, 6);
    assert_eq!(idx.node(9).subtree_end, 10);
    assert_eq!(idx.node(2).kind, NodeKind::Task);
    assert_eq!(idx.find(&"0.0.1.0".parse().unwrap()), Some(5));
    assert_eq!(idx.find(&"0.3".parse().unwrap()), None);
    assert_eq!(idx.find(&"1.0".parse().unwrap()), None);
    assert_eq!(idx.ancestors(5).collect::<Vec<_>>(), [4, 0]);
}

#[test]
fn empty_filter_shows_everything() {
    let (m, v, n) = run(&Filter::default());
    assert_eq!(m, (0..10).collect::<Vec<_>>());
    assert_eq!(v, (0..10).collect::<Vec<_>>());
    assert_eq!(n, 5);
    // Fields without effect keep the filter empty.
    let f = Filter {
        keyword: " \u{3000} ".into(),
        units: vec![String::new()],
        role: Role::Lead,
        leader: Some(String::new()),
        ..Filter::default()
    };
    assert!(f.is_empty());
    assert_eq!(run(&f).0.len(), 10);
}

#[test]
fn keyword_matches_task_text_and_keeps_ancestors() {
    let f = Filter {
        keyword: "一网通办".into(),
        ..Filter::default()
    };
    assert_eq!(run(&f), (vec![5], vec![0, 4, 5], 1));
}

#[test]
fn keyword_matches_units_leaders_posts_deadline_and_number() {
    let kw = |k: &str| {
        run(&Filter {
            keyword: k.into(),
            ..Filter::default()
        })
    };
    assert_eq!(kw("消防救援").0, [8]); // lead unit name
    assert_eq!(kw("商务局").0, [2, 3]); // coop in 2, lead in 3
    assert_eq!(kw("张三").0, [2, 3, 5]); // leader of tasks, not of section titles
    assert_eq!(kw("副区长").0, [2, 3, 5, 7]); // post
    assert_eq!(kw("6月底").0, [2]); // deadline text
    assert_eq!(kw("持续推进").0, [7]);
    assert_eq!(kw("2.").0, [3, 8]); // number
    assert_eq!(kw("不存在").2, 0);
    assert!(kw("不存在").1.is_empty());
}

#[test]
fn keyword_is_case_and_width_insensitive() {
    let kw = |k: &str| {
        run(&Filter {
            keyword: k.into(),
            ..Filter::default()
        })
        .0
    };
    assert_eq!(kw("abc"), [3]);
    assert_eq!(kw("ＡbＣ"), [3]);
    assert_eq!(kw("12场"), [3]);
    assert_eq!(kw("１２"), [3]);
}

#[test]
fn all_terms_must_match() {
    let kw = |k: &str| {
        run(&Filter {
            keyword: k.into(),
            ..Filter::default()
        })
        .0
    };
    assert_eq!(kw("开展 检查"), [7]);
    assert_eq!(kw("开展\u{3000}招商"), [2]);
    assert_eq!(kw("开展 论坛"), Vec::<usize>::new());
}

#[test]
fn keyword_matching_a_section_shows_it_with_its_contents() {
    let f = Filter {
        keyword: "安全生产".into(),
        ..Filter::default()
    };
    assert_eq!(run(&f), (vec![6, 7, 8], vec![6, 7, 8], 2));
    // A section without tasks matches by its title too.
    let f = Filter {
        keyword: "其他".into(),
        ..Filter::default()
    };
    assert_eq!(run(&f), (vec![9], vec![9], 0));
    // Subsection: its parent stays visible as context.
    let f = Filter {
        keyword: "招商引资".into(),
        ..Filter::default()
    };
    assert_eq!(run(&f), (vec![1, 2, 3], vec![0, 1, 2, 3], 2));
}

#[test]
fn terms_can_be_split_between_heading_and_task() {
    let f = Filter {
        keyword: "安全 消防".into(),
        ..Filter::default()
    };
    assert_eq!(run(&f).0, [8]);
    let f = Filter {
        keyword: "营商 一网".into(),
        ..Filter::default()
    };
    assert_eq!(run(&f).0, [5]);
}

#[test]
fn unit_filter_by_role() {
    let u = |keys: &[&str], role| {
        run(&Filter {
            units: keys.iter().map(|k| k.to_string()).collect(),
            role,
            ..Filter::default()
        })
    };
    assert_eq!(
        u(&["区发改局"], Role::Any),
        (vec![2, 3, 5], vec![0, 1, 2, 3, 4, 5], 3)
    );
    assert_eq!(u(&["区发改局"], Role::Lead).0, [2]);
    assert_eq!(u(&["区发改局"], Role::Coop).0, [3, 5]);
    // Both lead and cooperating in task 5: lead only.
    assert_eq!(u(&["区政务办"], Role::Lead).0, [5]);
    assert!(u(&["区政务办"], Role::Coop).0.is_empty());
    // Any of several units; keys fold bracket widths.
    assert_eq!(u(&["区应急局", "各镇(街道)"], Role::Any).0, [2, 7]);
    assert_eq!(u(&["各镇(街道)"], Role::Coop).0, [2, 7]);
    // Unknown unit: nothing, not everything.
    assert_eq!(u(&["区不存在局"], Role::Any), (vec![], vec![], 0));
}

#[test]
fn leader_filter() {
    let l = |name: &str| {
        run(&Filter {
            leader: Some(name.into()),
            ..Filter::default()
        })
    };
    assert_eq!(l("张三"), (vec![2, 3, 5], vec![0, 1, 2, 3, 4, 5], 3));
    assert_eq!(l("李四").0, [7, 8]);
    assert!(l("王五").0.is_empty());
}

#[test]
fn section_filter_keeps_only_nodes_inside() {
    let s = |p: &str| {
        run(&Filter {
            section: Some(p.parse().unwrap()),
            ..Filter::default()
        })
    };
    assert_eq!(s("0.0"), (vec![2, 3, 5], vec![0, 1, 2, 3, 4, 5], 3));
    assert_eq!(s("0.0.1"), (vec![5], vec![0, 4, 5], 1));
    assert_eq!(s("0.2").2, 0);
    assert_eq!(s("0.9"), (vec![], vec![], 0)); // unknown: nothing
    assert_eq!(s("0").2, 5); // the whole document
                             // With a keyword: sections inside match by title, the chosen one is context.
    let f = Filter {
        keyword: "招商".into(),
        section: Some("0.0".parse().unwrap()),
        ..Filter::default()
    };
    assert_eq!(run(&f), (vec![1, 2, 3], vec![0, 1, 2, 3], 2));
    // A term in the chosen section's own title applies to all inside it.
    let f = Filter {
        keyword: "营商".into(),
        section: Some("0.0.1".parse().unwrap()),
        ..Filter::default()
    };
    assert_eq!(run(&f).0, [5]);
}

#[test]
fn deadline_filter() {
    let f = Filter {
        has_deadline: true,
        ..Filter::default()
    };
    assert_eq!(run(&f), (vec![2, 7], vec![0, 1, 2, 6, 7], 2));
}

#[test]
fn status_filter_asks_only_about_tasks() {
    let idx = OutlineIndex::new(&sample());
    let asked = std::cell::RefCell::new(Vec::new());
    let done = |i: usize| {
        asked.borrow_mut().push(i);
        i == 3 || i == 8
    };
    let m = idx.apply(
        &Filter {
            status: StatusFilter::Done,
            ..Filter::default()
        },
        &done,
    );
    assert_eq!(which(&m.matched), [3, 8]);
    assert_eq!(which(&m.visible), [0, 1, 3, 6, 8]);
    assert_eq!(*asked.borrow(), [2, 3, 5, 7, 8]);
    let m = idx.apply(
        &Filter {
            status: StatusFilter::Open,
            ..Filter::default()
        },
        &done,
    );
    assert_eq!(which(&m.matched), [2, 5, 7]);
    assert_eq!(m.task_count, 3);
}

#[test]
fn filters_combine_with_and() {
    let f = Filter {
        keyword: "开展".into(),
        units: vec!["区发改局".into()],
        ..Filter::default()
    };
    assert_eq!(run(&f), (vec![2], vec![0, 1, 2], 1));
    // A section matching the keyword does not match when a task-only filter is set.
    let f = Filter {
        keyword: "安全生产".into(),
        leader: Some("李四".into()),
        has_deadline: true,
        ..Filter::default()
    };
    assert_eq!(run(&f), (vec![7], vec![6, 7], 1));
    let f = Filter {
        keyword: "招商".into(),
        units: vec!["区发改局".into()],
        role: Role::Coop,
        leader: Some("张三".into()),
        section: Some("0.0".parse().unwrap()),
        has_deadline: false,
        status: StatusFilter::Any,
        corrected: false,
        light: Default::default(),
    };
    assert_eq!(run(&f), (vec![3], vec![0, 1, 3], 1));
    let f = Filter {
        has_deadline: true,
        leader: Some("张三".into()),
        ..f
    };
    assert_eq!(run(&f).2, 0);
}

#[test]
fn several_documents_and_tasks_without_sections() {
    let o = outline(vec![
        doc("甲", vec![task("1.", "甲任务").lead(&["区发改局"])]),
        doc(
            "乙",
            vec![
                task("", "乙前言任务").lead(&["区商务局"]),
                sec("一、", "乙章").kids(vec![task("1.", "乙任务").lead(&["区发改局"])]),
            ],
        ),
    ]);
    let idx = OutlineIndex::new(&o);
    assert_eq!(idx.len(), 4);
    assert_eq!(idx.document_count(), 2);
    assert_eq!(idx.roots(1), [1, 2]);
    let ordinals: Vec<_> = idx.nodes().iter().map(|n| n.task_ordinal).collect();
    assert_eq!(ordinals, [Some(1), Some(1), None, Some(2)]);
    assert_eq!(idx.node(0).section_title, "");
    assert_eq!(idx.node(3).path, NodePath::new(vec![1, 1, 0]).unwrap());
    let f = Filter {
        section: Some(NodePath::document(1)),
        ..Filter::default()
    };
    assert_eq!(which(&idx.apply(&f, &never).matched), [1, 3]);
    let f = Filter {
        units: vec!["区发改局".into()],
        ..Filter::default()
    };
    assert_eq!(which(&idx.apply(&f, &never).visible), [0, 2, 3]);
}

#[test]
fn empty_outline() {
    let idx = OutlineIndex::new(&outline(vec![]));
    assert!(idx.is_empty());
    let m = idx.apply(
        &Filter {
            keyword: "x".into(),
            ..Filter::default()
        },
        &never,
    );
    assert_eq!(m.task_count, 0);
    assert!(m.matched.is_empty());
    assert!(idx.units().is_empty());
    assert!(idx.sections().is_empty());
}

#[test]
fn keyword_in_a_section_body_counts_as_its_own_words() {
    let o = outline(vec![doc(
        "t",
        vec![
            sec("一、", "民生实事")
                .body("目标任务：新建养老服务中心3家")
                .kids(vec![task("1.", "建设中心").lead(&["区民政局"])]),
            sec("二、", "其他").kids(vec![task("1.", "养老补贴发放")]),
        ],
    )]);
    let idx = OutlineIndex::new(&o);
    assert_eq!(idx.node(0).body, "目标任务：新建养老服务中心3家");
    let f = Filter {
        keyword: "养老".into(),
        ..Filter::default()
    };
    assert_eq!(which(&idx.apply(&f, &never).matched), [0, 1, 3]);
    let f = Filter {
        keyword: "养老服务 建设".into(),
        ..Filter::default()
    };
    assert_eq!(which(&idx.apply(&f, &never).matched), [1]);
}

#[test]
fn light_filter_keeps_the_tasks_of_that_light_and_round_trips_in_the_url() {
    use duban::checklist::Light;
    use duban::filter::LightFilter;
    let idx = OutlineIndex::new(&sample());
    let tasks: Vec<usize> = (0..idx.len()).filter(|&i| idx.node(i).is_task()).collect();
    // The first task overdue, the second 严重滞后, the third 滞后, the rest unlit.
    let light_of = |i: usize| match tasks.iter().position(|&t| t == i) {
        Some(0) => Some(Light::Overdue),
        Some(1) => Some(Light::SeriouslyBehind),
        Some(2) => Some(Light::Behind),
        _ => None,
    };
    let red = Filter {
        light: LightFilter::Red,
        ..Filter::default()
    };
    let m = idx.apply_with(&red, &never, &light_of);
    assert_eq!(which(&m.matched), tasks[..2].to_vec());
    assert_eq!(m.task_count, 2);
    let yellow = Filter {
        light: LightFilter::Yellow,
        ..Filter::default()
    };
    assert_eq!(
        which(&idx.apply_with(&yellow, &never, &light_of).matched),
        [tasks[2]]
    );
    // Without lights (no checklist), nothing is lit.
    assert_eq!(idx.apply(&red, &never).task_count, 0);
    assert_eq!(red.to_query(), "light=red");
    assert_eq!(
        Filter::from_query("light=red&light=done").light,
        LightFilter::Red
    );
    assert_eq!(Filter::from_query("light=purple").light, LightFilter::Any);
    assert!(red.describe().contains("亮灯：红灯"), "{}", red.describe());
}

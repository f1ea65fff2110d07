//! `apply` against a naive reference written straight from the semantics, on random
//! outlines and filters (proptest).

use crate::filter_common;

use duban::filter::{fold_str, Filter, NodePath, OutlineIndex, Role, StatusFilter};
use duban::parser::{Node, NodeKind, Outline};
use filter_common::{doc, outline, sec, task, N};
use proptest::prelude::*;

const UNITS: [&str; 4] = ["区发改局", "区商务局", "各镇（街道）", "各镇(街道)"];
const LEADERS: [&str; 3] = ["张三", "李四", "副区长"];

#[derive(Clone, Debug)]
struct Gen {
    section: bool,
    number: String,
    text: String,
    body: String,
    lead: Vec<usize>,
    coop: Vec<usize>,
    leaders: Vec<usize>,
    deadline: Option<String>,
    children: Vec<Gen>,
}

fn words() -> impl Strategy<Value = String> {
    "[安全招商生产ab Ａ１1]{0,5}"
}

fn gen_node() -> impl Strategy<Value = Gen> {
    let leaf = (
        any::<bool>(),
        "[一二（）1.]{0,2}",
        words(),
        prop_oneof![Just(String::new()), words()],
        prop::collection::vec(0..UNITS.len(), 0..3),
        prop::collection::vec(0..UNITS.len(), 0..3),
        prop::collection::vec(0..LEADERS.len(), 0..2),
        prop::option::of("[年底6月]{1,3}"),
    )
        .prop_map(
            |(section, number, text, body, lead, coop, leaders, deadline)| Gen {
                section,
                number,
                text,
                body,
                lead,
                coop,
                leaders,
                deadline,
                children: vec![],
            },
        );
    leaf.prop_recursive(3, 24, 4, |inner| {
        (inner.clone(), prop::collection::vec(inner, 0..4)).prop_map(|(mut g, children)| {
            g.children = children;
            g
        })
    })
}

fn build(g: &Gen) -> N {
    let mut n = if g.section {
        sec(&g.number, &g.text)
    } else {
        task(&g.number, &g.text)
    };
    n = n.body(&g.body);
    n = n.lead(&g.lead.iter().map(|&u| UNITS[u]).collect::<Vec<_>>());
    n = n.coop(&g.coop.iter().map(|&u| UNITS[u]).collect::<Vec<_>>());
    for &l in &g.leaders {
        n = n.leader(LEADERS[l], (l == 0).then_some("副区长"));
    }
    if let Some(d) = &g.deadline {
        n = n.deadline(d);
    }
    n.kids(g.children.iter().map(build).collect())
}

fn gen_outline() -> impl Strategy<Value = Outline> {
    prop::collection::vec(prop::collection::vec(gen_node(), 0..4), 1..3).prop_map(|docs| {
        outline(
            docs.iter()
                .map(|d| doc("文件", d.iter().map(build).collect()))
                .collect(),
        )
    })
}

fn gen_filter() -> impl Strategy<Value = Filter> {
    (
        prop_oneof![Just(String::new()), "[安全招商生产ab Ａ１1张副年]{0,4}"],
        prop::collection::vec(
            prop_oneof![Just("区发改局"), Just("各镇(街道)"), Just("无")],
            0..3,
        ),
        prop_oneof![Just(Role::Any), Just(Role::Lead), Just(Role::Coop)],
        prop::option::of(prop_oneof![Just("张三"), Just("副区长"), Just("无")]),
        prop::option::of(prop::collection::vec(0usize..3, 1..4)),
        any::<bool>(),
        prop_oneof![
            Just(StatusFilter::Any),
            Just(StatusFilter::Done),
            Just(StatusFilter::Open)
        ],
        any::<bool>(),
    )
        .prop_map(
            |(keyword, units, role, leader, section, has_deadline, status, corrected)| Filter {
                keyword,
                units: units.into_iter().map(str::to_owned).collect(),
                role,
                leader: leader.map(str::to_owned),
                section: section.and_then(NodePath::new),
                has_deadline,
                status,
                corrected,
                light: Default::default(),
            },
        )
}

/// The node's own words: number, text, body.
fn own(n: &Node) -> String {
    fold_str(&format!(
        "{}{}\n{}",
        n.number.as_deref().unwrap_or(""),
        n.text,
        n.body
    ))
}

/// Own words plus, for tasks, units, leaders and deadline.
fn all_words(n: &Node) -> String {
    let mut w = own(n);
    if n.kind == NodeKind::Task {
        for u in n.lead_units.iter().chain(&n.coop_units) {
            w.push('\n');
            w.push_str(&fold_str(&u.name));
        }
        for l in &n.leaders {
            w.push('\n');
            w.push_str(&fold_str(&l.name));
            if let Some(p) = &l.post {
                w.push('\n');
                w.push_str(&fold_str(p));
            }
        }
        if let Some(d) = &n.deadline {
            w.push('\n');
            w.push_str(&fold_str(&d.text));
        }
    }
    w
}

/// Reference: (matched, visible) in document order, straight from the semantics.
fn reference(
    o: &Outline,
    f: &Filter,
    done: &dyn Fn(usize) -> bool,
    corrected: &dyn Fn(usize) -> bool,
) -> (Vec<bool>, Vec<bool>) {
    struct Ctx<'a> {
        f: &'a Filter,
        done: &'a dyn Fn(usize) -> bool,
        corrected: &'a dyn Fn(usize) -> bool,
        terms: Vec<String>,
        matched: Vec<bool>,
        visible: Vec<bool>,
    }
    // Returns whether anything in the subtree matched.
    fn walk(c: &mut Ctx, n: &Node, path: Vec<usize>, ancestors: &mut Vec<String>) -> bool {
        let i = c.matched.len();
        c.matched.push(false);
        c.visible.push(false);
        let f = c.f;
        let inside = match &f.section {
            None => true,
            Some(s) => {
                let s = s.components();
                path.len() > s.len() && path.starts_with(s)
            }
        };
        let words = all_words(n);
        let kw = c.terms.iter().all(|t| {
            words.contains(t.as_str()) || ancestors.iter().any(|a| a.contains(t.as_str()))
        });
        let empty = f.is_empty();
        let m = if empty {
            true
        } else if !inside || !kw {
            false
        } else if n.kind == NodeKind::Section {
            let task_only = f.units.iter().any(|u| !u.is_empty())
                || f.leader.as_deref().is_some_and(|l| !l.is_empty())
                || f.has_deadline
                || f.status != StatusFilter::Any;
            if f.corrected {
                (c.corrected)(i) && !task_only
            } else {
                !c.terms.is_empty() && !task_only
            }
        } else if f.corrected && !(c.corrected)(i) {
            false
        } else {
            let lead: Vec<&str> = n.lead_units.iter().map(|u| u.key.as_str()).collect();
            let coop: Vec<&str> = n
                .coop_units
                .iter()
                .map(|u| u.key.as_str())
                .filter(|k| !lead.contains(k))
                .collect();
            let keys: Vec<&str> = f
                .units
                .iter()
                .map(String::as_str)
                .filter(|k| !k.is_empty())
                .collect();
            let unit_ok = keys.is_empty()
                || keys.iter().any(|k| match f.role {
                    Role::Any => lead.contains(k) || coop.contains(k),
                    Role::Lead => lead.contains(k),
                    Role::Coop => coop.contains(k),
                });
            let leader_ok = match f.leader.as_deref() {
                None | Some("") => true,
                Some(l) => n.leaders.iter().any(|x| x.name == l),
            };
            let status_ok = match f.status {
                StatusFilter::Any => true,
                StatusFilter::Done => (c.done)(i),
                StatusFilter::Open => !(c.done)(i),
            };
            unit_ok && leader_ok && (!f.has_deadline || n.deadline.is_some()) && status_ok
        };
        c.matched[i] = m;
        ancestors.push(own(n));
        let mut any = m;
        for (k, child) in n.children.iter().enumerate() {
            let mut p = path.clone();
            p.push(k);
            any |= walk(c, child, p, ancestors);
        }
        ancestors.pop();
        c.visible[i] = any;
        any
    }
    let mut c = Ctx {
        f,
        done,
        corrected,
        terms: f.terms(),
        matched: vec![],
        visible: vec![],
    };
    for (d, document) in o.documents.iter().enumerate() {
        for (k, n) in document.nodes.iter().enumerate() {
            walk(&mut c, n, vec![d, k], &mut Vec::new());
        }
    }
    (c.matched, c.visible)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn apply_agrees_with_the_reference(o in gen_outline(), f in gen_filter(), seed in any::<u64>()) {
        let done = |i: usize| (seed >> (i % 64)) & 1 == 1;
        let corrected = |i: usize| (seed >> ((i * 7 + 3) % 64)) & 1 == 1;
        let mut idx = OutlineIndex::new(&o);
        idx.mark_corrected((0..idx.len()).map(corrected));
        let m = idx.apply(&f, &done);
        let (matched, visible) = reference(&o, &f, &done, &corrected);
        prop_assert_eq!(&m.matched, &matched);
        prop_assert_eq!(&m.visible, &visible);
        let tasks = (0..idx.len()).filter(|&i| matched[i] && idx.node(i).is_task()).count();
        prop_assert_eq!(m.task_count, tasks);
    }
}

//! The filter core on the seed documents, through the real parser: invariants that
//! must hold whatever the parser's details (counts agree with filters, context visible).

use duban::filter::{fold_str, Filter, OutlineIndex, Role};
use duban::parser::parse;

fn seeds() -> Vec<(String, OutlineIndex)> {
    let mut paths: Vec<_> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.display().to_string(), OutlineIndex::new(&parse(&text)))
        })
        .collect()
}

fn never(_: usize) -> bool {
    false
}

#[test]
fn unit_counts_match_the_unit_filter_and_the_unit_page() {
    let seeds = seeds();
    assert!(seeds.len() >= 5, "fixtures: {}", seeds.len());
    let with_units = seeds.iter().filter(|s| !s.1.units().is_empty()).count();
    assert!(with_units >= 2, "seeds with units: {with_units}");
    for (name, idx) in seeds {
        assert!(idx.task_count() > 0, "{name}");
        for u in idx.units() {
            let count = |role| {
                let f = Filter {
                    units: vec![u.key.clone()],
                    role,
                    ..Filter::default()
                };
                idx.apply(&f, &never).task_count
            };
            assert_eq!(count(Role::Lead), u.lead, "{name} {}", u.key);
            assert_eq!(count(Role::Coop), u.coop, "{name} {}", u.key);
            assert_eq!(count(Role::Any), u.total(), "{name} {}", u.key);
            let page = idx.tasks_of_unit(&u.key);
            assert_eq!((page.lead, page.coop), (u.lead, u.coop), "{name} {}", u.key);
            for g in &page.groups {
                let roles: Vec<bool> = g.tasks.iter().map(|t| t.role == Role::Lead).collect();
                assert!(roles.windows(2).all(|w| w[0] >= w[1]), "{name}: lead first");
            }
        }
        for l in idx.leaders() {
            let f = Filter {
                leader: Some(l.name.clone()),
                ..Filter::default()
            };
            assert_eq!(
                idx.apply(&f, &never).task_count,
                l.tasks,
                "{name} {}",
                l.name
            );
            let listed: usize = idx.tasks_of_leader(&l.name).iter().map(|g| g.1.len()).sum();
            assert_eq!(listed, l.tasks, "{name} {}", l.name);
        }
    }
}

#[test]
fn keyword_matches_are_real_and_keep_their_context() {
    for (name, idx) in seeds() {
        for kw in ["招商", "市发改局", "年底", "项目 建设", "2023"] {
            let f = Filter {
                keyword: kw.into(),
                ..Filter::default()
            };
            let m = idx.apply(&f, &never);
            if kw == "招商" && name.contains("004_") {
                assert!(m.task_count > 0, "{name}: 招商");
            }
            for i in 0..idx.len() {
                if m.matched[i] {
                    // Every term is somewhere in the node's own words or a heading's.
                    let mut words = String::new();
                    for a in std::iter::once(i).chain(idx.ancestors(i)) {
                        let n = idx.node(a);
                        words.push_str(&n.title());
                        words.push_str(&n.body);
                        if a == i && n.is_task() {
                            for u in n.lead_units.iter().chain(&n.coop_units) {
                                words.push_str(&u.name);
                            }
                            for l in &n.leaders {
                                words.push_str(&l.name);
                                words.push_str(l.post.as_deref().unwrap_or(""));
                            }
                            words.push_str(n.deadline.as_ref().map_or("", |d| &d.text));
                        }
                    }
                    let words = fold_str(&words);
                    for t in kw.split(' ') {
                        assert!(words.contains(t), "{name}: {kw} in node {i}");
                    }
                }
                if m.visible[i] {
                    if let Some(p) = idx.node(i).parent {
                        assert!(m.visible[p], "{name}: parent of visible {i}");
                    }
                }
                assert!(!m.matched[i] || m.visible[i]);
            }
        }
    }
}

#[test]
fn section_filter_counts_add_up_over_top_level_sections() {
    for (name, idx) in seeds() {
        let mut total = 0;
        for d in 0..idx.document_count() {
            for &r in idx.roots(d) {
                let node = idx.node(r);
                if node.is_task() {
                    total += 1;
                }
                let f = Filter {
                    section: Some(node.path.clone()),
                    ..Filter::default()
                };
                total += idx.apply(&f, &never).task_count;
            }
        }
        assert_eq!(total, idx.task_count(), "{name}");
        for (path, _) in idx.sections() {
            let f = Filter::from_query(
                &Filter {
                    section: Some(path),
                    ..Filter::default()
                }
                .to_query(),
            );
            assert!(f.section.is_some());
        }
    }
}

//! Unit and leader counts, the section drop-down, the per-unit and per-leader pages,
//! and the filter described in words.

use crate::filter_common;

use duban::filter::{Filter, NodePath, OutlineIndex, Role, StatusFilter, UnitStat, UnitTask};
use filter_common::{doc, outline, sample, sec, task};

fn stat(key: &str, name: &str, collective: bool, lead: usize, coop: usize) -> UnitStat {
    UnitStat {
        key: key.into(),
        name: name.into(),
        names: vec![name.into()],
        collective,
        lead,
        coop,
    }
}

#[test]
fn units_count_tasks_by_role_most_first() {
    let idx = OutlineIndex::new(&sample());
    assert_eq!(
        idx.units(),
        [
            stat("区发改局", "区发改局", false, 1, 2),
            // Ties by name in code point order: 区 (U+533A) before 各 (U+5404).
            stat("区商务局", "区商务局", false, 1, 1),
            stat("各镇(街道)", "各镇（街道）", true, 0, 2),
            stat("区应急局", "区应急局", false, 1, 0),
            stat("区政务办", "区政务办", false, 1, 0),
            stat("区消防救援大队", "区消防救援大队", false, 1, 0),
        ]
    );
}

#[test]
fn unit_counts_agree_with_the_filter() {
    let idx = OutlineIndex::new(&sample());
    for u in idx.units() {
        let count = |role| {
            let f = Filter {
                units: vec![u.key.clone()],
                role,
                ..Filter::default()
            };
            idx.apply(&f, &|_| false).task_count
        };
        assert_eq!(count(Role::Lead), u.lead, "{}", u.key);
        assert_eq!(count(Role::Coop), u.coop, "{}", u.key);
        assert_eq!(count(Role::Any), u.total(), "{}", u.key);
    }
}

#[test]
fn units_on_sections_only_are_not_counted() {
    let o = outline(vec![doc(
        "t",
        vec![
            sec("一、", "空章").lead(&["区财政局"]),
            sec("二、", "章")
                .lead(&["区财政局"])
                .kids(vec![task("1.", "任务")
                    .lead(&["区财政局", "区财政局"])
                    .coop(&["区财政局", "市级有关部门"])]),
        ],
    )]);
    let idx = OutlineIndex::new(&o);
    assert_eq!(
        idx.units(),
        [
            stat("区财政局", "区财政局", false, 1, 0),
            stat("市级有关部门", "市级有关部门", true, 0, 1)
        ]
    );
}

#[test]
fn leaders_count_tasks() {
    let idx = OutlineIndex::new(&sample());
    let got: Vec<(String, Option<String>, usize)> = idx
        .leaders()
        .into_iter()
        .map(|l| (l.name, l.post, l.tasks))
        .collect();
    assert_eq!(
        got,
        [
            ("张三".to_owned(), Some("副区长".to_owned()), 3),
            ("李四".to_owned(), Some("副区长".to_owned()), 2),
        ]
    );
}

#[test]
fn leaders_are_listed_by_rank_then_as_the_document_names_them() {
    use duban::filter::leader_rank;
    let posts = [
        "市委书记",
        "市长",
        "区长",
        "县长",
        "市委副书记",
        "常务副市长",
        "副区长",
        "市政府秘书长",
        "市政府副秘书长",
        "市委常委",
    ];
    let ranks: Vec<u8> = posts.iter().map(|p| leader_rank(p)).collect();
    assert_eq!(ranks, [0, 1, 1, 1, 2, 3, 4, 5, 6, 7]);
    // The 区长 named last, deputies named before him: still first; deputies in the
    // document's order, whatever their counts or names.
    let o = outline(vec![doc(
        "t",
        vec![sec("一、", "章").kids(vec![
            task("1.", "甲").leader("王五", Some("副区长")),
            task("2.", "乙").leader("赵六", Some("副区长")),
            task("3.", "丙").leader("赵六", Some("副区长")),
            task("4.", "丁").leader("周八", Some("区政府秘书长")),
            task("5.", "戊").leader("钱七", Some("常务副区长")),
            task("6.", "己").leader("孙九", Some("区长")),
            task("7.", "庚").leader("区委办", None),
        ])],
    )]);
    let names: Vec<String> = OutlineIndex::new(&o)
        .leaders()
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(names, ["孙九", "钱七", "王五", "赵六", "周八", "区委办"]);
}

#[test]
fn sections_for_the_drop_down() {
    let idx = OutlineIndex::new(&sample());
    let got: Vec<(String, String)> = idx
        .sections()
        .into_iter()
        .map(|(p, l)| (p.to_string(), l))
        .collect();
    let want = [
        ("0.0", "一、优化营商环境"),
        ("0.0.0", "\u{3000}（一）招商引资"),
        ("0.0.1", "\u{3000}（二）政务服务"),
        ("0.1", "二、安全生产"),
        ("0.2", "三、其他"),
    ];
    assert_eq!(got, want.map(|(p, l)| (p.to_owned(), l.to_owned())));
}

#[test]
fn sections_of_several_documents_start_with_each_document() {
    let long = "关于印发某某区二〇二四年度重点工作任务分解方案及责任清单的通知附件一";
    let o = outline(vec![
        doc("甲", vec![sec("一、", "甲章")]),
        doc(long, vec![sec("一、", "乙章")]),
    ]);
    let got: Vec<(String, String)> = OutlineIndex::new(&o)
        .sections()
        .into_iter()
        .map(|(p, l)| (p.to_string(), l))
        .collect();
    let short: String = long.chars().take(30).collect();
    assert_eq!(
        got,
        [
            ("0".to_owned(), "《甲》".to_owned()),
            ("0.0".to_owned(), "\u{3000}一、甲章".to_owned()),
            ("1".to_owned(), format!("《{short}…》")),
            ("1.0".to_owned(), "\u{3000}一、乙章".to_owned()),
        ]
    );
}

#[test]
fn tasks_of_unit_grouped_by_section_lead_first() {
    let idx = OutlineIndex::new(&sample());
    let t = idx.tasks_of_unit("区发改局");
    assert_eq!((t.lead, t.coop), (1, 2));
    assert_eq!(t.groups.len(), 1);
    let g = &t.groups[0];
    assert_eq!(
        (g.doc, g.section, g.title.as_str()),
        (0, Some(0), "一、优化营商环境")
    );
    assert_eq!(
        g.tasks,
        [
            UnitTask {
                node: 2,
                role: Role::Lead
            },
            UnitTask {
                node: 3,
                role: Role::Coop
            },
            UnitTask {
                node: 5,
                role: Role::Coop
            },
        ]
    );
    let t = idx.tasks_of_unit("各镇(街道)");
    let groups: Vec<(&str, Vec<UnitTask>)> = t
        .groups
        .iter()
        .map(|g| (g.title.as_str(), g.tasks.clone()))
        .collect();
    assert_eq!(
        groups,
        [
            (
                "一、优化营商环境",
                vec![UnitTask {
                    node: 2,
                    role: Role::Coop
                }]
            ),
            (
                "二、安全生产",
                vec![UnitTask {
                    node: 7,
                    role: Role::Coop
                }]
            ),
        ]
    );
    assert!(idx.tasks_of_unit("无此单位").groups.is_empty());
}

#[test]
fn lead_tasks_come_first_within_a_section() {
    let o = outline(vec![doc(
        "t",
        vec![sec("一、", "章").kids(vec![
            task("1.", "a").coop(&["甲"]),
            task("2.", "b").lead(&["甲"]),
            task("3.", "c").coop(&["甲"]),
            task("4.", "d").lead(&["甲"]),
        ])],
    )]);
    let t = OutlineIndex::new(&o).tasks_of_unit("甲");
    let order: Vec<(usize, Role)> = t.groups[0].tasks.iter().map(|t| (t.node, t.role)).collect();
    assert_eq!(
        order,
        [
            (2, Role::Lead),
            (4, Role::Lead),
            (1, Role::Coop),
            (3, Role::Coop)
        ]
    );
}

#[test]
fn tasks_of_leader_grouped_by_section() {
    let idx = OutlineIndex::new(&sample());
    assert_eq!(
        idx.tasks_of_leader("张三"),
        [("一、优化营商环境".to_owned(), vec![2, 3, 5])]
    );
    assert_eq!(
        idx.tasks_of_leader("李四"),
        [("二、安全生产".to_owned(), vec![7, 8])]
    );
    assert!(idx.tasks_of_leader("王五").is_empty());
}

#[test]
fn describe_in_words() {
    assert_eq!(Filter::default().describe(), "全部任务");
    let f = Filter {
        keyword: "招商".into(),
        units: vec!["区发改局".into()],
        role: Role::Lead,
        ..Filter::default()
    };
    assert_eq!(f.describe(), "单位：区发改局（牵头）；关键词：招商");
    let f = Filter {
        keyword: " 招商  引资 ".into(),
        units: vec!["区发改局".into(), "各镇(街道)".into()],
        role: Role::Any,
        leader: Some("张三".into()),
        section: Some("0.0".parse().unwrap()),
        has_deadline: true,
        status: StatusFilter::Open,
        corrected: true,
        light: Default::default(),
    };
    assert_eq!(
        f.describe(),
        "单位：区发改局、各镇(街道)；牵头领导：张三；章节：0.0；关键词：招商 引资；有完成时限；状态：未完成；已手动修改"
    );
    let idx = OutlineIndex::new(&sample());
    assert_eq!(
        idx.describe(&f),
        "单位：区发改局、各镇（街道）；牵头领导：张三；章节：一、优化营商环境；关键词：招商 引资；有完成时限；状态：未完成；已手动修改"
    );
    let f = Filter {
        section: Some(NodePath::document(0)),
        role: Role::Coop,
        ..Filter::default()
    };
    assert_eq!(idx.describe(&f), "章节：《2024年重点工作任务分解》");
}

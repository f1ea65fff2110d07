//! The five seed documents (tests/fixtures/000–004), as required by issue 3.

use crate::parser_support;

use duban::parser::{Leader, NodeKind};
use parser_support::*;

#[test]
fn seed_000_monthly_plan() {
    let o = parse_checked(&fixture("000_"));
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert_eq!(d.title.as_deref(), Some("2023年2月份市政府工作要点"));
    assert_eq!(d.doc_number.as_deref(), Some("慈政办发〔2023〕9号"));
    assert_eq!(d.issuer.as_deref(), Some("慈溪市人民政府办公室"));
    assert_eq!(d.period.as_deref(), Some("2023年2月份"));
    assert_eq!(d.date, None);
    assert_eq!(d.nodes.len(), 6);
    let titles: Vec<&str> = d.nodes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        titles,
        [
            "中心工作",
            "综合方面",
            "城建农业方面",
            "社会事业方面",
            "公安方面",
            "工业商务方面"
        ]
    );
    // 44 tasks under 二–六; 一、中心工作 is a section with a paragraph.
    let under: usize = d.nodes[1..].iter().map(|n| n.children.len()).sum();
    assert_eq!(under, 44);
    assert_eq!(task_count(d), 44);
    assert_eq!(d.nodes[0].kind, NodeKind::Section);
    assert!(d.nodes[0].body.starts_with("认真学习贯彻党的二十大精神"));
    assert_eq!(d.nodes[0].end_line, 19);
    // The broken line of 工业商务 (三) is one task.
    let t = at(d, &["六、", "(三)"]);
    assert_eq!(
        t.text,
        "拟定慈溪市实施数字经济创新提质“一号发展工程”行动方案，大力推进数字经济核心产业扩量工作。"
    );
    assert_eq!((t.line, t.end_line), (105, 107));
    assert_eq!(at(d, &["二、", "(十一)"]).number.as_deref(), Some("(十一)"));
    // The 抄送 line is ignored.
    let cc = o
        .ignored
        .iter()
        .find(|i| i.line == 121)
        .expect("抄送 ignored");
    assert_eq!(cc.reason, "抄送");
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
}

#[test]
fn seed_001_monthly_plan_without_blank_lines() {
    let o = parse_checked(&fixture("001_"));
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert_eq!(d.title.as_deref(), Some("2024年5月份市政府工作要点"));
    assert_eq!(d.date.as_deref(), Some("2024-05-13"));
    assert_eq!(d.issuer.as_deref(), Some("慈溪市人民政府办公室"));
    assert_eq!(d.doc_number, None);
    assert_eq!(d.nodes.len(), 6);
    assert_eq!(task_count(d), 42);
    // "本月底" in a 2024年5月份 plan is 2024-05-31.
    let t = at(d, &["二、", "(二)"]);
    let dl = t.deadline.as_ref().expect("deadline");
    assert_eq!(
        (dl.text.as_str(), dl.date.as_deref()),
        ("本月底", Some("2024-05-31"))
    );
    let reasons: Vec<(usize, &str)> = o
        .ignored
        .iter()
        .map(|i| (i.line, i.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            (1, "主送机关"),
            (2, "印发说明"),
            (3, "发文机关"),
            (4, "成文日期"),
            (5, "文件标题"),
            (55, "抄送"),
            (56, "抄送"),
            (57, "印发信息")
        ]
    );
}

#[test]
fn seed_002_web_page_report() {
    let o = parse_checked(&fixture("002_"));
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert_eq!(d.title.as_deref(), Some("政府工作报告(摘要)"));
    assert_eq!(d.date.as_deref(), Some("2018-02-04"));
    assert_eq!(d.nodes.len(), 3);
    assert!(d.nodes[0].text.contains("工作回顾"));
    assert_eq!(d.nodes[1].text, "2018年主要目标任务");
    assert_eq!(d.nodes[2].text, "建设人民满意的服务型政府");
    assert_eq!((d.nodes[1].line, d.nodes[1].end_line), (26, 36));
    assert_eq!(d.nodes[1].children.len(), 8);
    assert_eq!(d.nodes[1].children[0].text, "聚焦转型升级,振兴实体经济");
    assert!(d.nodes[1].children[0].body.contains("推动制造业迈向高端"));
    let content = content_text(&o);
    for furniture in [
        "首页 |",
        "责任编辑",
        "打印该文",
        "24小时最新新闻",
        "央视快评",
        "叉车占用人行道",
        "浙ICP备",
        "报料热线",
        "稿源",
    ] {
        assert!(!content.contains(furniture), "node contains {furniture}");
        assert!(
            o.ignored.iter().any(|i| i.text.contains(furniture)),
            "{furniture} not listed as ignored"
        );
    }
    let last = o.ignored.last().expect("ignored");
    assert_eq!((last.line, last.reason.as_str()), (149, "版权信息"));
    assert!(o
        .ignored
        .iter()
        .any(|i| i.line == 117 && i.reason == "相关新闻"));
}

#[test]
fn seed_003_responsibility_breakdown() {
    let o = parse_checked(&fixture("003_"));
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert_eq!(
        d.title.as_deref(),
        Some("2021年政府工作报告目标任务责任分解")
    );
    assert_eq!(d.date.as_deref(), Some("2021-03-25"));
    assert_eq!(d.issuer.as_deref(), Some("慈溪市人民政府办公室"));
    assert_eq!(d.period.as_deref(), Some("2021年"));
    assert_eq!(d.nodes.len(), 5);
    assert_eq!(task_count(d), 50);

    let t = at(d, &["一、", "(一)"]);
    assert_eq!(t.text, "地区生产总值增长7%左右");
    assert_eq!(leaders(t), ["市长", "副市长"]);
    assert_eq!(
        lead(t),
        ["市发改局", "市统计局", "市级有关部门", "各镇(街道)"]
    );
    assert!(coop(t).is_empty());
    assert!(
        t.lead_units[2].collective && t.lead_units[3].collective && !t.lead_units[0].collective
    );

    let t = at(d, &["二、", "(一)"]);
    assert_eq!(
        t.leaders,
        [Leader {
            name: "胡海达".into(),
            post: Some("常务副市长".into())
        }]
    );
    assert_eq!(lead(t), ["市发改局"]);
    assert_eq!(
        coop(t),
        [
            "市经信局",
            "市商务局",
            "市科技局",
            "市文广旅体局",
            "市级有关部门",
            "慈溪高新技术产业开发区",
            "慈溪滨海经济开发区",
            "各镇(街道)"
        ]
    );
    assert_eq!(at(d, &["二、"]).kind, NodeKind::Section);
    assert_eq!(at(d, &["二、"]).text, "胡海达常务副市长负责主抓工作");

    let t = at(d, &["二、", "(二)"]);
    assert!(coop(t).contains(&"市委组织部(市人才办)"));
    let t = at(d, &["二、", "(三)"]);
    assert_eq!(
        lead(t),
        ["市发改局", "市自然资源规划局", "市环杭州湾创新中心"]
    );
    let t = at(d, &["二、", "(十四)"]);
    assert_eq!(
        coop(t),
        ["市级有关部门", "白沙路街道", "坎墩街道", "有关镇(街道)"]
    );

    // 五(二): its unit line has no final 。.
    let t = at(d, &["五、", "(二)"]);
    assert_eq!(leaders(t), ["励映忠"]);
    assert_eq!(lead(t), ["市经信局"]);
    assert_eq!(coop(t), ["市级有关部门", "各镇(街道)"]);

    // Every task has units and inherits the section's leader.
    for (i, leader) in [(1, "胡海达"), (2, "董维波"), (3, "沈汝秉"), (4, "励映忠")] {
        for t in d.nodes[i].children.iter() {
            assert_eq!(leaders(t), [leader], "{}", t.text);
            assert!(!t.lead_units.is_empty(), "{}", t.text);
        }
    }
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
    assert!(o
        .ignored
        .iter()
        .any(|i| i.line == 243 && i.reason == "关键词"));
}

#[test]
fn seed_004_two_documents() {
    let o = parse_checked(&fixture("004_"));
    assert_eq!(o.documents.len(), 2);
    let (a, b) = (&o.documents[0], &o.documents[1]);
    assert_eq!(
        a.title.as_deref(),
        Some("2023年政府工作报告重点工作责任分解")
    );
    assert_eq!(a.doc_number.as_deref(), Some("海政办发〔2023〕2号"));
    assert_eq!(a.issuer.as_deref(), Some("宁波市海曙区人民政府办公室"));
    assert_eq!(a.date.as_deref(), Some("2023-02-10"));
    assert_eq!(a.nodes.len(), 10);
    assert_eq!(task_count(a), 81);
    assert_eq!(
        b.title.as_deref(),
        Some("2023年海曙区民生实事项目目标任务责任分解")
    );
    assert_eq!(b.doc_number.as_deref(), Some("海政办发〔2023〕2号"));
    assert_eq!(b.period.as_deref(), Some("2023年"));
    assert_eq!(task_count(b), 8);
    assert_eq!(b.nodes.len(), 8);
    assert_eq!(b.nodes[0].text, "“专曙优学”项目");
    assert!(b.nodes[0].body.starts_with("目标任务:优化教育布局"));
    assert_eq!(lead(&b.nodes[0]), ["区教育局"]);

    // 一、叶枝利区长牵头重点工作
    let s = at(a, &["一、"]);
    assert_eq!(
        s.leaders,
        [Leader {
            name: "叶枝利".into(),
            post: Some("区长".into())
        }]
    );
    let s = at(a, &["二、"]);
    assert_eq!(
        s.leaders,
        [Leader {
            name: "张盈军".into(),
            post: Some("区政府党组成员".into())
        }]
    );
    // 二.1: two leads.
    let t = at(a, &["二、", "1."]);
    assert_eq!(lead(t), ["经济投资局", "航空口岸局"]);
    assert_eq!(coop(t), ["区发改局"]);
    // 三.1 before the rule: a single unit leads.
    assert_eq!(lead(at(a, &["三、", "1."])), ["区发改局"]);
    // 三.2 states the 列第一位 rule.
    let t = at(a, &["三、", "2."]);
    assert_eq!(lead(t), ["区发改局"]);
    assert_eq!(coop(t), ["海曙生态环境分局"]);
    // ... which holds for what follows (下同).
    let t = at(a, &["三、", "12."]);
    assert_eq!(lead(t), ["区大数据中心"]);
    assert_eq!(coop(t).len(), 7);
    let t = at(a, &["三、", "20."]);
    assert!(coop(t).contains(&"区文化和广电旅游体育局"));
    let t = at(a, &["三、", "15."]);
    assert_eq!(coop(t), ["区委组织部(人才办)"]);
    // Every task under 三 has leader 徐洪涛.
    let s = at(a, &["三、"]);
    assert_eq!(s.children.len(), 25);
    for t in &s.children {
        assert_eq!(
            t.leaders,
            [Leader {
                name: "徐洪涛".into(),
                post: Some("常务副区长".into())
            }],
            "{}",
            t.text
        );
    }
    // 十、共同落实工作 (一): collective entries.
    let t = at(a, &["十、", "(一)"]);
    assert_eq!(lead(t), ["各镇(乡)街道"]);
    assert_eq!(coop(t), ["区政府各部门", "各直属单位"]);
    assert!(t
        .lead_units
        .iter()
        .chain(&t.coop_units)
        .all(|u| u.collective));
    assert!(t.leaders.is_empty());

    let reasons: Vec<&str> = o
        .ignored
        .iter()
        .filter(|i| i.line <= 16)
        .map(|i| i.reason.as_str())
        .collect();
    assert_eq!(reasons.len(), 16);
    assert_eq!(reasons[15], "文件标题");
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
}

#[test]
fn cli_json_of_every_seed_is_valid() {
    for p in ["000_", "001_", "002_", "003_", "004_"] {
        let o = parse_checked(&fixture(p));
        let v: serde_json::Value =
            serde_json::from_str(&duban::parser::json::to_json(&o)).expect("json");
        assert!(v["documents"].as_array().is_some_and(|d| !d.is_empty()));
    }
}

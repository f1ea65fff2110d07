//! Fixtures beyond the seeds: a messy web paste with CRLF and full-width text, a
//! PDF-style hard-wrapped copy, a table copied from Word, a Traditional-script copy
//! and a revised copy with numbering mistakes.

use crate::parser_support;

use duban::parser::{parse, unit_key, Leader, NodeKind};
use parser_support::*;

#[test]
fn web_paste_with_crlf_and_bracket_clauses() {
    let input = fixture("005_");
    assert!(input.contains("\r\n"));
    let o = parse_checked(&input);
    assert_eq!(
        o.documents.len(),
        1,
        "{:#?}",
        o.documents.iter().map(|d| &d.title).collect::<Vec<_>>()
    );
    let d = &o.documents[0];
    assert_eq!(d.title.as_deref(), Some("2023年重点工作任务分工方案"));
    assert_eq!(d.doc_number.as_deref(), Some("某政办发〔2023〕5号"));
    assert_eq!(d.issuer.as_deref(), Some("某市人民政府办公室"));
    assert_eq!(d.date.as_deref(), Some("2023-03-01"));
    assert_eq!(d.nodes.len(), 3);
    assert_eq!(task_count(d), 8);

    let t = at(d, &["一、", "(一)"]);
    assert_eq!(t.number.as_deref(), Some("（一）"));
    // The enumeration inside the sentence stays in the text; the bracket is removed.
    assert_eq!(
        t.text,
        "扩大有效投资。全年实施重点项目300个以上，一是加强项目谋划，二是加快要素保障。"
    );
    assert_eq!(lead(t), ["市发展改革委"]);
    assert_eq!(coop(t), ["市财政局", "市自然资源局"]);

    let t = at(d, &["一、", "(二)"]);
    assert_eq!(lead(t), ["市商务局"]);
    assert_eq!(coop(t), ["各县(市、区)人民政府"]);
    assert!(t.coop_units[0].collective);
    let dl = t.deadline.as_ref().expect("deadline");
    assert_eq!(
        (dl.text.as_str(), dl.date.as_deref()),
        ("2023年6月底前完成", Some("2023-06-30"))
    );

    let t = at(d, &["一、", "(三)"]);
    assert!(t.text.contains("(1)支持企业参展") || t.text.contains("（1）支持企业参展"));
    assert_eq!(lead(t), ["市商务局", "市贸促会"]);

    let t = at(d, &["二、", "1."]);
    assert_eq!(
        t.leaders,
        [Leader {
            name: "王明".into(),
            post: Some("副市长".into())
        }]
    );
    assert_eq!(lead(t), ["市政务办"]);
    assert_eq!(coop(t), ["市司法局"]);
    let t = at(d, &["二、", "2."]);
    assert_eq!(
        t.deadline.as_ref().and_then(|d| d.date.as_deref()),
        Some("2023-12-31")
    );
    // A bracket on its own line after the item.
    let t = at(d, &["二、", "3."]);
    assert_eq!(t.text, "推动开发区整合提升");
    assert_eq!(lead(t), ["市商务局"]);
    assert_eq!(coop(t), ["各开发区管委会"]);

    let t = at(d, &["三、", "1、"]);
    assert_eq!(lead(t), ["市人力社保局"]);
    assert_eq!(coop(t), ["市教育局", "市财政局"]);
    assert_eq!(
        t.deadline
            .as_ref()
            .map(|d| (d.text.as_str(), d.date.as_deref())),
        Some(("年内", Some("2023-12-31")))
    );
    let t = at(d, &["三、", "2、"]);
    assert_eq!(
        t.deadline
            .as_ref()
            .map(|d| (d.text.as_str(), d.date.as_deref())),
        Some(("持续推进", None))
    );

    let content = content_text(&o);
    for f in [
        "首页",
        "当前位置",
        "字号",
        "分享到",
        "相关链接",
        "ICP",
        "2022年重点工作",
    ] {
        assert!(!content.contains(f), "{f}");
    }
}

#[test]
fn pdf_copy_with_hard_wraps_matches_the_original() {
    let o = parse_checked(&fixture("006_"));
    let orig = parse(&fixture("003_"));
    let (d, od) = (&o.documents[0], &orig.documents[0]);
    assert_eq!(d.title, od.title);
    assert_eq!(d.nodes.len(), 2);
    assert!(o.ignored.iter().any(|i| i.reason == "页码"));
    let pairs: Vec<_> = d.walk().zip(od.walk()).collect();
    assert_eq!(pairs.len(), d.walk().count());
    for (a, b) in pairs {
        assert_eq!(a.number, b.number);
        assert_eq!(a.text, b.text);
        assert_eq!(a.kind, b.kind);
        assert_eq!(a.leaders, b.leaders, "{}", a.text);
        assert_eq!(lead(a), lead(b), "{}", a.text);
        assert_eq!(coop(a), coop(b), "{}", a.text);
    }
    assert_eq!(task_count(d), 3 + 15);
}

#[test]
fn word_table_rows_become_tasks() {
    let o = parse_checked(&fixture("007_"));
    let d = &o.documents[0];
    assert_eq!(d.title.as_deref(), Some("2023年重点工作任务清单"));
    assert_eq!(d.nodes.len(), 2);
    assert_eq!(task_count(d), 5);
    assert!(o.ignored.iter().any(|i| i.line == 2 && i.reason == "表头"));
    let t = at(d, &["一、", "1"]);
    assert_eq!(t.text, "实施重点项目300个以上");
    assert_eq!(lead(t), ["市发改局"]);
    assert_eq!(coop(t), ["市财政局", "市自然资源局"]);
    assert_eq!(
        t.deadline
            .as_ref()
            .map(|d| (d.text.as_str(), d.date.as_deref())),
        Some(("12月底前", Some("2023-12-31")))
    );
    let t = at(d, &["一、", "3"]);
    assert_eq!(coop(t), ["市贸促会", "市级有关部门"]);
    let t = at(d, &["二、", "5"]);
    assert!(t.coop_units.is_empty());
    assert_eq!(
        t.deadline.as_ref().map(|d| d.text.as_str()),
        Some("2023年底前完成")
    );
}

#[test]
fn traditional_script_copy() {
    let o = parse_checked(&fixture("008_"));
    let d = &o.documents[0];
    assert_eq!(
        d.title.as_deref(),
        Some("2023年政府工作報告重點工作責任分解")
    );
    assert_eq!(d.issuer.as_deref(), Some("寧波市海曙區人民政府辦公室"));
    assert_eq!(d.date.as_deref(), Some("2023-02-10"));
    assert_eq!(d.nodes.len(), 3);
    let s = at(d, &["一、"]);
    assert_eq!(
        s.leaders,
        [Leader {
            name: "葉枝利".into(),
            post: Some("區長".into())
        }]
    );
    let t = at(d, &["一、", "1."]);
    assert_eq!(lead(t), ["區財政局"]);
    assert_eq!(t.lead_units[0].key, unit_key("区财政局"));
    let t = at(d, &["二、", "1."]);
    assert_eq!(lead(t), ["經濟投資局", "航空口岸局"]);
    assert_eq!(coop(t), ["區發改局"]);
    let t = at(d, &["三、", "2."]);
    assert_eq!(lead(t), ["區發改局"]);
    assert_eq!(coop(t), ["海曙生态環境分局"]);
    let t = at(d, &["三、", "3."]);
    assert_eq!(lead(t), ["區發改局"]);
    assert_eq!(coop(t).len(), 2);
    for t in &at(d, &["三、"]).children {
        assert_eq!(t.leaders[0].name, "徐洪涛");
        assert_eq!(t.kind, NodeKind::Task);
    }
}

#[test]
fn revised_copy_gets_diagnostics() {
    let o = parse_checked(&fixture("009_"));
    let d = &o.documents[0];
    assert_eq!(d.title.as_deref(), Some("2023年2月份市政府工作要点"));
    assert_eq!(d.nodes.len(), 6);
    let msgs: Vec<(usize, &str)> = o
        .warnings
        .iter()
        .map(|w| (w.line, w.message.as_str()))
        .collect();
    let has = |line: usize, m: &str| msgs.iter().any(|(l, x)| *l == line && x.contains(m));
    // A unit line before any task.
    assert!(has(11, "无法归属"), "{msgs:#?}");
    assert!(o
        .ignored
        .iter()
        .any(|i| i.line == 11 && i.reason == "未归属的责任信息"));
    // 二: (四) then (六) — a gap — then (六) again — a duplicate.
    assert!(has(34, "编号不连续:（四）之后是（六）"), "{msgs:#?}");
    assert!(has(36, "编号重复:（六）"), "{msgs:#?}");
    // 三: (三) then (五): a gap, then (五) again.
    assert!(has(56, "编号不连续:(三)之后是(五)"), "{msgs:#?}");
    assert!(has(58, "编号重复:(五)"), "{msgs:#?}");
    // 四: 5. among (一)…: mixed styles at one level; 5. stays a sibling.
    assert!(has(78, "同一层级混用编号样式:（四）与5."), "{msgs:#?}");
    assert_eq!(at(d, &["四、"]).children.len(), 11);
    assert!(!msgs
        .iter()
        .any(|(_, m)| m.contains("之后是（六）") && m.contains("5.")));
    // Units named for one task only: every other task is flagged.
    assert!(
        msgs.iter()
            .filter(|(_, m)| m.contains("未写明责任单位"))
            .count()
            > 30
    );
    assert_eq!(lead(at(d, &["二、", "(一)"])), ["市发改局", "市统计局"]);
}

#[test]
fn accounting_check_can_fail() {
    let input = fixture("001_");
    let mut o = parse(&input);
    assert!(duban::parser::check_accounting(&input, &o).is_ok());
    o.ignored.remove(0);
    assert!(duban::parser::check_accounting(&input, &o).is_err());
}

#[test]
fn a_named_paragraph_after_a_unit_line_is_the_items_text_not_a_unit() {
    let input = "一、项目建设\n（一）推进项目建设。\n牵头单位：市发改局\n具体要求：各地要加快推进重大项目前期工作，确保按期开工建设。\n同时做好要素保障。\n（二）另一项任务。\n牵头单位：市财政局、市经信\n局、市商务局\n";
    let o = parse_checked(input);
    let items = &o.documents[0].nodes[0].children;
    let names = |us: &[duban::parser::Unit]| us.iter().map(|u| u.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&items[0].lead_units), ["市发改局"]);
    assert!(items[0].body.starts_with("具体要求"), "{:?}", items[0].body);
    assert!(items[0].body.contains("同时做好要素保障"));
    // A unit list wrapped over two lines is still joined.
    assert_eq!(
        names(&items[1].lead_units),
        ["市财政局", "市经信局", "市商务局"]
    );
}

/// A page with a notice that carries a plan, without the plan (盘锦 2021): the
/// notice's own numbered points are how to carry the plan out, not tasks.
#[test]
fn a_carrying_notice_without_its_plan_has_no_tasks() {
    let input = "盤錦市人民政府辦公室關于印發《2021年任務分解和責任分工方案》的通知\n\
盤政辦發〔2021〕1號\n\
各縣、區人民政府,市政府各部門:\n\
現將《2021年任務分解和責任分工方案》印發給你們,并就抓好《方案》落實通知如下:\n\
1.明確任務,壓實責任。各牽頭單位要緊密結合工作實際,按季度推進。\n\
2.統籌協調,合力攻堅。各相關單位要加強配合。\n\
3.加強督考,狠抓落實。市政府督考辦要加大督查考核力度。\n\
盤錦市人民政府辦公室\n\
2021年1月25日\n";
    let o = parse(input);
    let tasks: usize = o.documents.iter().map(|d| d.tasks().count()).sum();
    assert_eq!(tasks, 0);
    assert!(o.ignored.iter().any(|i| i.line == 5));
    duban::parser::check_accounting(input, &o).unwrap();
    // With the plan after the signature, the plan's items are the tasks.
    let with_plan =
        format!("{input}2021年任務分解和責任分工方案\n1.全市生產總值增長6%。(市發展改革委牽頭)\n");
    let o = parse(&with_plan);
    let tasks = all_tasks(&o);
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].lead_units[0].name, "市發展改革委");
}

/// A notice of a meeting is no task list, its title says so; a 民生实事 list is one
/// even when no one is named for its items (杭州 2018).
#[test]
fn what_the_title_and_headings_say_about_a_page() {
    let meeting = "关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知\n\
各有关单位:\n\
拟于近期召开征求意见会,具体会议时间另行通知。\n\
附件:\n\
\n\
1.参会单位名单\n\
\n\
2.《健康宣城行动实施方案(代拟稿)》征求意见稿及考核指标框架、推进委员会主要职责及成员名单\n\
\n\
2020年10月21日\n";
    let o = parse(meeting);
    assert_eq!(
        o.documents.iter().map(|d| d.tasks().count()).sum::<usize>(),
        0
    );
    let shishi = "一、纳入民生实事项目管理的内容\n\
(一)提升改造农村公路380公里。\n\
(二)完成农村住房改造1.2万户。\n\
二、推进落实民生实事项目的具体要求\n";
    let o = parse(shishi);
    assert_eq!(
        o.documents.iter().map(|d| d.tasks().count()).sum::<usize>(),
        2
    );
    // Rules of procedure (工作规则) state duties, not tasks (镇巴 2024).
    let rules = "镇巴县人民政府工作规则\n\
第一章总则\n\
一、根据有关规定,结合本县实际,制定本规则。\n\
二、县政府工作人员要旗帜鲜明讲政治。\n\
第二章 组成人员和政府职能\n\
三、县政府实行县长负责制。县长主持县政府全面工作。\n";
    let o = parse(rules);
    assert_eq!(
        o.documents.iter().map(|d| d.tasks().count()).sum::<usize>(),
        0
    );
}

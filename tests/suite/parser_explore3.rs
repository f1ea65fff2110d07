//! Bugs found by exploratory testing (explore3): a footer word among the tasks,
//! tables with line breaks in cells, 牵头 marks in unit lists, leaders with posts,
//! deadline forms, 附件 lines, 通报 titles and PDF wraps that start with a number.

use crate::parser_support;

use duban::parser::{Leader, NodeKind, Outline};
use parser_support::*;

fn ignored_reasons(o: &Outline) -> Vec<(usize, &str)> {
    o.ignored
        .iter()
        .map(|i| (i.line, i.reason.as_str()))
        .collect()
}

#[test]
fn a_zhuban_unit_line_among_tasks_is_the_lead_unit_not_a_footer() {
    let o = parse_checked(&fixture("010_"));
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 9, "{:?}", ignored_reasons(&o));
    let t = at(d, &["4."]);
    assert_eq!(lead(t), ["市交通局"]);
    assert_eq!(coop(t), ["市公安局交警大队"]);
    assert_eq!(lead(at(d, &["9."])), ["市体育局", "市教育局", "团市委"]);
    // Only the title is ignored: no task went to 相关新闻.
    assert_eq!(ignored_reasons(&o), [(1, "文件标题")]);
}

#[test]
fn footer_words_among_tasks_do_not_end_the_document() {
    let input = "2024年民生实事项目责任分解\n\
                 1.完成道路改造30公里。\n\
                 主办：市交通局\n\
                 2.新增公共停车位1000个。\n\
                 技术支持单位：市大数据发展中心\n\
                 3.推进垃圾分类。\n\
                 责任单位：市综合执法局\n\
                 4.建设城市书房15家。\n\
                 版权保护：各书房名称按规定管理。\n\
                 责任单位：市文广旅体局\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 4, "{:?}", ignored_reasons(&o));
    assert_eq!(lead(at(d, &["1."])), ["市交通局"]);
    // Not a unit label: a paragraph of the task, kept in view.
    assert_eq!(at(d, &["2."]).body, "技术支持单位：市大数据发展中心");
    assert_eq!(lead(at(d, &["4."])), ["市文广旅体局"]);
    assert_eq!(ignored_reasons(&o), [(1, "文件标题")]);

    // A 主办单位 line right below the last task, at the end of the paste.
    let o =
        parse_checked("2024年民生实事项目\n1.完成道路改造。\n2.新增停车位。\n主办单位：市城管局\n");
    assert_eq!(lead(at(&o.documents[0], &["2."])), ["市城管局"]);
}

#[test]
fn a_website_footer_after_the_last_task_still_ends_the_document() {
    let input = "2024年民生实事项目\n1.完成道路改造30公里。\n2.新增停车位。\n\
                 主办：某市人民政府办公室\n技术支持：某某科技有限公司\n网站标识码：3302820001\n\
                 某地召开全市重点工作推进会\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 2);
    assert!(d.tasks().all(|t| t.lead_units.is_empty()));
    assert_eq!(
        ignored_reasons(&o),
        [
            (1, "文件标题"),
            (4, "版权信息"),
            (5, "版权信息"),
            (6, "版权信息"),
            (7, "相关新闻")
        ]
    );
}

/// (number, text, lead units, cooperating units, deadline) of every task.
type TaskRow = (String, String, Vec<String>, Vec<String>, Option<String>);

fn leader_rows(d: &duban::parser::Document) -> Vec<Vec<Leader>> {
    d.tasks().map(|t| t.leaders.clone()).collect()
}

fn task_rows(d: &duban::parser::Document) -> Vec<TaskRow> {
    let names = |us: &[duban::parser::Unit]| us.iter().map(|u| u.name.clone()).collect();
    d.tasks()
        .map(|t| {
            (
                t.number.clone().unwrap_or_default(),
                t.text.clone(),
                names(&t.lead_units),
                names(&t.coop_units),
                t.deadline.as_ref().map(|d| d.text.clone()),
            )
        })
        .collect()
}

#[test]
fn excel_cells_with_line_breaks_are_read_as_one_cell() {
    // What Excel (or WPS 表格) puts on the clipboard for cells with Alt+Enter breaks.
    let input = "2024年重点工作任务清单\n\
                 序号\t重点工作\t牵头领导\t牵头单位\t配合单位\t完成时限\n\
                 1\t实施重点项目300个以上\t王明\t市发改局\t\"市财政局\n市自然资源局\"\t12月底前\n\
                 2\t\"开展“消费提振年”活动，\n举办促消费活动50场\"\t李华\t市商务局\t各县(市、区)人民政府\t6月底前\n\
                 3\t稳住外贸外资基本盘\t李华\t市商务局\t\"市贸促会、\"\"一带一路\"\"办\"\t持续推进\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let row = |no: &str, text: &str, lead: &[&str], coop: &[&str], dl: &str| {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        (
            no.to_string(),
            text.to_string(),
            s(lead),
            s(coop),
            Some(dl.to_string()),
        )
    };
    assert_eq!(
        task_rows(d),
        [
            row(
                "1",
                "实施重点项目300个以上",
                &["市发改局"],
                &["市财政局", "市自然资源局"],
                "12月底前"
            ),
            row(
                "2",
                "开展“消费提振年”活动，举办促消费活动50场",
                &["市商务局"],
                &["各县(市、区)人民政府"],
                "6月底前"
            ),
            row(
                "3",
                "稳住外贸外资基本盘",
                &["市商务局"],
                &["市贸促会", "\"一带一路\"办"],
                "持续推进"
            ),
        ]
    );
    assert_eq!(leaders(at(d, &["2"])), ["李华"]);
    assert_eq!((at(d, &["1"]).line, at(d, &["1"]).end_line), (3, 4));
    assert_eq!((at(d, &["2"]).line, at(d, &["2"]).end_line), (5, 6));
    // Header names broken over lines with Alt+Enter, quoted: the header takes the lines.
    let input = "序号\t重点任务\t\"牵头\n领导\"\t\"牵头\n单位\"\t\"配合\n单位\"\t\"完成\n时限\"\n\
                 1\t实施重大项目\t张三\t市发改委\t市财政局\t12月底前\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(
        task_rows(d),
        [row(
            "1",
            "实施重大项目",
            &["市发改委"],
            &["市财政局"],
            "12月底前"
        )]
    );
    assert_eq!(leaders(at(d, &["1"])), ["张三"]);
    assert_eq!(o.ignored.len(), 5);
    // A cell of numbered lines keeps a space before each number: "建设 2.", not
    // "建设2.", which reads as a quantity.
    let input = "序号\t重点任务\t具体措施\t牵头单位\n\
                 1\t推进产业升级\t\"1.加快园区建设\n2.引进龙头企业\n（1）招引项目\"\t市发改委\n";
    let o = parse_checked(input);
    assert_eq!(
        tasks(&o.documents[0])[0].text,
        "推进产业升级 1.加快园区建设 2.引进龙头企业 （1）招引项目"
    );
}

/// A tab table whose columns name no one ("序号 | 工作任务 | 完成时限"): still a table
/// (a 序号 and a deadline beside the text), and the labels inside a text cell, on its
/// own line of the cell or in a bracket, are who does the row.
#[test]
fn a_tab_table_whose_text_cells_name_who_does_them() {
    let input = "序号\t工作任务\t完成时限\n\
                 1\t\"推进园区建设。\n责任单位：市发改委；配合单位：市财政局\"\t12月底前\n\
                 2\t扩大消费（牵头单位：市商务局）\t全年\n";
    let o = parse_checked(input);
    let rows = task_rows(&o.documents[0]);
    assert_eq!(
        rows.iter()
            .map(|(n, t, l, c, d)| (n.as_str(), t.as_str(), l.clone(), c.clone(), d.as_deref()))
            .collect::<Vec<_>>(),
        [
            (
                "1",
                "推进园区建设。",
                vec!["市发改委".to_string()],
                vec!["市财政局".to_string()],
                Some("12月底前")
            ),
            (
                "2",
                "扩大消费",
                vec!["市商务局".to_string()],
                vec![],
                Some("全年")
            ),
        ]
    );
}

/// A header copied from Word whose name broke over lines ("牵头" / "领导\t…", or
/// "完成" / "时限" at its end): the name is whole again, as the rows' width says.
#[test]
fn a_word_header_broken_inside_a_name() {
    for input in [
        "序号\t重点任务\t牵头\n领导\t牵头单位\t完成时限\n\
         1\t实施重大项目\t张三\t市发改委\t12月底前\n",
        "序号\t重点任务\t牵头领导\t牵头单位\t完成\n时限\n\
         1\t实施重大项目\t张三\t市发改委\t12月底前\n",
    ] {
        let o = parse_checked(input);
        let d = &o.documents[0];
        let t = at(d, &["1"]);
        assert_eq!(leaders(t), ["张三"], "{input}");
        assert_eq!(lead(t), ["市发改委"], "{input}");
        assert_eq!(
            t.deadline.as_ref().map(|d| d.text.as_str()),
            Some("12月底前"),
            "{input}"
        );
    }
}

#[test]
fn word_cells_with_line_breaks_join_the_right_cell() {
    // The same table copied from Word: no quotes, the broken cell goes on at the
    // start of the next line, and the row's other cells follow it.
    let input = "2024年重点工作任务清单\n\
                 序号\t重点工作\t牵头单位\t配合单位\t完成时限\n\
                 1\t实施重点项目300个以上\t市发改局\t市财政局\n市自然资源局\t12月底前\n\
                 2\t开展“消费提振年”活动\n举办促消费活动50场\t市商务局\t各县(市、区)人民政府\t6月底前\n\
                 3\t稳住外贸外资基本盘\t市商务局\t市贸促会\t持续推进\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let rows = task_rows(d);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].3, ["市财政局", "市自然资源局"]);
    assert_eq!(rows[0].4.as_deref(), Some("12月底前"));
    assert_eq!(rows[1].1, "开展“消费提振年”活动举办促消费活动50场");
    assert_eq!(rows[1].2, ["市商务局"]);
    assert_eq!(rows[1].3, ["各县(市、区)人民政府"]);
    assert_eq!(rows[2].2, ["市商务局"]);
}

#[test]
fn table_text_that_cannot_be_placed_is_kept() {
    // A broken row that the lines below do not complete: nothing is dropped.
    let input = "序号\t重点工作\t牵头单位\t配合单位\t完成时限\n\
                 1\t实施重点项目\n\
                 300个以上\t市发改局\n\
                 2\t稳住外贸外资基本盘\t市商务局\t市贸促会\t持续推进\t已完成\t另见附表\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = at(d, &["1"]);
    assert!(
        t.text.contains("实施重点项目") && t.text.contains("300个以上"),
        "{t:?}"
    );
    assert!(content_text(&o).contains("市发改局") || lead(t) == ["市发改局"]);
    let t = at(d, &["2"]);
    assert!(
        t.body.contains("已完成") && t.body.contains("另见附表"),
        "{t:?}"
    );
}

/// The 台账 this app exports as CSV, opened again (the file reader turns it into
/// tab-separated rows), gives the tasks back: numbers, texts, sections, units.
#[test]
fn the_exported_csv_ledger_reads_back_as_the_same_tasks() {
    use duban::export::{ledger_csv, Ledger, Mark, BOM};
    use duban::filter::{Filter, OutlineIndex};
    let source = fixture("003_");
    let original = parse_checked(&source);
    let index = OutlineIndex::new(&original);
    let filter = Filter::default();
    let matches = index.apply(&filter, &|_| false);
    let ledger = Ledger::of_view(&index, &filter, &matches, "2026-11-29", |_| Mark::default());
    let csv = ledger_csv(&ledger.rows);
    let csv = std::str::from_utf8(csv.strip_prefix(BOM).expect("BOM")).expect("UTF-8");
    let table = duban::text_file::csv_as_table(csv);
    let o = parse_checked(&table);

    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    let want = task_rows(&original.documents[0]);
    assert_eq!(want.len(), 50);
    assert_eq!(task_rows(d), want);
    // The 牵头领导 column ("胡海达（常务副市长）") reads as the leaders it was made of.
    assert_eq!(leader_rows(d), leader_rows(&original.documents[0]));
    // Grouped by 所属章节 as written.
    let sections: Vec<String> = d
        .nodes
        .iter()
        .map(|n| format!("{}{}", n.number.as_deref().unwrap_or(""), n.text))
        .collect();
    let want_sections: Vec<String> = original.documents[0]
        .nodes
        .iter()
        .map(|n| format!("{}{}", n.number.as_deref().unwrap_or(""), n.text))
        .collect();
    assert_eq!(sections, want_sections);
    assert_eq!(sections[0], "一、2021年经济社会主要发展目标");
    // Only the header is ignored: no row is taken for a repeated header.
    let ignored: Vec<(usize, &str)> = o
        .ignored
        .iter()
        .map(|i| (i.line, i.reason.as_str()))
        .collect();
    assert_eq!(ignored, [(1, "表头")]);
}

#[test]
fn a_qiantou_mark_makes_the_unit_lead_and_is_not_part_of_its_name() {
    let input = "2024年重点工作任务分工方案\n一、扩大有效投资\n\
                 1.实施重大项目攻坚行动，全年完成投资100亿元。\n\
                 责任单位：市发展改革委（牵头）、市财政局、市自然资源局\n\
                 2.加快专项债券发行使用。\n\
                 责任单位：市财政局（牵头）、市发展改革委\n\
                 3.推进城市更新。\n\
                 责任单位：市住建局、市发展改革委\n\
                 4.任务己。\n\
                 牵头单位：市发改局、市财政局（按职责分工负责）\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = at(d, &["一、", "1."]);
    assert_eq!(lead(t), ["市发展改革委"]);
    assert_eq!(coop(t), ["市财政局", "市自然资源局"]);
    let t = at(d, &["一、", "2."]);
    assert_eq!(lead(t), ["市财政局"]);
    assert_eq!(coop(t), ["市发展改革委"]);
    // One key for 市发展改革委 across the three tasks.
    let keys: std::collections::BTreeSet<&str> = d
        .tasks()
        .flat_map(|t| t.lead_units.iter().chain(&t.coop_units))
        .map(|u| u.key.as_str())
        .collect();
    assert!(keys.iter().all(|k| !k.contains('(')), "{keys:?}");
    assert_eq!(lead(at(d, &["一、", "4."])), ["市发改局", "市财政局"]);
}

#[test]
fn leaders_with_posts_in_brackets_before_or_after_the_name() {
    let input = "2024年重点工作责任分解\n\
                 1.任务甲。\n牵头领导：王明 副市长\n责任单位：市发改局\n\
                 2.任务乙。\n牵头领导：市委常委、常务副市长王明\n责任单位：市发改局\n\
                 3.任务丙。\n牵头领导：王明（常务副市长）、李华（副市长）\n责任单位：市发改局\n\
                 4.任务丁。\n责任领导：副市长王明\n责任单位：市发改局\n\
                 5.任务戊。\n责任领导：王五（市政府副秘书长）\n责任单位：市住建局\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let l = |name: &str, post: &str| Leader {
        name: name.into(),
        post: Some(post.into()),
    };
    assert_eq!(
        leader_rows(d),
        [
            vec![l("王明", "副市长")],
            vec![l("王明", "市委常委、常务副市长")],
            vec![l("王明", "常务副市长"), l("李华", "副市长")],
            vec![l("王明", "副市长")],
            vec![l("王五", "市政府副秘书长")],
        ]
    );
}

#[test]
fn deadlines_with_a_day_a_month_or_a_label_of_their_own() {
    let o = parse_checked(&fixture("011_"));
    let d = &o.documents[0];
    let deadlines: Vec<(String, Option<String>)> = d
        .tasks()
        .map(|t| {
            let dl = t.deadline.as_ref().expect("every task has a deadline");
            (dl.text.clone(), dl.date.clone())
        })
        .collect();
    let want = [
        ("2024年9月30日前", "2024-09-30"),
        ("6月30日前", "2024-06-30"),
        ("6月底前", "2024-06-30"),
        ("2024年9月30日前完成", "2024-09-30"),
        ("9月底前", "2024-09-30"),
        ("2024年10月完成", "2024-10-31"),
        ("年内", "2024-12-31"),
        ("2024年9月30日", "2024-09-30"),
        // 时间要求：
        ("9月底前", "2024-09-30"),
        // 完成时间：2024.9.30
        ("2024.9.30", "2024-09-30"),
        ("2024年三季度", "2024-09-30"),
        ("2024年11月底前", "2024-11-30"),
    ]
    .map(|(t, d)| (t.to_string(), Some(d.to_string())));
    assert_eq!(deadlines, want);

    let o = parse_checked("2024年重点工作\n1.推进改造。\n截止时间：9月底前\n责任单位：市住建局\n");
    let t = at(&o.documents[0], &["1."]);
    assert_eq!(
        t.deadline.as_ref().map(|d| d.text.as_str()),
        Some("9月底前")
    );
    assert_eq!(lead(t), ["市住建局"]);
}

#[test]
fn an_attachment_line_after_a_unit_line_is_not_part_of_the_unit() {
    let o = parse_checked(&fixture("012_"));
    assert_eq!(o.documents.len(), 2);
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["一、", "2."])), ["市商务局"]);
    assert!(at(d, &["一、", "2."]).body.is_empty());
    assert_eq!(o.documents[1].title.as_deref(), Some("2024年民生实事项目"));
    assert_eq!(task_count(&o.documents[1]), 2);
    assert!(o.ignored.iter().any(|i| i.line == 8 && i.reason == "附件"));

    for heading in [
        "附件 2",
        "附件二",
        "附表",
        "附表1：",
        "附件2：2024年民生实事项目",
    ] {
        let input = format!(
            "2024年重点工作任务分解\n1.扩大消费。\n责任单位：市商务局\n{heading}\n\
             2024年民生实事项目\n1.新建学校5所。\n责任单位：市教育局\n"
        );
        let o = parse_checked(&input);
        assert_eq!(
            lead(at(&o.documents[0], &["1."])),
            ["市商务局"],
            "{heading}"
        );
    }

    // A unit list that stops in the middle still goes on on the next line, and
    // a paragraph after a whole list is a paragraph.
    let input = "2024年重点工作\n1.扩大消费。\n责任单位：市商务局、市经信\n局、市财政局\n\
                 2.推进改造。\n责任单位：市住建局\n本项目列入省级试点\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["1."])), ["市商务局", "市经信局", "市财政局"]);
    assert_eq!(lead(at(d, &["2."])), ["市住建局"]);
    assert_eq!(at(d, &["2."]).body, "本项目列入省级试点");
}

#[test]
fn supervision_bulletins_have_their_title() {
    for title in [
        "重点工作督办通报（第1期）",
        "关于2024年重点工作推进情况的督办通报",
    ] {
        let input = format!("{title}\n一、经济发展\n1.推进重大项目建设。\n责任单位：市发改局\n");
        let o = parse_checked(&input);
        assert_eq!(o.documents.len(), 1);
        assert_eq!(o.documents[0].title.as_deref(), Some(title));
        assert_eq!(ignored_reasons(&o), [(1, "文件标题")]);
    }
}

#[test]
fn a_pdf_wrap_before_words_that_look_like_a_number_is_not_an_item() {
    let o = parse_checked(&fixture("013_"));
    assert_eq!(o.documents.len(), 1, "no untitled second document");
    let d = &o.documents[0];
    assert_eq!(task_count(d), 4);
    let t = at(d, &["一、", "3."]);
    assert!(t.children.is_empty(), "(1) is no sub-item: {t:?}");
    assert!(
        t.body.ends_with("新建保障性住房（1）期工程。"),
        "{:?}",
        t.body
    );
    assert_eq!(lead(t), ["市住建局"]);
    let t = at(d, &["一、", "4."]);
    assert_eq!(t.text, "加快交通建设，推进一、二期工程建设。");
    assert_eq!(lead(t), ["市交通局"]);
}

#[test]
fn real_sub_items_and_untitled_documents_after_an_open_sentence_stay() {
    // The item above stops without a full stop, but (1) has a (2): a list.
    let input = "2024年重点工作任务分解\n1.推进城市更新，重点抓好\n\
                 （1）老旧小区改造。\n（2）保障性住房建设。\n责任单位：市住建局\n\
                 2.加快交通建设。\n责任单位：市交通局\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(at(d, &["1."]).children.len(), 2);
    // A second document without a title, after an item that ends mid-sentence.
    let input = "一、稳增长\n1.推进项目建设，加快进度\n二、促消费\n1.扩大消费，办好活动\n\
                 一、惠民生\n1.新建学校，增加学位\n二、强保障\n1.完善社保，扩大覆盖\n";
    let o = parse_checked(input);
    assert_eq!(o.documents.len(), 2);
}

/// A web table copied one cell per line, each cell after the first opening with a bar
/// and a bar alone ending the row; the 牵头单位 cell is narrow (its name broken over
/// lines) and spans the rows of its group (a 长沙 target table, held-out c713).
#[test]
fn cells_opening_with_bars_and_a_lead_cell_spanning_rows() {
    let input = "目标任务责任表\n牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n\
                 市政\n府办\n公厅\n| 强化行政监督，办理建议提案\n| 市直各单位、各区县市\n|\n\
                 推进国家安全工作\n| 市直各单位\n|\n\
                 市\n监\n察\n局\n| 严肃查处腐败行为\n| 审计局、财政局\n|\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let rows: Vec<(&str, Vec<&str>, Vec<&str>)> = tasks(d)
        .into_iter()
        .map(|t| (t.text.as_str(), lead(t), coop(t)))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "强化行政监督，办理建议提案",
                vec!["市政府办公厅"],
                vec!["市直各单位", "各区县市"]
            ),
            ("推进国家安全工作", vec!["市政府办公厅"], vec!["市直各单位"]),
            (
                "严肃查处腐败行为",
                vec!["市监察局"],
                vec!["审计局", "财政局"]
            ),
        ]
    );
}

/// A page cut inside the bracket that closes a task's last paragraph (held-out c715):
/// the whole names before the cut are the task's.
#[test]
fn a_bracket_cut_by_the_end_of_the_page_still_names_who_does_the_task() {
    let input = "一、落实总体要求和主要预期目标\n\
                 (一)总体要求:坚持稳中求进工作总基调。\n\
                 主要预期目标:经济增长7.5%;万元GDP能耗下降2.5%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = tasks(d)[0];
    assert_eq!(leaders(t), ["分管副省长", "协管副秘书长"]);
    assert_eq!(lead(t), ["省发展改革委"]);
    assert_eq!(coop(t), ["省工业和信息化厅"]);
}

/// A page whose preamble says it reports ("现将有关情况通报如下") names no one for its
/// numbered targets: they are sections, not tasks (held-out c813, a 督办通报 without its
/// title line).
#[test]
fn a_report_announced_in_its_preamble_lists_no_tasks() {
    let input = "市政府督查室对重点工作上半年完成情况进行了督办。现将有关情况通报如下:\n\
                 一、主要指标任务完成情况\n\
                 1.引进投资项目不少于3个,已引进2个。\n\
                 2.培育互联网融合发展平台2家,已完成。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 0);
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.contains("未发现任务分工")));
    // The same items assigned to units are tasks.
    let input = input.replace("已完成。", "已完成。(市发改委牵头)");
    assert_eq!(task_count(&parse_checked(&input).documents[0]), 2);
    // A reply that approves a plan, whose demands name units only as their subjects
    // (held-out c11189).
    let reply = "兖州区人民政府关于《兖州区全民健身实施计划》的批复\n区体育事业发展中心:\n\
                 你单位的请示收悉。经研究,批复如下:\n一、原则上同意《实施计划》。\n\
                 二、各镇(街道)人民政府要认真组织实施。\n";
    assert_eq!(task_count(&parse_checked(reply).documents[0]), 0);
    // A news report's dateline over a plan's points (held-out c11249).
    let digest = "(金砖跨境)2月17日消息,自治区人民政府印发《跨境电子商务综合试验区建设实施方案》。\n\
                  以下为《方案》八大要点:\n1、完善金融服务体系。鼓励信息共享。\n2、搭建线下综合园区平台。\n";
    assert_eq!(task_count(&parse_checked(digest).documents[0]), 0);
}

/// A paragraph closed by a deadline bracket ("…(年内持续推进)") ends its clause: the next
/// paragraphs are no units (held-out c901, where every paragraph of a news page became a
/// lead unit of the heading above).
#[test]
fn a_bracket_closes_its_clause() {
    let input = "一、教育\n\
                 坚持城乡一体化的中小学编制标准,提升学前教育普及普惠水平。(年内持续推进)\n\
                 保障符合条件的随迁子女统筹安排在公办学校就读。(年内持续推进)\n\
                 改善乡村教师待遇。(年内持续推进)\n";
    let o = parse_checked(input);
    for n in &o.documents[0].nodes {
        assert!(n.lead_units.is_empty(), "{:?}", n.lead_units);
        assert!(n.coop_units.is_empty(), "{:?}", n.coop_units);
    }
}

/// Under a heading of aims (确保完成全年主要预期目标), targets that name their units are
/// tasks, and so is a sibling that names none (held-out c913, cut after "6.固定").
#[test]
fn a_target_beside_assigned_targets_is_a_task() {
    let input = "一、确保完成全年主要预期目标\n\
                 1.地区生产总值增长8.5%以上。\n\
                 牵头责任单位:市发改委。\n\
                 2.规上工业增加值增长9.5%以上。\n\
                 牵头责任单位:市经信局。\n\
                 3.固定资产投资增长10%。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3);
    // Aims that no one is named for stay sections.
    let input = "一、确保完成全年主要预期目标\n\
                 1.地区生产总值增长8.5%以上。\n\
                 2.规上工业增加值增长9.5%以上。\n\
                 二、重点工作\n\
                 1.推进项目建设。(市发改委牵头)\n";
    let o = parse_checked(input);
    assert_eq!(task_count(&o.documents[0]), 1);
}

/// A top-level heading that names whose the work below is (夏禹桨区长牵头重点工作) is a
/// group heading like its siblings, also when nothing numbered follows it (held-out
/// c800: only "总负责。").
#[test]
fn a_leader_group_heading_without_items_is_a_section() {
    let input = "一、夏禹桨区长牵头重点工作\n\
                 总负责。\n\
                 二、李丹常委、常务副区长牵头重点工作\n\
                 1.地区生产总值增长6.5%。(区发改局牵头)\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 1);
    assert_eq!(d.nodes[0].kind, NodeKind::Section);
}

/// Unnumbered paragraphs that each open with a unit and its duty are a list of tasks
/// (held-out c1010, a district's 村庄环境整治 duties); one such paragraph alone is
/// text before the items, and "负责人" or "要求" after a unit opens no duty.
#[test]
fn paragraphs_each_opening_with_a_units_duty_are_tasks() {
    let input = "现将区各单位在村庄环境整治工作中的任务作如下明确:\n\
                 区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。\n\
                 区委农办要结合全区“三新”建设任务,负责指导督查新社区建设。\n\
                 定期按年度任务和类型绘制整治图。\n\
                 区财政局负责村庄环境整治专项经费的落实。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = tasks(d);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["区住建局"]);
    assert_eq!(lead(t[1]), ["区委农办"]);
    assert_eq!(lead(t[2]), ["区财政局"]);
    // The paragraph without a unit of its own belongs to the task above it.
    assert!(t[1].body.contains("绘制整治图"));
    let news = "市发改委负责人介绍了有关情况。\n市住建局要求各地加快进度。\n";
    assert_eq!(task_count(&parse_checked(news).documents[0]), 0);
    // A numbered task whose sentence names its unit first.
    let o = parse_checked("1.市发改委负责统筹全市项目建设。\n2.各级要加强组织领导。\n");
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["市发改委"]);
    assert!(lead(t[1]).is_empty());
}

/// A sentence after the first that opens with who does the item (held-out c1002:
/// "…早日达产达效。由市贯彻落实国务院《意见》领导小组办公室牵头,市发改委…等部门配合,
/// 不定期…").
#[test]
fn a_later_sentence_that_opens_with_who_does_the_item() {
    let input = "四、完善项目管理。\n\
                 五、加强项目督查,确保项目早日达产达效。由市贯彻落实国务院《意见》领导小组办公室牵头,市发改委、财政局、审计局等部门配合,不定期对项目建设情况进行督查。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert!(lead(t[0]).is_empty());
    assert_eq!(lead(t[1]), ["市贯彻落实国务院《意见》领导小组办公室"]);
    assert_eq!(coop(t[1]), ["市发改委", "财政局", "审计局"]);
    // A later sentence that only mentions a unit names no one.
    let o = parse_checked("1.完善机制。市发改委将会同各部门研究。\n");
    assert!(lead(tasks(&o.documents[0])[0]).is_empty());
}

/// A title wrapped over two lines is one title; a page whose title names a standing
/// mechanism (…工作推进机制) and whose items name no one sets rules, it lists no tasks
/// (held-out c1004). A mechanism inside a plan's title is the plan's object.
#[test]
fn a_mechanism_is_rules_not_tasks() {
    let input = "市本级政府投资项目建设“三三三”\n\
                 工作推进机制\n\
                 一、建立工作进展三账管理制度\n\
                 (一)建立台账。责任部门(单位)要按照年度计划建立项目台账。\n\
                 (二)按月报账。责任部门(单位)要在每月5日前报送项目进展。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(
        d.title.as_deref(),
        Some("市本级政府投资项目建设“三三三”工作推进机制")
    );
    assert_eq!(task_count(d), 0);
    let plan = input.replace("工作推进机制", "工作推进机制实施方案");
    assert_eq!(task_count(&parse_checked(&plan).documents[0]), 2);
}

/// Tables found by exploratory pastes: a tab table without 序号 whose task cells carry
/// their own numbers, under a category row; and a table copied one cell per line whose
/// first row's number must not join the header.
#[test]
fn tables_numbered_in_their_task_cells_and_cell_per_line_headers() {
    let input = "重点任务\t责任单位\t时间节点\n\
                 (一)推进项目建设\t\t\n\
                 1.抓好重大项目\t县发改局\t6月底\n\
                 2.加快前期工作\t县自然资源局\t9月底\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(d.nodes.len(), 1);
    assert_eq!(d.nodes[0].kind, NodeKind::Section);
    let t = tasks(d);
    assert_eq!(t.len(), 2);
    assert_eq!(
        (t[0].number.as_deref(), t[0].text.as_str()),
        (Some("1."), "抓好重大项目")
    );
    assert_eq!(lead(t[1]), ["县自然资源局"]);
    let input = "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n\
                 1\n推进项目建设\n县发改局\n县财政局、县住建局\n2024年6月底前\n\
                 2\n加强环境治理\n县生态环境局\n各乡镇\n2024年底前\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].text, "推进项目建设");
    assert_eq!(lead(t[0]), ["县发改局"]);
    assert_eq!(coop(t[0]), ["县财政局", "县住建局"]);
    // A task cell that wraps in a table aligned with spaces: the rest of its sentence
    // on a line of its own is not a category.
    let input = "序号  任务内容                责任单位        完成时限
                 1     推进项目建设,加快       县发改局        6月底前
                       前期工作
                 2     加强环境治理             县生态环境局    年底前
";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = tasks(d);
    assert_eq!(d.nodes.len(), 2);
    assert_eq!(t[0].text, "推进项目建设,加快前期工作");
}

/// A 督查通报 that hands problems to the units they were found under: a heading that is
/// a unit's name with a count passes the unit down, and a colon opens a run-in list of
/// sub-items (held-out c1108). A heading naming an inspected place without a count
/// names no one.
#[test]
fn problems_handed_to_a_unit_by_a_counted_heading() {
    let input = "二、存在问题\n\
                 (一)鹿城镇(14个)\n\
                 1.格林天城一号门外农业银行旁大门公益广告褪色破损。\n\
                 2.丽景花园二期:(1)小区内车辆乱停乱放;(2)小区内杂物、废弃物乱堆乱放;(3)无15分钟生活圈提示牌。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 4);
    assert!(t.iter().all(|t| lead(t) == ["鹿城镇"]));
    assert_eq!(t[3].number.as_deref(), Some("(3)"));
    let o = parse_checked("1.市第二人民医院\n(1)院内禁烟标识数量不达标;\n(2)宣传牌内容不规范;\n");
    assert!(tasks(&o.documents[0]).iter().all(|t| lead(t).is_empty()));
}

/// Unnumbered paragraphs that each close with their own bracket of labels are a list
/// of tasks; the paragraph after them that sums up belongs to the last (held-out c1107).
#[test]
fn paragraphs_each_closing_with_their_own_labels_are_tasks() {
    let input = "现将8月17日督察问题通报如下:\n\
                 新六大街西侧待建工地内散在垃圾整改不彻底。(责任单位:市国土局,责任人:王功传)\n\
                 新华西路橡胶厂家属院卫生保洁不到位。(责任单位:浉河区工信委,责任人:杨明)\n\
                 现对以上问题的责任单位给予通报批评。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["市国土局"]);
    assert_eq!(leaders(t[1]), ["杨明"]);
    assert!(t[1].body.contains("通报批评"));
}

/// A problem, then a field line whose value says who rectifies it ("整改要求:由包片
/// 单位县气象局负责清除。", held-out c1110): the unit is the task's lead, without the
/// phrase that says what kind of unit it is.
#[test]
fn a_field_line_whose_value_says_who_does_it() {
    let input = "1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。\n\
                 整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。\n\
                 2、平利花园对面迎宾大道南围墙上有牛皮癣和野广告。\n\
                 整改要求:由包片单位县气象局负责清除。\n\
                 3、原安运司院落内有多处卫生死角。\n\
                 整改要求:尽快清理。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["县环卫站"]);
    assert_eq!(lead(t[1]), ["县气象局"]);
    assert!(lead(t[2]).is_empty());
    assert!(t[1].body.contains("整改要求"));
}

/// A preamble that says the page explains a document ("现对《通知》进行政策解读")
/// announces no task list (held-out c1102, a 政策解读 whose parts are numbered).
#[test]
fn a_preamble_announcing_an_interpretation_lists_no_tasks() {
    let input = "县政府办公室制定印发《通知》,现对《通知》进行政策解读。\n\
                 一、《通知》出台的目的\n\
                 切实把我县决定办理的10件实事办好办实。\n\
                 二、《通知》主要内容\n\
                 三、落实《通知》的保障措施\n";
    let o = parse_checked(input);
    assert_eq!(task_count(&o.documents[0]), 0);
}

/// A table between bars with a column no word names (监督电话) at its end, and a
/// category cell merged over rows that opens the first row's line (held-out c1101).
#[test]
fn a_bar_table_with_an_unknown_last_column_and_a_category_opening_a_row() {
    let input = "类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 分管市领导 | 监督电话 |\n\
                 四、教育文化 | 14.改扩建泉山学校 | 完成泉山学校建设。 | 教育体育局 | 刘福利 | 电话0535 |\n\
                 15.推进学校塑胶运动场地建设 | 完成罗峰学校建设。 | 教育体育局 | 刘福利 | 电话0535 | |\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(d.nodes.len(), 1);
    let t = tasks(d);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].number.as_deref(), Some("14."));
    assert_eq!(leaders(t[0]), ["刘福利"]);
    assert_eq!(lead(t[1]), ["教育体育局"]);
}

/// A problem list by place: the place's heading, its problems as run-in sub-items, then
/// one label line for the group (held-out c1100).
#[test]
fn a_label_line_after_sub_items_that_name_no_one_is_the_groups() {
    let input = "1. 市科技馆\n\
                 (1)院内电动车未按指定区域停放;\n\
                 (2)灭火器过期未更换;\n\
                 问题整改责任单位:市科技馆 整改时限:3天\n\
                 2. 市第二人民医院\n\
                 (1)院内禁烟标识数量不达标;\n\
                 (2)宣传牌内容不规范;\n\
                 问题整改责任单位:市卫生健康委员会\n\
                 整改时限:5天\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 4);
    assert_eq!(lead(t[0]), ["市科技馆"]);
    assert_eq!(lead(t[1]), ["市科技馆"]);
    assert_eq!(lead(t[2]), ["市卫生健康委员会"]);
    assert_eq!(t[3].deadline.as_ref().map(|d| d.text.as_str()), Some("5天"));
}

/// A page cut after its start: "(一)…(三)" of a heading lost to the cut, then "十五、省
/// 人力资源和社会保障厅" with its own "(一)…" (held-out c1310). 十五、 heads the outline (official
/// documents set 一、 above (一)), and a heading that names a body of government alone
/// is its items' lead unit.
#[test]
fn a_higher_style_after_a_cut_start_heads_the_outline() {
    let input = "(一)完善农村低保制度。\n\
                 (二)新建、改造中心敬老院35所。\n\
                 十五、省人力资源和社会保障厅\n\
                 (一)加大从优秀村干部中考录乡镇机关公务员的力度。\n\
                 (二)积极开展新型农村社会养老保险试点工作。\n\
                 十六、省商务厅\n\
                 (一)“家电下乡”销售达到10亿元。\n";
    let o = parse_checked(input);
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 5);
    let roots: Vec<&str> = d
        .nodes
        .iter()
        .map(|n| n.number.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(roots, ["(一)", "(二)", "十五、", "十六、"]);
    assert!(lead(at(d, &["(一)"])).is_empty());
    assert_eq!(lead(at(d, &["十五、", "(二)"])), ["省人力资源和社会保障厅"]);
    assert_eq!(lead(at(d, &["十六、", "(一)"])), ["省商务厅"]);
    // A heading that ends like a body but is a phrase of work names no one.
    let o = parse_checked("一、构建区域发展新格局\n(一)优化空间开发布局。\n");
    assert!(lead(at(&o.documents[0], &["一、", "(一)"])).is_empty());
}

/// "任务分工:…,省农委总牵头" (held-out c1309): 总牵头 is a role verb, and the unit is
/// 省农委, not "省农委总".
#[test]
fn zong_qiantou_is_a_role_verb() {
    let input = "一、水利化工程\n任务分工:吕维峰副省长负责,省农委总牵头。\n1.水利化工程:突出抓好尼尔基引嫩扩建一期工程。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 1);
    assert_eq!(lead(t[0]), ["省农委"]);
}

/// Items under a heading that reviews work done ("二、“十三五”主要成就", held-out
/// c1305, a news page) are no tasks.
#[test]
fn items_of_a_review_of_work_done_are_no_tasks() {
    let input = "二、“十三五”主要成就\n1、营商环境发生明显变化\n2、产业项目建设取得显著成效\n三、2021年重点工作\n1、以数字经济带动工业强市\n";
    let o = parse_checked(input);
    assert_eq!(task_count(&o.documents[0]), 1);
}

/// A table copied one cell per line whose lead cell lists units with spaces between
/// them, one of them a broadcaster (held-out c1200): the cell is the row's units, not
/// a new row.
#[test]
fn a_units_cell_with_a_broadcaster_in_a_table_of_cell_lines() {
    let input = "序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n\
                 249 |\n支持志愿服务、广播电视等事业发展。 |\n\
                 市委社会工作部 市广播电视台 市地震局 |\n上半年完成接待任务175批次。 |\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 1);
    assert_eq!(lead(t[0]), ["市委社会工作部", "市广播电视台", "市地震局"]);
}

/// A sentence after a list about the items above it ("以上工作由X牵头,Y配合。", "上
/// 述任务由X负责,2024年底前完成。"): said of each of them, under a heading or in a flat
/// list; a sentence that only mentions them ("已将上述问题通报各区") names no one.
#[test]
fn a_sentence_about_the_items_above_it_is_said_of_each() {
    let input = "一、重点工作\n1.推进A项目建设。\n2.推进B项目建设。\n\
                 以上工作由县发改局牵头,县财政局配合。\n\
                 二、民生工作\n1.新建幼儿园2所。\n2.改造学校5所。\n\
                 上述任务由县教育局负责,2024年底前完成。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["一、", "1."])), ["县发改局"]);
    assert_eq!(coop(at(d, &["一、", "1."])), ["县财政局"]);
    let t = at(d, &["二、", "1."]);
    assert_eq!(lead(t), ["县教育局"]);
    assert_eq!(
        t.deadline.as_ref().map(|d| d.text.as_str()),
        Some("2024年底前完成")
    );
    // A flat list: back to the last item that names anyone.
    let o = parse_checked(
        "1.推进A项目建设(县住建局负责)。\n2.推进B项目建设。\n3.推进C项目建设。\n\
         以上工作由县发改局牵头。\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["县住建局"]);
    assert_eq!(lead(t[1]), ["县发改局"]);
    assert_eq!(lead(t[2]), ["县发改局"]);
    // A sentence that only mentions them names no one.
    let o = parse_checked(
        "1.北二七路门前占道。\n2.太康路占道经营。\n目前,提升办已将上述问题通报各区。\n",
    );
    assert!(tasks(&o.documents[0]).iter().all(|t| lead(t).is_empty()));
    // A unit label used as a word of the sentence names its units (held-out c1208:
    // this sentence was read as naming no one, against the label).
    let o = parse_checked(
        "1.北二七路门前占道。\n2.太康路占道经营。\n\
         目前,提升办已将上述问题以“督察通报”形式通知责任单位金水区人民政府和管城回族区政府,\
         并要求在11月15日前整改完毕。\n",
    );
    for t in tasks(&o.documents[0]) {
        assert_eq!(lead(t), ["金水区人民政府", "管城回族区政府"]);
        assert_eq!(
            t.deadline.as_ref().map(|d| d.text.as_str()),
            Some("11月15日前")
        );
    }
}

/// Who does an item, said with a verb of the work after the role verb ("由X负责整改",
/// "X负责组织"), a deadline closed by a verb of finishing ("11月15日前整改完毕"), the
/// work pointed at before 由 ("该项任务由X牵头", "上述问题由X负责") and 是 for a
/// label's colon ("责任单位是X"). Before, the bracket stayed text and the name read as
/// "推进项目(由县发改局" or "该项任务由县发改局".
#[test]
fn role_verbs_with_the_work_after_them_and_pointers_before_you() {
    let o = parse_checked(
        "1.北二七路门前占道。\n2.太康路占道经营。\n\
         上述问题由金水区人民政府负责整改,11月15日前整改完毕。\n",
    );
    for t in tasks(&o.documents[0]) {
        assert_eq!(lead(t), ["金水区人民政府"], "{}", t.text);
        assert_eq!(
            t.deadline.as_ref().map(|d| d.text.as_str()),
            Some("11月15日前整改完毕")
        );
    }
    let o = parse_checked(
        "一、重点工作\n1.推进A项目(由县发改局负责组织)\n\
         2.推进B项目,该项任务由县住建局牵头,县财政局配合。\n\
         3.推进C项目。责任单位是县水利局。\n",
    );
    let d = &o.documents[0];
    let t = at(d, &["一、", "1."]);
    assert_eq!((t.text.as_str(), lead(t)), ("推进A项目", vec!["县发改局"]));
    let t = at(d, &["一、", "2."]);
    assert_eq!(lead(t), ["县住建局"]);
    assert_eq!(coop(t), ["县财政局"]);
    assert_eq!(lead(at(d, &["一、", "3."])), ["县水利局"]);
}

/// A key/value table copied one cell per line: each label alone on its line without
/// its colon, its value on the next ("责任单位" + "卫健局、文旅局", held-out c1504),
/// under a numbered item or as an unnumbered record; and a label whose colon ends its
/// line, with the value below it. A table's header of such cells is still a header.
#[test]
fn labels_alone_on_their_lines_with_the_value_below() {
    let input = "一、重点工作\n1.推进项目建设。\n牵头单位\n县发改局\n配合单位\n\
                 县财政局、县住建局\n完成时限\n2024年6月底\n2.推进园区建设。\n\
                 牵头领导:\n张三\n责任单位:\n县工信局\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = at(d, &["一、", "1."]);
    assert_eq!(lead(t), ["县发改局"]);
    assert_eq!(coop(t), ["县财政局", "县住建局"]);
    assert_eq!(
        t.deadline.as_ref().map(|d| d.text.as_str()),
        Some("2024年6月底")
    );
    let t = at(d, &["一、", "2."]);
    assert_eq!(lead(t), ["县工信局"]);
    assert_eq!(t.leaders.len(), 1);
    let o = parse_checked(
        "具体任务\n全面落实疫情防控措施,完成方舱医院改造。\n责任单位\n卫健局、文旅局\n\
         配合单位\n各乡镇\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 1);
    assert_eq!(lead(t[0]), ["卫健局", "文旅局"]);
    assert_eq!(coop(t[0]), ["各乡镇"]);
    let o =
        parse_checked("序号\n工作任务\n牵头单位\n配合单位\n1\n推进项目建设\n县发改局\n县财政局\n");
    let t = tasks(&o.documents[0]);
    assert_eq!(
        (t.len(), lead(t[0]), coop(t[0])),
        (1, vec!["县发改局"], vec!["县财政局"])
    );
}

/// A cover notice stored without its plan (held-out c1606): its title written once on a
/// line and again wrapped over three, "现将有关事项通知如下。" (with a 。), then its own
/// 一、二、 about how to carry out the plan. They are no tasks, and a clause of them
/// that ends in a post ("各地各部门要进一步健全主要负责同志主抓") names no leader.
#[test]
fn a_cover_notice_whose_title_is_written_twice_lists_no_tasks() {
    let input = "甘肃省人民政府关于分解落实《政府工作报告》主要目标和重点工作的通知\n\
                 甘肃省人民政府关于分解落实\n《政府工作报告》主要目标\n和重点工作的通知\n\
                 甘政发〔2025〕7号\n各市、自治州人民政府,省政府各部门:\n\
                 省政府决定,将《政府工作报告》主要目标和重点工作予以分解下达。现将有关事项通知如下。\n\
                 一、凝心聚力抓发展。各地各部门要切实推动各项目标任务落地落实。\n\
                 二、守土尽责抓推进。各地各部门要进一步健全主要负责同志主抓、分管负责同志协抓、\
                 责任部门全力落实的工作机制。\n";
    let o = parse_checked(input);
    assert!(o.documents.iter().all(|d| task_count(d) == 0));
}

/// A 民生实事 table copied one cell per line, each cell closed by a bar (held-out
/// c1503): a 建设地点 column of towns is no unit column, a year alone ("2024") is the
/// 建设时间, a number under 投资金额 is no row's, and a line closed by its bar is a
/// cell of its own (the place is not the task's text). The two text columns read
/// apart.
#[test]
fn a_table_of_cells_closed_by_bars_with_places_years_and_money() {
    let input = "附件:\n|\n序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n2024年建设内容 |\n\
                 年度投资金额 (万元) |\n责任单位 |\n|\n1 |\n中小学基础设施提升改造项目 |\n\
                 相关镇 (街道) |\n2024 |\n对学校运动场地进行改造。 |\n300 |\n教体局 |\n|\n\
                 2 |\n高标准农田建设项目 |\n谢村镇 |\n2024 |\n实施田块整治500亩。 |\n4930 |\n\
                 农业农村局 |\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(
        t[0].text,
        "中小学基础设施提升改造项目 对学校运动场地进行改造。"
    );
    assert_eq!(lead(t[0]), ["教体局"]);
    assert_eq!(lead(t[1]), ["农业农村局"]);
    for t in &t {
        assert_eq!(t.deadline.as_ref().map(|d| d.text.as_str()), Some("2024"));
    }
}

/// A unit of three chars whose first is a surname ("农业股", "林业局") is a unit in a
/// table's units cell, not a person (held-out c1500: the row lost its units and the
/// table ended there); a progress cell "1、…2、…" is a cell, not items.
#[test]
fn a_short_unit_that_starts_with_a_surname_is_a_unit() {
    let input = "序号\n\n目标任务\n\n牵头责任单位\n\n计划完成时间\n\n目前完成情况\n\n\
                 53\n\n加快推动农业规模化经营。\n\n经管站\n\n2023年底\n\n\
                 1、已累计完成。2、流转面积138万亩。\n\n\
                 54\n\n加强农产品品牌建设。\n\n农业股\n\n乡村产业发展股\n\n2023年底\n\n完成认证10个。\n\n\
                 55\n\n持续开展农资打假专项治理行动。\n\n林业局\n\n2023年底\n\n查处违法行为31起。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[1]), ["农业股", "乡村产业发展股"]);
    assert_eq!(lead(t[2]), ["林业局"]);
    assert!(t.iter().all(|t| t.deadline.is_some()));
    // A numbered line in a cell of a table that numbers its rows is the cell's.
    assert!(o.documents[0]
        .nodes
        .iter()
        .all(|n| n.number.as_deref() != Some("1、")));
}

/// A 信息公开指南 (held-out c1703) lists a department's standing duties, each closed by
/// "(责任科室:X)": no tasks and no one responsible, because its title says what kind of
/// page it is (as a 政策解读's or a news report's does, whatever they quote).
#[test]
fn a_guide_lists_no_tasks_whatever_its_items_name() {
    let input = "天水市卫生健康委员会政府信息公开指南\n\
                 为了进一步规范政府信息公开工作,制定本指南。\n一、主动公开\n\
                 (一)负责综合协调机关政务、事务、内务和服务工作(责任科室:办公室)。\n\
                 (二)组织机关及直属单位的机构编制、人事管理工作(责任科室:人事科)。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 0);
    assert!(lead(at(d, &["一、", "(一)"])).is_empty());
}

/// A page that keeps a cover notice without its title (held-out c1705): "《…意见》已经
/// 市政府同意,现印发给你们,并就有关事项通知如下:" and a date after its items. The
/// items tell how to carry out the document it carries: no tasks.
#[test]
fn a_cover_notice_without_its_title_carries_a_document() {
    let input = "各县、区人民政府,市直各有关部门:\n\
                 《关于市十五届人大五次会议确定议案的分解办理意见》已经市政府同意,现印发给你们,\
                 并就有关事项通知如下:\n一、高度重视,加强领导\n各承办单位要高度重视。\n\
                 二、明确责任,狠抓落实\n各承办单位要认真研究,狠抓落实。\n2022年3月14日\n";
    let o = parse_checked(input);
    assert!(o.documents.iter().all(|d| task_count(d) == 0));
}

/// A cover notice that carries a table, on a page cut before its signature (held-out
/// c2709): "现将《…重点工作任务分解表》印发给你们" and numbered paragraphs. Paragraphs are
/// no rows of the table: they are the notice's, no tasks. The table's rows, when they
/// follow, are tasks.
#[test]
fn a_cover_notice_that_carries_a_table() {
    let notice = "各乡镇人民政府、街道办事处,区政府各部门:\n\
                  为进一步明确职责,现将《谯城区2020年度政府工作报告重点工作任务分解表》印发给\
                  你们,请按照要求,结合实际认真抓好落实。\n\
                  一、高度重视,夯实责任。各责任单位主要负责人要进一步树立目标导向。\n\
                  二、主动作为,强化协作。主要责任单位要与协同配合单位加强沟通联系。\n";
    let o = parse_checked(notice);
    assert!(o.documents.iter().all(|d| task_count(d) == 0));
    let with_rows = format!(
        "{notice}序号\t工作任务\t牵头单位\n1\t推进A项目建设\t区发改委\n2\t推进B项目建设\t区住建局\n"
    );
    let o = parse_checked(&with_rows);
    let leads: Vec<&str> = o
        .documents
        .iter()
        .flat_map(|d| d.walk())
        .filter(|n| n.kind == NodeKind::Task)
        .flat_map(lead)
        .collect();
    assert_eq!(leads, ["区发改委", "区住建局"]);
}

/// A progress table copied one cell per line whose header lost its 序号 cell (held-out
/// c2905): the numbers alone start rows; a unit cell of two lines is two units; the
/// numbered lines of a progress cell ("1. 印发…", "2. 印发…") stay in it.
#[test]
fn cells_one_per_line_under_a_header_without_its_number_cell() {
    let input = "工作任务\n牵头责任单位\n一季度进展情况\n\
                 1\n地区生产总值增长6%以上。\n市发展改革委\n2025年一季度,全市增长7.1%。\n\
                 2\n居民人均可支配收入与经济增长相匹配。\n市人社局\n市农业农村局\n一季度增长6.3%。\n\
                 3\n把促消费和惠民生结合起来。\n市商务局\n1. 印发《若干政策举措》,统筹安排资金。\n\
                 2. 印发《民生实事安排方案》,分解目标任务。\n\
                 4\n积极发展数字消费。\n市商务局\n推进中。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let tasks: Vec<(&str, Vec<&str>)> = d
        .walk()
        .filter(|n| n.kind == NodeKind::Task)
        .map(|n| (n.number.as_deref().unwrap_or(""), lead(n)))
        .collect();
    assert_eq!(
        tasks,
        [
            ("1", vec!["市发展改革委"]),
            ("2", vec!["市人社局", "市农业农村局"]),
            ("3", vec!["市商务局"]),
            ("4", vec!["市商务局"]),
        ]
    );
    assert!(d.walk().all(|n| n.kind == NodeKind::Task));
}

/// A 政策解读 without its title (held-out c2903): its headings are a 解读's parts
/// (制定背景, 起草过程, 主要内容), so it lists no tasks though a sentence names a unit
/// ("《清单》由安监站负责起草") and 主要内容 numbers the duties it sums up. A plan with
/// one such heading is still a plan.
#[test]
fn an_explainer_by_its_headings_lists_no_tasks() {
    let explainer = "一、制定背景\n为明确应急管理中心责任,制定本清单。\n二、起草过程\n\
                     《清单》由安监站负责起草,经分管领导审核后签发。\n三、工作目标\n提高应对能力。\n\
                     四、主要内容\n1、负责监督检查生产经营单位。\n2、协调突发事件应急处置。\n\
                     五、下步工作\n(一)加强领导,落实责任。\n(二)强化宣传,积极引导。\n";
    let o = parse_checked(explainer);
    assert_eq!(o.documents.iter().map(task_count).sum::<usize>(), 0);
    assert!(o.documents[0].walk().all(|n| n.lead_units.is_empty()));
    let plan = "一、编制依据\n依据有关规定。\n二、主要任务\n1、加强监督检查(县应急局负责)。\n\
                2、做好应急处置(县消防救援大队负责)。\n三、保障措施\n加强领导。\n";
    let o = parse_checked(plan);
    assert_eq!(o.documents.iter().map(task_count).sum::<usize>(), 2);
    // A 解读 cut after its second part (held-out c11928): both its top-level headings
    // are a 解读's, and what 主要内容 sums up is no task.
    let cut = "一、文件出台的背景和依据\n为规范我县土地和房屋征收补偿工作,制定本办法。\n\
               二、主要内容\n《办法》共分6章17条,主要内容包括:\n第一章总则。阐述了本办法的出台目的。\n\
               第二章指明了全县征地拆迁工作的领导机构。\n第三章规定了各方工作职责。\n\
               (1)联络办公室负责日常事务。\n\
               (2)县自然资源局负责资金使用监管。\n";
    let o = parse_checked(cut);
    assert_eq!(o.documents.iter().map(task_count).sum::<usize>(), 0);
}

/// A PDF's copy that wrapped a sentence before a list of enterprises (held-out c3009):
/// the wrapped line is the sentence's, not the task's units; a line of units under a
/// heading that ends its sentence still is.
#[test]
fn a_wrapped_line_of_enterprises_is_no_line_of_units() {
    let input = "一、深入实施数字经济一号工程\n\
                 (一)加快推进数字产业化。做强做大数字核心企业,当年\n\
                 首次列入国家电子信息百强企业、省电子信息产业百家重点企业\n\
                 的,分别给予一次性奖励20万元。\n(责任单位:市经信局)\n\
                 (二)推进未来工厂建设。\n市经信局、市财政局\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["一、", "(一)"])), ["市经信局"]);
    assert_eq!(lead(at(d, &["一、", "(二)"])), ["市经信局", "市财政局"]);
}

/// Paragraphs without numbers under a short heading, each closing with its own bracket
/// of role verbs (held-out c3106, a 纲要 分工): each is a task of the heading. One such
/// paragraph alone under a heading is the heading's own text (c403).
#[test]
fn paragraphs_each_closing_with_their_bracket_under_a_heading() {
    let input = "二、主要目标和任务分工安排\n(一)约束性指标\n\
                 耕地保有量保持在2000.9万亩。(市国土局牵头)\n\
                 单位工业增加值用水量达到省要求标准。(市水利局、市发展改革委等部门按职责分工负责)\n\
                 (二)预期性指标\n全市生产总值年均增长12%。(市发展改革委牵头,市统计局配合)\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let one = at(d, &["二、", "(一)"]);
    let leads: Vec<Vec<&str>> = one.children.iter().map(lead).collect();
    assert_eq!(leads, [vec!["市国土局"], vec!["市水利局", "市发展改革委"]]);
    assert!(one.children.iter().all(|n| n.kind == NodeKind::Task));
    let two = at(d, &["二、", "(二)"]);
    assert_eq!(
        (two.kind, lead(two), coop(two)),
        (NodeKind::Task, vec!["市发展改革委"], vec!["市统计局"])
    );
}

/// Paragraphs without numbers under a short heading, each with a title sentence and its
/// work, closing with its own label (corpus c11082, a city's 城乡环境卫生 plan): each is
/// a task of the heading with its own units, and the heading a section.
#[test]
fn paragraphs_each_closing_with_their_label_under_a_heading() {
    let input = "一、重点任务\n1.完善城乡环境卫生管理长效机制。\n\
                 加强城市道路日常保洁。开展城市道路全天候保洁。主要责任单位:各县(市、区)人民政府,市住建局。\n\
                 推进乡镇综合整治工作。完善基础设施。主要责任单位:市城管局、市水利局。\n\
                 2.加强宣传。\n开展宣传活动。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let one = at(d, &["一、", "1."]);
    assert_eq!(one.kind, NodeKind::Section);
    let leads: Vec<Vec<&str>> = one.children.iter().map(lead).collect();
    assert_eq!(
        leads,
        [
            vec!["各县(市、区)人民政府", "市住建局"],
            vec!["市城管局", "市水利局"]
        ]
    );
    assert_eq!(one.children[1].text, "推进乡镇综合整治工作。完善基础设施。");
    assert!(one
        .children
        .iter()
        .all(|n| n.kind == NodeKind::Task && n.number.is_none()));
}

/// Paragraphs without numbers that each open with a unit and its duty (held-out
/// c11243, 广元 减排): a paragraph that opens with the next body named whole is its
/// task whatever its verb ("市电业局在保证…前提下,优先安排…"); a signature is not.
#[test]
fn a_body_named_whole_after_duty_paragraphs_opens_its_own() {
    let input = "市水务局负责城市生活污水处理厂建设和技术指导。\n\
                 市统计局负责提供减排所需的基础数据。\n\
                 市电业局在保证人民生活生产正常供电前提下,优先安排低排放机组发电。\n\
                 市减排工作领导小组办公室\n2010年12月8日\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let tasks: Vec<Vec<&str>> = d.tasks().map(lead).collect();
    assert_eq!(
        tasks,
        [vec!["市水务局"], vec!["市统计局"], vec!["市电业局"]]
    );
}

/// Numbers alone on their lines over their titles, as pages that set numbers in badges
/// give them (held-out c11363 "01" + "交通畅行 “顺心”实事", c11367 "1" + "新增100张…"):
/// items, the title never read as a units line; a number alone whose next is far off
/// (a page's number) opens nothing.
#[test]
fn numbers_alone_over_their_titles() {
    let input = "2024年长宁区政府为民办实事项目\n\n1\n\n新增100张困难重残养护床位\n\
                 改建100张认知障碍照护床位\n\n2\n\n新增400个公共充电桩\n\n3\n\n\
                 新建2家示范性社区康复中心、2家中医药特色示范社区卫生服务站\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let tasks: Vec<(Option<&str>, &str)> = d
        .tasks()
        .map(|n| (n.number.as_deref(), n.text.as_str()))
        .collect();
    assert_eq!(
        tasks,
        [
            (Some("1"), "新增100张困难重残养护床位"),
            (Some("2"), "新增400个公共充电桩"),
            (
                Some("3"),
                "新建2家示范性社区康复中心、2家中医药特色示范社区卫生服务站"
            ),
        ]
    );
    assert!(d.tasks().all(|n| n.lead_units.is_empty()));
    let zero_padded = "01\n交通畅行 “顺心”实事\n▶新增公共停车位800个。\n02\n幸福宜居 “舒心”实事\n";
    assert_eq!(task_count(&parse_checked(zero_padded).documents[0]), 2);
    // A page's number: its next one comes a page later.
    let mut paged = String::from("一、工作任务\n(一)加强宣传。开展宣传活动。\n1\n");
    for i in 0..45 {
        paged += &format!("第{i}行继续说明宣传活动的安排\n");
    }
    paged += "2\n(二)加强督查。开展督查。\n";
    let o = parse_checked(&paged);
    let numbers: Vec<Option<&str>> = o.documents[0].walk().map(|n| n.number.as_deref()).collect();
    assert_eq!(numbers, [Some("一、"), Some("(一)"), Some("(二)")]);
}

/// A news report of a meeting tells what it said with "会议指出", "会议要求", "会议传达"
/// (held-out c10784, whose numbered points name no one): no tasks. A meeting's record
/// that decides ("并议定:", c10382) hands its items out all the same.
#[test]
fn a_meeting_reported_lists_no_tasks_a_meeting_that_decides_does() {
    let report = "1月14日上午,全省网信办主任会议在杭州召开。会议传达学习全国网信办主任会议精神。\n\
                  1.深入学习宣传贯彻党的创新理论。\n2.系统提升网络文明建设水平。\n";
    assert_eq!(task_count(&parse_checked(report).documents[0]), 0);
    let decides = report.replace("精神。", "精神,并议定:");
    assert_eq!(task_count(&parse_checked(&decides).documents[0]), 2);
}

/// A 政府信息公开 box of facts whose category (主题分类) stands over its way of
/// disclosure ("工作计划与总结" + "主动公开", held-out c11204): the category is no title,
/// so its 总结 does not make the page a report; the items are tasks.
#[test]
fn a_box_category_over_its_disclosure_is_no_title() {
    let input = "舟海渔〔2023〕23号\n市海洋与渔业局\n2023-11-18\n工作计划与总结\n主动公开\n\
                 二、深化海洋行政执法改革\n1、进一步完善执法应用。争取5月底前完成数据归集。\n\
                 2、进一步优化执法主链。争取在6月底之前优化完善执法流程。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(d.title, None);
    assert_eq!(task_count(d), 2);
    let deadline = at(d, &["二、", "1、"])
        .deadline
        .as_ref()
        .map(|x| x.text.as_str());
    assert_eq!(deadline, Some("5月底前"));
}

/// A PDF's wraps inside a task's bracket (held-out c11382, 健康中国行动 2023 要点): the
/// line that closes the bracket goes on with the heading ("(国家卫生健" + "康委牵头,
/// …)"); a title's open quote is not parted from the rest of its phrase by a space
/// ("“关爱生命 救在身边”").
#[test]
fn a_pdf_wrap_inside_a_bracket_joins_the_heading() {
    let input = "一、组织开展特色活动\n(一)举办知行大赛家庭专场活动。(健康中国行动推进办负责)\n\
                 (二)继续深入开展“关爱生命 救在身边”活动,加强公众应急救护知识技能培训,组织开\n\
                 展“寻找最美救护员”等活动。(健康中国行动推进办、中国红十字会总会牵头,中央宣传部、教育\n\
                 部、交通运输部、文化和旅游部、国家卫生健康委、广电总局、体育总局、国家铁路局、中国民航\n\
                 局、中国科协等部门单位参与)\n\
                 (三)开展“全民营养周”系列合理膳食主题宣教活动。(国家卫生健\n\
                 康委牵头,中央宣传部、农业农村部等部门单位参与)\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let two = at(d, &["一、", "(二)"]);
    assert!(
        two.text.starts_with("继续深入开展“关爱生命 救在身边”活动"),
        "{}",
        two.text
    );
    assert_eq!(lead(two), ["健康中国行动推进办", "中国红十字会总会"]);
    assert_eq!(
        coop(two),
        [
            "中央宣传部",
            "教育部",
            "交通运输部",
            "文化和旅游部",
            "国家卫生健康委",
            "广电总局",
            "体育总局",
            "国家铁路局",
            "中国民航局",
            "中国科协"
        ]
    );
    let three = at(d, &["一、", "(三)"]);
    assert_eq!(
        (lead(three), coop(three)),
        (vec!["国家卫生健康委"], vec!["中央宣传部", "农业农村部"])
    );
}

/// A working group's item names its heads on lines of its own (held-out c11401, a 龙舟赛
/// plan: "1.协调组" + "组 长:谭宗华" + "副组长:袁犬嵘"): they lead its share; the plan's
/// leading group over its roster ("一、成立工作领导小组" + "组长:…") does not hand its
/// heads to anything.
#[test]
fn a_working_groups_heads_lead_it() {
    let input = "三、组织机构及工作职责\n组委会下设两个工作小组:\n1.协调组\n组 长:谭宗华\n\
                 副组长:袁犬嵘\n职 责:负责督促、联络各单位出队。\n2.竞赛组\n组 长:叶岩峰\n\
                 四、工作要求\n1.成立工作领导小组\n组长:余珊\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(leaders(at(d, &["三、", "1."])), ["谭宗华", "袁犬嵘"]);
    assert_eq!(leaders(at(d, &["三、", "2."])), ["叶岩峰"]);
    assert!(leaders(at(d, &["四、", "1."])).is_empty());
}

/// A 政务公开 catalogue, whose header says how and when each kind of information is
/// disclosed (held-out c9300 "信息类别 | 内容描述 | 责任主体 | 公开方式 | 公开时限"), lists
/// standing entries, no tasks, though it names who discloses; a 政务公开 task table
/// with a 完成时限 column lists tasks.
#[test]
fn a_disclosure_catalogue_lists_no_tasks() {
    let catalogue = "信息类别 | 内容描述 | 责任主体 | 公开方式 | 公开时限 |\n\
                     领导信息 | 局领导班子成员姓名及工作分工 | 办公室 | 县人民政府网站 | 信息形成20个工作日内 |\n\
                     机构概况 | 机关工作职责及内设股室名称 | 办公室 | 县人民政府网站 | 信息形成20个工作日内 |\n";
    let o = parse_checked(catalogue);
    assert!(o.documents.iter().all(|d| task_count(d) == 0), "{o:?}");
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.contains("未发现任务分工")));
    let tasks = "序号 | 工作任务 | 责任单位 | 完成时限 |\n\
                 1 | 公开局领导班子成员姓名及工作分工 | 办公室 | 2024年6月底前 |\n\
                 2 | 公开机关工作职责及内设股室名称 | 办公室 | 2024年6月底前 |\n";
    assert_eq!(task_count(&parse_checked(tasks).documents[0]), 2);
}

/// A deadline that is whole ("立行立改") closes its line: the sentence on the next line
/// is the task's text, not more of its deadline (held-out c11260); one that a longer
/// phrase goes on from ("长期" + "坚持") still goes on.
#[test]
fn a_whole_deadline_closes_its_line() {
    let input = "一、整改任务\n1.清理道路积尘。\n责任单位:市城管局\n整改期限:立行立改\n\
                 请市城管局开展现场调查,并将处理情况在群里报告。\n2.清理垃圾。\n责任单位:市城管局\n\
                 整改期限:长期\n坚持\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let deadline = |p: &[&str]| at(d, p).deadline.as_ref().map(|x| x.text.clone());
    assert_eq!(deadline(&["一、", "1."]).as_deref(), Some("立行立改"));
    assert_eq!(deadline(&["一、", "2."]).as_deref(), Some("长期坚持"));
}

/// A part of duties whose headings name the units, each over its numbered duties
/// (held-out c3201): the duties are tasks of that unit, also under a heading that
/// lists several units.
#[test]
fn duties_numbered_under_the_heading_that_names_their_unit() {
    let input = "四、职责分工\n(一)区体育局\n1.负责组织实施全区群众体育工作方案。\n\
                 2.负责与相关职能部门的沟通与协调工作。\n(二)区财政局\n负责群众体育工作经费的安排。\n\
                 (三)区公用事业局\n1.负责审议健身苑建设方案。\n2.做好健身苑建设的沟通协调工作。\n\
                 (四)南庄镇、各街道办事处\n1.做好组织发动工作。\n2.拟定本镇、街道体育场馆便民服务方案。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let tasks: Vec<(String, Vec<&str>)> = d
        .walk()
        .filter(|n| n.kind == NodeKind::Task)
        .map(|n| (n.number.clone().unwrap_or_default(), lead(n)))
        .collect();
    let want = |n: &str, l: &[&'static str]| (n.to_string(), l.to_vec());
    assert_eq!(
        tasks,
        [
            want("1.", &["区体育局"]),
            want("2.", &["区体育局"]),
            want("(二)", &["区财政局"]),
            want("1.", &["区公用事业局"]),
            want("2.", &["区公用事业局"]),
            want("1.", &["南庄镇", "各街道办事处"]),
            want("2.", &["南庄镇", "各街道办事处"]),
        ]
    );
}

/// A cover notice whose paragraphs make demands of everyone ("全县各级各部门要…",
/// "各责任单位要…", held-out c2207 once its title was read right): no tasks, as
/// paragraphs opening with a unit's own duty would be.
#[test]
fn a_notice_s_demands_to_all_are_no_tasks() {
    let input = "西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知\n\
                 各镇人民政府,县政府各部门:\n\
                 全县各级各部门要把抓好政府工作报告目标任务落实作为首要任务,坚决扛牢责任。\n\
                 各责任单位要对照任务分解清单,主动认领,细化量化,夯实措施。\n";
    let o = parse_checked(input);
    assert_eq!(o.documents.iter().map(task_count).sum::<usize>(), 0);
}

/// Who and when in shorter forms: one unit and a time in brackets ("(县发改局,2024年
/// 底)", "【…】"), "时间:" after a unit label (a time word alone is a deadline there,
/// not a page's publication time), and a dash before the names ("——县发改局牵头").
#[test]
fn a_unit_and_a_time_in_brackets_and_time_after_a_unit_label() {
    let input = "一、重点工作\n1.推进A项目建设(县发改局,2024年底)\n\
                 2.推进B项目建设【县住建局,2024年6月】\n\
                 3.推进C项目建设。责任单位:县水利局;时间:2024年底\n\
                 4.推进D项目建设。——县交通局牵头,县财政局配合\n\
                 5.推进E项目建设。时间:2024年底\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let deadline = |t: &duban::parser::Node| t.deadline.as_ref().map(|d| d.text.clone());
    let t = at(d, &["一、", "1."]);
    assert_eq!(
        (t.text.as_str(), lead(t)),
        ("推进A项目建设", vec!["县发改局"])
    );
    assert_eq!(deadline(t).as_deref(), Some("2024年底"));
    let t = at(d, &["一、", "2."]);
    assert_eq!(lead(t), ["县住建局"]);
    let t = at(d, &["一、", "3."]);
    assert_eq!(
        (lead(t), deadline(t).as_deref()),
        (vec!["县水利局"], Some("2024年底"))
    );
    let t = at(d, &["一、", "4."]);
    assert_eq!((lead(t), coop(t)), (vec!["县交通局"], vec!["县财政局"]));
    // Without a label of who, "时间:" says nothing of the task.
    assert_eq!(deadline(at(d, &["一、", "5."])), None);
}

/// A bracket of a leader with a unit's post and the lead unit, without verbs ("(市政
/// 府副市长李明,市发改委)"), and a deadline by quarter ("(市发改委;2024年第三季度)").
#[test]
fn a_leader_and_a_unit_in_brackets_and_a_quarter() {
    let input = "一、重点工作\n1.推进A项目建设。(市政府副市长李明,市发改委)\n\
                 2.推进B项目建设。(市住建局;2024年第三季度)\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = at(d, &["一、", "1."]);
    assert_eq!(
        t.leaders
            .iter()
            .map(|l| l.name.as_str())
            .collect::<Vec<_>>(),
        ["李明"]
    );
    assert_eq!(lead(t), ["市发改委"]);
    let t = at(d, &["一、", "2."]);
    assert_eq!(lead(t), ["市住建局"]);
    assert_eq!(
        t.deadline.as_ref().map(|d| d.text.as_str()),
        Some("2024年第三季度")
    );
}

/// A table whose header the page lost (held-out c1501: the store starts inside it), its
/// cells between lines of bars, a cell of several names one per line, a 类别 cell merged
/// over the rows below it, a phone number at the end of each row: the columns are read
/// from the first row's cells, and the categories hold their rows.
#[test]
fn a_table_without_its_header_is_read_from_its_first_row() {
    let input = "1\n|\n一、经济社会发展的主要预期目标\n|\n农村常住居民人均可支配收入同步增长。\n|\n\
                 法规科\n|\n潘秀峰\n|\n2024年底前\n|\n5555309\n|\n\
                 2\n|\n粮食产量100亿斤以上。\n|\n市农技中心\n|\n卢伯瑛\n|\n2024年底前\n|\n5555097\n|\n\
                 3\n|\n二、加快新型工业化进程\n|\n发展预制菜产业,产值突破100亿元。\n|\n\
                 产业科\n市畜牧中心\n|\n孙永峰\n李先俊\n|\n2024年底前\n|\n5555309\n|\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3);
    let t = at(d, &["一、", "1"]);
    assert_eq!(t.text, "农村常住居民人均可支配收入同步增长。");
    assert_eq!(lead(t), ["法规科"]);
    assert_eq!(
        t.leaders
            .iter()
            .map(|l| l.name.as_str())
            .collect::<Vec<_>>(),
        ["潘秀峰"]
    );
    assert_eq!(
        t.deadline.as_ref().map(|d| d.text.as_str()),
        Some("2024年底前")
    );
    assert_eq!(lead(at(d, &["一、", "2"])), ["市农技中心"]);
    let t = at(d, &["二、", "3"]);
    assert_eq!(lead(t), ["产业科", "市畜牧中心"]);
    assert_eq!(t.leaders.len(), 2);
}

/// A problem with its measures run in after a colon and its labels after them on the
/// same line ("(一)存在问题:…整改措施:1.…;2.…。责任领导:张三;责任单位:县发改局"): the
/// labels are the group's, so every measure has them; items run together without a
/// group on the line keep their own.
#[test]
fn labels_after_run_in_measures_are_the_groups() {
    let input = "一、存在问题\n\
                 (一)存在问题:班子建设薄弱。整改措施:1.加强学习;2.完善制度。责任领导:张三;\
                 责任单位:县发改局;整改时限:2024年6月底\n\
                 (二)做好A项工作,加强调度,按月通报进展情况。(三)做好B项工作,强化督查,\
                 按季度通报进展情况。责任单位:县财政局\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    for n in ["1.", "2."] {
        let t = at(d, &["一、", "(一)", n]);
        assert_eq!(lead(t), ["县发改局"], "{n}");
        assert_eq!(t.leaders.len(), 1);
        assert_eq!(
            t.deadline.as_ref().map(|d| d.text.as_str()),
            Some("2024年6月底")
        );
    }
    assert!(lead(at(d, &["一、", "(二)"])).is_empty());
    assert_eq!(lead(at(d, &["一、", "(三)"])), ["县财政局"]);
}

/// A 复查通报's problems by district: paragraphs that each open with a unit and a colon
/// ("川汇区:…;…", held-out c1209) are unnumbered tasks of that unit; a salutation
/// ("各乡镇人民政府:") is not.
#[test]
fn paragraphs_that_each_open_with_a_unit_and_a_colon_are_tasks() {
    let input = "5月22日,专项整治督查组进行了全面复查。仍未整改的问题如下:\n\
                 川汇区:交通大道东段八中对面有废旧轮胎堆放;建新路路面破损严重。\n\
                 市经济开发区:周项路与武盛大道交叉口东北角路面破损严重。\n\
                 东新区:庆丰中路绿化带内白色垃圾较多。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["川汇区"]);
    assert_eq!(lead(t[2]), ["东新区"]);
    let o = parse_checked("各乡镇人民政府:\n县直各单位:\n现将有关事项通知如下。\n");
    assert_eq!(task_count(&o.documents[0]), 0);
}

/// A minute's item that shares its work out inside its sentence ("…,党政办负责外围环
/// 境,社会管理办公室负责质量监督,财政所负责资金兑付。", held-out c1207): each unit
/// that opens a clause with 负责 leads; a clause that is a demand or names a phrase
/// ("明确部门牵头责任领导") names no one.
#[test]
fn clauses_inside_a_text_that_each_open_with_a_unit_and_fuze() {
    let input = "1、成立滑坡治理工程领导小组,镇长任组长,党政办负责外围环境,\
                 社会管理办公室负责质量监督,财政所负责资金兑付。\n\
                 2、建立台账,明确部门(单位)牵头责任领导和具体责任人。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["党政办", "社会管理办公室", "财政所"]);
    assert!(lead(t[1]).is_empty());
}

/// A page that makes public how problems were put right ("现将巡察整改情况予以公
/// 布:", held-out c1405) reports work done: its items name no one and are no tasks.
#[test]
fn a_page_that_makes_a_rectification_public_lists_no_tasks() {
    let input = "区委第一巡察组向我局反馈了巡察意见,现将巡察整改情况予以公布:\n\
                 (一)党组书记组织落实整改工作情况\n\
                 1.强化责任担当,切实提高政治站位。\n\
                 2.坚持问题导向,认真落实巡察意见。\n";
    let o = parse_checked(input);
    assert_eq!(task_count(&o.documents[0]), 0);
}

/// Clauses that each open with a unit and 负责 beside a clause that names who leads
/// ("由县发改局负责组织实施,县财政局负责资金保障"): each unit leads; a unit a label
/// named already keeps the label's role.
#[test]
fn fuze_clauses_beside_other_names() {
    let o = parse_checked(
        "一、重点工作\n1.推进项目建设,由县发改局负责组织实施,县财政局负责资金保障。\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["县发改局", "县财政局"]);
    let o = parse_checked(
        "一、重点工作\n1.推进项目建设(牵头单位:县发改局;配合单位:县财政局)。县财政局负责资金保障。\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["县发改局"]);
    assert_eq!(coop(t[0]), ["县财政局"]);
}

/// Who does it, written as the first sentence of a task ("由X牵头,Y配合,…"), or as
/// the whole task: every clause is read, not only the first unit (the cooperating
/// units were lost). A first sentence that does not open with 由 is the work's own
/// ("加强法治政府建设组织领导落实" names no leader).
#[test]
fn who_does_it_as_a_task_s_first_sentence() {
    let o = parse_checked(
        "一、重点工作\n\
         (一)由县财政局牵头,县审计局配合,开展专项检查。\n\
         (二)由市发改委负责,市财政局配合。\n\
         (三)由省经贸委负责,省农业厅、福建出入境检验检疫局配合,加快基地建设。\
         福建出入境检验检疫局负责,省农业厅配合,强化出口备案。\n\
         二、加强法治政府建设组织领导落实\n\
         (一)加强党的领导。\n",
    );
    let d = &o.documents[0];
    let t = tasks(d);
    assert_eq!(lead(t[0]), ["县财政局"]);
    assert_eq!(coop(t[0]), ["县审计局"]);
    assert_eq!(t[1].text, "由市发改委负责,市财政局配合。");
    assert_eq!(lead(t[1]), ["市发改委"]);
    assert_eq!(coop(t[1]), ["市财政局"]);
    // Cooperating in the first sentence, responsible in the second: it leads.
    assert_eq!(lead(t[2]), ["省经贸委", "福建出入境检验检疫局"]);
    assert_eq!(coop(t[2]), ["省农业厅"]);
    assert!(t[3].leaders.is_empty() && lead(t[3]).is_empty());
}

/// A field label that names no role, whose value says who does it with 由 and a
/// verb of the work (held-out c1906: "整改措施:由县住建局督促商户更换。").
#[test]
fn a_you_clause_with_a_verb_of_the_work_names_the_lead() {
    let o = parse_checked(
        "1、广伟商城户外宣传广告破损。\n\
         整改措施:由县住建局督促商户更换。\n\
         2、河滨南路有住户在行道树晾晒衣物。\n\
         整改措施:由包片单位县文广局督促住户移走晾晒的衣物。\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["县住建局"]);
    assert_eq!(lead(t[1]), ["县文广局"]);
}

/// The parts of a plan that say why and who takes part ("一、督办目的", "四、参加人员")
/// are no work: their items are no tasks, where another part's items name leaders
/// (held-out c1407).
#[test]
fn aims_and_participants_are_no_tasks() {
    let o = parse_checked(
        "市政协督办重点提案工作方案\n\
         一、督办目的\n\
         1、了解提案办理进度和办理过程中存在的问题。\n\
         二、督办方式、要求\n\
         1、由分管副主席领办,相关专委会协助做好督办工作。\n\
         三、参加人员\n\
         1、市政协分管领导,政协相关部门负责人、提案者。\n",
    );
    let d = &o.documents[0];
    let t = tasks(d);
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(leaders(t[0]), ["分管副主席"]);
}

/// A line of unit names alone under a task is the task's units, as a 责任单位 label
/// would give them (★ marks the lead); a unit in round brackets after words of work
/// is who does it; an issuer's name over the date after the last task is no unit.
#[test]
fn units_without_a_label() {
    let o = parse_checked(
        "一、重点工作\n\
         1.河长制全面落实。\n\
         ★市水利局、市生态环境局、各县区政府\n\
         2.推进数字政府建设。\n\
         市大数据局\n\
         3.推进垃圾分类(市城管局)\n\
         4.加强市委组织部(市人才办)\n\
         5.丘陵区山塘清淤增蓄。\n\
         沅江市第十八届人民代表大会\n\
         第二次会议主席团\n\
         2022年12月21日\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["市水利局"]);
    assert_eq!(coop(t[0]), ["市生态环境局", "各县区政府"]);
    assert_eq!(lead(t[1]), ["市大数据局"]);
    assert_eq!(lead(t[2]), ["市城管局"]);
    assert!(lead(t[3]).is_empty());
    assert!(lead(t[4]).is_empty(), "{:?}", lead(t[4]));
}

/// A later sentence that opens with 由 or 请, a unit and a verb of the work names who
/// does the item ("会议原则同意…。由统筹办、新农办组织对…进行验收", held-out c1809;
/// "…无健康证。请市文明办协调解决。", held-out c1908); 请示 opens no request.
#[test]
fn a_sentence_that_asks_a_unit_to_act() {
    let o = parse_checked(
        "一、议定事项\n\
         1.会议原则同意县经发局关于召开推进会的筹备意见。由统筹办、新农办组织对社区建设进行验收。\n\
         2.食堂工作人员无健康证。请市文明办协调解决。\n\
         3.请各县区抓好落实。\n\
         4.请示报告制度。\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["统筹办", "新农办"]);
    assert_eq!(lead(t[1]), ["市文明办"]);
    assert_eq!(lead(t[2]), ["各县区"]);
    assert!(lead(t[3]).is_empty());
}

/// A Markdown table (as a chat tool or an editor copies one): the line of dashes under
/// its header is a rule, listed as such, not a section.
#[test]
fn a_markdown_table_s_rule_is_no_section() {
    let o = parse_checked(
        "| 序号 | 工作任务 | 牵头领导 | 牵头单位 | 配合单位 | 完成时限 |\n\
         | --- | --- | --- | --- | --- | --- |\n\
         | 1 | 建成5G基站 | 王明 | 市工信局 | 市通信管理办 | 2024年12月 |\n\
         | 2 | 新建学校3所 | 李华 | 市教育局 | 市财政局、市自然资源局 | 2024年9月 |\n",
    );
    let d = &o.documents[0];
    assert_eq!(d.nodes.len(), 2, "{:?}", d.nodes);
    assert_eq!(task_count(d), 2);
    assert_eq!(lead(tasks(d)[1]), ["市教育局"]);
    assert_eq!(ignored_reasons(&o), [(1, "表头"), (2, "表格线")]);
}

/// "X会同Y" followed by the work itself, not by a role verb: X leads, Y takes part,
/// whether the sentence opens the task or follows its first ("要" before 会同 too);
/// 会同 with no unit before it names no one.
#[test]
fn a_unit_with_its_partners_then_the_work() {
    let o = parse_checked(
        "一、重点工作\n\
         1.推进乡村振兴。市农业农村局要会同市财政局制定实施方案。\n\
         2.市农业农村局会同市财政局、市自然资源局制定实施方案。\n\
         3.会同有关部门研究制定办法。\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["市农业农村局"]);
    assert_eq!(coop(t[0]), ["市财政局"]);
    assert_eq!(lead(t[1]), ["市农业农村局"]);
    assert_eq!(coop(t[1]), ["市财政局", "市自然资源局"]);
    assert!(lead(t[2]).is_empty() && coop(t[2]).is_empty());
}

/// Sections numbered differently (一、 + 1. in one, 二、 + (一) + 1. in the next):
/// (一) goes between 二、 and its 1., as official documents rank them; (二) closes
/// 2. instead of going under it.
#[test]
fn a_later_section_with_a_level_the_first_lacked() {
    let o = parse_checked(
        "一、加快产业发展\n\
         1.推进产业园建设。\n\
         2.培育新兴产业。\n\
         二、改善民生\n\
         (一)教育\n\
         1.新建学校3所。\n\
         2.改造操场10个。配合单位:市财政局\n\
         (二)医疗\n\
         3.新建医院1所(市卫健委负责)\n",
    );
    let d = &o.documents[0];
    assert_eq!(task_count(d), 5);
    let t = at(d, &["二、", "(二)", "3."]);
    assert_eq!(lead(t), ["市卫健委"]);
    assert_eq!(coop(at(d, &["二、", "(一)", "2."])), ["市财政局"]);
}

/// A table copied one cell per line under its title ("2024年重点工作任务分解表"): the
/// title is no column of the header (it was, and the second row became part of the
/// first).
#[test]
fn a_table_s_title_above_a_header_of_one_cell_per_line() {
    let o = parse_checked(
        "2024年重点工作任务分解表\n序号\n重点任务\n责任领导\n牵头单位\n配合单位\n完成时限\n\
         1\n建成5G基站1000个\n王明\n市工信局\n市通信管理办\n2024年12月\n\
         2\n新建学校3所\n李华\n市教育局\n市财政局、市自然资源局\n2024年9月\n",
    );
    let d = &o.documents[0];
    assert_eq!(task_count(d), 2);
    let t = tasks(d);
    assert_eq!(leaders(t[1]), ["李华"]);
    assert_eq!(coop(t[1]), ["市财政局", "市自然资源局"]);
    assert_eq!(
        t[1].deadline.as_ref().map(|d| d.text.as_str()),
        Some("2024年9月")
    );
}

/// The standing duties of a post ("二、县级河湖长主要履行以下职责", held-out c2005) are
/// no tasks of a period: its items are sections unless they name who does them.
#[test]
fn standing_duties_are_no_tasks() {
    let o = parse_checked(
        "一、河湖概况\n全县有大小河流29条。\n\
         二、县级河湖长主要履行以下职责\n\
         (一)审定并组织实施责任河湖“一河(湖)一策”方案;\n\
         (二)组织研究责任河湖管理保护中的重大问题;\n\
         三、重点工作\n\
         (一)开展河道清淤。(县水利局牵头)\n",
    );
    let d = &o.documents[0];
    assert_eq!(task_count(d), 1);
    assert_eq!(lead(tasks(d)[0]), ["县水利局"]);
}

#[test]
fn the_units_that_open_a_tasks_work_are_its_lead_units() {
    // A task's title, then its work with the units that do it as the subject: on its
    // own line under the title, or after a title sentence on the same line.
    let input = "2023年烟叶工作意见\n\
                 二、主要任务\n\
                 (一)确保栽足种实\n\
                 各乡镇人民政府要严格执行烟叶生产计划管理政策,确保移栽面积完成。\n\
                 (二)督促落实企业主责\n\
                 1.强化源头管理。交通运输、公安交警、应急管理部门要强化道路运输企业安全生产主体责任。\n\
                 2.构建共建共治体系。各成员单位要加强协同联动,及时消除隐患漏洞。\n\
                 3.规范答复。承办单位要逐条梳理、逐一解答。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 4);
    assert_eq!(lead(at(d, &["二、", "(一)"])), ["各乡镇人民政府"]);
    // Split as written: the last name's ending is the others' too.
    assert_eq!(
        lead(at(d, &["二、", "(二)", "1."])),
        ["交通运输", "公安交警", "应急管理部门"]
    );
    assert_eq!(lead(at(d, &["二、", "(二)", "2."])), ["各成员单位"]);
    // A role's name ("承办单位") is said to whoever handles it: no one is named.
    assert!(lead(at(d, &["二、", "(二)", "3."])).is_empty());

    // A part of the plan that opens with a demand addresses all: its items do not
    // inherit the subject. A top-level task's own subject does it, bodies of a kind as
    // well (held-out c8700, c8705, c2202: "一、细化量化,压实工作责任。各地各有关部门要…").
    let o = parse_checked(
        "工作方案\n三、主要任务\n各村要立足实际,科学规划。\n(一)面上清淤任务\n(二)示范方建设\n\
         四、明确责任抓落实。各地各部门要建立健全责任制。\n",
    );
    let d = &o.documents[0];
    assert!(lead(at(d, &["三、", "(一)"])).is_empty());
    assert_eq!(lead(at(d, &["四、"])), ["各地", "各部门"]);

    // A page that is no task list is not made one by such subjects: its parts stay
    // sections and name no one (as the same page without them).
    let o = parse_checked(
        "关于印发市本级政府投资项目建设“三三三”工作推进机制的通知\n一、建立工作进展三账管理制度\n\
         (一)建立台账。市本级政府投资项目责任部门(单位)要按照确定的计划建立台账。\n\
         (二)按月报账。县发改局要在每月5日前报送进展。\n",
    );
    let d = &o.documents[0];
    assert_eq!(task_count(d), 0);
    assert!(lead(at(d, &["一、", "(二)"])).is_empty());
}

#[test]
fn a_bracket_of_who_does_it_then_a_note_closes_the_tasks_text() {
    // The bracket's first sentence is who does it; the rest is a note for the reader
    // (and its stray round bracket). The cut paragraph below is the task's, not more
    // of its title.
    let input = "二、工作任务\n(一)实施最严格水资源管理。\n\
                 1.控制用水总量。强化用水监督管理,对用水大户实行计划用水管理,省考核范围内用水总量控制在47.38亿立方米。\
                 [市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。以下均需各县(市)区政府落实,\
                 区政府无相关工作职能的,由市政府直属责任部门负责相关工作,不再列出)]\n\
                 \n  严控地下水超\n";
    let o = parse_checked(input);
    let t = at(&o.documents[0], &["二、", "(一)", "1."]);
    assert_eq!(lead(t), ["市水务局"]);
    assert_eq!(coop(t), ["市工信委", "城乡建设局", "各县(市)区政府"]);
    assert_eq!(t.body, "严控地下水超");
}

#[test]
fn a_cell_per_line_table_with_columns_named_twice_over_is_read() {
    // Held-out c2111's shape: no 序号, blank lines between cells, a header name joined
    // by 、, and a 监督方式 column of telephone numbers.
    let input = "重点任务第一季度进展情况\n\n目标任务\n\n执行措施、实施步骤\n\n工作进展、取得成效\n\n\
                 后续举措\n\n责任分工\n\n监督方式\n\n强化招商引资工作机制,全年引进项目10个\n\n\
                 优化产业链招商专班工作机制,制定督导评价体系\n\n按照招商引资工作季度评比指标体系开展评比\n\n\
                 一是定期外出招商。二是继续跟进对接项目\n\n木李镇经济发展办公室\n\n0533-6715628\n\n\
                 压实耕地保护和粮食安全责任,新建高标准农田\n\n完成高标准农田设计单位招标\n\n\
                 进行项目区现场勘测\n\n继续推进项目建设\n\n木李镇农业农村办公室\n\n0533-6715629\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 2);
    let tasks: Vec<_> = d
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Task)
        .collect();
    assert!(tasks[0].text.starts_with("强化招商引资"));
    assert_eq!(lead(tasks[0]), ["木李镇经济发展办公室"]);
    assert_eq!(lead(tasks[1]), ["木李镇农业农村办公室"]);
}

#[test]
fn a_deadline_cell_merged_over_rows_is_each_rows_deadline() {
    // Held-out c2200's shape: a table copied one cell per line, whose 完成时限 cell
    // spans a group of rows and is given once, in the group's first row.
    let input = "序号\n工作任务\n完成时限\n责任股室\n\
                 1\n免费开放服务人次较上年增长15%\n12月底前\n文化宣传股\n\
                 2\n组织开展文化下乡惠民演出不少于100场\n文化宣传股\n\
                 3\n完善观花线路观景平台及配套服务\n5月底\n旅游股\n\
                 4\n新建、改建旅游厕所6座\n旅游股\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 4);
    let deadline = |n: &str| at(d, &[n]).deadline.as_ref().map(|x| x.text.clone());
    assert_eq!(deadline("1").as_deref(), Some("12月底前"));
    assert_eq!(deadline("2").as_deref(), Some("12月底前"));
    assert_eq!(deadline("3").as_deref(), Some("5月底"));
    assert_eq!(deadline("4").as_deref(), Some("5月底"));
    assert_eq!(lead(at(d, &["2"])), ["文化宣传股"]);
}

/// A Word table copied with tabs that has no 序号 column: each row with its own task
/// text and units is a task without a number; a row whose first cells were merged
/// with the row above keeps its cells in their columns; two text columns read apart.
#[test]
fn a_tab_table_without_numbers_and_rows_with_merged_cells() {
    let input = "重点任务\t主要内容\t牵头单位\t配合单位\n\
                 稳增长\t推动经济平稳运行\t市发改委\t市统计局\n\
                 促消费\t开展促消费活动\t市商务局\t\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(
        (t[0].number.as_deref(), t[0].text.as_str()),
        (None, "稳增长 推动经济平稳运行")
    );
    assert_eq!(
        (lead(t[0]), coop(t[0])),
        (vec!["市发改委"], vec!["市统计局"])
    );
    assert_eq!(lead(t[1]), ["市商务局"]);
    // The same between bars: two cells of a line read apart, a wrapped cell goes on.
    let input = "| 重点任务 | 主要内容 | 牵头单位 | 配合单位 |\n\
                 | --- | --- | --- | --- |\n\
                 | 稳增长 | 推动经济平稳运行 | 市发改委 | 市统计局 |\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t[0].text, "稳增长 推动经济平稳运行");
    assert_eq!(coop(t[0]), ["市统计局"]);
    // The row under a merged 序号 opens with an empty cell: its leader stays in its
    // column (it was read as a part of the task's text), and with a text, a leader and
    // a deadline of its own it is a task of its own (an Excel row the clerk tracks),
    // sharing the unit cell it left empty with the row above.
    let input = "序号\t项目名称\t牵头领导\t责任单位\t完成时限\n\
                 1\t老旧小区改造\t张三\t市住建局\t2024年12月底\n\
                 \t加装电梯50部\t王五\t\t2024年10月底\n\
                 2\t新建幼儿园\t李四\t市教育局\t2024年9月\n";
    let o = parse_checked(input);
    let rows = task_rows(&o.documents[0]);
    let row = |n: &str, t: &str, l: &str, d: &str| {
        (
            n.to_string(),
            t.to_string(),
            vec![l.to_string()],
            vec![],
            Some(d.to_string()),
        )
    };
    assert_eq!(
        rows,
        [
            row("1", "老旧小区改造", "市住建局", "2024年12月底"),
            row("", "加装电梯50部", "市住建局", "2024年10月底"),
            row("2", "新建幼儿园", "市教育局", "2024年9月"),
        ]
    );
    let leaders: Vec<Vec<String>> = leader_rows(&o.documents[0])
        .iter()
        .map(|ls| ls.iter().map(|l| l.name.clone()).collect())
        .collect();
    assert_eq!(leaders, [["张三"], ["王五"], ["李四"]]);
    // Rows of a measure alone under cells merged over them (重点任务, 责任单位 and
    // 完成时限 given once, in the group's first row): tasks of their own that share
    // them; a category's heading number and text alone stays with the row above.
    let input = "序号\t重点任务\t具体措施\t责任单位\t完成时限\n\
                 \t一、稳增长\n\
                 1\t推进产业升级\t加快园区建设\t市发改委\t12月底前\n\
                 \t\t引进龙头企业\n\
                 \t二、保障民生\n\
                 2\t新增就业\t开展招聘\t市人社局\t全年\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(
        d.nodes
            .iter()
            .map(|n| (n.number.as_deref(), n.kind, n.children.len()))
            .collect::<Vec<_>>(),
        [
            (Some("一、"), NodeKind::Section, 2),
            (Some("二、"), NodeKind::Section, 1)
        ]
    );
    assert_eq!(
        task_rows(d)[..2],
        [
            (
                "1".to_string(),
                "推进产业升级 加快园区建设".to_string(),
                vec!["市发改委".to_string()],
                vec![],
                Some("12月底前".to_string())
            ),
            (
                String::new(),
                "引进龙头企业".to_string(),
                vec!["市发改委".to_string()],
                vec![],
                Some("12月底前".to_string())
            ),
        ]
    );
}

/// A heading whose units lead (牵头) over items that name their own 责任单位: the
/// heading's units lead each item, its own cooperate (as held-out c4000 is labelled);
/// under a heading of 责任单位 alone the item's own lead beside them.
#[test]
fn responsible_units_under_a_heading_whose_units_lead() {
    let input = "一、整治提升村容村貌(县委农办、县农业农村局牵头)\n\
                 1.提升村庄公共环境。(责任单位:县委农办、县农业农村局)\n\
                 2.加强乡村建筑风貌引导。(责任单位:县住房和城乡建设局)\n\
                 3.实施乡村绿化行动。(牵头单位:县自然资源和规划局)\n\
                 二、推进厕所革命(责任单位:县农业农村局)\n\
                 1.改造户厕。(责任单位:县卫健局)\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let who = |path: &[&str]| {
        let t = at(d, path);
        (lead(t), coop(t))
    };
    assert_eq!(
        who(&["一、", "1."]),
        (vec!["县委农办", "县农业农村局"], vec![])
    );
    assert_eq!(
        who(&["一、", "2."]),
        (vec!["县委农办", "县农业农村局"], vec!["县住房和城乡建设局"])
    );
    assert_eq!(
        who(&["一、", "3."]),
        (
            vec!["县自然资源和规划局", "县委农办", "县农业农村局"],
            vec![]
        )
    );
    assert_eq!(
        who(&["二、", "1."]),
        (vec!["县卫健局", "县农业农村局"], vec![])
    );
}

/// Records of fields, each naming its task in a field (项目名称, 工作任务 …): each
/// record is a task without a number whose text is that field's value, its other
/// fields its paragraphs and labels; "01 项目名称:…" keeps its number, not the field's
/// name. A record under a heading of its kind is the heading's; an item's name given
/// again right below it stays the item's.
#[test]
fn records_of_fields_that_name_their_tasks() {
    let input = "2025年民生实事项目清单\n\n\
                 项目名称：新建城区幼儿园3所\n\
                 建设内容：新增学位900个\n\
                 责任单位：区教育局\n\
                 配合单位：区财政局\n\
                 完成时限：2025年8月底\n\n\
                 项目名称：改造老旧小区20个\n\
                 责任单位：区住建局\n";
    let o = parse_checked(input);
    let rows = task_rows(&o.documents[0]);
    assert_eq!(
        rows,
        [
            (
                String::new(),
                "新建城区幼儿园3所".to_string(),
                vec!["区教育局".to_string()],
                vec!["区财政局".to_string()],
                Some("2025年8月底".to_string())
            ),
            (
                String::new(),
                "改造老旧小区20个".to_string(),
                vec!["区住建局".to_string()],
                vec![],
                None
            ),
        ]
    );
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
    let input = "全县办实事项目\n01 项目名称:提升县域生态环境\n项目内容:\n\
                 新改建城区公共厕所5座。\n责任单位:\n水务局、城管局\n\
                 02 项目名称:加大文化惠民力度\n责任单位:文广旅局\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(
        t.iter()
            .map(|t| (t.number.as_deref(), t.text.as_str(), lead(t)))
            .collect::<Vec<_>>(),
        [
            (Some("01"), "提升县域生态环境", vec!["水务局", "城管局"]),
            (Some("02"), "加大文化惠民力度", vec!["文广旅局"])
        ]
    );
    // The third record copied one cell per line: its number, its name field and its
    // name each on a line of their own.
    let input = "全县办实事项目\n01 项目名称:提升县域生态环境\n责任单位:\n水务局\n\
                 02 项目名称:加大文化惠民力度\n责任单位:文广旅局\n\
                 03\n项目名称:\n实施文明实践工程\n责任单位\n文明办\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(
        t.iter()
            .map(|t| (t.number.as_deref(), t.text.as_str(), lead(t)))
            .collect::<Vec<_>>()[1..],
        [
            (Some("02"), "加大文化惠民力度", vec!["文广旅局"]),
            (Some("03"), "实施文明实践工程", vec!["文明办"])
        ]
    );
    let input = "民生实事\n一、教育类\n项目名称：新建幼儿园\n责任单位：区教育局\n\
                 项目名称：新建中学\n责任单位：区教育局\n二、住房类\n\
                 项目名称：改造老旧小区\n责任单位：区住建局\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let under = |n: &str| -> Vec<String> {
        at(d, &[n])
            .children
            .iter()
            .map(|c| c.text.clone())
            .collect()
    };
    assert_eq!(under("一、"), ["新建幼儿园", "新建中学"]);
    assert_eq!(under("二、"), ["改造老旧小区"]);
    let input = "重点工作\n1.新建停车场\n项目名称：城东停车场\n责任单位：区城管局\n\
                 2.新建公园\n责任单位：区园林局\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(
        (t[0].text.as_str(), lead(t[0])),
        ("新建停车场", vec!["区城管局"])
    );
}

/// Words that hand the work to a unit as 由 does (责成, 交由).
#[test]
fn work_handed_to_a_unit() {
    let input =
        "一、重点工作\n1.推进工作九,责成市教育局抓好落实。\n2.推进工作十三,交由市国资委牵头推进。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["市教育局"]);
    assert_eq!(lead(t[1]), ["市国资委"]);
    // A named unit (not "各级") and 要 opens a numbered task as its doer; the names
    // after 会同 go on to a verb of the work (加快推进).
    let input = "一、重点工作
1.市住建局要会同市自然资源局加快推进城市更新。
2.各级要加快推进城市更新。
";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(
        (lead(t[0]), coop(t[0])),
        (vec!["市住建局"], vec!["市自然资源局"])
    );
    assert!(lead(t[1]).is_empty());
}

/// A unit, its modal and adverb, then 会同 or 联合 and a partner: the unit leads and the
/// partner cooperates whatever verb of the work follows (打造, 开展), after 应当 or 要积极
/// as after 要; not 联合 or 协调 before the work itself ("联合组织…", "jointly", held-out
/// c13042), nor 协调 after an adverb, which is the unit's own work ("要主动协调相关部门",
/// c13323). A verb that starts the partner's own name is none ("市委组织部", held-out
/// c13524). After a list of names and before the work, 联合 is "jointly", as 共同 is: each
/// leads (held-out c13651).
#[test]
fn a_subject_with_its_partners_whatever_verb_follows() {
    let o = parse_checked(
        "一、促进消费\n\
         1.市文旅局要会同市交通运输局、市商务局打造精品旅游线路。\n\
         2.市文旅局会同市交通运输局打造精品旅游线路。\n\
         3.市文旅局应当会同市交通运输局等部门制定实施办法。\n\
         4.市教育局要联合市卫健委开展学生体质监测。\n\
         5.市公安局要积极会同市交通运输局开展整治行动。\n\
         6.市司法局要认真履行职责,并指定有关地方和部门联合组织专题工作小组。\n\
         7.县农业农村部门要主动协调相关部门,共同推进任务实施。\n\
         8.市民政局联合市委组织部举办专题培训班。\n\
         9.区民防办、区国教办联合开展集中设点宣传活动。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 9);
    let want: [(&[&str], &[&str]); 9] = [
        (&["市文旅局"], &["市交通运输局", "市商务局"]),
        (&["市文旅局"], &["市交通运输局"]),
        (&["市文旅局"], &["市交通运输局"]),
        (&["市教育局"], &["市卫健委"]),
        (&["市公安局"], &["市交通运输局"]),
        (&["市司法局"], &[]),
        (&["县农业农村部门"], &[]),
        (&["市民政局"], &["市委组织部"]),
        (&["区民防办", "区国教办"], &[]),
    ];
    for (t, (l, c)) in t.iter().zip(want) {
        assert_eq!((lead(t), coop(t)), (l.to_vec(), c.to_vec()), "{}", t.text);
    }
}

/// A part of the plan that gives the units their duties ("二、工作职责"): each of its
/// paragraphs that opens with units and their duty (after a colon too, "乡纪委、监察室:
/// 负责…") is a task without a number; its opening demand to all is not (held-out c2408).
#[test]
fn paragraphs_of_a_part_of_duties_are_its_tasks() {
    let input = "一、总体要求\n全面贯彻落实会议精神。\n二、工作职责\n\
                 各村党支部、驻乡各单位要高度重视,各司其职。\n\
                 乡纪委、监察室:负责对防控措施落实情况进行监督检查。\n\
                 乡人武部负责本乡人民武装力量参与疫情处置工作。\n\
                 必要时组织民兵参与。\n\
                 三、保障措施\n加强领导。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = tasks(d);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].number, None);
    assert_eq!(lead(t[0]), ["乡纪委", "监察室"]);
    assert_eq!(lead(t[1]), ["乡人武部"]);
    assert!(t[1].body.contains("必要时组织民兵参与"));
    assert_eq!(d.nodes.len(), 3);
}

/// A notice that sets up a mechanism ("关于建立…联席会议制度的通知", "现将有关事项通知
/// 如下") and gives the units their duties under 职责分工 assigns the work itself: its
/// items are not a carrying notice's; a 会同 clause names partners (held-out c2600).
#[test]
fn a_notice_that_gives_units_their_duties() {
    let input = "攀枝花市人民政府办公室关于建立市殡葬改革工作联席会议制度的通知\n\
                 各县(区)政府,市级有关部门:\n\
                 为进一步推动殡葬改革工作,市政府决定建立联席会议制度。现将有关事项通知如下。\n\
                 一、主要职能\n研究解决殡葬改革工作中的困难和问题。\n\
                 二、职责分工\n\
                 市委宣传部:负责做好殡葬改革宣传引导工作。\n\
                 市民政局:负责全市殡葬事务的管理、监督和检查,会同市发改、公安等有关部门依法查处违法违规行为。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["市委宣传部"]);
    assert_eq!(
        (lead(t[1]), coop(t[1])),
        (vec!["市民政局"], vec!["市发改", "公安", "有关部门"])
    );
}

/// A page that starts at a task whose work opens with a named unit ("(九)民爆器材管理。
/// 县公安局要…"): the unit does it, at the top level too, and so do bodies of a kind
/// (held-out c2603; c8700, c8705).
#[test]
fn a_named_unit_opening_a_top_level_task_s_work() {
    let input = "(九)民爆器材管理。县公安局要重点检查民爆器材的储存和使用。\n\
                 (十)建筑施工安全。县住建局要重点针对各施工现场开展检查。\n\
                 (十一)明确责任。各乡镇要高度重视。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["县公安局"]);
    assert_eq!(lead(t[1]), ["县住建局"]);
    assert_eq!(lead(t[2]), ["各乡镇"]);
}

/// A bar table's line that fills every column is read by position: a progress cell
/// that lists towns ("新建锦南街道、高虹镇…") stays a note, not units (held-out c2602).
#[test]
fn a_bar_row_that_fills_every_column_is_read_by_position() {
    let input = "序号 | 项目内容 | 进展情况 | 责任单位 |\n\
                 2 | 新建成婴幼儿照护服务成长驿站7家。 | 新建锦南街道、高虹镇、天目山镇等13家成长驿站。 | 卫生健康局 |\n\
                 3 | 实施农村公路大中修100公里。 | 完成大中修50公里。 | 交通运输局 |\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["卫生健康局"]);
    assert!(t[0].body.contains("高虹镇"));
    assert_eq!(lead(t[1]), ["交通运输局"]);
}

/// A bar table's row whose cell holds numbered lines ("1.…;… 2.…") is one row: its
/// numbers are not items run together on the line (held-out c2601).
#[test]
fn numbered_lines_inside_a_bar_cell_stay_in_the_row() {
    let input = "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n\
                 2 | 新建成婴幼儿照护服务成长驿站7家。 | 1.成长驿站:3月底前新建成2家。 2.托位:3月底前新增100个以上托位。 | 卫生健康局 | 财政局、教育局 |\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 1);
    assert_eq!(
        (lead(t[0]), coop(t[0])),
        (vec!["卫生健康局"], vec!["财政局", "教育局"])
    );
}

/// "2.50个小区…" after "1.…": the list's next number before a quantity, not a decimal
/// (held-out c2606); alone, "2.50个" stays a quantity.
#[test]
fn the_next_number_before_a_quantity() {
    let input = "1.既有多层住宅加装电梯新增400台。\n2.50个小区新增电动自行车充电设施。\n3.开设40个小学生爱心暑托班。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 3);
    assert_eq!(
        (t[1].number.as_deref(), t[1].text.as_str()),
        (Some("2."), "50个小区新增电动自行车充电设施。")
    );
    let o = parse_checked("1.推进建设。\n3.50个小区完成改造。\n");
    assert_eq!(tasks(&o.documents[0]).len(), 1);
}

/// A page titled by the plan it carries (a forum copy), then the carrying notice that
/// says so ("现印发给你们,并就有关事项通知如下"), its items and its signature: the
/// items are the notice's, not the plan's tasks (held-out c2608).
#[test]
fn a_carrying_notice_under_its_plan_s_title() {
    let input = "武汉市人民政府2023年《政府工作报告》目标任务责任分解方案(上)\n\
                 各区人民政府,市人民政府各部门:\n\
                 《2023年市〈政府工作报告〉目标任务责任分解方案》已经市人民政府同意,现印发给你们,并就有关事项通知如下,请一并贯彻执行。\n\
                 一、高度重视,精心组织,科学制订办理方案。各责任单位要逐项研究。\n\
                 二、强化担当,压实责任,高效推进办理工作。\n\
                 武汉市人民政府办公厅\n2023年1月12日\n";
    let o = parse_checked(input);
    assert!(o.documents.iter().all(|d| task_count(d) == 0));
}

/// A page whose line breaks were lost inside a part of the departments' duties: the
/// heading's title and each unit's "X:负责…" entry run together after spaces and
/// sentence ends. Each entry is a task of its own under "(三)部门相关监管责任", its
/// lines after a ";" break its own (held-out c3109).
#[test]
fn units_duties_run_together_after_a_heading() {
    let input = "(三)部门相关监管责任 区建设局:负责组织管道天然气经营企业梳理制定简便安装流程;\n\
                 负责督促各瓶装液化石油气经营企业禁止供应钢瓶. 区安监局:负责综合监督和协调工作;\n\
                 对存在重大安全隐患的餐饮场所进行挂牌督办. 区商务局:配合做好餐饮场所转换工作. 区卫计局、区教育局:负责指导督促直属医疗机构和学校落实主体责任。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(d.nodes.len(), 1);
    assert_eq!(d.nodes[0].text, "部门相关监管责任");
    let t = tasks(d);
    let leads: Vec<Vec<&str>> = t.iter().map(|t| lead(t)).collect();
    assert_eq!(
        leads,
        [
            vec!["区建设局"],
            vec!["区安监局"],
            vec!["区商务局"],
            vec!["区卫计局", "区教育局"]
        ]
    );
    assert!(t[0].body.contains("禁止供应钢瓶"));
    assert!(t[1].body.contains("挂牌督办"));
}

/// "三、组织领导及职责分工…如下:县环保局。负责…": units' entries, each a unit's name as a
/// sentence of its own and then its duties, run on after the heading's paragraph: each
/// is a task of the heading, whatever the heading's words (held-out c1808). An item
/// with one such paragraph keeps it as its text.
#[test]
fn units_entries_after_a_long_heading() {
    let input = "三、组织领导及职责分工为切实加强领导,县政府成立领导小组。各组成单位及其职责如下:县环保局。负责对全县秸秆禁烧工作实施统一监督。县交通局、公路局。负责对公路两侧燃烧秸秆情况的巡查。\n\
                 县农委。负责全县农作物秸秆综合利用工作的督导。\n\
                 四、工作要求\n县住建局:负责做好城区燃气安全检查工作并及时报告。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = tasks(d);
    let leads: Vec<Vec<&str>> = t.iter().map(|t| lead(t)).collect();
    assert_eq!(
        leads,
        [
            vec!["县环保局"],
            vec!["县交通局", "公路局"],
            vec!["县农委"],
            vec!["县住建局"]
        ]
    );
    assert_eq!(d.nodes[1].kind, NodeKind::Task);
}

/// A 督查室's notice whose items close with who does them ("(责任单位:…)") hands out
/// the work itself: its items are tasks, not a carrying notice's how-to; a label
/// typed with a semicolon for its colon ("(责任单位;住建局、…)") is still a label
/// (held-out c3407, all on one line after its title).
#[test]
fn a_notice_whose_items_name_their_units() {
    let input = "扶余市人民政府督查室关于对全市开展农村人居环境综合整治工作专项督查的通知\n\
                 市直相关部门、各乡、镇(场)人民政府: 为有效推进市政府重点工作,市政府督查室将进行全面督查。现将有关事宜通知如下: 一、重点督办事项 1.加快推进全市农村垃圾收储运一体化进程。(责任单位:城市管理执法大队、各乡镇场) 2.实施改厨、改厕、改圈等工程。(责任单位;住建局、畜牧局、各乡镇场) 二、几点要求 1.报告要做到内容翔实,简洁明了。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["城市管理执法大队", "各乡镇场"]);
    assert_eq!(lead(t[1]), ["住建局", "畜牧局", "各乡镇场"]);
}

/// A carrying notice's items on the line of its preamble (line breaks lost): the
/// items are ignored with the preamble, and every word of the line is in the list of
/// ignored text (none dropped because the line was ignored already).
#[test]
fn a_notice_s_items_on_its_preamble_s_line_are_all_listed() {
    let input = "关于印发2024年重点工作方案的通知\n\
                 各乡镇: 现将《2024年重点工作方案》印发给你们,并就有关事项通知如下: 一、提高认识 1.各乡镇要高度重视,认真组织实施。 2.报告要做到内容翔实,简洁明了。\n\
                 县人民政府办公室\n2024年7月1日\n\
                 2024年重点工作方案\n一、实施农村危房改造。(责任单位:县住建局)\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 1);
    assert_eq!(lead(t[0]), ["县住建局"]);
    let listed: String = o.ignored.iter().map(|l| l.text.as_str()).collect();
    for words in ["通知如下", "认真组织实施", "内容翔实"] {
        assert!(listed.contains(words), "{words} not listed: {listed}");
    }
}

/// An activity plan whose activities each list their fields as numbered lines
/// ("1.活动时间:…", "2.活动内容:…", "3.组织单位:…"): the lines are the activity's
/// fields, not its sub-items: each activity is a task with its time as deadline, its
/// 组织单位 leading and the 参加单位 in a bracket of that value cooperating (held-out
/// c3404). A numbered list whose first line is no field stays a list.
#[test]
fn numbered_fields_of_an_activity() {
    let input = "四、活动安排\n\
                 (一)开展安全生产事故警示教育周活动\n\
                 1.活动时间:6月1日至6月7日。\n\
                 2.活动内容:各乡镇组织动员辖区内企业集中开展警示教育活动。\n\
                 3.组织单位:各乡镇人民政府,县直有关部门和单位。\n\
                 (二)开展安全生产宣传咨询日活动\n\
                 1.活动时间:6月16日。\n\
                 2.活动内容:开展安全生产政策法规咨询。\n\
                 3.组织单位:县安办、各乡镇人民政府。(咨询日活动点设在超市门前。参加单位:县安监局、交通局。)\n\
                 (三)开展应急演练\n\
                 1.组织各乡镇开展演练。\n\
                 2.活动内容:组织企业开展演练。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 4);
    assert_eq!(lead(t[0]), ["各乡镇人民政府", "县直有关部门和单位"]);
    assert_eq!(
        t[0].deadline.as_ref().map(|d| d.text.as_str()),
        Some("6月1日至6月7日")
    );
    assert!(t[0].body.contains("活动内容"));
    assert_eq!(
        (lead(t[1]), coop(t[1])),
        (vec!["县安办", "各乡镇人民政府"], vec!["县安监局", "交通局"])
    );
    assert_eq!(t[2].number.as_deref(), Some("1."));
}

/// A 政府信息公开 page of a notice that sets up a mechanism ("关于建立重点工作调度机
/// 制的通知", its title only in the page's box of facts): its items are the
/// mechanism's rules, naming no one: no tasks, and the remark says so (held-out c3409).
#[test]
fn a_notice_of_a_mechanism_lists_no_tasks() {
    let input = "[ 发布机构 ] | 靖边县人民政府办公室 | [ 发文日期 ] | 2025-02-28 |\n\
                 [ 名 称 ] | 靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知 |\n\
                 各镇人民政府,县政府各工作部门:\n\
                 县政府对2025年重点工作采取以下机制予以调度。现将有关要求通知如下:\n\
                 一、将重大项目、招商引资等重点工作纳入月调度机制。月调度会议由县长主持。\n\
                 二、为抓好重点项目建设,继续推行双周例会制度,双周例会由县长主持。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(
        d.title.as_deref(),
        Some("靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知")
    );
    assert_eq!(d.tasks().count(), 0);
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.contains("未发现任务分工")));
}

/// A news report of a meeting ("9月29日,徐舍镇召开…推进会。…参加会议。"): the demands
/// its speakers made, numbered, with subjects ("镇建设局要…"), are no list of tasks
/// (held-out c3408). Minutes of a meeting (纪要) stay a list of what it decided.
#[test]
fn a_news_report_of_a_meeting_lists_no_tasks() {
    let report = "9月29日,徐舍镇召开节前燃气安全生产工作推进会。镇建设局、镇经济发展局等相关职能部门负责人参加会议。\n\
                  副镇长张敏提出以下三点工作要求:\n\
                  一、做好对上协调工作\n镇建设局要充分与公用环保集团做好对接。\n\
                  二、做好内部调度工作\n镇建设局要做好安装人员的调度工作。\n";
    let o = parse_checked(report);
    assert_eq!(o.documents[0].tasks().count(), 0);
    let minutes = "9月29日,县长主持召开县政府常务会议,县政府领导参加会议。现纪要如下:\n\
                   一、会议原则同意县住建局关于燃气安全整治的意见,由县住建局抓好落实。\n\
                   二、会议要求县财政局做好资金保障。\n";
    let o = parse_checked(minutes);
    assert_eq!(o.documents[0].tasks().count(), 2);
}

/// A 政府工作报告 as delivered to the congress ("各位代表:现在,我代表县人民政府向大会
/// 报告工作,请予审议"), printed by a notice: its parts review the year, naming no one:
/// no tasks (held-out c3308).
#[test]
fn a_government_work_report_as_delivered_lists_no_tasks() {
    let input = "《政府工作报告》已经县人民代表大会审议通过,现印发给你们,请认真抓好落实。\n\
                 中宁县人民政府\n2026年2月9日\n\
                 政 府 工 作 报 告\n\
                 各位代表:\n\
                 现在,我代表县人民政府向大会报告工作,请予审议。\n\
                 2025年工作回顾\n\
                 一、经济运行量质齐升,投资消费稳健增长\n\
                 主要指标稳中有进。全年完成地区生产总值181.8亿元,同比增长7%。\n";
    let o = parse_checked(input);
    assert!(o.documents.iter().all(|d| d.tasks().next().is_none()));
}

/// A PDF copy's task whose heading line wraps into its paragraph: the units that the
/// paragraph's clauses give a duty ("…,办公室负责整个活动的统筹协调,各科室要密切配
/// 合") do the task when nothing else names anyone, those that 配合 cooperating
/// (held-out c3403); a paragraph that names a unit otherwise ("县民政局要…" as its
/// subject) keeps that reading, and the units its clauses give a share of the work do
/// theirs beside it ("…,财政局负责经费", as "…;各村要…" in held-out c12345).
#[test]
fn units_given_a_duty_in_a_task_s_paragraph() {
    let input = "二、活动安排\n1.举办政府开放日活动。(责任单位:业务监管科)\n\
                 三、工作要求\n\
                 (一)高度重视,加强领导。开放日活\n\
                 动是本机关组织开展的一项重要活动,对促进政民互动具有重要意义,\n\
                 全局上下要高度重视,办公室负责整个活动的统筹协\n\
                 调,各科室要密切配合,认真落实活动方案内容。\n\
                 (二)做好保障。\n\
                 县民政局要做好场地保障,财政局负责经费。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 3);
    assert_eq!((lead(t[1]), coop(t[1])), (vec!["办公室"], vec!["各科室"]));
    assert_eq!(lead(t[2]), ["县民政局", "财政局"]);
}

/// A 政策清单 with its table of contents ("一、…(88条)" … "三、…", then "一、…(88条)"
/// again over the measures): the contents are listed as ignored, not tasks; a measure's
/// bracket that opens with the 文号 it comes from ("(皖发〔2022〕9号,省财政厅负责)", or
/// with its 〕 lost) names the units after it (held-out c3603).
#[test]
fn a_table_of_contents_and_measures_with_their_source() {
    let input = "安徽省支持实体经济发展政策清单\n\
                 一、产业发展支持政策(88条)\n二、稳定供应链支持政策(54条)\n三、科技创新支持政策(61条)\n\
                 一、产业发展支持政策(88条)\n\
                 1.对实际总投资20亿元以上的项目给予支持。(皖发〔2022〕9号,省财政厅、各市政府负责)\n\
                 2.对企业在我省设立总部给予奖励。(皖发〔20229号,各市政府负责)\n\
                 二、稳定供应链支持政策(54条)\n\
                 1.支持企业开展供应链融资。(皖政〔2021〕5号,省地方金融监管局负责)\n";
    let o = parse_checked(input);
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert_eq!(d.nodes.len(), 2);
    let t = tasks(d);
    let leads: Vec<Vec<&str>> = t.iter().map(|t| lead(t)).collect();
    assert_eq!(
        leads,
        [
            vec!["省财政厅", "各市政府"],
            vec!["各市政府"],
            vec!["省地方金融监管局"]
        ]
    );
    assert_eq!(o.ignored.iter().filter(|l| l.reason == "目录").count(), 3);
}

/// A label's value ends with its sentence when the next sentence opens with no name
/// ("牵头部门:市交通局。建设进度相对较慢的县区为舒城县。": a finding of a 进度通报, not
/// a unit); a value that goes on after a semicolon with names keeps them (held-out
/// c3505).
#[test]
fn a_value_ends_with_its_sentence() {
    let input = "二、部分项目进展情况\n\
                 1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n\
                 2、农村饮水安全巩固提升工程,牵头部门:市水利局;市财政局配合。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["市交通局"]);
    assert_eq!(
        (lead(t[1]), coop(t[1])),
        (vec!["市水利局"], vec!["市财政局"])
    );
}

/// A carrying notice's own items ("现印发给你们,并提出以下意见" + 一、…三、) on a page that
/// lost the plan's title: the plan's preamble ("…现制订本工作方案,…") starts the plan;
/// the notice's items are set apart, and the preamble is no task even over a label
/// line (held-out c3605).
#[test]
fn a_plan_s_preamble_after_its_notice_s_items() {
    let input = "《2022年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,并提出以下意见,请一并贯彻执行。\n\
                 一、主动担当、积极作为。各地、各部门要深入贯彻落实。\n\
                 二、明确进度、定期报告。各牵头单位按季度报送落实情况。\n\
                 为贯彻落实中央经济工作会议精神,做好今年全省政府工作,现制订本工作方案,逐项明确分管省领导和部门分工。\n\
                 部门分工:省工业和信息化厅牵头,各地配合。\n\
                 11.全省空气质量优良天数比率和地表水水质优良率均完成国家下达任务。\n\
                 部门分工:省生态环境厅牵头,各地配合。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 1);
    assert_eq!(lead(t[0]), ["省生态环境厅"]);
    assert!(o
        .ignored
        .iter()
        .any(|l| l.reason == "印发通知正文" && l.text.contains("主动担当")));
}

/// A bar table whose header names a column of the work broken down (细化分工) and
/// whose rows lose cells under merged ones: each row a task, its units from the
/// 责任处室 cell, a list closed by "等按职责分工落实" included (held-out c3700); a
/// name masked by the page ("****体育局") is no lead sign (held-out c2902).
#[test]
fn a_bar_table_with_a_column_of_the_work_broken_down() {
    let input = "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n\
                 1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情发布权威信息 | 应急处、监督处、疾控处等按职责分工落实 | 长期推进 |\n\
                 |\n\
                 2 | 扎实做好疫苗接种信息公开 | 疾控处 | 长期推进 |\n\
                 3 | 落实校园食品安全管理 | ****体育局、县财政局按职责分工负责 | 2025年11月底前 |\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["应急处", "监督处", "疾控处"]);
    assert_eq!(lead(t[1]), ["疾控处"]);
    assert_eq!(lead(t[2]), ["****体育局", "县财政局"]);
}

/// A rule of the reader after the units of the first bracket, in sentences of their
/// own ("由X、Y负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同"): the
/// first unit leads and the others cooperate, in this task and the next; the page's
/// record of the law (【实施日期】 beside 【发布日期】) gives no task and no deadline
/// (held-out c4102).
#[test]
fn a_first_leads_rule_in_sentences_of_its_own() {
    let input = "湖北省黄冈市人民政府办公室关于分解落实《政府工作报告》的通知\n\
                 【发布日期】 2007-02-08\n\
                 【实施日期】 2007-02-08\n\
                 【时效性】 现行有效\n\
                 关于《政府工作报告》确定的 2007年主要工作分办意见\n\
                 一、 2007年全市经济社会发展的主要预期目标\n\
                 1、全市GDP增长10%以上(由市发展改革委、经委、农办负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。\n\
                 2、全社会固定资产投资增长20%以上(由市发展改革委、统计局负责)。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["市发展改革委"]);
    assert_eq!(coop(t[0]), ["经委", "农办"]);
    assert_eq!(lead(t[1]), ["市发展改革委"]);
    assert_eq!(coop(t[1]), ["统计局"]);
    assert!(t.iter().all(|t| t.deadline.is_none()));
}

/// A notice that hands out a plan, on a page cut before its signature and before the
/// plan: its items right after the handing-out line ("…印发你们,请认真贯彻执行。")
/// are its own, no tasks (held-out c4203). After a signature, items are the plan's.
#[test]
fn a_handing_out_notice_s_items_on_a_page_cut_before_its_plan() {
    let notice = "关于印发《自治州2025年十件民生实事工作方案》的通知\n\
                  自治州直属各县市人民政府,自治州人民政府各部门:\n\
                  自治州2025年十件民生实事已经自治州人民政府常务会议审议通过,现将《自治州2025年十件民生实事工作方案》印发你们,请认真贯彻执行。\n\
                  \n\
                  一、加强组织领导。各县市各部门要切实提高政治站位,压实主体责任。\n\
                  \n\
                  二、加强督促检查。各县市各部门要将民生实事作为年度重点工作。\n\
                  \n\
                  三、强化舆论宣传。各县市、各部门要及时梳理群众普遍好评的工作成果。\n";
    let o = parse_checked(notice);
    assert_eq!(all_tasks(&o).len(), 0);
    assert!(o
        .ignored
        .iter()
        .any(|l| l.reason == "印发通知正文" && l.text.contains("加强督促检查")));
    let signed = notice.replace(
        "请认真贯彻执行。\n",
        "请认真贯彻执行。\n伊犁哈萨克自治州人民政府办公厅\n2025年6月18日\n",
    );
    let o = parse_checked(&signed);
    assert_eq!(all_tasks(&o).len(), 3);
}

/// A body's standing make-up (a 三定 text's "内设机构", each office over its standing
/// duties) is no work to track: no tasks (held-out c4308).
#[test]
fn a_body_s_internal_offices_are_no_tasks() {
    let input = "三、 内设机构\n\
                 根据上述职责,市人民政府办公室设19个内设机构。\n\
                 (一)第一秘书科。\n\
                 负责市长的政务活动安排;负责市政府全体会议的会务安排。\n\
                 (二)经济研究室。\n\
                 负责起草和整理市长重要会议讲话稿。\n";
    let o = parse_checked(input);
    assert_eq!(all_tasks(&o).len(), 0);
}

/// A bracket of names without a role verb, then the rule as a sentence of its own
/// ("(市发改委、…、中储粮株洲直属库。排名第一的为牵头单位,下同)"): the first leads, the
/// others cooperate, here and in the next brackets (held-out c4600, Traditional).
#[test]
fn names_then_the_first_leads_rule_in_a_bracket() {
    let input = "一、總體要求\n\
                 (一)切實增強新形勢下的糧食安全意識。確保糧食安全。(市發改委、市農委、市商務糧食局、各縣市區人民政府、中儲糧株洲直屬庫。排名第一的為牽頭單位,下同)\n\
                 (二)做好工作。(市農委、市財政局)\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["市發改委"]);
    assert_eq!(
        coop(t[0]),
        [
            "市農委",
            "市商務糧食局",
            "各縣市區人民政府",
            "中儲糧株洲直屬庫"
        ]
    );
    assert_eq!(lead(t[1]), ["市農委"]);
    assert_eq!(coop(t[1]), ["市財政局"]);
}

/// Targets whose responsibility is a line after them, with a copula for the colon: for
/// the item above ("该目标责任单位为市经委。"), or for the items its count names ("4项目
/// 标的责任单位均为市发展改革委。" after 4.: items 1 to 4) (held-out c4400).
#[test]
fn a_responsibility_line_after_the_items_it_covers() {
    let input = "(一)跨越式发展目标。主要包括8项。\n\
                 1.地区生产总值增长15%;\n\
                 2.第三产业增加值达到1000亿元;\n\
                 3.城镇固定资产投资新增200亿元;\n\
                 4.人均地区生产总值达到4000美元;\n\
                 4项目标的责任单位均为市发展改革委。\n\
                 5.规模以上工业销售收入达到3000亿元;\n\
                 该目标责任单位为市经委。\n\
                 6.实际利用外商直接投资达到8亿美元;\n\
                 7.社会消费品零售总额增长16%;\n\
                 2项目标的责任单位均为市商务局。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 7);
    let leads: Vec<Vec<&str>> = t.iter().map(|t| lead(t)).collect();
    assert_eq!(
        leads,
        [
            vec!["市发展改革委"],
            vec!["市发展改革委"],
            vec!["市发展改革委"],
            vec!["市发展改革委"],
            vec!["市经委"],
            vec!["市商务局"],
            vec!["市商务局"]
        ]
    );
}

/// A notice whose page lost its title: addressed to bodies, its items say how to carry
/// out the table attached after them ("附件:…任务分解表"): its own items, no tasks
/// (held-out c4805). Without the attachment, a list addressed to bodies keeps its tasks,
/// unless the notice says it hands down a breakdown ("逐项分解下达", c916).
#[test]
fn an_untitled_notice_whose_table_is_attached() {
    let notice = "各镇政府(街道办事处)、迳口华侨经济区管委会,区政府直属局以上单位:\n\
                  区政府决定对工作任务实施部门分工负责制,将工作任务逐项分解下达。现将有关事项通知如下:\n\
                  一、各牵头单位要按照《2007年三水区政府工作主要任务分解表》(详见附件)的要求,做好细化实施方案。\n\
                  二、各部门各单位要在每季度末,将完成任务的进展情况报区政府办。\n\
                  附件:2007年三水区政府工作主要任务分解表\n\
                  二○○七年四月十三日\n";
    let o = parse_checked(notice);
    assert_eq!(all_tasks(&o).len(), 0);
    let without = notice.replace("附件:2007年三水区政府工作主要任务分解表\n", "");
    let o = parse_checked(&without);
    assert_eq!(all_tasks(&o).len(), 0);
    let o = parse_checked(&without.replace("将工作任务逐项分解下达。", ""));
    assert_eq!(all_tasks(&o).len(), 2);
}

/// A heading that is a sentence, over paragraphs that each close with their own
/// bracket: each paragraph is a task of the heading (held-out c4306, as c3106's short
/// heading).
#[test]
fn paragraphs_with_own_brackets_under_a_sentence_heading() {
    let input = "一、在新常态下保持经济持续健康发展\n\
                 (一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。\n\
                 认真贯彻落实积极的财政政策和稳健的货币政策。(省发展改革委、省财政厅等负责)\n\
                 发挥投资的关键作用,着力推进内涵效益型投资增长。(省发展改革委、省交通运输厅等负责)\n\
                 发挥出口的支撑作用,努力培育新的国际竞争优势。(省商务厅、省金融办等负责)\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["省发展改革委", "省财政厅"]);
    assert_eq!(lead(t[2]), ["省商务厅", "省金融办"]);
}

/// An item whose first sentence opens with its unit and a role verb, then the partners
/// and the work ("市环保局牵头,市文明办、教育局配合,创建…"): the partners cooperate
/// (held-out c4406).
#[test]
fn a_first_sentence_of_who_then_the_work() {
    let input = "(九)生态环境建设\n\
                 4.市环保局牵头,市文明办、教育局、卫生局配合,创建30家市级绿色单位。\n\
                 5.市国土资源局负责,积极开展矿山环境治理。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["市环保局"]);
    assert_eq!(coop(t[0]), ["市文明办", "教育局", "卫生局"]);
    assert_eq!(lead(t[1]), ["市国土资源局"]);
    assert!(coop(t[1]).is_empty());
}

/// Arabic steps run together after a sentence's end, the first saying who does it
/// first ("1、此项活动由…共同组织实施。2、由区商贸旅游局牵头,…"): a list (held-out c4901).
#[test]
fn steps_run_together_that_say_who_first() {
    let input = "二、精心策划、大力开展各项促销活动,积极组织辖区内商贸企业举办系列促销活动。1、此项活动由区商贸旅游局、长延堡街办共同组织实施。2、由区商贸旅游局牵头,全面负责活动的组织实施;长延堡街办负责协调外围工作。3、区城管执法局负责联系市城管执法局,支持活动的开展。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[1]), ["区商贸旅游局"]);
    assert_eq!(coop(t[1]), ["长延堡街办"]);
    assert_eq!(lead(t[2]), ["区城管执法局"]);
}

/// A page that starts inside a part, its top items of a lower style than 一、: a
/// collective subject of a heading's paragraph is the unit ("(二)加强粮食经营行为监管"
/// over "各级工商行政管理部门要会同…", held-out c5104); under 一、 it is the unit as well
/// (c8700, c8705).
#[test]
fn a_collective_subject_on_a_page_that_starts_inside_a_part() {
    let page = "(一)加强粮食市场监管\n\
                健全粮食市场运行机制和交易规则,实现公平交易。\n\
                (二)加强粮食经营行为监管\n\
                各级工商行政管理部门要会同有关部门,规范粮食交易规则。\n";
    let o = parse_checked(page);
    let t = all_tasks(&o);
    assert_eq!(lead(t[1]), ["各级工商行政管理部门"]);
    let parts = page.replace("(一)", "一、").replace("(二)", "二、");
    let o = parse_checked(&parts);
    let t = all_tasks(&o);
    assert!(lead(t[0]).is_empty());
    assert_eq!(lead(t[1]), ["各级工商行政管理部门"]);
}

/// A work group's entry whose value opens with 由 ("信息组:由经理办公室负责,…"): the unit
/// after 由 does it; the group's name is the task's (held-out c5208). A unit's own
/// entry ("县环保局。负责…") stays the unit's.
#[test]
fn a_work_group_s_entry_done_by_the_unit_after_you() {
    let input = "二、责任分工\n\
                 处置组:负责处理日常的来信来访工作。\n\
                 信息组:由经理办公室负责,负责信访维稳信息日报编写和上报工作。\n\
                 县环保局。负责对全县秸秆禁烧工作实施统一监督。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["处置组"]);
    assert_eq!(lead(t[1]), ["经理办公室"]);
    assert!(coop(t[1]).is_empty());
    assert_eq!(lead(t[2]), ["县环保局"]);
}

/// A project's label lines (held-out c5400): a leader whose name is written for its
/// sounds with a middle dot and whose post in brackets is long; units that only watch
/// the work ("由县农业农村局、财政局负责监督") do not do it; 项目实施时间 is a deadline.
#[test]
fn a_project_s_leader_with_a_transliterated_name() {
    let input = "(一)实施产业发展项目2个。\n\
                 1.叶城县洛克乡种植业基地配套建设项目:由洛克乡组织实施,由县农业农村局、财政局、审计局负责监督。\n\
                 项目责任领导:阿布力肯·阿布都热合曼(县委常委、统战部部长、县政协党组副书记)\n\
                 项目责任单位:洛克乡、水利局\n\
                 项目实施时间:2026年1月-2026年10月\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].leaders.len(), 1);
    assert!(t[0].leaders[0].name.starts_with("阿布力肯"));
    assert!(t[0].leaders[0].name.ends_with("阿布都热合曼"));
    assert_eq!(lead(t[0]), ["洛克乡", "水利局"]);
    assert!(coop(t[0]).is_empty());
    assert!(t[0].deadline.is_some());
}

/// Notices that are no task lists (held-out c5401, c5308): one that hands out its plan
/// with 现予以印发 and is cut before it (its items are its own), and one that asks for
/// proposals (征集), whose page breaks its breadcrumb after 首页.
#[test]
fn notices_that_hand_out_or_ask_for_proposals() {
    let handed = "兰州市人民政府关于印发《若干意见分工方案》的通知\n\
                  各县、区人民政府,市政府各部门:\n\
                  市政府制定了贯彻落实《若干意见》分工方案,现予以印发,请各县区做好贯彻落实。\n\
                  一、加强组织领导,完善工作机制。各县区、各部门都要高度重视。\n\
                  二、明确责任分工,狠抓工作落实。各牵头单位要制定具体措施。\n";
    let o = parse_checked(handed);
    assert_eq!(all_tasks(&o).len(), 0);
    let asked = "您现在的位置:首页\n\
                 > 重点领域 > 民生实事项目 > 项目征集\n\
                 关于做好2023年度三垟街道民生实事建议项目征集工作的通知\n\
                 各有关单位:\n\
                 现将有关事项通知如下:\n\
                 一、征集内容\n\
                 民生实事建议项目要立足于解决群众最关心的民生问题。\n\
                 二、征集要求\n\
                 (一)各单位要高度重视民生实事建议项目征集工作。\n\
                 (二)建议项目要符合我街道经济社会发展实际。\n";
    let o = parse_checked(asked);
    assert_eq!(all_tasks(&o).len(), 0);
    assert_eq!(
        o.documents[0].title.as_deref(),
        Some("关于做好2023年度三垟街道民生实事建议项目征集工作的通知")
    );
}

/// A table whose cells ran together, as a newspaper's page or a document viewer copies
/// one (c4800, c2900): a header of names without anything between them, rows that
/// open with their 序号 (from 21 on a page that goes on from another), and the units
/// after the row's last sentence, as a sentence of roles or as a list. A count in the
/// text ("新建2座") is no row, and the header again where a page began is a header.
#[test]
fn a_table_whose_cells_ran_together() {
    let input = "重点任务分工清单\n\
                 序号工作任务责任单位21树立婚育新风。构建新型婚育文化。省委宣传部、省妇联牵头;省总工会、团省委配合;各州(市)党委和政府落实22新建2座托育机构,实行特别扶助制度。省财政厅、省卫生健康委牵头序号工作任务责任单位23妥善处置财产及残疾子女照护事宜。省医保局\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    let numbers: Vec<&str> = t.iter().filter_map(|n| n.number.as_deref()).collect();
    assert_eq!(numbers, ["21", "22", "23"]);
    assert!(t[0].text.starts_with("树立婚育新风。"));
    assert_eq!(lead(t[0]), ["省委宣传部", "省妇联"]);
    assert_eq!(coop(t[0]), ["省总工会", "团省委", "各州(市)党委和政府"]);
    assert!(t[1].text.contains("新建2座托育机构"));
    assert_eq!(lead(t[1]), ["省财政厅", "省卫生健康委"]);
    assert_eq!(lead(t[2]), ["省医保局"]);
    // Both headers are ignored, as one entry of their line.
    let header = o
        .ignored
        .iter()
        .find(|i| i.reason == "表头")
        .expect("a header");
    assert_eq!(header.text.matches("序号工作任务责任单位").count(), 2);
    // A list of units without role words after the last sentence: 责任单位, the lead.
    let input = "分工表序号工作内容目标任务责任单位备注1将垃圾分类作为精神文明建设的重要内容。2021年2月底前,知晓率达90%以上。市委宣传部(市文明办)、市城管委,各区(市)县政府(管委会)2完善回收利用体系。2021年2月底前,基本建成回收体系。市商务局\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(
        lead(t[0]),
        ["市委宣传部(市文明办)", "市城管委", "各区(市)县政府(管委会)"]
    );
    assert_eq!(
        t[0].deadline.as_ref().map(|d| d.text.as_str()),
        Some("2021年2月底前")
    );
    assert_eq!(lead(t[1]), ["市商务局"]);
}

/// A web table copied one cell per line, each closed by a bar, whose header lost its
/// 序号 cell and whose first rows are categories (held-out c5600): the bare numbers
/// after the categories are the rows' 序号, not the table's end.
#[test]
fn a_cell_per_line_table_whose_numbers_follow_its_categories() {
    let input = "工作任务 |\n具体要求 |\n责任科室 |\n时限要求 |\n||\n\
                 一、围绕服务经济和保障民生抓好主动公开 |\n(一)聚焦中心工作 |\n\
                 1 |\n及时公开促进民营经济发展等方面政策举措和进展成效。 |\n办公室 |\n持续推进 |\n|\n\
                 2 |\n深化民生领域信息公开,及时回应群众关切。 |\n市民生办 |\n持续推进 |\n|\n\
                 (二)聚焦公众参与 |\n\
                 3 |\n涉及重大公共利益的政策文件,应扩大公众参与。 |\n相关业务科室、办公室\n|\n持续推进 |\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3);
    let t = at(d, &["一、", "(一)", "1"]);
    assert_eq!(lead(t), ["办公室"]);
    assert_eq!(
        t.deadline.as_ref().map(|d| d.text.as_str()),
        Some("持续推进")
    );
    assert_eq!(
        lead(at(d, &["一、", "(二)", "3"])),
        ["相关业务科室", "办公室"]
    );
}

/// A news item whose site files it under its news in the breadcrumb (held-out c5605):
/// its numbered measures name no one and are no tasks; the same measures on a page
/// filed elsewhere are.
#[test]
fn a_page_filed_under_news_by_its_breadcrumb() {
    let items = "丹棱县项目大会战实现“开门红”\n\
                 (1)实施项目“四包”责任制。实行县级联系领导包项目手续办理。(2)实行项目公示制。对130个项目进行公示。\n";
    let news = format!("当前位置: 首页 -> 新闻中心 -> 要闻聚焦 -> 正文\n{items}");
    let o = parse_checked(&news);
    assert_eq!(all_tasks(&o).len(), 0);
    let other = format!("当前位置: 首页 -> 政务公开 -> 计划总结 -> 正文\n{items}");
    let o = parse_checked(&other);
    assert_eq!(all_tasks(&o).len(), 2);
}

/// An activity plan whose top headings are 活动时间 and 活动内容 (held-out c5903): the
/// time heading is a part of a notice, but the content heading says its items are the
/// work, so the page is a task list and the items' subjects do them.
#[test]
fn an_activity_plan_s_content_lists_tasks() {
    let input = "某镇开展爱国卫生月活动方案\n\
                 一、活动时间\n本次活动时间为:2013年4月1日至4月30日。\n\
                 二、活动内容\n\
                 1、广泛开展健康教育。各村(居)要通过印发宣传单开展宣传。\n\
                 2、全面开展整治。各村(居)委会要结合实际清除垃圾。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["各村(居)"]);
    assert_eq!(lead(t[1]), ["各村(居)委会"]);
}

/// A bar table whose 牵头单位 cell spans rows (held-out c5700): the rows below the
/// first leave it out, their later cells move left and their last cell is empty; they
/// share the first row's unit. A row with its own empty unit cell in place does not.
#[test]
fn a_bar_table_whose_unit_cell_spans_rows() {
    let input = "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n\
                 1 | 为全县老年人免费接种流感疫苗。 | 4月:制定工作方案。 | 县卫生健康局 | 已完成。 |\n\
                 2 | 为全县重点人群免费开展结直肠癌筛查。 | 4月:完成筛查1480人。 | 已完成。完成率47.23%。 | |\n\
                 3 | 培训应急救护人员235人。 | 4月:完成培训65人。 | 县红十字会 | 已完成。 |\n\
                 4 | 新增托育机构2所。 | 4月:选定地点。 |  | 正在推进。 |\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 4);
    assert_eq!(lead(t[0]), ["县卫生健康局"]);
    assert_eq!(lead(t[1]), ["县卫生健康局"]);
    assert_eq!(lead(t[2]), ["县红十字会"]);
    assert!(lead(t[3]).is_empty());
}

/// A news report of a 人代会 that outlines the 政府工作报告 (c1305): the meeting
/// "隆重开幕" (not 召开) and the report's parts restart at 一、; no part lists tasks.
#[test]
fn a_report_of_a_meeting_that_opened() {
    let input = "3月14日上午9时,市第十五届人民代表大会第六次会议隆重开幕。523名市人大代表出席会议。市长在会上作政府工作报告。\n\
                 一、2020年主要工作\n1、全力抗击新冠肺炎疫情\n2、千方百计稳住经济基本盘\n\
                 二、“十三五”主要成就\n1、营商环境发生明显变化\n2、产业项目建设取得显著成效\n\
                 一、“十四五”时期,地区生产总值年均增长5.5%-6%。\n二、到2035年,建成国家重要的先进制造业基地。\n";
    let o = parse_checked(input);
    assert_eq!(all_tasks(&o).len(), 0);
}

/// A 三定 text (held-out c4308): a page that starts inside the body's duties and has a
/// part of its make-up (三、内设机构) lists standing duties, no tasks.
#[test]
fn a_page_of_a_body_s_duties_and_offices() {
    let input = "(十一)负责政务服务、政府信息公开工作。\n\
                 (十二)负责梧州国际宝石节各项活动的筹办工作。\n\
                 三、内设机构\n根据上述职责,市人民政府办公室设19个内设机构。\n\
                 (一)第一秘书科。\n负责市长的政务活动安排。\n";
    let o = parse_checked(input);
    assert_eq!(all_tasks(&o).len(), 0);
}

/// A department's breakdown whose top-level items hand the work to the bodies of a
/// kind (held-out c6100): "各县、区" with its time or the work's own verb right after
/// it does the item, at the top level too, and after a clause of the grounds; so do
/// bodies of a kind with a demand ("各乡镇要高度重视", c8700, c8705).
#[test]
fn bodies_of_a_kind_given_their_own_work_at_the_top_level() {
    let input = "2023年度宿州市公共机构节能工作任务分解\n\
                 各县、区公共机构节能管理部门:\n\
                 根据我市实际情况进行任务分解,具体要求如下:\n\
                 一、坚决制止餐饮浪费行为。根据全省党政机关绿色食堂评估细则,各县、区2023年底前遴选绿色食堂不少于1个。\n\
                 二、扎实做好生活垃圾分类。各县、区2023年底前建设公共机构生活垃圾分类示范点不少于3个。\n\
                 三、持续推动节约型机关创建。各县、区做好2022年度已建成节约型机关单位的评价复核迎检工作。\n\
                 四、明确责任。各乡镇要高度重视。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 4);
    for t in &t[..3] {
        assert_eq!(lead(t), ["各县、区"], "{}", t.text);
    }
    assert_eq!(lead(t[3]), ["各乡镇"]);
}

/// A news report of a leader's meeting that "听取了…的汇报" and lists what was asked
/// for, run in after "要求:" (c2404): its numbered demands are no tasks, even where one
/// has a subject doing its own work ("区政府相关单位制定工作机制").
#[test]
fn a_report_of_a_leader_hearing_reports_lists_no_tasks() {
    let input = "区领导部署调度采空棚户区改造和环境整治项目各项工作\n\
                 区长听取了区住建委、区征收中心等单位对棚户区改造工作的汇报,强调各部门要高度重视并要求:\
                 1.定机制,明目标。区政府相关单位制定工作机制,成立相应的工作小组。\
                 2.落计划,督执行。结合招商计划,确定优先级。\
                 3.争政策,要支持。区发改委牵头研究相关政策。区领导参加会议。\n";
    let o = parse_checked(input);
    assert_eq!(all_tasks(&o).len(), 0);
    // Without the words that tell of the meeting, the same demands are a list of tasks.
    let o = parse_checked(&input.replace("听取了", "收到").replace("的汇报", "的材料"));
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["区政府相关单位"]);
}

/// A plan's inspection teams, each "由X1名县级领导带队" (held-out c6402): the unit
/// whose people lead a team does that item, and so the page lists tasks.
#[test]
fn teams_led_by_a_unit_s_people() {
    let input = "五、督查分组\n\
                 市安委会办公室对县(市、区)政府进行综合督查。\n\
                 (一)煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。\n\
                 (二)非煤矿山安全督查组。由市安监局1名县级领导带队,2名专业人员参加。\n\
                 (三)水利和渔业安全督查组。由市水利和渔业局1名县级领导带队,2名专业人员参加。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["市煤炭工业局"]);
    assert_eq!(lead(t[1]), ["市安监局"]);
    assert_eq!(lead(t[2]), ["市水利和渔业局"]);
}

/// Excel tables with a category column (类别): a category merged over its rows is
/// given in the group's first row only, or on a row of its own whose other cells are
/// empty (the line loses its tabs with them). The rows below go under it either way.
#[test]
fn a_tab_table_whose_category_cells_are_merged() {
    let outline = |o: &Outline| -> Vec<(String, Vec<String>)> {
        o.documents[0]
            .nodes
            .iter()
            .map(|n| {
                (
                    format!("{:?} {}", n.kind, n.text),
                    n.children.iter().map(|c| c.text.clone()).collect(),
                )
            })
            .collect()
    };
    let sections = |a: &str, b: &str| {
        vec![
            (
                format!("Section {a}"),
                vec!["实施重大项目".to_string(), "推动消费回暖".to_string()],
            ),
            (format!("Section {b}"), vec!["新增城镇就业".to_string()]),
        ]
    };
    let input = "序号\t类别\t重点任务\t责任单位\t完成时限\n\
                 1\t稳增长\t实施重大项目\t市发改委\t12月\n\
                 2\t\t推动消费回暖\t市商务局\t全年\n\
                 3\t惠民生\t新增城镇就业\t市人社局\t11月底前\n";
    assert_eq!(outline(&parse_checked(input)), sections("稳增长", "惠民生"));
    // A category numbered 一 alone in the 序号 column, its row naming no one.
    let input = "序号\t重点任务\t责任单位\t完成时限\n\
                 一\t稳增长\t\t\n\
                 1\t实施重大项目\t市发改委\t12月\n\
                 2\t推动消费回暖\t市商务局\t全年\n\
                 二\t惠民生\t\t\n\
                 3\t新增城镇就业\t市人社局\t11月底前\n";
    let o = parse_checked(input);
    assert_eq!(outline(&o), sections("稳增长", "惠民生"));
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
    let input = "类别\t序号\t重点任务\t责任单位\t完成时限\n\
                 一、稳增长\t\t\t\t\n\
                 \t1\t实施重大项目\t市发改委\t12月\n\
                 \t2\t推动消费回暖\t市商务局\t全年\n\
                 二、惠民生\t\t\t\t\n\
                 \t3\t新增城镇就业\t市人社局\t11月底前\n";
    let o = parse_checked(input);
    assert_eq!(outline(&o), sections("稳增长", "惠民生"));
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
    // This app's own 台账 read back: 所属章节 is empty for a top-level task numbered as
    // the sections are, which stays at the top level.
    let input = "序号\t所属章节\t原文编号\t任务内容\t牵头单位\t完成时限\n\
                 1\t一、稳增长\t1.\t实施重大项目\t市发改委\t12月\n\
                 2\t一、稳增长\t2.\t推动消费回暖\t市商务局\t全年\n\
                 3\t\t二、\t加强组织领导\t市政府办公室\t长期\n";
    let o = parse_checked(input);
    assert_eq!(
        outline(&o),
        [
            (
                "Section 稳增长".to_string(),
                vec!["实施重大项目".to_string(), "推动消费回暖".to_string()]
            ),
            ("Task 加强组织领导".to_string(), vec![]),
        ]
    );
}

/// A tab table numbered 1, 1.1, 1.2, 2, 2.1: the decimal rows are rows of the row
/// whose number they extend, which becomes their section.
#[test]
fn a_tab_table_with_decimal_row_numbers() {
    let input = "序号\t目标任务\t具体举措\t责任部门\t配合部门\t时间节点\n\
                 1\t经济发展\t\t\t\t\n\
                 1.1\t\t规上工业增加值增长8%\t县工信局\t县统计局\t全年\n\
                 1.2\t\t固定资产投资增长10%\t县发改局\t各乡镇\t全年\n\
                 2\t社会事业\t\t\t\t\n\
                 2.1\t\t新建幼儿园2所\t县教体局\t县财政局\t2025年9月\n\
                 3\t安全生产\t开展隐患排查\t县应急局\t\t全年\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let top: Vec<(&str, NodeKind, usize)> = d
        .nodes
        .iter()
        .map(|n| (n.number.as_deref().unwrap_or(""), n.kind, n.children.len()))
        .collect();
    assert_eq!(
        top,
        [
            ("1", NodeKind::Section, 2),
            ("2", NodeKind::Section, 1),
            ("3", NodeKind::Task, 0)
        ]
    );
    let t = at(d, &["1", "1.2"]);
    assert_eq!((lead(t), coop(t)), (vec!["县发改局"], vec!["各乡镇"]));
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
}

/// A Word table whose header merges cells across columns ("责任分工" over "牵头领导 |
/// 牵头单位 | 配合单位") and down (序号, 重点任务, 完成时限 over empty cells): the second
/// header row names the columns under the merged cell, so each row's leader, lead
/// and cooperating units are read; a row of units under an empty number is no header.
#[test]
fn a_tab_header_of_two_rows_under_merged_cells() {
    let input = "分工方案\n\
                 序号\t重点任务\t责任分工\t\t\t完成时限\n\
                 \t\t牵头领导\t牵头单位\t配合单位\t\n\
                 1\t推进项目建设\t张三\t市发改委\t市财政局\t6月底前\n\
                 2\t加强安全生产\t李四\t市应急局\t市公安局\t年底前\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].leaders[0].name, "张三");
    assert_eq!(lead(t[0]), ["市发改委"]);
    assert_eq!(coop(t[0]), ["市财政局"]);
    assert_eq!(
        t[1].deadline.as_ref().map(|d| d.text.as_str()),
        Some("年底前")
    );
    assert_eq!(coop(t[1]), ["市公安局"]);
}

/// A table between bars whose header's two rows came out on one line, the periods of
/// the second after the first row's last name (held-out c6502's form): each row's
/// units are read by their own columns.
#[test]
fn a_bar_header_with_periods_after_its_last_name() {
    let input = "任务表\n\
                 序号 | 任务事项 | 年度目标 | 牵头单位 | 配合单位 | 2018年度 | 2019年度 | 2020年度 |\n\
                 1 | 建设安防工程 | 完成140公里 | 完成100公里 | 全面完成 | 市公路处 | 各区公路站 |\n\
                 2 | 整治交叉口 | 排查 | 整治 | 巩固 | 市公路处 | 公安交管部门 |\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["市公路处"]);
    assert_eq!(coop(t[0]), ["各区公路站"]);
    assert_eq!(coop(t[1]), ["公安交管部门"]);
    assert!(t[0].body.contains("完成140公里"));
}

/// A bar table whose header's first line has cells that spanned columns (责任清单 over
/// 责任领导, 责任人, 责任处室), the spans lost in the copy (held-out c6500): the second
/// line's names take their place, so the row's leaders and office are read.
#[test]
fn a_bar_header_of_two_lines_whose_cells_spanned_columns() {
    let input = "四个清单工作分解表\n\
                 序号 | 内容清单 | 责任清单 | 措施清单 | 标准清单 | ||||\n\
                 责任领导 | 责任人 | 责任处室 | 普法对象 | 学习宣传载体 | 方式措施 | |||\n\
                 1 | 重点宣传《中国共产党章程》等党规党纪。 | 李进军 | 朱继文 | 党建办公室 | 全体乡村两级干部 | 理论学习 | 落实领导干部学法制度。 | 认真组织实施。 |\n\
                 2 | 重点宣传《宪法》。 | 王五 | 赵六 | 综合办公室 | 全体干部 | 讲座 | 开展宣传。 | 按时完成。 |\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    let names: Vec<&str> = t[0].leaders.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["李进军", "朱继文"]);
    assert_eq!(lead(t[0]), ["党建办公室"]);
    assert_eq!(lead(t[1]), ["综合办公室"]);
}

/// A bar table of a body's own key work that names no one, its header a number
/// column and known names only (held-out c6800): each numbered row is a task, under
/// the category its 类别 cell names (a section per name, as a reader groups them).
#[test]
fn a_bar_table_that_names_no_one() {
    let input = "类别 | 序号 | 项目名称 | 工作标准 |\n\
                 省市重点类 | 1 | 路网完善工程 | 青洋高架北延年内通车,完成投资3.36亿元。 |\n\
                 省市重点类 | 2 | 文化广场项目建设 | 5月1日前正式开工建设。 |\n\
                 部门重点类 | 3 | 加强干部队伍建设 | 优化领导班子结构。 |\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert!(t[0].text.starts_with("路网完善工程"));
    assert!(t.iter().all(|t| lead(t).is_empty()));
    let d = &o.documents[0];
    let sections: Vec<(&str, usize)> = d
        .nodes
        .iter()
        .map(|n| (n.text.as_str(), n.children.len()))
        .collect();
    assert_eq!(sections, [("省市重点类", 2), ("部门重点类", 1)]);
    assert!(d.nodes.iter().all(|n| n.kind == NodeKind::Section));
}

/// A category column without numbers, given on a group's first row only (the cell
/// merged over the rows below), in a cell-per-line copy: its rows go under it. Under
/// a numbered category row, a 项目 cell names a group within that section (c201), not
/// a section of its own.
#[test]
fn category_names_in_a_column() {
    let merged = "类别\n序号\n工作任务\n责任单位\n\
                  民生保障类\n1\n新建城市公园2个。\n市住建局\n\
                  2\n改造老旧小区30个。\n市住建局\n\
                  社会事业类\n3\n新建幼儿园5所。\n市教育局\n";
    let o = parse_checked(merged);
    let d = &o.documents[0];
    let sections: Vec<(&str, usize)> = d
        .nodes
        .iter()
        .map(|n| (n.text.as_str(), n.children.len()))
        .collect();
    assert_eq!(sections, [("民生保障类", 2), ("社会事业类", 1)]);
    assert_eq!(lead(all_tasks(&o)[1]), ["市住建局"]);

    let under_numbered = "序号 | 项目 | 工作任务 | 责任单位 |\n\
                          一、主要预期目标 |\n\
                          1 | 主要预期目标 | 地区生产总值增长5%以上。 | 区发改委 |\n\
                          2 | 主要预期目标 | 一般公共预算收入增长6%。 | 区财政局 |\n";
    let o = parse_checked(under_numbered);
    let d = &o.documents[0];
    assert_eq!(
        d.nodes.len(),
        1,
        "{:?}",
        d.nodes.iter().map(|n| &n.text).collect::<Vec<_>>()
    );
    assert_eq!(d.nodes[0].text, "主要预期目标");
    assert_eq!(d.nodes[0].children.len(), 2);
}

/// A list numbered 1、2、… whose items are short titles without a stop, one of them
/// with ①② below it (held-out c6803): the items are tasks of a flat list, not parts
/// over paragraphs; a plan whose top level is 一、 keeps its short titles as parts.
#[test]
fn a_flat_list_whose_odd_item_has_items_below() {
    let input = "河长制工作任务\n1、河道治理\n2、安全生态水系建设\n3、重点行洪河段内侵占河道清理\n\
                 4、生猪养殖整治\n①禁养区养殖场关闭拆迁。\n②规模养殖场标准化改造。\n\
                 5、网箱养殖清退\n6、黑臭水体治理\n";
    let o = parse_checked(input);
    assert_eq!(all_tasks(&o).len(), 7);
    let parts = "工作方案\n一、指导思想\n二、目标任务\n三、组织领导\n四、职能分工\n\
                 (一)信息组。负责收集信息。\n(二)稳控组。负责稳控工作。\n";
    let o = parse_checked(parts);
    assert!(all_tasks(&o)
        .iter()
        .all(|t| !t.text.starts_with("指导思想")));
}

/// A province's list of key projects by the city government that carries them out
/// (held-out c7002): a heading naming a place's government ("四、文昌市政府") passes it
/// down to the items below, as one naming a body of its level does.
#[test]
fn a_heading_naming_a_place_s_government() {
    let input = "三、儋州市政府\n(一)重点项目(4个)。\n1.竣工项目(2个):生猪肉联加工项目。\n\
                 2.续建项目(2个):滨海新区开发项目。\n(二)预备重点项目(2个)。\n\
                 四、文昌市政府\n(一)重点项目(7个)。\n1.续建项目(6个):航天发射场项目。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 4);
    assert_eq!(lead(t[0]), ["儋州市政府"]);
    assert_eq!(lead(t[2]), ["儋州市政府"]);
    assert_eq!(lead(t[3]), ["文昌市政府"]);
}

/// A cover notice whose title is shown whole, then again cut over three lines with
/// blank lines between (held-out c6904): the pieces finish the notice title, not a
/// plan's title, so the notice's own 一、二、三、 are no tasks; and the notice's subject
/// is not written twice.
#[test]
fn a_notice_title_cut_over_three_lines() {
    let input = "区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n\n\
                 区人民政府办公室关于印发2025\n\n区《政府工作报告》确定的主要目标任务\n\n责任分解方案的通知\n\n\
                 各街道办事处、乡人民政府,区人民政府各部门:\n\
                 《2025年区〈政府工作报告〉确定的主要目标任务责任分解方案》已经区人民政府同意,现印发给你们,请一并贯彻执行。\n\
                 一、加强组织领导。各责任单位要高度重视。\n\
                 二、按时报告情况。各牵头单位要按时报送进展。\n\
                 三、强化检查督促。区绩效考评部门要纳入考核。\n";
    let o = parse_checked(input);
    assert_eq!(all_tasks(&o).len(), 0);
    let title = o.documents[0].title.as_deref().unwrap_or_default();
    assert_eq!(title.matches("责任分解方案").count(), 1, "{title}");
}

/// A province's 分解 whose line breaks were lost (held-out c7200): a heading "X牵头的
/// 工作" or "Y省长负责的工作(…协助)" with its first sentence after a space still names
/// who does the items below; the label after each run-in item is that item's own, the
/// last one's too.
#[test]
fn headings_of_who_on_a_page_whose_line_breaks_were_lost() {
    let input = "第一部分:主要工作任务的责任分解 \
                 一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助) 对主要工作任务负总责,同时具体负责以下工作: \
                 (一)省监察委员会牵头的工作 强化行政监察,建立健全惩治和预防腐败体系。 协同部门:省政府办公厅、发展改革委等。 \
                 (二)省编办牵头的工作 1.进一步优化政府组织机构,建立行政管理体制。 协同部门:省人民政府各部门。 \
                 2.在总结农村税费改革试点经验的基础上,全面推进乡镇机构改革。 协同部门:省政府办公厅、教育厅、民";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(leaders(t[0])[0], "于幼军");
    assert_eq!(lead(t[0]), ["省监察委员会"]);
    assert_eq!(coop(t[0]), ["省政府办公厅", "发展改革委"]);
    assert_eq!(lead(t[1]), ["省编办"]);
    assert_eq!(coop(t[1]), ["省人民政府各部门"]);
    assert_eq!(coop(t[2]), ["省政府办公厅", "教育厅"]);
}

/// A 督查通报 of proposals, each item the unit that handles it and the proposal in
/// quotes, then a field paragraph (held-out c7100): the unit leads the item, and the
/// paragraph is no part of the heading however long the heading is.
#[test]
fn proposals_by_the_unit_that_handles_them() {
    let input = "(一)中卫市四届一次会议代表建议办理情况\n\
                 1.农业和科技委员会承办的“关于解决沙坡头区柔远镇夹渠村自来水并网的建议”(第1号)\n\
                 办理情况:已办结。该工程于2017年4月20日开工建设,7月27日通过工程竣工验收。\n\
                 2.财政局承办的“关于将镇罗、宣和、常乐等工业园区基础设施建设资金纳入市财政预算的建议”(第2号)\n\
                 办理情况:已办结。按照财政管理体制安排500万元专项用于园区基础设施建设。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["农业和科技委员会"]);
    assert_eq!(lead(t[1]), ["财政局"]);
    assert!(t[0].text.ends_with("(第1号)"), "{}", t[0].text);
}

/// Minutes whose decision paragraph names who carries the item out in a later
/// sentence or after a comma (c4202, c1700): read from the paragraph, the heading
/// kept to its own line.
#[test]
fn who_in_a_decision_paragraph_of_minutes() {
    let input = "1.审议《关于伊宁县2025年防洪应急预案和伊宁县2025年抗旱应急预案的请示》\n\
                 会议议定:原则同意该《请示》。由水利局牵头,针对可能出现的旱情汛情,按照预案抓好落实。\n\
                 2.审议《关于攀枝花东区阿署达及马家田尾矿库片区综合开发项目相关事宜的请示》\n\
                 会议议定:原则同意,按会议要求修改完善后,由兴东集团按程序组织实施。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["水利局"]);
    assert_eq!(lead(t[1]), ["兴东集团"]);
    assert!(t[0].text.ends_with("的请示》"), "{}", t[0].text);
    assert!(t[1].text.ends_with("的请示》"), "{}", t[1].text);
}

/// A cover notice whose title carries its 文号 in a bracket (held-out c7204): still the
/// notice, so its own 一、二、 are no tasks, and the 文号 is the document's.
#[test]
fn a_notice_title_with_its_doc_number() {
    let input = "关于南宁经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知(南经管发〔2020〕81号)\n\
                 吴圩镇人民政府、那洪及金凯街道办事处,各办局室:\n\
                 为全面完成2020年《政府工作报告》提出的各项工作任务,现就重点工作任务分工有关事项通知如下:\n\
                 一、提高政治站位,强化组织领导\n\
                 2020年是决胜全面建成小康社会之年,做好2020年的政府工作意义重大。\n\
                 二、压紧工作责任,定期报告进度\n\
                 各牵头单位要组织相关责任单位,认真研究制定具体实施方案。\n";
    let o = parse_checked(input);
    assert_eq!(all_tasks(&o).len(), 0);
    assert_eq!(
        o.documents[0].doc_number.as_deref(),
        Some("南经管发〔2020〕81号")
    );
}

/// A project's first paragraph that says who carries it out after a comma (held-out
/// c7101: "…参与投票,由村(居)委会组织项目征集、…"): the unit leads the project; a
/// section's first paragraph of the same form is not passed down to its items.
#[test]
fn who_after_a_comma_of_the_first_paragraph() {
    let input = "五、百姓微实事项目\n\
                 在部分镇(街)村(社区)广泛发动村(居)民参与投票,由村(居)委会组织项目征集、民主筛选、全民投票,推选出项目。\n\
                 六、老旧小区改造项目\n\
                 对10个小区实施改造,由区住建局牵头,各街道办配合,年底前完成。\n\
                 七、主要措施\n\
                 对重点人员的稳控和处置,由各包案领导和责任单位负责。\n\
                 (一)建立健全制度\n\
                 启动特殊排查制度。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["村(居)委会"]);
    assert_eq!(lead(t[1]), ["区住建局"]);
    assert_eq!(coop(t[1]), ["各街道办"]);
    assert!(lead(t[2]).is_empty(), "{:?}", lead(t[2]));
}

/// A task whose text opens with bodies of a trade and 要 (held-out c3006: "2.各审批单位
/// 要最大限度授予窗口审批权限…"): they do it; so do the places it is sent to ("各地要…",
/// held-out c12821). Not persons ("各级领导干部要…", c3901), not a role's name ("各有关责
/// 任单位要…"), not a part with items below; and such demands alone do not make a notice
/// a list of tasks.
#[test]
fn a_demand_that_opens_a_task() {
    let input = "一、实施窗口优化工程\n\
                 1.各审批单位要最大限度授予窗口审批权限,确保事项进驻到位。\n\
                 2.各级领导干部要切实增强法治、规则、契约意识。\n\
                 3.各有关责任单位要按照时间安排完成整治。\n\
                 4.区行政服务中心要优化窗口设置。\n\
                 5.各地要加快推进窗口建设。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 5);
    assert_eq!(lead(t[4]), ["各地"]);
    assert_eq!(lead(t[0]), ["各审批单位"]);
    assert!(lead(t[1]).is_empty(), "{:?}", lead(t[1]));
    assert!(lead(t[2]).is_empty(), "{:?}", lead(t[2]));
    assert_eq!(lead(t[3]), ["区行政服务中心"]);
    let notice = "关于做好安全生产工作的通知\n各乡镇人民政府,县直各部门:\n\
                  现就有关事项通知如下:\n\
                  一、各地要高度重视,切实加强组织领导。\n\
                  二、各部门要强化监管,落实责任。\n";
    // (A notice about work of its own lists its items as tasks, as the labels of
    // c11105, c12044 and c12086 read them; 各地 and 各部门 name the places and the
    // bodies the notice is sent to, as c12821's and c11427's labels read them.)
    let o = parse_checked(notice);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["各地"]);
    assert_eq!(lead(t[1]), ["各部门"]);
}

/// A table copied one cell per line whose rows are numbered (1)…(7) inside a 序号
/// row, a merged cell given once on the first row it covers (c3300): a row of its text
/// alone after "(3)…" is the next row, sharing the cells above, not a category nor
/// the rest of (3)'s cell; a name's bracket on a line of its own finishes the name.
#[test]
fn rows_of_a_table_one_cell_per_line_with_merged_cells() {
    let input = "序号\n目标名称\n工作标准\n分管领导\n牵头单位\n配合单位\n\
                 1\n全区经济社会发展的主要预期目标\n\
                 (1)地区生产总值增长6%左右。\n王旭锋\n发改局\n统计局\n\
                 (2)一般公共预算收入增长3%以上。\n财政局\n\
                 (3)社会消费品零售总额增长6%左右。\n吴 伟\n商务局\n\
                 (4)实际使用外资和进出口总额稳中提质。\n\
                 (5)居民人均可支配收入增速与经济增速同步。\n\
                 (6)主要污染物减排完成市下达任务\n谢志诚\n工信局\n生态环境局\n\
                 (7)安全生产形势平稳向好。\n应急管理局\n(安委办)\n区安委会各成员单位\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    let find = |n: &str| {
        *t.iter()
            .find(|x| x.number.as_deref() == Some(n) || x.text.contains(n))
            .unwrap_or_else(|| panic!("{n}"))
    };
    for n in ["(4)", "(5)"] {
        let x = find(n);
        assert_eq!(leaders(x), ["吴伟"], "{n}");
        assert_eq!(lead(x), ["商务局"], "{n}");
    }
    assert_eq!(leaders(find("(6)")), ["谢志诚"]);
    assert_eq!(lead(find("(7)")), ["应急管理局(安委办)"]);
    assert_eq!(coop(find("(7)")), ["区安委会各成员单位"]);
}

/// A plan's 保障措施 "加强组织领导" and its paragraph that sets a body up name no one:
/// 组织领导 is a verb of leading (not a leader label, c2011), and "为确保…,成立…领导小组"
/// is no line of unit names, though 落到实处 and 小组 end like units.
#[test]
fn setting_up_a_leading_group_names_no_one() {
    let input = "一、工作任务\n1.推进项目建设。\n二、保障措施\n(一)加强组织领导\n\
                 为确保工作落到实处,成立工作领导小组。\n\
                 (二)组织领导为使这项工作落到实处,现成立工作专班。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    for x in &t {
        assert!(leaders(x).is_empty() && lead(x).is_empty(), "{}", x.text);
    }
    assert_eq!(t.len(), 1, "the 保障措施 items name no one: no tasks");
}

/// A 预案's page cut after its start (c7903): "2.2职责任务" first, its duties each a
/// unit alone on its numbered line ("(2)沈阳警备区。") with the duty on the next line,
/// then "3." and "3.1": the units are the lead without their full stop, split at 、,
/// and "3." is the next chapter, over 3.1, not an item under the last duty.
#[test]
fn a_page_starting_inside_a_decimal_chapter() {
    let input = "2.2职责任务。\n(1)市林业局。\n负责火灾扑救。\n(2)沈阳警备区。\n\
                 负责协调驻军。\n(3)市检察院、市中级人民法院。\n负责诉讼和审理工作。\n\
                 3.预防、预报\n3.1预防。\n各级森林防火部门要做好宣传。\n3.2预报。\n\
                 市防火办要加强合作。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 5);
    assert_eq!(lead(t[1]), ["沈阳警备区"]);
    assert_eq!(lead(t[2]), ["市检察院", "市中级人民法院"]);
    assert_eq!(top_numbers(&o), ["2.2", "3."]);
    assert_eq!(o.documents.len(), 1);
    assert_eq!(lead(t[3]), ["各级森林防火部门"]);
}

/// A 责任制 that lists the duties of each post holder (c7906): a heading that opens with
/// the post and ends with 职责 ("(二)自治县常务副县长协助…。主要职责是:", "县长安全生产
/// 工作职责") gives its duties that leader, by the post; a body of government named whole
/// before 职责 gives them that unit; "成员单位职责" names no one.
#[test]
fn duties_under_the_post_that_holds_them() {
    let input = "(二)自治县常务副县长协助自治县县长做好全县的安全生产工作。主要职责是:\n\
                 1、协助自治县县长研究、协调、解决安全生产工作中的重大问题;\n\
                 2、负责抓好分管部门行业的安全生产工作。\n\
                 (三)分管安全生产工作的副县长对自治县安全生产综合监管工作负直接领导责任。\
                 主要职责是:\n1、负责自治县安全生产工作的综合协调;\n\
                 (四)县应急管理局职责\n1、负责综合监管。\n\
                 (五)成员单位职责\n1、按照职责分工做好安全生产工作。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(leaders(t[0]), ["自治县常务副县长"]);
    assert_eq!(leaders(t[1]), ["自治县常务副县长"]);
    assert_eq!(leaders(t[2]), ["分管安全生产工作的副县长"]);
    assert_eq!(lead(t[3]), ["县应急管理局"]);
    assert!(t
        .iter()
        .skip(4)
        .all(|x| leaders(x).is_empty() && lead(x).is_empty()));
}

/// A 预案's steps (c8000): a page cut inside "3.6" whose "3.7" is the next chapter over
/// 3.7.1…; "由X及Y设置…" names the agents with a verb not among the known ones, and
/// "由X或Y组织…" both; not an appointment ("由党政办公室和林业站相关同志担任"), a
/// role ("由胜利宾馆协助做好…"), a check ("由X跟进督办"), nor another unit than the
/// text's own entry's ("各级人民政府:…由所在乡镇…").
#[test]
fn agents_after_you_with_any_verb() {
    let input = "3.6.4 正确使用现场水源。\n\
                 3.6.5 根据现场需要,划定警戒区域,由市公安局公安交通管理局及属地分局设置警戒标志。\n\
                 3.7 信息发布\n\
                 3.7.1 启动三级响应的事故,由市指挥部办公室或属地区政府组织发布相关信息。\n\
                 3.7.2 乡镇设信息员2-3名,由党政办公室和林业站相关同志担任。\n\
                 3.7.3 搬迁不了的,由胜利宾馆协助做好善后。\n\
                 3.7.4 未按时进驻的,由区政府督查室跟进督办。\n\
                 3.7.5 各级人民政府:对辍学学生,由所在乡镇人民政府劝返。\n";
    let o = parse_checked(input);
    assert_eq!(o.documents.len(), 1);
    assert_eq!(top_numbers(&o), ["3.6.4", "3.6.5", "3.7"]);
    let t = all_tasks(&o);
    assert_eq!(lead(t[1]), ["市公安局公安交通管理局", "属地分局"]);
    assert_eq!(lead(t[2]), ["市指挥部办公室", "属地区政府"]);
    for x in &t[3..6] {
        assert!(lead(x).is_empty(), "{}: {:?}", x.text, lead(x));
    }
    assert_eq!(lead(t[6]), ["各级人民政府"]);
}

/// A progress table one cell per line closed by " |" (c8008) whose last row is a second
/// 具体任务 of row 2 (its 序号 and 项目名称 merged with row 2's), cut by the page's end
/// before its other cells: a whole sentence with a comma, no category's title, so a
/// task of its own, not a category over no rows.
#[test]
fn a_last_row_of_text_alone_is_a_task() {
    let input = "序号 |\n项目名称 |\n具体任务及目标 |\n牵头 领导 |\n牵头单位 |\n责任单位 |\n进展情况 |\n\
                 1 |\n公办教育资源扩容提质惠民工程 |\n完成区第二幼儿园建设。 |\n杨 宜 |\n区教体局 |\n\
                 区国投集团 各有关乡镇(街道) |\n正在施工。 |\n\
                 2 |\n医卫基础设施建设工程 |\n新建发热门诊1栋。 |\n杨 宜 |\n慈化镇 |\n|\n已完工。 |\n\
                 逐步提升全区乡镇卫生院建设水平,改善基层医疗环境和条件。 |\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(leaders(t[0]), ["杨宜"]);
    assert_eq!(coop(t[0]), ["区国投集团", "各有关乡镇(街道)"]);
    assert!(t[2].text.starts_with("逐步提升"));
}

/// A plan whose line breaks were lost (c8002, c3802): a heading's first sub-item right
/// after its short title ("二、工作步骤(一)制定…") is cut onto a line of its own, and the
/// run then goes on ((二) after a sentence's end); a framework heading whose title runs
/// into its paragraph ("一、指导思想以…") is a section; "由X负责制定…" names X (制定 is no
/// 负责制); a date with a web copy's spaces ("2024 年 8 月底前") is a deadline.
#[test]
fn a_plan_on_one_line_with_its_first_sub_item_after_a_title() {
    let input = "XX县农贸市场改造方案。一、指导思想以党的二十大精神为指导,推进农贸市场改造升级。\
                 二、工作步骤(一)制定工作方案。2024 年 8 月底前,由县商务局负责制定具体实施方案。\
                 (二)召开动员会。9月上旬,由县政府召开全县动员大会。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    assert_eq!(
        t.len(),
        2,
        "{:?}",
        t.iter().map(|x| &x.text).collect::<Vec<_>>()
    );
    assert_eq!(t[0].number.as_deref(), Some("(一)"));
    assert_eq!(lead(t[0]), ["县商务局"]);
    assert_eq!(
        t[0].deadline.as_ref().map(|d| d.text.as_str()),
        Some("2024 年 8 月底前")
    );
    assert_eq!(lead(t[1]), ["县政府"]);
    assert_eq!(top_numbers(&o), ["一、", "二、"]);
}

/// A 预案's attachment of its members' duties (c8101): after "附件2:", a title over
/// paragraphs that each open with a unit and its duty is a document of its own, each
/// paragraph a task of its unit, not the text after the end of the plan.
#[test]
fn an_attachment_of_units_duties() {
    let input = "7.3预案实施\n本预案自发布之日起施行。\n附件:1食品安全事故分级(略)\n\
                 2指挥部成员单位职责\n附件2:\n指挥部成员单位职责\n\
                 市卫生局负责为指挥部办公室提供技术支持。\n\
                 市农经委负责组织对种植业食用农产品的调查处理。\n\
                 市质监局负责对食品生产加工环节的调查处理。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    // (7.3 first: the plan's own item.)
    let units: Vec<Vec<&str>> = t.iter().skip(1).map(|x| lead(x)).collect();
    assert_eq!(units, [["市卫生局"], ["市农经委"], ["市质监局"]]);
    assert_eq!(o.documents.len(), 2);
}

/// Under a heading of the units' duties, a paragraph that opens with a body of
/// government named whole is that body's duty, whatever its verb ("省水利厅承担…", "省经
/// 委协调…"), as "省财政厅负责…" is (c8105); a name that goes on ("乡安委会") is not cut.
#[test]
fn duties_of_bodies_named_whole_whatever_the_verb() {
    let input = "5、部门主要职责\n省民政厅组织、协调救灾工作;核实、报告灾情。\n\
                 省水利厅承担省防汛抗旱指挥部的日常工作。\n\
                 省经委协调铁路、邮电等部门的抢险救灾工作。\n\
                 省财政厅负责救灾应急资金的筹集。\n";
    let o = parse_checked(input);
    let t = all_tasks(&o);
    let units: Vec<Vec<&str>> = t.iter().map(|x| lead(x)).collect();
    assert_eq!(
        units,
        [["省民政厅"], ["省水利厅"], ["省经委"], ["省财政厅"]]
    );
}

/// "由X牵头负责处理,Y、Z等有关部门支持配合" (c8102): the first clause's unit leads though
/// the work follows its role verb, and 支持 before 配合 is no part of a name.
#[test]
fn a_lead_before_its_work_and_partners_that_support() {
    let o = parse_checked(
        "1.由市卫生局牵头负责处理,市公安局、环保局、药监局等有关部门支持配合。\n\
         2.由市卫生局牵头,市公安局等有关部门支持配合。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["市卫生局"]);
    assert_eq!(coop(t[0]), ["市公安局", "环保局", "药监局", "有关部门"]);
    assert_eq!(coop(t[1]), ["市公安局", "有关部门"]);
}

/// A report on proposals handed to units (c7900): "第1号“关于…的建议”(A类)。主办单位:X;协
/// 办单位:Y、Z。" is an item numbered 第1号, its 主办 unit leading and its 协办 units
/// cooperating; a 公告's "第四号" alone on its line is no item.
#[test]
fn proposals_numbered_by_their_docket() {
    let o = parse_checked(
        "(一)重点提案办理情况(6件)\n\
         第1号“关于进一步推进乡村振兴和产业发展的建议”(A类)。主办单位:农业农村局;协办单位:文体局、住建交通局。\n\
         办理情况:不断优化产业结构。\n\
         第2号“关于加强农村饮水安全的建议”(B类)。主办单位:水务局。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].number.as_deref(), Some("第1号"));
    assert_eq!(lead(t[0]), ["农业农村局"]);
    assert_eq!(coop(t[0]), ["文体局", "住建交通局"]);
    assert_eq!(lead(t[1]), ["水务局"]);
}

/// A 责任单位 label whose value gives each unit its share of the work (c7907), on its
/// line ("城管局负责城区街道;交通局负责国道") or over numbered lines below an empty label
/// ("责任单位:" + "(1)城管局负责城区街道;" + "(2)交通局负责国道。"): the units, each
/// without its share; the numbered lines are the value, not items.
#[test]
fn a_label_value_of_units_with_their_shares() {
    let o = parse_checked(
        "1.加强清扫保洁。\n责任单位:\n(1)城管局负责城区街道;\n(2)交通局负责国道。\n\
         2.清理积存垃圾。\n责任单位:城管局负责城区道路;县公安局负责交通。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["城管局", "交通局"]);
    assert_eq!(lead(t[1]), ["城管局", "县公安局"]);
}

/// A 联席会议's "四、工作规则" (c8005) says how the body meets: its items are no tasks,
/// as those of a plan's other framework parts are not.
#[test]
fn rules_of_a_joint_meeting_are_no_tasks() {
    let o = parse_checked(
        "三、成员单位职责\n省公安厅:负责依法对非法集资活动进行侦查。\n省财政厅:负责财政系统非法集资活动的查处。\n\
         四、工作规则\n(一)研究重要政策事项时,召开全体会议。\n(二)研究处置事项时,召集有关成员单位召开会议。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(
        t.len(),
        2,
        "{:?}",
        t.iter().map(|x| &x.text).collect::<Vec<_>>()
    );
    assert_eq!(lead(t[0]), ["省公安厅"]);
}

/// A heading of the units' duties with the first unit's entry run in after its colon
/// (c8105: "5、部门主要职责:省民政厅组织、协调救灾工作;…" + "省水利厅承担…"): the heading
/// is a part, its first entry a task under it as the next units' paragraphs are; a
/// label's colon in a bracket is no such heading's ("1、联盛快乐城(责任单位:县商务局):…").
#[test]
fn a_heading_of_duties_with_its_first_entry_run_in() {
    let o = parse_checked(
        "5、部门主要职责:省民政厅组织、协调救灾工作;核实、报告灾情。\n\
         省水利厅承担省防汛抗旱指挥部的日常工作。\n省财政厅负责救灾应急资金的筹集。\n",
    );
    let t = all_tasks(&o);
    let units: Vec<Vec<&str>> = t.iter().map(|x| lead(x)).collect();
    assert_eq!(units, [["省民政厅"], ["省水利厅"], ["省财政厅"]]);
    let o = parse_checked(
        "1、联盛快乐城(责任单位:县商务局):前期通报的问题已整改到位。\n\
         2、西海燕码头(责任单位:县文广新旅局):前期通报的问题已整改。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["县商务局"]);
}

/// A news site's numbered terms after its "版权与免责声明" heading (c8304) are the site's,
/// listed as ignored, not tasks; a document after them starts afresh.
#[test]
fn a_sites_numbered_terms_are_no_tasks() {
    let o = parse_checked(
        "县领导到安置区现场办公\n孔伟要求,住建、国土等部门要开辟绿色通道。\n\
         豫都网版权与免责声明\n1、未经豫都网许可,任何人不得非法使用本网自有版权作品。\n\
         2、本网转载其他媒体之稿件,不代表本网赞同其观点。\n",
    );
    assert!(all_tasks(&o).is_empty());
    let reasons: Vec<&str> = o.ignored.iter().map(|i| i.reason.as_str()).collect();
    assert!(reasons.len() >= 3, "{reasons:?}");
}

/// A notice that hands tasks out and announces demands of its own ("…重点工作任务分解下达
/// 给你们,并提出以下要求", c8402), on a page cut before the tasks: its items are its
/// demands, not tasks, though its title names the tasks.
#[test]
fn a_notices_announced_demands_are_no_tasks() {
    let o = parse_checked(
        "芜湖市人民政府办公室关于分解下达2009年度市政府重点工作任务的通知\n\
         各县、区人民政府,市政府各部门:\n\
         现将2009年度市政府重点工作任务分解下达给你们,并提出以下要求,请认真贯彻执行。\n\
         一、加强领导,搞好组织实施工作。各单位要结合实际,制定实施方案。\n\
         二、明确责任,保障重点任务的实施。各单位要建立目标责任制。\n",
    );
    assert!(all_tasks(&o).is_empty());
    // Demands announced after nothing handed out are the work itself (held-out c11964).
    let o = parse_checked(
        "厦门市建设局关于进一步落实保障性住房项目建设任务的通知\n\
         根据工作安排,在继续推进项目开工、续建的同时,现提出如下要求:\n\
         一、今年需建成的项目为:马銮湾保障房地铁社区二期3030套。\n\
         二、请项目建设单位和代建单位高度重视,力促项目按期建成交付。\n",
    );
    assert_eq!(all_tasks(&o).len(), 2);
}

/// A notice that hands down a breakdown of tasks ("…予以分解下达。现将有关事项通知如下",
/// c916; "现将…目标任务分解落实到市长、各位副市长…", c8300), on a page cut before the
/// breakdown: its items, none with items below it, are its own, not tasks. A breakdown in
/// the notice itself has items below its headings and stays (c412: "…分解落实到各县市、
/// 各部门。现就有关事项通知如下: 一、分工原则 (一)…").
#[test]
fn a_notice_handing_down_a_breakdown_has_no_tasks_of_its_own() {
    let o = parse_checked(
        "甘政发〔2022〕9号\n各市、自治州人民政府,省政府各部门:\n\
         为全面完成各项目标任务,省政府决定,将主要指标和重点任务予以分解下达。现将有关事项通知如下:\n\
         一、统一思想抓落实。各地各部门要把落实作为重要政治任务。\n\
         二、明确责任抓落实。各牵头部门要于1月底前完成细化分解。\n",
    );
    assert!(all_tasks(&o).is_empty());
    assert_eq!(o.ignored.len(), 5);
    let o = parse_checked(
        "各县市人民政府,州直各部门:\n\
         州人民政府决定,将《纲要》确定的主要目标和任务分解落实到各县市、各部门。现就有关事项通知如下:\n\
         一、分工原则\n(一)明确区分政府职责和市场功能。\n(二)落实责任主体。\n\
         二、工作分工\n(一)万元生产总值能耗降低。(州发改委负责)\n",
    );
    let t = all_tasks(&o);
    // (The principles of 分工原则 are framework, no tasks, as in c412's label.)
    assert_eq!(t.len(), 1);
    assert_eq!(lead(t[0]), ["州发改委"]);
}

/// A notice cut before the breakdown it hands down ("…243项工作任务予以分解印发", c8502):
/// the items right after the handing-out paragraph are the notice's, not tasks, though
/// the page stops before its signature.
#[test]
fn a_cut_notice_after_its_breakdown_line_has_no_tasks() {
    let o = parse_checked(
        "泾县人民政府关于分解落实政府工作报告目标任务的通知\n\n各乡镇人民政府,县政府各部门:\n\n\
         经研究,现将《政府工作报告》2023年6个方面243项工作任务予以分解印发。各牵头领导、责任单位要高度重视。\n\n\
         一、细化任务抓落实。各乡镇各部门要围绕目标任务,细化分解到月,建立工作台账。\n\n\
         二、明确责任抓落实。各牵头县领导要按照工作分工,靠前指挥。\n",
    );
    assert!(all_tasks(&o).is_empty());
}

/// A body's standing rules ("…督办工作规定", c8503) list no tasks even where their
/// articles name units ("督办工作由局办公室负责"); and after 由 a unit's proposal is
/// no part of its name ("由局办公室提出办理意见": 局办公室, not "局办公室提出办").
#[test]
fn a_bodys_rules_list_no_tasks() {
    let o = parse_checked(
        "上海市城市管理行政执法局督办工作规定\n为进一步加强重点工作督办,制定本规定。\n\
         一、督办部门\n(一)督办工作由局办公室负责,各区县城管执法局要认真推进落实。\n\
         (二)局办公室设置一名督办人员。\n二、督办流程\n\
         1、局领导重要批示件,由局办公室提出办理意见,交由督办人员立项。\n",
    );
    assert!(all_tasks(&o).is_empty());
    let o = parse_checked(
        "督办工作方案\n1、局领导重要批示件,由局办公室提出办理意见,交由督办人员立项。\n\
         2、局长办公会确定的事项,由局办公室提出办理意见。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["局办公室"]);
}

/// A progress table one cell per line without 序号 (c8501: 项目名称 | 项目内容 | 责任单位
/// | 进展情况), its categories "(一)" over their names in the merged first column: the
/// "(一)" line opens the first category, not a column's name, and a row's text after the
/// row above's short progress cell ("正常进行中") is that row's text, not more progress,
/// when units follow it.
#[test]
fn a_progress_table_one_cell_per_line_without_numbers() {
    let o = parse_checked(
        "项目名称\n\n项目内容\n\n责任单位\n\n进展情况\n\n(一)\n\n经济社会发展主要预期目标\n\n\
         地区生产总值增长6.5%以上\n\n区发改经信局、各街道\n\n正常进行中\n\n\
         全社会R&D经费支出增长15%\n\n区科技局、各街道\n\n\
         坚持“科创微课堂、政策直通车”,发动233家企业系统注册\n\n\
         财政收入与经济增长基本同步\n\n区财政局、各街道\n\n正常进行中\n",
    );
    let t = all_tasks(&o);
    let got: Vec<(&str, Vec<&str>)> = t.iter().map(|x| (x.text.as_str(), lead(x))).collect();
    assert_eq!(
        got,
        [
            ("地区生产总值增长6.5%以上", vec!["区发改经信局", "各街道"]),
            ("全社会R&D经费支出增长15%", vec!["区科技局", "各街道"]),
            ("财政收入与经济增长基本同步", vec!["区财政局", "各街道"]),
        ]
    );
    assert_eq!(o.documents[0].nodes[0].text, "经济社会发展主要预期目标");
}

/// Tables pasted from Word or a web page (cells between tabs) read as the same tables
/// between bars do. The corpus's bar tables, their bars made tabs, are the check
/// (`scripts/eval-corpus --paste-form tabs`); these are its cases.
///
/// A table after a top-level item, whose category rows restart the numbering
/// ("一、市政府重点工作任务" + header + "一、主要预期目标\t"), stays the item's document's
/// table, not a new document without one (c2906).
#[test]
fn a_tab_table_whose_categories_restart_the_numbering() {
    let o = parse_checked(
        "一、市政府重点工作任务\n序号\t目标与任务\t牵头责任单位\t责任单位\n一、主要预期目标\t\n\
         (1)\t地区生产总值增长6%以上。\t市发展改革委\t各县市区政府、开发区管委会\n\
         (2)\t固定资产投资增长6%左右。\t市发展改革委\t各县市区政府\n",
    );
    assert_eq!(o.documents.len(), 1);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["市发展改革委"]);
    assert_eq!(coop(t[0]), ["各县市区政府", "开发区管委会"]);
}

/// A tab header with a 序号 and a text but no column of who does it ("类别\t序号\t
/// 项目名称\t工作标准", c6800) is a table's header, as between bars.
#[test]
fn a_tab_header_without_a_column_of_who() {
    let o = parse_checked(
        "类别\t序号\t项目名称\t工作标准\n省市重点类\t1\t路网完善工程\t青洋高架北延年内通车。\n\
         省市重点类\t2\t文化广场项目建设\t5月1日前正式开工建设。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert!(t[1].text.starts_with("文化广场项目建设"), "{}", t[1].text);
    assert_eq!(t[1].number.as_deref(), Some("2"));
}

/// A web page's table copied by a browser gives each row the cells it has: a cell
/// merged with the row above is left out with its tab. The row's cells go where they
/// fit (a 类别 left out before "15.推进…", c1101; a 牵头单位 left out between the plan
/// and the progress, c5700), the left-out unit or category the row above's; a cell
/// "泉山学校:完成…" is no unit's duty entry run in.
#[test]
fn a_browser_copy_of_a_table_with_merged_cells() {
    let o = parse_checked(
        "类别\t民生事项名称\t任务目标\t责任单位\t分管市领导\t完成情况\n\
         四、教育文化\t14.改扩建泉山学校\t完成教学楼建设。\t教育体育局\t刘福利\t泉山学校:完成主体施工。\n\
         15.推进学校塑胶运动场地建设\t完成罗峰学校运动场地建设。\t教育体育局\t刘福利\t罗峰学校:9月份开始施工。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(
        t.len(),
        2,
        "{:?}",
        t.iter().map(|x| &x.text).collect::<Vec<_>>()
    );
    assert_eq!(t[1].number.as_deref(), Some("15."));
    assert_eq!(lead(t[1]), ["教育体育局"]);
    assert_eq!(leaders(t[1]), ["刘福利"]);
    let o = parse_checked(
        "序号\t项目内容\t月度工作计划\t牵头单位\t落实情况\n\
         1\t为老年人免费接种流感疫苗。\t4月:制定工作方案。\t县卫生健康局\t已完成。\n\
         2\t为重点人群免费开展结直肠癌筛查。\t4月:完成筛查1480人。\t已完成。完成筛查3495人。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[1]), ["县卫生健康局"]);
    // A row whose 序号 and 责任单位 were merged with the row above (c2602): a task of
    // its own, the unit the row above's.
    let o = parse_checked(
        "序号\t项目内容\t进展情况\t责任单位\n\
         2\t新建成婴幼儿照护服务成长驿站7家。\t新建13家婴幼儿成长驿站。\t卫生健康局\n\
         新增婴幼儿照护服务托位500个。\t新增婴幼儿照护服务托位600个。\n\
         3\t实施农村公路大中修100公里。\t完成农村公路大中修50公里。\t交通运输局\n",
    );
    let t = all_tasks(&o);
    let got: Vec<(&str, Vec<&str>)> = t.iter().map(|x| (x.text.as_str(), lead(x))).collect();
    assert_eq!(
        got,
        [
            ("新建成婴幼儿照护服务成长驿站7家。", vec!["卫生健康局"]),
            ("新增婴幼儿照护服务托位500个。", vec!["卫生健康局"]),
            ("实施农村公路大中修100公里。", vec!["交通运输局"]),
        ]
    );
}

/// A table one cell per line whose money column follows the text ("序号 / 项目名称 /
/// 建设内容 / 年度投资金额(万元) / 责任单位", c1503 copied without its bars): a number
/// after a row's cells that is not the next row's ("300") is the money column's, not a
/// new row.
#[test]
fn a_sum_after_a_rows_text_is_no_new_row() {
    let o = parse_checked(
        "序号\n项目名称\n建设内容\n年度投资金额(万元)\n责任单位\n\
         1\n中小学基础设施提升改造项目\n对学校运动场地进行改造。\n300\n教体局\n\
         2\n城北小学门前道路建设项目\n建成道路1公里。\n1360\n住建局\n",
    );
    let t = all_tasks(&o);
    let got: Vec<(Option<&str>, Vec<&str>)> =
        t.iter().map(|x| (x.number.as_deref(), lead(x))).collect();
    assert_eq!(
        got,
        [(Some("1"), vec!["教体局"]), (Some("2"), vec!["住建局"])]
    );
}

/// A header of two rows as a browser copies it, the second row's names without the
/// empty cells beside them ("序号\t工作任务\t责任分工\t完成时限" over "牵头单位\t配合单位"):
/// they go under the cell of their kind that spans them, 责任分工, not from the first
/// column, and are no name broken over two lines ("完成时限" + "牵头单位"). Word's copy,
/// the empty cells kept, reads the same, and so do bars and one cell per line.
#[test]
fn a_browser_copy_of_a_header_of_two_rows() {
    let rows = "1\t推进项目建设\t市发改委\t市财政局\t6月底前\n2\t扩大有效投资\t市发改委\t市统计局\t12月底前\n";
    for header in [
        "序号\t工作任务\t责任分工\t完成时限\n牵头单位\t配合单位\n",
        "序号\t工作任务\t责任分工\t\t完成时限\n\t\t牵头单位\t配合单位\t\n",
    ] {
        let o = parse_checked(&format!("{header}{rows}"));
        let t = all_tasks(&o);
        assert_eq!(t.len(), 2, "{header}");
        assert_eq!(lead(t[0]), ["市发改委"], "{header}");
        assert_eq!(coop(t[0]), ["市财政局"], "{header}");
        assert_eq!(
            t[1].deadline.as_ref().map(|d| d.text.as_str()),
            Some("12月底前"),
            "{header}"
        );
    }
    // The same header between bars, and one cell per line (its second row's names
    // after the first row's): under the one name of their kind, 责任分工.
    let bars = "序号 | 工作任务 | 责任分工 | 完成时限 |\n牵头单位 | 配合单位 |\n\
                1 | 推进项目建设 | 市发改委 | 市财政局 | 6月底前 |\n\
                2 | 扩大有效投资 | 市发改委 | 市统计局 | 12月底前 |\n";
    let lines = "序号\n工作任务\n责任分工\n完成时限\n牵头单位\n配合单位\n\
                 1\n推进项目建设\n市发改委\n市财政局\n6月底前\n\
                 2\n扩大有效投资\n市发改委\n市统计局\n12月底前\n";
    for text in [bars, lines] {
        let o = parse_checked(text);
        let t = all_tasks(&o);
        assert_eq!(t.len(), 2, "{text}");
        assert_eq!(lead(t[1]), ["市发改委"], "{text}");
        assert_eq!(coop(t[1]), ["市统计局"], "{text}");
        assert_eq!(
            t[1].deadline.as_ref().map(|d| d.text.as_str()),
            Some("12月底前")
        );
    }
}

#[test]
fn a_notice_title_after_its_doc_number_is_the_title_not_the_number() {
    // A 政府信息公开 page's box of facts copied one cell per line: the 名称 value
    // starts with the 文号. Before, the line was taken for the 文号 alone, the page had
    // no title, and the notice's own rules were read as six tasks without doers.
    let input = "[ 文 号 ]\n\
                 靖政发〔2025〕17号\n\
                 [ 名 称 ]\n\
                 靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知\n\
                 各镇人民政府:\n\
                 现将有关要求通知如下:\n\
                 一、将重大项目纳入月调度机制。月调度会议由县长主持。\n\
                 二、继续推行双周例会制度,双周例会由县长主持。\n";
    let o = parse_checked(input);
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert_eq!(
        d.title.as_deref(),
        Some("靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知")
    );
    assert_eq!(d.doc_number.as_deref(), Some("靖政发〔2025〕17号"));
    assert_eq!(task_count(d), 0, "{:?}", ignored_reasons(&o));
    assert!(ignored_reasons(&o).contains(&(4, "通知标题")));
}

#[test]
fn one_cell_per_line_a_row_whose_unit_cell_was_merged_shares_the_row_above() {
    // A web table copied one cell per line gives a cell merged over rows once, in its
    // first row: rows 2 and 3 go from their plan straight to their progress, passing
    // the 牵头单位 they share with row 1.
    let input = "2024年4月省政府民生实事项目进展情况汇总表\n\
                 序号\n项目内容\n月度工作计划\n牵头单位\n落实情况\n\
                 1\n为全县60岁以上老年人免费接种流感疫苗24723人。\n\
                 4月:制定并下发免费接种流感疫苗工作方案。\n县卫生健康局\n已完成。\n\
                 2\n为全县重点人群免费开展结直肠癌筛查。\n\
                 4月:完成筛查人数1480人(20%)。\n已完成。\n\
                 3\n在公共场所新增配置自动体外除颤仪47台。\n\
                 4月:公布采购意向公告。\n已完成。\n\
                 4\n培训应急救护人员235人。\n\
                 4月:完成应急救护人员培训65人。\n县红十字会\n已完成。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 4, "{:?}", ignored_reasons(&o));
    for n in ["1", "2", "3"] {
        assert_eq!(lead(at(d, &[n])), ["县卫生健康局"], "row {n}");
    }
    assert_eq!(lead(at(d, &["4"])), ["县红十字会"]);
    // Between bars an empty cell shows ("|" alone): a row that leaves its unit empty
    // there has none.
    let bars = "序号 |\n项目内容 |\n牵头单位 |\n落实情况 |\n\
                1 |\n为全县老年人免费接种流感疫苗。 |\n县卫生健康局 |\n已完成。 |\n\
                2 |\n开展结直肠癌筛查。 |\n|\n已完成。 |\n";
    let o = parse_checked(bars);
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["1"])), ["县卫生健康局"]);
    assert!(lead(at(d, &["2"])).is_empty(), "{:?}", lead(at(d, &["2"])));
}

#[test]
fn a_bracket_cut_open_leaves_no_bracket_on_the_unit() {
    // The page was cut inside the last item's bracket: its unit is still the lead,
    // without the bracket that opened before it.
    for open in ["(", "（"] {
        let input = format!(
            "2011年市政府重点工作任务分解意见\n\
             一、工业经济方面\n\
             1.加强稀土资源保护,加快交易平台和储备制度建设。{open}市经信委、市国土资源局牵头落实)\n\
             2.进一步明确园区发展定位,加强规划管理,推动园区错位发展。{open}市经信委牵头落实\n"
        );
        let o = parse_checked(&input);
        let d = &o.documents[0];
        assert_eq!(lead(at(d, &["一、", "1."])), ["市经信委", "市国土资源局"]);
        assert_eq!(lead(at(d, &["一、", "2."])), ["市经信委"], "{open}");
    }
}

#[test]
fn one_cell_per_line_two_bars_alone_show_an_empty_cell_not_a_merged_one() {
    // A web table copied one cell per line with a bar line between cells: row 2 gives
    // only its text and units (its 牵头领导 merged with row 1's, the row padded by
    // "|||"); row 3 shows its leader cell empty ("|" over "|"), and has no leader.
    let input = "区政府2024年重点工作目标任务分解落实方案\n\
                 序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n\
                 一、2024年全区经济社会发展主要预期目标\n|\n||||\n\
                 1\n|\n主要预期目标\n|\n1.地区生产总值增长5%以上。\n|\n钱 宇\n|\n★区发改委、统计局\n|\n\
                 2.一般公共预算收入同口径增长6%以上。\n|\n★区财政局、税务局\n|\n|||\n\
                 3.规上工业总产值增长5%左右。\n|\n|\n★区工信局、统计局\n|\n||\n\
                 4.全社会固定资产投资增长5%左右。\n|\n钱 宇\n|\n★区发改委、统计局\n|\n||\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    // (Row 1's first item is read as the row, numbered 1; the others as 2. to 4.)
    let item = |n: &str| at(d, &["一、", n]);
    assert_eq!(task_count(d), 4, "{:?}", ignored_reasons(&o));
    assert_eq!(leaders(item("1")), ["钱宇"]);
    assert_eq!(leaders(item("2.")), ["钱宇"]);
    assert!(leaders(item("3.")).is_empty());
    assert_eq!(lead(item("3.")), ["区工信局"]);
    assert_eq!(coop(item("3.")), ["统计局"]);
    assert_eq!(leaders(item("4.")), ["钱宇"]);
}

#[test]
fn a_time_schedule_column_gives_each_row_its_deadline() {
    // 时间进度 is when each task is done: a span after an event, a date spaced out by
    // the copy, and 常态工作 (ongoing) are each a row's deadline.
    let input = "|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n\
                 1\n|\n完善城市管理体制\n|\n市委编办、市住建局、市城管局\n|\n省出台文件后 2 个月完成\n|\n|\n\
                 2\n|\n开展环境卫生设施规划编制工作\n|\n市住建局、市发改委\n|\n2016 年底前\n|\n|\n\
                 3\n|\n推进数字化城市管理平台建设\n|\n市城管局\n|\n常态工作\n|\n|\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3, "{:?}", ignored_reasons(&o));
    let deadline = |n: &str| at(d, &[n]).deadline.as_ref().map(|x| x.text.as_str());
    assert_eq!(deadline("1"), Some("省出台文件后 2 个月完成"));
    assert_eq!(deadline("2"), Some("2016 年底前"));
    assert_eq!(deadline("3"), Some("常态工作"));
    assert_eq!(lead(at(d, &["3"])), ["市城管局"]);
}

#[test]
fn a_headline_that_someone_explains_a_plan_makes_the_page_no_task_list() {
    // A 政策解读 page whose headline is a field of its box of facts (copied between
    // bars, or with tabs): its outline of the plan it explains is no list of tasks.
    let body = "一、制定背景\n\
                2023年是全面贯彻落实党的二十大精神的开局之年。\n\
                二、重要举措\n\
                (一)基础设施提升行动。\n\
                1.扎实推进一批在建项目。\n\
                2.确保新开工一批项目。\n";
    let boxes = [
        "索引号: | 002590059/2023-68233 | 公开方式: | 主动公开 |\n\
         负责人政策解读:区交通运输局局长俞林忠解读2023年区交通运输局工作计划 | |||\n|\n",
        "索引号:\t002590059/2023-68233\t公开方式:\t主动公开\n\
         负责人政策解读:区交通运输局局长俞林忠解读2023年区交通运输局工作计划\t\t\t\n",
    ];
    for facts in boxes {
        let o = parse_checked(&format!("{facts}{body}"));
        let d = &o.documents[0];
        assert_eq!(
            d.title.as_deref(),
            Some("区交通运输局局长俞林忠解读2023年区交通运输局工作计划"),
            "{facts}"
        );
        assert_eq!(task_count(d), 0, "{facts}");
    }
}

#[test]
fn ordinal_paragraphs_under_a_heading_alone_are_its_tasks() {
    // A town's 工作安排: a heading of a title alone, then its items 一是…三是, each a
    // paragraph of its own. (After a sentence, "1.加强招商。", they stay its text.)
    let input = "乡镇年度工作安排\n\
                 (一)实施产业强镇工程\n\
                 一是继续把双招双引作为重中之重来抓。\n\
                 二是放大区位优势,引进一批重点项目。\n\
                 三是积极培植税源,支持企业技术革新。\n\
                 (二)实施乡村振兴工程\n\
                 1.加强招商。\n\
                 一是外出招商。\n\
                 二是跟进项目。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 4, "{:?}", ignored_reasons(&o));
    assert_eq!(at(d, &["(一)"]).kind, NodeKind::Section);
    assert_eq!(at(d, &["(一)", "三是"]).kind, NodeKind::Task);
    assert_eq!(at(d, &["(二)", "1."]).kind, NodeKind::Task);
}

#[test]
fn a_tab_header_cell_with_a_note_in_brackets_is_still_a_name() {
    // "责任单位 (加黑为牵头单位)" is long only by its note: the row is the header.
    let input = "市中区2025年主要工作任务推进情况\n\
                 序号\t重点任务\t任务目标完成情况\t下一步计划\t责任单位 (加黑为牵头单位)\t监督科室 监督电话\n\
                 1\t大力推进产业回归\t已完成\t继续推进\t区发展改革局、区投资促进局\t区督查室\n\
                 2\t大力发展信息技术\t已完成\t继续推进\t区工业和信息化局\t区督查室\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(d.title.as_deref(), Some("市中区2025年主要工作任务推进情况"));
    assert_eq!(task_count(d), 2, "{:?}", ignored_reasons(&o));
    assert_eq!(lead(at(d, &["1"])), ["区发展改革局", "区投资促进局"]);
}

#[test]
fn a_stage_with_its_months_in_a_bracket_has_that_deadline() {
    let input = "2023年创建工作实施方案\n\
                 三、工作步骤\n\
                 (一)宣传发动阶段(1月—2月)。召开动员会,制定工作方案。\n\
                 (二)集中攻坚阶段(2023年8月至11月)。全面排查整治。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let dl = |n: &str| {
        at(d, &["三、", n])
            .deadline
            .clone()
            .map(|x| (x.text, x.date))
    };
    assert_eq!(
        dl("(一)"),
        Some(("1月—2月".to_string(), Some("2023-02-28".to_string())))
    );
    assert_eq!(
        dl("(二)"),
        Some((
            "2023年8月至11月".to_string(),
            Some("2023-11-30".to_string())
        ))
    );
}

#[test]
fn one_cell_per_line_a_progress_cell_of_two_sentences_names_no_units() {
    // The progress cell opens with units as its subject ("区发改局与市中城发集团…") but
    // holds sentences: it is no list of units, and the 责任单位 cell after it is.
    let input = "市中区2025年主要工作任务推进情况\n\
                 序号\n重点任务\n任务目标完成情况\n下一步计划\n责任单位 (加黑为牵头单位)\n监督科室 监督电话\n\
                 1\n大力推进产业回归,积极申报省级经济开发区。\n\
                 区发改局与市中城发集团、市中财金集团共同谋划打造了市中区低空经济产业园、市中区低空安全产业园(望岳飞谷)等特色产业园,均已立项备案。各相关部门正合力推进省级经济开发区申报工作。\n\
                 结合一区多园的规划建设,持续做好相关特色园区的谋划。\n\
                 区发展改革局、区工业和信息化局、区投资促进局\n\
                 区发展改革局产业发展科51806562\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 1, "{:?}", ignored_reasons(&o));
    assert_eq!(
        lead(at(d, &["1"])),
        ["区发展改革局", "区工业和信息化局", "区投资促进局"]
    );
}

#[test]
fn a_bracket_with_a_sentence_of_who_then_a_label_reads_both() {
    // "X、Y等按职责分工负责。责任单位:Z": the sentence's units were lost to the label.
    let input = "降碳目标工作实施方案\n\
                 1.加强生态环境准入管理。严格审批。〔市生态环境局、发展改革委等按职责分工负责。责任单位:各县(市、区)人民政府。〕\n\
                 2.坚决遏制两高项目。〔市发展改革委牵头,市工业和信息化局配合。责任单位:各县(市、区)人民政府。〕\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(
        lead(at(d, &["1."])),
        ["市生态环境局", "发展改革委", "各县(市、区)人民政府"]
    );
    assert_eq!(lead(at(d, &["2."])), ["市发展改革委"]);
    assert_eq!(
        coop(at(d, &["2."])),
        ["市工业和信息化局", "各县(市、区)人民政府"]
    );
}

#[test]
fn a_header_one_name_per_line_over_rows_between_bars_and_the_first_listed_leads() {
    // The header's names one per line, closed by bars; the rows between bars. The
    // 负责单位 column names the units in charge; the note in the first row makes the
    // first listed lead, in this row and the ones below.
    let input = "进一步做好就业创业工作重点任务分工方案\n\
                 序号 |\n工作任务 |\n负责单位 |\n时间进度 |\n\
                 1 | 把稳定和扩大就业作为经济运行合理区间的下限 | 发展改革委、人力资源社会保障部、统计局(列第一位者为牵头单位,下同) | 持续实施 |\n\
                 2 | 加强财税政策与就业政策的配套衔接 | 发展改革委、财政部 | 持续实施 |\n\
                 3 | 建立公共投资带动就业评估机制 | 人力资源社会保障部 | 2015年底前 |\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3, "{:?}", ignored_reasons(&o));
    assert_eq!(lead(at(d, &["1"])), ["发展改革委"]);
    assert_eq!(coop(at(d, &["1"])), ["人力资源社会保障部", "统计局"]);
    assert_eq!(lead(at(d, &["2"])), ["发展改革委"]);
    assert_eq!(coop(at(d, &["2"])), ["财政部"]);
    assert_eq!(lead(at(d, &["3"])), ["人力资源社会保障部"]);
    // Without the note, the units in charge all lead.
    let o = parse_checked(
        "分工方案\n序号 | 工作任务 | 负责单位 |\n1 | 加强财税政策衔接 | 发展改革委、财政部 |\n",
    );
    assert_eq!(lead(at(&o.documents[0], &["1"])), ["发展改革委", "财政部"]);
}

#[test]
fn a_headerless_table_one_cell_per_line_without_bars_is_read_by_its_cells() {
    // A table whose header the copy lost, one cell per line and no bars: its rows are
    // read from what the first rows' cells look like, as between lines of bars.
    let input = "1\n一、经济社会发展的主要预期目标\n农村常住居民人均可支配收入与全省同步增长。\n\
                 法规科\n潘秀峰\n2024年底前\n5555309\n\
                 2\n粮食产量100亿斤以上。\n市农技中心\n卢伯瑛\n2024年底前\n5555097\n\
                 3\n二、加快新型工业化进程\n农产品加工业产值增长15%以上。\n产业科\n孙永峰\n2024年底前\n5555309\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3, "{:?}", ignored_reasons(&o));
    let t = at(d, &["一、", "2"]);
    assert_eq!(lead(t), ["市农技中心"]);
    assert_eq!(leaders(t), ["卢伯瑛"]);
    assert_eq!(lead(at(d, &["二、", "3"])), ["产业科"]);
    // Bare numbers over lines whose second row names no one: no table (a unit's name
    // alone under the first is not enough without bars to part the cells); the numbers
    // alone are items over their titles, the lines after them their text.
    let prose = "1\n加强组织领导。\n县发改局\n2\n强化督促检查。\n定期通报进展。\n";
    let o = parse_checked(prose);
    let items: Vec<(Option<&str>, &str, &str)> = o.documents[0]
        .walk()
        .map(|n| (n.number.as_deref(), n.text.as_str(), n.body.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            (Some("1"), "加强组织领导。", "县发改局"),
            (Some("2"), "强化督促检查。", "定期通报进展。")
        ],
        "{o:?}"
    );
}

#[test]
fn unnumbered_records_with_field_lines_before_their_label_are_tasks_of_their_own() {
    // Each task's name, a line of its measures, then who does it: the name over the
    // field line starts the next task (before, every name after the first was read as
    // a paragraph of the first, which took all the units).
    let input = "2023年省政府工作报告工作任务分工方案\n\
                 粮食产量1268万吨以上\n\
                 工作措施:稳定粮食播种面积。\n\
                 部门分工:省农业农村厅牵头,各地、各部门配合。\n\
                 大力推进20个战略性产业集群建设\n\
                 工作措施:完成战略性产业集群政策文件的中期评估及修订工作。\n\
                 部门分工:省工业和信息化厅牵头,省发展改革委、科技厅等配合。\n\
                 促进数字经济和实体经济深度融合\n\
                 工作措施:贯彻实施《广东省数字经济促进条例》。\n\
                 部门分工:省工业和信息化厅牵头,省委网信办等配合。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3, "{:?}", ignored_reasons(&o));
    let texts: Vec<&str> = d.nodes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "粮食产量1268万吨以上",
            "大力推进20个战略性产业集群建设",
            "促进数字经济和实体经济深度融合"
        ]
    );
    assert_eq!(lead(&d.nodes[1]), ["省工业和信息化厅"]);
    assert_eq!(coop(&d.nodes[1]), ["省发展改革委", "科技厅"]);
    assert_eq!(coop(&d.nodes[2]), ["省委网信办"]);
    // Only the title is ignored: the field lines are their tasks'.
    assert_eq!(ignored_reasons(&o), [(1, "文件标题")]);
}

#[test]
fn a_tab_header_column_that_only_ends_like_units_beside_a_role_column_holds_no_doers() {
    // "对应部门、行业领域" names the sector each row belongs to; the 责任单位 column
    // says who does the work (as the same header between bars is read).
    let input = "安全生产治本攻坚三年行动2024年工作清单\n\
                 对应部门、行业领域\t序号\t工作清单\t完成时限\t责任单位\n\
                 教育\t1\t健全校园安全隐患日常排查整改机制。\t2024年12月\t市县教育部门、各级各类学校\n\
                 \t2\t常态化开展消防安全专项整治。\t2024年12月\t市县教育部门、消防部门\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 2, "{:?}", ignored_reasons(&o));
    let first = d
        .nodes
        .iter()
        .flat_map(|n| std::iter::once(n).chain(n.children.iter()))
        .find(|n| n.kind == NodeKind::Task)
        .expect("a task");
    assert_eq!(lead(first), ["市县教育部门", "各级各类学校"]);
}

#[test]
fn leaders_who_assist_are_no_leaders_of_the_work() {
    // "一、X省长负责的工作(Y秘书长、Z省长助理协助)": X leads what the heading covers; Y
    // and Z assist and are no 牵头领导. (Also when the heading's line break was lost
    // before its sentence.)
    for sep in ["", " 对主要工作任务负总责,同时具体负责以下工作:"] {
        let input = format!(
            "分解方案\n\
             一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助){sep}\n\
             (一)省监察委员会牵头的工作\n\
             1.强化行政监察。\n"
        );
        let o = parse_checked(&input);
        let d = &o.documents[0];
        assert_eq!(
            leaders(at(d, &["一、", "(一)", "1."])),
            ["于幼军"],
            "{sep:?}"
        );
        assert_eq!(lead(at(d, &["一、", "(一)", "1."])), ["省监察委员会"]);
    }
}

#[test]
fn a_header_whose_second_row_splits_one_cell_as_a_browser_copies_it() {
    // Held-out c6902 (大冶 项目计划安排表): "资金来源" spans four money columns named on
    // the row below without the cells merged down beside them; a row of totals; a
    // last 备注 column the rows leave empty. The same table between bars and as a
    // browser's tab copy reads one task with its unit, person and period.
    let bars = "项目计划安排表\n\
        序号 | 部门 | 乡镇 | 项目名称 | 计划投入资金 | 资金来源 | 实施期限(年/月-年/月) | 联农带农富农利益联结机制 | 责任单位 | 责任人 | 备注 | |||\n\
        中央衔接资金 | 省级衔接资金 | 省级财政资金 | 其他 资金 | ||||||||\n\
        合 计 | 3069.7 | 0 | 1000 | 500 | 1569.7 | |||||||\n\
        1 | 市财政局、市农业农村局 | 大箕铺镇 | 大冶市果蔬特色产业强链重点工程示范项目 | 3069.7 | 0 | 1000 | 500 | 1569.7 | 2024年6月到12月 | 土地流转、就业务工、带动生产 | 大箕铺镇政府 | 张世磊 |\n";
    let tabs = bars
        .lines()
        .map(|l| {
            let inner = l.trim().trim_matches('|');
            if inner.contains('|') {
                inner
                    .split('|')
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join("\t")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    for input in [bars.to_string(), tabs] {
        let o = parse_checked(&input);
        let d = &o.documents[0];
        assert_eq!(task_count(d), 1, "{input}\n{:?}", ignored_reasons(&o));
        let t = at(d, &["1"]);
        assert!(t.text.starts_with("大冶市果蔬特色产业"), "{}", t.text);
        assert_eq!(lead(t), ["大箕铺镇政府"]);
        assert_eq!(leaders(t), ["张世磊"]);
        assert_eq!(
            t.deadline.as_ref().map(|d| d.text.as_str()),
            Some("2024年6月到12月")
        );
    }
}

#[test]
fn a_zone_lists_its_offices_with_their_other_names_over_run_in_tasks() {
    // Held-out c10020 (双牌工业集中区部室简介): each office is a heading with its other
    // plates in a bracket, not units who do the heading; its tasks run on one line
    // after ①, each after a semicolon.
    let input = "双牌工业集中区部室简介\n\
        (一)综合办公室(党群工作部、监察室、督查室、财务室)\n\
        (1)年度主要任务与要求:\n\
        ①积极宣传推介园区,在省、市、县相关新闻媒体完成上稿8篇;②积极协调落实单位“三定方案”,理顺园区体制机制;③负责党建、意识形态、人事政工等工作无差错。\n\
        (二)工程建设管理局(安全生产监督局)\n\
        (1)年度主要任务与要求:\n\
        ①年内完成园区调区扩区和规划修编前期工作;②年底前完成第三期标准厂房的建设和管理。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 5, "{:?}", ignored_reasons(&o));
    for n in ["①", "②", "③"] {
        assert_eq!(
            lead(at(d, &["(一)", "(1)", n])),
            ["综合办公室(党群工作部、监察室、督查室、财务室)"]
        );
    }
    assert_eq!(
        lead(at(d, &["(二)", "(1)", "②"])),
        ["工程建设管理局(安全生产监督局)"]
    );
    // A table's cell of notes, "①…。 ②…", stays one cell (c4900, c8008); a bracket of
    // units after a work's words is who does it.
    let o = parse_checked(
        "进展表\n1.推进公办教育扩容。\n①完成区第二幼儿园建设,可提供园位1415个。 ②完成宜春十中改造项目工程。\n\
         2.加强宣传(市委宣传部、市文明办)\n",
    );
    let d = &o.documents[0];
    assert_eq!(task_count(d), 2, "{:?}", ignored_reasons(&o));
    assert_eq!(lead(at(d, &["2."])), ["市委宣传部", "市文明办"]);
}

#[test]
fn steps_after_a_phase_heading_and_who_after_a_clause_of_manner() {
    // Held-out c10081 (a county's 电动自行车 notice whose line breaks were lost): "1."
    // right after a phase heading's closing bracket opens its steps when "2." follows
    // on the line; a clause of how the work is done ("按照…要求,") comes before who
    // leads it.
    let input = "通知如下:一、工作目标形成合力推进的工作局面。二、步骤和任务治理工作分四个阶段进行。\
        (一)第一阶段(2021年5月10日前)1.按照县政府统一动员部署和工作要求,公安局交警大队要牵头制定我县工作方案,\
        于5月10日前完成上牌点的选址筹备工作。2.全县各企事业单位应当广泛开展教育宣传活动。\
        (二)第二阶段(2021年5月10日起)开展教育劝导工作。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3, "{:?}", ignored_reasons(&o));
    let first = at(d, &["二、", "(一)", "1."]);
    assert_eq!(lead(first), ["公安局交警大队"]);
    // Role clauses after such a clause too.
    let o = parse_checked(
        "方案\n一、任务\n1.按照要求,市发改委牵头,市财政局配合,做好工作。\n2.做好其他工作。\n",
    );
    let t = at(&o.documents[0], &["一、", "1."]);
    assert_eq!(lead(t), ["市发改委"]);
    assert_eq!(coop(t), ["市财政局"]);
    // Or after a clause of its topic, as minutes' decisions give it (held-out c10060).
    let o = parse_checked(
        "议定事项
一、已落实事项
1、关于农村公路建设问题,由交通局负责督促进度。
         2、关于2018年重点项目建设推进问题,项目办、政府督查室要盯住项目建设进度不放。
",
    );
    assert_eq!(
        lead(at(&o.documents[0], &["一、", "2、"])),
        ["项目办", "政府督查室"]
    );
}

#[test]
fn items_that_open_with_a_year_and_units_with_their_unnamed_heads() {
    // Held-out c10101 (昆明 2009 消防 分解): "1.2009年底前,…" is item 1 and its year, not
    // 1.2009; "责任单位及责任人:…、市公安消防支队主要领导" names units, their heads
    // unnamed (no leader called 盘龙). An attachment list under "附件:" alone is no
    // list of tasks (c9923).
    let input = "通知\n附件:\n\n  1.2017年市《政府工作报告》确定目标责任分解表\n\n  2.2017年区《政府工作报告》确定目标责任分解表\n\
        主要目标任务及责任分解\n一、消防站点建设\n\
        1.2009年底前,完成特勤消防三中队建设。\n\
        责任单位及责任人:呈贡县政府、市发改委、市公安消防支队主要领导。\n\
        2.2009年底前,完成盘龙消防三中队建设。\n\
        责任单位及责任人:盘龙区政府主要领导。\n";
    let o = parse_checked(input);
    let tasks: Vec<_> = o.documents.iter().flat_map(tasks).collect();
    assert_eq!(tasks.len(), 2, "{:?}", ignored_reasons(&o));
    assert_eq!(tasks[0].number.as_deref(), Some("1."));
    assert!(tasks[0].text.starts_with("2009年底前"), "{}", tasks[0].text);
    assert_eq!(lead(tasks[0]), ["呈贡县政府", "市发改委", "市公安消防支队"]);
    assert_eq!(lead(tasks[1]), ["盘龙区政府"]);
    assert!(leaders(tasks[1]).is_empty(), "{:?}", leaders(tasks[1]));
}

#[test]
fn a_problem_list_whose_lines_open_with_the_village_and_a_space() {
    // Held-out c10182 (a town's 人居环境 督查通报): each line names the village the
    // problems are handed to, then a space, as "川汇区:" does with a colon.
    let input = "督查通报\n二、督查发现的主要问题\n\
        1、尹川村 尹川村发现垃圾点三处,分别位于老卫生院路边及窑洞。\n\
        2、王川村 寇堡自然村发现垃圾点一处存量较多;庄边崖上零星垃圾很多。\n\
        3、 张底村 马川庄边进村路口发现垃圾点一处。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 3, "{:?}", ignored_reasons(&o));
    assert_eq!(lead(at(d, &["二、", "1、"])), ["尹川村"]);
    assert_eq!(lead(at(d, &["二、", "3、"])), ["张底村"]);
    // Not a list of trades with spaces after their commas (c2001).
    let o = parse_checked(
        "方案\n一、任务\n1. 督促落实企业主责。 交通运输、 公安交警、 应急管理部门要强化道路运输企业安全生产主体责任。\n",
    );
    assert_eq!(
        lead(at(&o.documents[0], &["一、", "1."])),
        ["交通运输", "公安交警", "应急管理部门"]
    );
}

#[test]
fn a_leader_announced_before_the_list_leads_its_items() {
    // Held-out c10200 (a news copy of 杭州's 2017 分解): the sentence that announces the
    // list names its leader ("市长徐立毅亲自牵头8项重点工作,分别为:"), as a heading of
    // who would; as a heading, with 亲自 before the verb, it does too.
    let input = "今年这8项重点工作\n日前,市政府办公厅印发通知。\n\
        其中,市长徐立毅亲自牵头8项重点工作,分别为:\n1\n一是切实加强政府自身建设。\n2\n二是设立政府大数据管理机构。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2, "{:?}", ignored_reasons(&o));
    assert_eq!(leaders(t[0]), ["徐立毅"]);
    assert_eq!(leaders(t[1]), ["徐立毅"]);
    let o = parse_checked("方案\n一、市长徐立毅亲自牵头8项重点工作\n1.切实加强政府自身建设。\n");
    assert_eq!(leaders(at(&o.documents[0], &["一、", "1."])), ["徐立毅"]);
    // A notice's announcement names no one: "现将有关事项通知如下:".
    let o = parse_checked("通知\n现将有关事项通知如下:\n1.切实加强政府自身建设。\n");
    assert!(leaders(tasks(&o.documents[0])[0]).is_empty());
}

#[test]
fn a_groups_members_cooperate_with_its_lead_unit() {
    // Held-out c10220 (a town's 防汛 专班 plan): each group names its 牵头部门 and its
    // 成员单位 on lines of their own, then its duties; the members cooperate in each.
    let input = "防汛预案\n第三章 组织架构\n1.综合协调组\n牵头部门:镇乡村振兴办\n\
        成员单位:镇机关各部门;各村(社区);新盛镇派出所、新盛镇卫生院\n工作职责:\n\
        (1)学习传达落实省市区关于防汛抗旱工作的要求和部署。\n(2)建立镇防汛重点区域台账。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 2, "{:?}", ignored_reasons(&o));
    let t = at(d, &["第三章", "1.", "(2)"]);
    assert_eq!(lead(t), ["镇乡村振兴办"]);
    assert_eq!(
        coop(t),
        ["镇机关各部门", "各村(社区)", "新盛镇派出所", "新盛镇卫生院"]
    );
    // Members alone, in a 指挥部's make-up (c8104), name no one's role: no task.
    let o = parse_checked(
        "预案\n一、组织机构\n(一)应急救援指挥部\n总指挥:副市长\n成员单位:市安监局、市公安局\n\
         (二)成员单位职责\n1.市安监局:负责组织协调事故救援。\n",
    );
    let d = &o.documents[0];
    let make_up = at(d, &["一、", "(一)"]);
    assert!(lead(make_up).is_empty() && coop(make_up).is_empty());
    assert_eq!(lead(at(d, &["一、", "(二)", "1."])), ["市安监局"]);
    // Persons among the members (c10343: who heads the group's office) lead nothing.
    let o = parse_checked(
        "方案\n二、组织保障\n组长:陈建国\n\
         成员单位:党政办、公共服务办,领导小组办公室设在公共服务办,瞿天姿兼任办公室主任。\n",
    );
    assert_eq!(task_count(&o.documents[0]), 0, "{:?}", ignored_reasons(&o));
    // The members named in a sentence are a collective unit (c8601).
    let o = parse_checked("要点\n1.强化河长履职尽责。(市河长办牵头,各成员单位参与)\n");
    assert_eq!(coop(tasks(&o.documents[0])[0]), ["各成员单位"]);
}

#[test]
fn a_bodys_own_functions_are_no_task_list() {
    // Held-out c10327 (a 区行政审批局's 主要职责 page): the preamble names the body and
    // announces its duties; the items are its standing functions.
    let input = "区行政审批局负责贯彻落实中央关于政务服务管理工作的方针政策。主要职责是:\n\
        (一)负责指导推进全区行政审批制度改革工作。\n(二)组织区级政务服务事项集中受理办理。\n\
        (三)完成区委、区政府交办的其他任务。\n";
    let o = parse_checked(input);
    assert_eq!(task_count(&o.documents[0]), 0);
    assert!(o
        .warnings
        .iter()
        .any(|w| w.message.starts_with("未发现任务分工")));
    // Its 职能, announced with words between ("主要有以下职能", held-out c10542).
    let o = parse_checked(
        "县委政法委员会是县委领导政法工作的职能部门。县级党委政法委主要有以下职能:\n\
         一、统一政法各部门的思想和行动;\n二、组织协调指导维护社会稳定的工作;\n",
    );
    assert_eq!(task_count(&o.documents[0]), 0);
    // As a heading among others, a body's 职能 are its tasks.
    let o = parse_checked(
        "预案\n一、成员单位职责\n(一)县公安局主要职能\n1.维护现场秩序。\n2.疏导交通。\n\
         (二)县卫健局主要职能\n1.组织医疗救治。\n2.做好防疫。\n",
    );
    assert_eq!(
        lead(at(&o.documents[0], &["一、", "(二)", "1."])),
        ["县卫健局"]
    );
    // A post's duties, announced the same way, are the tasks of a 责任清单 (c7906).
    let o = parse_checked(
        "安全生产职责\n自治县县长是全县安全生产工作第一责任人。主要职责是:\n\
         (一)组织研究全县安全生产工作。\n(二)督促检查安全生产工作。\n",
    );
    assert_eq!(task_count(&o.documents[0]), 2);
}

#[test]
fn a_commendations_list_is_no_task_list() {
    // Held-out c10482 (a 政协 commends its best proposals): the preamble says they are
    // commended ("予以通报表扬"); the items are the proposals' titles and proposers.
    let input = "1月2日,市政协对20件2022年度优秀提案予以通报表扬。\n20件优秀提案具体如下:\n\
        1、关于加快推进我市“快递进村”工作的建议\n提案者:民进漳州市委会\n\
        2、关于做大做优我市“五泡茶”的建议\n提案者:农工党漳州市委会\n";
    let o = parse_checked(input);
    assert_eq!(task_count(&o.documents[0]), 0);
    // A plan's promise to commend is no report (c4102).
    let o = parse_checked(
        "实施方案\n年终对各部门的工作进行考核,对完成情况好的予以表彰奖励。\n\
         1、加快推进“快递进村”工作。\n2、做大做优“五泡茶”产业。\n",
    );
    assert_eq!(task_count(&o.documents[0]), 2);
}

#[test]
fn a_table_one_cell_per_line_keeps_deadlines_after_an_event() {
    // Held-out c10440 (a 社会救助 分工 table, one cell per line closed by bars): a time
    // cell may be a date and "并持续实施", or the verb right after an event ("省出台办
    // 法后完成"); either stays in its row's 时间进度 cell.
    let input = "分工方案\n序号 |\n工作任务 |\n负责单位 |\n时间进度 |\n\
        1 |\n社会救助制度相衔接 |\n县民政局、县财政局 |\n2014年12月底前落实并持续实施 |\n\
        2 |\n统筹全县社会救助体系建设 |\n县民政局、县编委办 |\n省出台办法后完成 |\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = tasks(d);
    assert_eq!(t.len(), 2, "{:?}", ignored_reasons(&o));
    let deadline = |n: &duban::parser::Node| n.deadline.as_ref().map(|d| d.text.clone());
    assert_eq!(
        deadline(t[0]).as_deref(),
        Some("2014年12月底前落实并持续实施")
    );
    assert_eq!(deadline(t[1]).as_deref(), Some("省出台办法后完成"));
    assert_eq!(lead(t[1]), ["县民政局", "县编委办"]);
}

#[test]
fn the_other_relevant_departments_are_an_entry_of_the_list() {
    // Held-out c10440 and c10362: "县政府其他有关部门", "国务院其他有关部门" in a list of
    // units are an entry of it, not a note to the reader that ends the list.
    let o = parse_checked(
        "方案\n1.统筹救助体系建设。负责单位:县民政局、县财政局、县政府其他有关部门,\
         各镇人民政府(列在首位的为牵头部门,下同)\n",
    );
    let t = tasks(&o.documents[0])[0];
    assert_eq!(lead(t), ["县民政局"]);
    assert_eq!(coop(t), ["县财政局", "县政府其他有关部门", "各镇人民政府"]);
    // The note is one where it says the others are not listed.
    let o = parse_checked(
        "方案\n1.推进科技创新。(省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出)\n",
    );
    let t = tasks(&o.documents[0])[0];
    assert_eq!(lead(t), ["省科技厅"]);
    assert!(coop(t).is_empty());
}

#[test]
fn a_demand_to_bodies_of_a_trade_after_a_word_of_where_names_them() {
    // Held-out c10563 (a ministry's 要点): "地方各级自然资源主管部门要…" opens its items;
    // the bodies of a trade do the work, as "各级自然资源主管部门要…" would.
    let input = "要点\n一、强化认识,落实职责\n\
        1. 地方各级自然资源主管部门要认真贯彻落实关于防灾减灾救灾工作的重要论述。\n\
        2. 地方各地要充分认识地质灾害防治工作的极端重要性。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["一、", "1."])), ["地方各级自然资源主管部门"]);
    // A demand to all places names no one.
    assert!(lead(at(d, &["一、", "2."])).is_empty());
}

#[test]
fn a_heading_with_one_item_below_keeps_its_list_going() {
    // "(一)加强监管" + "1.…" + "(二)…" (c902, c9911): the one "1." is (一)'s sub-item,
    // not a heading over (二).
    let o = parse_checked(
        "预案\n一、工作任务\n（一）加强监管\n1.维护现场秩序。\n（二）强化救治\n1.组织医疗救治。\n",
    );
    let d = &o.documents[0];
    assert_eq!(task_count(d), 2);
    assert_eq!(at(d, &["一、", "（二）", "1."]).text, "组织医疗救治。");
    // A first sub-item after a heading that goes on past a comma is no wrapped line,
    // even on a page cut after it (held-out c2405).
    let o = parse_checked(
        "方案\n三、主要任务\n(一)整治镇容镇貌\n1、镇区主要路道落实门前三包。\n2、整治乱停乱放。\n\
         (四)突出重点、亮点,彰显创建特色\n1、打造文明示范街,凸\n",
    );
    let d = &o.documents[0];
    assert_eq!(at(d, &["三、", "(四)", "1、"]).text, "打造文明示范街,凸");
    // Nor the first of a style not seen yet that official documents set below the
    // heading's ("二、…,…发展" + "(一)…", held-out c10965, a page cut before its (二)).
    let o = parse_checked(
        "意见\n一、高度重视\n二、明确重点,积极推进地方志事业健康发展\n(一)全力推进地方志书编纂工作。\n\
         一是完成编纂出版。各地要采取切实措施。二是开展准备工作。\n",
    );
    let d = &o.documents[0];
    assert_eq!(at(d, &["二、"]).text, "明确重点,积极推进地方志事业健康发展");
    assert_eq!(at(d, &["二、", "(一)"]).text, "全力推进地方志书编纂工作。");
    // A page that starts inside a part (c5104): its items over paragraphs are tasks,
    // though a later part's heading ranks above them.
    let o = parse_checked(
        "(一)加强粮食市场监管\n健全粮食市场运行机制和交易规则。\n(二)加强粮食质量监管\n\
         各级质量技术监督部门要加强监督。\n四、加强领导,落实责任,确保改革顺利进行\n\
         (一)加强领导,进一步完善和落实粮食省长负责制\n",
    );
    let d = &o.documents[0];
    assert_eq!(d.nodes[0].kind, NodeKind::Task);
    assert_eq!(d.nodes[1].kind, NodeKind::Task);
}

#[test]
fn a_list_of_kinds_of_places_before_their_government_is_one_entry() {
    // Held-out c10462 (六盘水, whose counties include 特区): "各县、特区、区人民政府"
    // names the governments of every county, special district and district, one entry,
    // as "各县、市、区人民政府" does.
    let o =
        parse_checked("方案\n1.发展产业。(牵头单位:市发改委;责任单位:各县、特区、区人民政府)\n");
    assert_eq!(coop(tasks(&o.documents[0])[0]), ["各县、特区、区人民政府"]);
}

#[test]
fn items_run_in_after_the_bracket_of_who_does_the_item_before() {
    // Held-out c10460 (a page on one line that starts inside its list): each item
    // closes with its 责任单位 bracket and the next number follows it with no space.
    let input = "方案为培育企业,力争培育创新型中小企业。(责任单位:县工信商务局、科技局)\
        (三)实施园区建设行动鼓励企业集聚发展。(责任单位:县工信商务局、发改局)\
        (四)实施创新驱动行动搭建服务平台。(责任单位:县科技局)\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2, "{:?}", ignored_reasons(&o));
    assert_eq!(lead(t[0]), ["县工信商务局", "发改局"]);
    assert_eq!(lead(t[1]), ["县科技局"]);
    // A bracket of something else is no end of an item: "(2023-2025年)(一)…" stays.
    let o = parse_checked("方案\n一、目标(2023-2025年)(一)培育企业。(二)发展集群。\n");
    assert_eq!(task_count(&o.documents[0]), 1);
}

#[test]
fn steps_run_in_after_a_headings_title_and_after_brackets_that_skip_numbers() {
    // Held-out c10942 (a page on one line whose site left some items out): "(一)"
    // runs on from its heading's short title, "1." from its own, each step closes
    // with its bracket and the next follows it, though 3. and (三)(四) are missing.
    let input = "二、重点任务(一)建立健全中医药服务体系行动1.中医医院高质量发展,主动参与建设,\
        (责任单位:区卫生健康局、区财政局等)2.综合医院中医药科室建设,(责任单位:区卫生健康局、\
        区发展改革局等)4.推进传统中医惠民行动,(责任单位:区卫生健康局、区委宣传部等)(二)提升中医药\
        服务能力建设行动5.打造中医药示范品牌,(责任单位:区卫生健康局、区农业农村局等)(五)中医药产业\
        高质量发展行动10.中医药产业实施高质量发展,(责任单位:区文广旅局、区卫健局)\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(task_count(d), 5, "{:?}", ignored_reasons(&o));
    let t = at(d, &["二、", "(一)", "2."]);
    assert_eq!(lead(t), ["区卫生健康局", "区发展改革局"]);
    assert_eq!(
        lead(at(d, &["二、", "(一)", "4."])),
        ["区卫生健康局", "区委宣传部"]
    );
    assert_eq!(
        lead(at(d, &["二、", "(二)", "5."])),
        ["区卫生健康局", "区农业农村局"]
    );
    // A number after a title's char that no next number follows opens nothing, nor
    // does one inside a sentence: "…完成1.5万亩" is no step.
    let o = parse_checked("方案\n一、目标任务全年完成造林1.5万亩,新建苗圃2个,改造低产林3万亩。\n");
    assert_eq!(o.documents[0].nodes.len(), 1);
}

#[test]
fn a_thing_named_like_a_unit_before_you_is_the_works_topic() {
    // Held-out c10623 (a 哈洽会 plan): "高新技术馆由省科技厅牵头" hands the hall's
    // exhibits to the department; the hall is the topic, not a unit.
    let o = parse_checked(
        "方案\n(二)布展工作。高新技术馆由省科技厅牵头,中国知名品牌馆由省工商局牵头,省质监局配合。\n",
    );
    let t = tasks(&o.documents[0])[0];
    assert_eq!(lead(t), ["省科技厅", "省工商局"]);
    assert_eq!(coop(t), ["省质监局"]);
}

#[test]
fn numbers_listed_one_after_another_open_no_item() {
    // Held-out c10464 and c3806: "二、三、四季度分别完成…" and "一、二、三组单位的实际进资中…"
    // list numbers; they open no heading. On c3806's page, which starts inside a list,
    // "三、" after "㈢" goes above it, not under it.
    let input = "3、县直部门目标:\n①一组单位完成合同资金为1800万元。\n②二组单位合同资金1400万元。\n③三组单位合同资金1200万元。\n\
        一、二、三组单位的实际进资中,工业项目分别为700万元、500万元。\n\
        ㈢具体目标(见附表):\n全县各招商引资责任单位,必须引进一个工业项目。\n\
        三、进一步突出工作重点\n1、突出资源特色招商。以资源招商为重点。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(top_numbers(&o), ["3、", "㈢", "三、"]);
    assert_eq!(at(d, &["三、", "1、"]).kind, NodeKind::Task);
    assert_eq!(task_count(d), 5);
}

#[test]
fn a_label_line_that_points_at_the_items_above_is_their_groups() {
    // Held-out c10600 (a page on one line): "以上工作牵头单位:X。责任单位:Y、Z。" after a
    // group's items gives them all X to lead and Y, Z to cooperate.
    let input = "(三)勤政廉政的满意度 1、群众对行政效能的满意度>90%。 2、群众对反腐倡廉工作的满意度\
        >90%。 以上工作牵头单位:纪检组。责任单位:信息中心、各处室。 (四)法制宣传教育 \
        (1)实施法制宣传教育规划。 (2)干部带头学法守法用法。 以上工作牵头单位:机关党委。责任单位:人事处。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    for path in [["(三)", "1、"], ["(三)", "2、"]] {
        let t = at(d, &path);
        assert_eq!(lead(t), ["纪检组"]);
        assert_eq!(coop(t), ["信息中心", "各处室"]);
    }
    assert_eq!(lead(at(d, &["(四)", "(1)"])), ["机关党委"]);
    assert_eq!(coop(at(d, &["(四)", "(2)"])), ["人事处"]);
}

#[test]
fn a_change_from_one_way_to_another_names_no_agent() {
    // Held-out c10642: "由事后查办转变为事先预警防范" says from what; the subject after
    // the title, the bodies of a trade ("劳动保障部门要…"), does the work.
    let o = parse_checked(
        "意见\n(二)加强劳动用工日常监管。劳动保障部门要转变观念,使劳动保障监察由被动执法转变为\
         主动执法,由事后查办转变为事先预警防范。\n(三)严格执法责任。县人社局要落实执法责任制。\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["劳动保障部门"]);
}

#[test]
fn duties_that_open_with_a_list_of_bodies_are_theirs() {
    // Held-out c10682 (a 防空警报 notice): under 工作职责, each item opens with the bodies
    // that do it, named whole (the first with its level), whatever the verb after them.
    let input = "通知\n四、工作职责\n1.县国动办、县文旅广电局确保应急广播终端专用频率安全可靠;\n\
        2.县供电分公司保障防空警报设施供电需要;\n\
        3.县教体科技局、民政局组织城区内学校、社区开展应急疏散演练活动;\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["县国动办", "县文旅广电局"]);
    assert_eq!(lead(t[1]), ["县供电分公司"]);
    assert_eq!(lead(t[2]), ["县教体科技局", "民政局"]);
}

#[test]
fn a_posts_part_of_a_responsibility_list_is_its_leaders() {
    // Held-out c10680 (a 档案工作责任制清单) and c10664: each part is headed by a post
    // and "责任"; the post leads the items below it.
    let input =
        "责任制清单\n一、主要负责人责任\n1.每年听取档案工作汇报。\n2.研究解决档案工作问题。\n\
        二、分管领导责任\n1.组织干部职工学习档案法规。\n2.每年组织档案安全应急演练。\n\
        三、党委书记第一责任人责任\n1.主持制定统战工作年度计划。\n2.带头联系党外代表人士。\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(leaders(at(d, &["一、", "2."])), ["主要负责人"]);
    assert_eq!(leaders(at(d, &["二、", "1."])), ["分管领导"]);
    assert_eq!(leaders(at(d, &["三、", "2."])), ["党委书记"]);
    // A heading of work that ends in 责任 names no one.
    let o = parse_checked("方案\n一、压实工作责任\n1.建立台账。\n2.定期调度。\n");
    assert!(leaders(at(&o.documents[0], &["一、", "1."])).is_empty());
}

#[test]
fn a_heading_of_a_kind_of_aims_is_a_framework_part() {
    // Held-out c10744: "一、任务目标" over paragraphs of dated targets states aims, as
    // "一、工作目标" does; "一、目标任务" (the targets and tasks) holds tasks.
    let o = parse_checked(
        "实施意见\n一、任务目标\n(一)病险水库实现动态清零。2021年底前,全面完成17座小型病险水库除险加固任务。\n\
         二、工作措施\n(一)强化资金保障。不足部分由县级落实。\n",
    );
    let d = &o.documents[0];
    assert_eq!(at(d, &["一、", "(一)"]).kind, NodeKind::Section);
    assert_eq!(task_count(d), 1);
    let o = parse_checked("方案\n一、目标任务\n(一)完成17座小型病险水库除险加固。\n");
    assert_eq!(task_count(&o.documents[0]), 1);
}

#[test]
fn a_subject_that_helps_another_cooperates_with_it() {
    // "县公安局配合县交通局开展联合执法" (the shape of held-out c10341's "各乡镇(街道)配合市
    // 文明办"): the unit helped leads, the helper cooperates; neither is a unit named
    // "县公安局配合县交通局".
    let o = parse_checked(
        "方案\n一、任务\n1.整治违法建设。县公安局配合县交通局开展联合执法。\n\
         2.整治市场。县市场监管局协助县商务局、县城管局做好市场整治。\n",
    );
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["一、", "1."])), ["县交通局"]);
    assert_eq!(coop(at(d, &["一、", "1."])), ["县公安局"]);
    assert_eq!(lead(at(d, &["一、", "2."])), ["县商务局", "县城管局"]);
    assert_eq!(coop(at(d, &["一、", "2."])), ["县市场监管局"]);
    // Its duty after a comma (held-out c10341).
    let o = parse_checked(
        "目标责任书\n二、开展市民文明素质提升行动。各乡镇(街道)配合市文明办,负责组织实施本辖区工作。\n",
    );
    let t = tasks(&o.documents[0])[0];
    assert_eq!(lead(t), ["市文明办"]);
    assert_eq!(coop(t), ["各乡镇(街道)"]);
}

#[test]
fn a_partner_before_a_word_of_how_or_when_and_in_a_later_sentence() {
    // Held-out c10822: "X会同Y每年一季度对…进行验收" and "X会同Y对…进行验收" (the names
    // end before the word of how or when), and "X负责…。会同Y组织…" (a later sentence
    // names only the partner: the unit that opens the text leads).
    let o = parse_checked(
        "方案\n一、职责分工\n(一)市经济和信息化委会同市相关部门每年一季度对各县区关闭小矿山企业实施情况进行验收。\n\
         (二)市经信委会同市财政局对各县区进行验收。\n\
         (三)市经济和信息化委负责小矿山企业整顿关闭工作的综合协调,负责调度工作进度。会同市财政局组织申报补偿资金。\n\
         (四)全力提升本质安全水平。推动各镇(街道)、有关部门(单位)定期研判安全生产形势。\n",
    );
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["一、", "(一)"])), ["市经济和信息化委"]);
    assert_eq!(coop(at(d, &["一、", "(一)"])), ["市相关部门"]);
    assert_eq!(lead(at(d, &["一、", "(二)"])), ["市经信委"]);
    assert_eq!(coop(at(d, &["一、", "(二)"])), ["市财政局"]);
    assert_eq!(lead(at(d, &["一、", "(三)"])), ["市经济和信息化委"]);
    assert_eq!(coop(at(d, &["一、", "(三)"])), ["市财政局"]);
    // (A verb of the work before the names: the plan's own demand, no one's lead, c8602.)
    assert!(lead(at(d, &["一、", "(四)"])).is_empty());
    // The unit and a colon before its duty verb, then its partners: the unit is not
    // lost beside them.
    let o = parse_checked(
        "方案\n二、职责分工\n(一)区医保局:负责医保基金监管,区市场监管局配合。\n\
         (二)区民政局:负责殡葬管理,会同区公安分局查处违法行为。\n",
    );
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["二、", "(一)"])), ["区医保局"]);
    assert_eq!(coop(at(d, &["二、", "(一)"])), ["区市场监管局"]);
    assert_eq!(lead(at(d, &["二、", "(二)"])), ["区民政局"]);
    assert_eq!(coop(at(d, &["二、", "(二)"])), ["区公安分局"]);
}

#[test]
fn a_set_of_rules_lists_no_tasks_and_a_viewer_s_captions_name_its_title() {
    // Held-out c10564: a sharing site's captions of its viewer's pages ("X_第1頁" ...)
    // name the title X once; a title that is itself a set of rules (…十项制度, …制度
    // (试行)) lists no tasks even where its items name units.
    let o = parse_checked(
        "地质灾害网格化管理十项制度_第1页\n地质灾害网格化管理十项制度_第2页\n\
         一、地质灾害防治责任制度\n1.区级自然资源部门负责辖区地质灾害防治工作,会同相关部门开展巡查。\n\
         2.乡级自然资源所具体承担地质灾害防治工作。\n",
    );
    let d = &o.documents[0];
    assert_eq!(d.title.as_deref(), Some("地质灾害网格化管理十项制度"));
    assert_eq!(task_count(d), 0);
    // A notice that sets one up hands out tasks (c2600).
    let o = parse_checked(
        "关于建立市殡葬改革工作联席会议制度的通知\n一、主要职责\n1.市民政局负责联席会议的日常工作。\n",
    );
    assert_eq!(task_count(&o.documents[0]), 1);
}

#[test]
fn a_report_s_first_second_points_tell_what_was_done() {
    // Held-out c10846: "现将集中整改进展情况予以公布" over 一是…二是… paragraphs: a report
    // of what was done, like a news report's dateline (no items, no tasks).
    let o = parse_checked(
        "宜城市委关于巡视集中整改进展情况的通报\n根据省委巡视工作统一部署,省委第十巡视组对宜城市开展了常规巡视。现将集中整改进展情况予以公布。\n\
         一是坚决讲政治,切实扛牢巡视整改责任。市委副书记、市长肖平实地督办,全力推进巡视整改工作。\n\
         二是坚决讲担当,扎实推进巡视整改工作。研究制定整改方案,细化205条整改措施。\n",
    );
    let d = &o.documents[0];
    assert_eq!(task_count(d), 0);
    assert!(d.nodes.is_empty());
    // Without the report's words, a plan's 一是…二是… are its items.
    let o = parse_checked(
        "工作要点\n一是坚决讲政治,切实扛牢整改责任。市发改局负责。\n二是坚决讲担当,扎实推进整改工作。市财政局负责。\n",
    );
    assert_eq!(task_count(&o.documents[0]), 2);
}

#[test]
fn bodies_of_a_trade_and_the_object_of_their_work() {
    // Held-out c10821: a task's title, then "各地交通运输部门对已取得经营许可的企业…进行
    // 检查清理": the bodies before 对 do the work; 对口 is a word of names.
    let o = parse_checked(
        "方案\n二、整治任务\n1.全面排查危险货物道路运输许可准入情况。各地交通运输部门对已取得经营许可的危货运输企业进行检查清理。\n\
         2.做好对口支援。各地对口支援办公室对受援地进行走访。\n",
    );
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["二、", "1."])), ["各地交通运输部门"]);
    // (Not "各地" cut before 对口.)
    assert!(!lead(at(d, &["二、", "2."])).contains(&"各地"));
    // (Held-out c10807: a word of when between the comma and 由: ",每年由县财政局…安排".)
    let o = parse_checked(
        "方案\n一、任务\n1.建立保障机制。加大投入,建立专项基金,每年由县财政局根据实际需要集中安排,列入预算。\n",
    );
    assert_eq!(lead(at(&o.documents[0], &["一、", "1."])), ["县财政局"]);
}

#[test]
fn a_notice_that_sets_a_body_up_lists_no_tasks() {
    // c10688, c10344: "关于成立…领导小组的通知" and "关于调整…领导小组及成员单位职责分工的
    // 通知" list the body's members and standing duties, not tasks; with a plan in its
    // title ("…并印发工作方案的通知") the notice may hand out tasks.
    let text = "关于成立聂桥镇气象灾害防御工作领导小组的通知\n各村、居委会:\n为加强领导,决定成立领导小组,名单如下:\n\
                一、领导小组办公室负责日常工作。\n二、镇应急办负责灾害信息的收集和上报。\n";
    let o = parse_checked(text);
    assert_eq!(task_count(&o.documents[0]), 0);
    // (Its office's duties numbered again from 1, a document of their own without a
    // title: of the kind of the page's title all the same.)
    let o = parse_checked(&format!(
        "{text}办公室职责:\n1、制定气象防灾减灾规划、年度计划和实施方案。\n2、负责灾害性天气灾情的收集和上报。\n"
    ));
    assert!(o.documents.iter().all(|d| task_count(d) == 0));
    let o = parse_checked(&text.replace("领导小组的通知", "领导小组并印发工作方案的通知"));
    assert_eq!(task_count(&o.documents[0]), 2);
}

#[test]
fn a_meeting_chaired_in_the_news_lists_no_tasks() {
    // Held-out c10888: "…相继召开两次党委会,…会议由党委书记周虹九主持" tells of a meeting
    // held: its numbered points, naming no one, are no tasks; minutes (纪要) still hand
    // out theirs.
    let text = "2月4日至7日,承德市中医院相继召开两次党委会,科学谋划2023年医院重点工作,会议由党委书记周虹九主持。\n\
                一、加强学科建设。引进学科带头人。\n二、提升医疗质量。完善质控体系。\n";
    let o = parse_checked(text);
    assert_eq!(task_count(&o.documents[0]), 0);
    let o = parse_checked(&text.replace("周虹九主持。", "周虹九主持。现纪要如下:"));
    assert_eq!(task_count(&o.documents[0]), 2);
}

#[test]
fn category_cells_before_a_rows_number_are_its_headings() {
    // A Word table whose category cells were merged over their rows, as a browser
    // copies it (held-out c10242, c2902 between tabs): the first row of a group
    // carries the categories ("一、…", "(一)…") before its own number; they are the
    // sections the rows go under, not part of the task.
    let input = "工作任务\t具体要求\t责任单位\t时限要求\n\
                 一、以公开助力经济平稳健康发展。\t(一)加强涉及市场主体的信息公开。\t1\t增强政策文件透明度。\t市政府各有关部门\t持续推进\n\
                 2\t开设行业帮扶政策公开专题。\t市商务局\t持续推进\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = at(d, &["一、", "(一)", "1"]);
    assert_eq!(t.text, "增强政策文件透明度。");
    assert_eq!(lead(t), ["市政府各有关部门"]);
    assert_eq!(
        at(d, &["一、", "(一)", "2"]).text,
        "开设行业帮扶政策公开专题。"
    );
    let input = "工作目标\t工作内容\t工作措施\t责任单位\t完成时限\n\
                 一、加大突出问题治理力度\t(一)强化源头治理\t1.加强源头防控。\t县生态环境分局\t年底前\n\
                 2.持续开展兽药减量行动。\t县农业农村局\t年底前\n\
                 (二)严控农兽药残留超标\t3.深入开展药物残留治理。\t县农业农村局\t2025年11月底前\n\
                 二、抓好组织实施\t建立工作台账。\t县市场监管局\t长期坚持\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["一、", "(一)", "2."])), ["县农业农村局"]);
    let t = at(d, &["一、", "(二)", "3."]);
    assert_eq!(t.text, "深入开展药物残留治理。");
    assert_eq!(lead(t), ["县农业农村局"]);
    // A row numbered as a heading with no number of its own after it stays a task.
    let t = at(d, &["二、"]);
    assert!(t.text.starts_with("抓好组织实施"), "{t:?}");
    assert_eq!(lead(t), ["县市场监管局"]);
}

#[test]
fn the_youth_leagues_national_body_is_a_unit() {
    // Held-out c11001: "(由教育部、共青团中央牵头,…中国科协参加)"; 共青团中央 ends in no
    // word a unit usually ends with, and the whole bracket was read as text.
    let o = parse_checked(
        "方案\n一、实施未成年人科学素质行动(由教育部、共青团中央牵头,科技部、全国妇联、中国科协参加)\n",
    );
    let t = tasks(&o.documents[0])[0];
    assert_eq!(lead(t), ["教育部", "共青团中央"]);
    assert_eq!(coop(t), ["科技部", "全国妇联", "中国科协"]);
}

#[test]
fn a_preamble_that_says_the_first_unit_leads_holds_for_every_bracket() {
    // Held-out c11060 (a Traditional 大湾区 plan): the rule is a bracket in the
    // preamble's last sentence, with no 下同; the brackets below are names alone.
    let o = parse_checked(
        "廣東省推進粵港澳大灣區建設三年行動計劃\n\
         為推進建設,制定本計劃(列在任務分工首位的為牽頭單位,其他為主要參加單位)。\n\
         一、優化提升空間發展格局\n\
         1.構建網絡化空間格局。加快通道建設。(省發展改革委,省工業和信息化廳、省交通運輸廳,大灣區內地各市)\n\
         2.促進城鄉區域融合發展。(省農業農村廳,省自然資源廳)\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["省發展改革委"]);
    assert_eq!(
        coop(t[0]),
        ["省工業和信息化廳", "省交通運輸廳", "大灣區內地各市"]
    );
    assert_eq!(lead(t[1]), ["省農業農村廳"]);
    // A first person who answers for all is no such rule.
    let o = parse_checked(
        "方案\n党委书记是第一责任人,负总责。\n一、推进工作\n1.构建格局。(省发展改革委、省交通运输厅)\n",
    );
    assert_eq!(
        lead(tasks(&o.documents[0])[0]),
        ["省发展改革委", "省交通运输厅"]
    );
}

#[test]
fn a_table_of_work_by_when_that_names_no_one_is_a_task_table() {
    // Held-out c11040 (a 火炬园 target table between bars): its header has a time,
    // a category and the work, no number and no one who does it; it was read as the
    // page's navigation and every row was lost to the list of ignored text.
    let input = "时限 | 类别 | 工作任务 | 目标及质量要求 | 备注 |\n\
                 全年 | 核心指标 | 企业经营、招商引资 | 完成收入800万元;新入孵科技企业35家。 | |\n\
                 第三季度 | 企业经营 | 收入 | 150万元 | |\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2, "{:?}", ignored_reasons(&o));
    assert!(t[0].text.starts_with("企业经营、招商引资"), "{:?}", t[0]);
    assert_eq!(
        t[0].deadline.as_ref().map(|d| d.text.as_str()),
        Some("全年")
    );
    assert_eq!(
        t[1].deadline.as_ref().map(|d| d.text.as_str()),
        Some("第三季度")
    );
}

#[test]
fn a_numbered_row_between_bars_with_a_cell_for_each_column_is_read_by_place() {
    // Held-out c11046 (a Traditional 余杭 table): the leader cells hold two names
    // apart by a space, one padded ("沈 昱 祝振偉"), and the unit cells name new towns
    // that end as no body does; the rows' cells were taken for categories.
    let input = "2018年《政府工作報告》工作任務分解表\n\
                 序號 | 重 點 工 作 任 務 | 牽頭領導 | 牽頭單位 |\n\
                 1 | 未來科技城要深化與浙江大學的合作,扎實推進項目建設。 | 祝振偉 陳夏林 | 未來科技城(海創園) |\n\
                 2 | 余杭經濟技術開發區要對標國家級高新區。 | 沈 昱 祝振偉 | 余杭經濟技術開發區 |\n\
                 3 | 臨平新城要圍繞打造時尚產業新地標。 | 祝振偉 李敏華 | 臨平新城 |\n";
    let o = parse_checked(input);
    let d = &o.documents[0];
    assert_eq!(d.nodes.len(), 3, "no categories: {:?}", d.nodes);
    let t = tasks(d);
    assert_eq!(leaders(t[0]), ["祝振偉", "陳夏林"]);
    assert_eq!(lead(t[0]), ["未來科技城(海創園)"]);
    assert_eq!(leaders(t[1]), ["沈昱", "祝振偉"]);
    assert_eq!(lead(t[2]), ["臨平新城"]);
}

#[test]
fn a_preamble_that_sets_a_body_up_lists_no_tasks() {
    // Held-out c11049 (a page without its title): "决定成立…领导小组,相关成员及单位职责
    // 如下" then the group's duties, members and ways of working, which name no one
    // who does them.
    let input = "机关各部门,各直属公司:\n\
                 为推动产业高质量发展,经研究,决定成立示范园区创建工作领导小组,相关成员及单位职责如下:\n\
                 一、主要职责\n负责编制产业发展规划,制定年度目标任务。\n\
                 二、工作机制\n1、分工合作机制。明确办公室组成人员分工。\n2、考核奖惩机制。根据考核办法进行考核。\n";
    let o = parse_checked(input);
    assert_eq!(task_count(&o.documents[0]), 0);
    // A plan that comes with it keeps its tasks.
    // Held-out c11183: the members' duties for an event, each naming its units, are
    // tasks all the same.
    let input = "為保障運動會順利開展,經區政府研究,決定成立全國中學生運動會工作領導小組。現將有關事宜通知如下:\n\
                 一、工作職責\n(一)衛生、執法、環衛等部門負責保障場館周邊的環境衛生。\n\
                 (二)公安、消防、交警等部門負責保障場館周邊的社會治安。\n";
    let o = parse_checked(input);
    let t = tasks(&o.documents[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[1]), ["公安", "消防", "交警"]);
    let input = "各部门:\n经研究,决定成立工作领导小组并制定工作方案如下:\n\
                 一、重点任务\n1、加快项目建设。(责任单位:县发改局)\n2、强化招商引资。(责任单位:县商务局)\n";
    let o = parse_checked(input);
    assert_eq!(task_count(&o.documents[0]), 2);
}

#[test]
fn a_heading_that_names_a_kind_of_bodies_sorts_the_items_below_it() {
    // Held-out c11120: "(一)区级部门" over "1.区住建局负责…": the heading names the kind
    // the items' units are of; each item's own unit leads, none cooperates with the
    // kind. A heading that names a unit keeps its items' units beside it.
    let o = parse_checked(
        "通知\n一、职责和任务\n(一)区级部门\n1.区住建局负责建筑业普查工作;\n2.区商务局负责服务业普查工作;\n",
    );
    let d = &o.documents[0];
    let t = tasks(d);
    assert_eq!(lead(t[0]), ["区住建局"]);
    assert!(coop(t[0]).is_empty(), "{:?}", t[0]);
    assert_eq!(lead(t[1]), ["区商务局"]);
    let o = parse_checked(
        "方案\n一、重点工作\n(一)市发改委牵头\n1.市财政局负责资金保障;\n2.市商务局负责招商;\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["市发改委"]);
    assert_eq!(coop(t[0]), ["市财政局"]);
}

#[test]
fn a_task_that_opens_with_the_places_of_a_level_as_its_subject_is_theirs() {
    // Held-out c11125: "4、各村要澄清冬修水利底子…" is the villages' to do; "1.各级要…"
    // is said to everyone, and gives no lead.
    let o = parse_checked(
        "方案\n四、财政投入及奖惩措施\n4、各村要澄清冬修水利底子,分清轻重缓急。\n5、各级要加强宣传。\n",
    );
    let t = tasks(&o.documents[0]);
    assert_eq!(lead(t[0]), ["各村"]);
    assert!(lead(t[1]).is_empty(), "{:?}", t[1]);
    // Held-out c11427: "2、各單位要高度重視…": every body the notice is sent to does it.
    let o = parse_checked("通知\n1、各单位要高度重视宣传工作。\n2、各级各部门要按时报送信息。\n");
    let t = tasks(&o.documents[0]);
    assert_eq!(
        (lead(t[0]), lead(t[1])),
        (vec!["各单位"], vec!["各级各部门"])
    );
}

#[test]
fn a_page_on_one_line_opens_after_its_title_and_its_parts_titles() {
    // Held-out c11148 (a 文库 page whose line breaks were lost, cut before its (二)):
    // the plan's title runs into "一、", and "(一)" into its part's short title.
    let input = "社会信用体系建设实施方案一、工作目标按照文件确定的8个专项工程,逐项做好分解落实。\
        二、工作步骤及完成时限(一)完善组织领导体系工作职责:健全领导体系。\
        牵头单位:区发改局责任单位:区委办、区政府办、区政法委";
    let o = parse_checked(input);
    let d = &o.documents[0];
    let t = at(d, &["二、", "(一)"]);
    assert_eq!(lead(t), ["区发改局"]);
    assert_eq!(coop(t), ["区委办", "区政府办", "区政法委"]);
    // A numeral after a word goes on with no list: "推进一、二期工程" is text.
    let o = parse_checked(
        "方案\n一、推进园区建设,加快推进一、二期工程建设,完成投资10亿元。\n二、加强招商。\n",
    );
    assert_eq!(o.documents[0].nodes.len(), 2);
}

#[test]
fn a_headings_title_and_its_sentence_apart_by_a_space_are_title_and_paragraph() {
    // Held-out c10927 (a 文库 page whose line breaks became spaces): the unit that
    // opens the sentence after the title leads, and is no part of the title.
    let o = parse_checked(
        "方案\n三、重点工作\n(一)扎实开展定点帮扶工作 县脱贫攻坚领导小组办公室负责定点帮扶工作的安排部署,各联系单位全力配合。\n\
         (二)做好消费扶贫 县商务局负责组织消费扶贫活动。\n",
    );
    let d = &o.documents[0];
    let t = at(d, &["三、", "(一)"]);
    assert_eq!(t.text, "扎实开展定点帮扶工作");
    assert_eq!(lead(t), ["县脱贫攻坚领导小组办公室"]);
    assert_eq!(lead(at(d, &["三、", "(二)"])), ["县商务局"]);
    // A village that a line hands its problems to stays the line's unit; a bracket
    // after the space is the title's.
    let o = parse_checked("通报\n1.尹川村 尹川村发现垃圾点三处,需立即清理,限期整改到位。\n2.动员部署阶段 (3月1日—3月15日)\n");
    let d = &o.documents[0];
    assert!(at(d, &["1."]).text.starts_with("尹川村 尹川村发现"));
    let t = at(d, &["2."]);
    assert_eq!(
        t.deadline.as_ref().map(|x| x.text.as_str()),
        Some("3月1日—3月15日")
    );
}

#[test]
fn a_bracket_of_who_closes_its_item_before_a_heading_of_a_higher_style() {
    // Held-out c11521 (a page that starts inside part 五): an item whose text has
    // commas and closes with its bracket of who does it is ended there, so "六、" is a
    // heading, not words of a wrapped line.
    let work = "在全县范围开展选树,培育重点示范村,推动形成浓厚氛围。";
    let input = format!(
        "2.加大社会宣传力度。{work}〔责任主体:各乡(镇)党委;责任单位:自治县文明办、总工会〕\n\n\
         3.注重典型示范引领。{work}〔责任主体:各乡(镇)党委;责任单位:自治县文明办、妇联〕\n\n\
         六、加强组织领导\n\n(一)县级抓统筹。由自治县农业农村局、自治县党委宣传部牵头,成立工作专班。\n"
    );
    let o = parse_checked(&input);
    let d = &o.documents[0];
    assert_eq!(o.documents.len(), 1);
    let t = at(d, &["3."]);
    assert!(
        !t.text.contains("六、") && !t.body.contains("六、"),
        "{t:?}"
    );
    assert_eq!(lead(t), ["各乡(镇)党委"]);
    assert_eq!(coop(t), ["自治县文明办", "妇联"]);
    let t = at(d, &["六、", "(一)"]);
    assert_eq!(lead(t), ["自治县农业农村局", "自治县党委宣传部"]);
    // Held-out c10527 (a page that starts at "(二)" inside an unstored part): "四、"
    // after "3." counts on from it only by chance; official documents set it above,
    // so it heads its own "(一)", in the same document.
    let o = parse_checked(
        "(二)编制规划。按要求编制规划。(牵头单位:章贡区)\n(三)抓好项目开发建设\n\
         1.确立项目实施主体。按照属地管理原则确定主体。\n2.组织开发建设。项目实施主体要抓紧开发。\n\
         3.深度发掘区域旅游文化资源。按照规划发掘。\n四、工作要求\n(一)加强领导,高度重视。市政府成立领导小组。\n",
    );
    assert_eq!(o.documents.len(), 1);
    let d = &o.documents[0];
    assert!(at(d, &["四、", "(一)"]).text.starts_with("加强领导"));
}

#[test]
fn a_working_groups_heads_and_members_do_its_share() {
    // Held-out c11482 (a 慈溪 notice setting up three 工作专班): the leader a label
    // names, then the group's heads on lines of their own (a spaced label, a second
    // head alone on the next line), then its members, who do the work when no unit
    // leads it.
    let o = parse_checked(
        "通知\n一、农村疫情防控工作专班\n\n牵头市领导:孙黎明(市委副书记)\n\n\
         组     长:史立权(市农业农村局局长)\n\n史国建(市卫生健康局局长)\n\n\
         副 组 长:陈红明(市农业农村局党委委员)\n\n成员单位:市农业农村局、市卫生健康局、市民政局\n\n\
         主要职责:负责统筹协调指导农村疫情防控相关工作。\n\n\
         二、核酸检测工作专班\n\n牵头市领导:王五(副市长)\n\n牵头单位:市卫生健康局\n\n成员单位:市财政局\n",
    );
    let d = &o.documents[0];
    let t = at(d, &["一、"]);
    let names: Vec<&str> = t.leaders.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["孙黎明", "史立权", "史国建", "陈红明"]);
    assert_eq!(lead(t), ["市农业农村局", "市卫生健康局", "市民政局"]);
    // Beside a unit that leads, members cooperate, as before.
    let t = at(d, &["二、"]);
    assert_eq!(lead(t), ["市卫生健康局"]);
    assert_eq!(coop(t), ["市财政局"]);
}

#[test]
fn a_rules_general_provisions_are_no_tasks_and_its_duties_are_the_bodys() {
    // Held-out c11624 (a 示范区's 生态环境保护工作责任规定, here titled as a 清单):
    // the articles of "第一章 总 则" (spaced) are rules; the duties under "第六条 党工
    // 委…工作职责" are the 党工委's tasks.
    let o = parse_checked(
        "生态环境保护工作责任清单\n第一章 总 则\n第一条 为落实生态环境保护责任,制定本规定。\n\
         第二条 党工委和管委会及有关部门履行生态环境保护工作责任。\n第二章 党工委、管委会职责\n\
         第六条 党工委生态环境保护工作职责\n(一)贯彻落实党中央、国务院决策部署。\n\
         (二)加强环境保护部门的干部队伍建设。\n",
    );
    let d = &o.documents[0];
    assert_eq!(task_count(d), 2);
    let t = at(d, &["第二章", "第六条", "(二)"]);
    assert_eq!(lead(t), ["党工委"]);
}

#[test]
fn a_meeting_told_of_over_several_lines_is_a_report_unless_it_decides() {
    // Held-out c11668: held ("召开") on one line, told of ("会议传达", "会议强调") on
    // the next ones: its numbered points are no tasks.
    let o = parse_checked(
        "11月29日下午,市发改委组织召开全市工作专班第七次会议。\n\
         会议传达了省加力支持消费品以旧换新进社区活动精神。\n会议强调:\n\
         1.各单位要高度重视,提高站位,切实盘点今年工作完成情况。\n\
         2.各单位要按照工作要求,做好项目储备、前期手续办理和要素保障工作。\n",
    );
    assert_eq!(task_count(&o.documents[0]), 0);
    // A vote that picks the year's 民生实事 decides them (c11365): its items are tasks.
    let o = parse_checked(
        "龙岗区七届人大四次会议举行第四次全体会议,会上票决产生了10项民生实事。\n\
         1.新增学位5000个。\n2.新建社康中心3家。\n",
    );
    assert_eq!(task_count(&o.documents[0]), 2);
}

#[test]
fn a_deadline_in_a_tasks_paragraphs_is_its_own() {
    // c4406: the deadline is in the paragraph below the task's title, not its title.
    let o = parse_checked(
        "一、重点任务\n(一)清洁生产审核\n市环保局负责,各县(市)区政府配合,加强重点企业清洁生产审核的\
         全过程监督管理。确保12月15日前完成省下达的年度清洁生产审核任务。\n\
         (二)排污许可管理\n市环保局负责,全面推行排污许可制度。\n",
    );
    let d = &o.documents[0];
    let dl = |path: &[&str]| at(d, path).deadline.as_ref().map(|d| d.text.clone());
    assert_eq!(dl(&["一、", "(一)"]).as_deref(), Some("12月15日前"));
    assert_eq!(dl(&["一、", "(二)"]), None);
    // An aim's paragraphs give it none: "一、工作目标" is no task.
    let o = parse_checked(
        "一、工作目标\n到2025年底前,全市建成完整社区50个。\n二、主要任务\n\
         (一)推进社区建设(市住建局负责)。\n(二)完善服务设施(市民政局负责)。\n",
    );
    let d = &o.documents[0];
    assert_eq!(at(d, &["一、"]).deadline, None);
}

#[test]
fn partners_named_in_a_tasks_paragraphs_cooperate() {
    // c1907: the paragraph under the task's title names who does it and, later, after
    // 联合, who works beside them.
    let o = parse_checked(
        "三、排查整治重点内容及责任分工\n(一)道路交通领域\n\
         镇派出所强化执法力度,严厉查处超载、超员等违法行为。联合交通部门检查运输企业。\n\
         (二)消防安全领域\n镇应急办牵头,开展“敲门行动”,逐户排查火灾隐患。针对电动自行车,\
         联合市场监管部门检查销售、维修店铺。\n",
    );
    let d = &o.documents[0];
    let t = at(d, &["三、", "(一)"]);
    assert_eq!(lead(t), ["镇派出所"]);
    assert_eq!(coop(t), ["交通部门"]);
    let t = at(d, &["三、", "(二)"]);
    assert_eq!(lead(t), ["镇应急办"]);
    assert_eq!(coop(t), ["市场监管部门"]);
}

#[test]
fn a_part_over_the_roster_of_a_leading_group_is_no_task() {
    // Held-out c11943: "三、组织领导" over who leads the campaign. Its people are given
    // posts ("…任组长"), no task's leaders, and its group is set up, no task's unit.
    let o = parse_checked(
        "一、指导思想\n坚持以人民为中心。\n三、组织领导\n成立东山镇专项整治工作领导小组,\
         党委副书记、镇长白振昌任组长、纪委书记刘志帅任常务副组长,领导小组下设办公室,\
         汪洋任办公室副主任,党建办、派出所、司法所为成员单位。\n\
         四、主要任务\n(一)全面排查(镇自然资源所负责)。\n(二)集中整治(镇执法大队负责)。\n",
    );
    let d = &o.documents[0];
    let part = at(d, &["三、"]);
    assert_eq!(part.kind, NodeKind::Section);
    assert!(part.leaders.is_empty() && part.lead_units.is_empty());
    assert_eq!(task_count(d), 2);
    // A heading that only has the words in it heads tasks: "一、加强双拥工作的组织领导".
    let o = parse_checked(
        "一、加强双拥工作的组织领导\n1.调整充实双拥工作领导小组(县民政局负责)。\n\
         2.召开双拥工作会议。\n二、开展拥军优属活动\n1.走访慰问驻地部队(县委办负责)。\n",
    );
    assert_eq!(task_count(&o.documents[0]), 3);
}

#[test]
fn a_working_group_with_its_heads_run_into_its_heading_leads_its_duties() {
    // Held-out c11920, a page whose line breaks were lost: "(五)宣传工作组 组长:高艳(…)
    // 工作职责:" is the group's title with its head run in; the group does its duties,
    // its head leads them. Laid out over lines, the same.
    for input in [
        "(五)宣传工作组 组长:高艳(市委宣传部常务副部长) 工作职责: 1.编印宣传手册。 \
         2.防止出现不实报道。 (六)稳定工作组 组长:王明(市公安局副局长) 副组长:李强(市信访局局长) \
         工作职责: 1.做好稳定工作。\n",
        "(五)宣传工作组\n组长:高艳(市委宣传部常务副部长)\n工作职责:\n1.编印宣传手册。\n\
         2.防止出现不实报道。\n(六)稳定工作组\n组长:王明(市公安局副局长)\n\
         副组长:李强(市信访局局长)\n1.做好稳定工作。\n",
    ] {
        let o = parse_checked(input);
        let d = &o.documents[0];
        let t = at(d, &["(五)", "2."]);
        assert_eq!(lead(t), ["宣传工作组"], "{input}");
        let names: Vec<&str> = t.leaders.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["高艳"], "{input}");
        let t = at(d, &["(六)", "1."]);
        assert_eq!(lead(t), ["稳定工作组"], "{input}");
        let names: Vec<&str> = t.leaders.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["王明", "李强"], "{input}");
        assert_eq!(at(d, &["(五)"]).text, "宣传工作组");
    }
    // The run-in heads' words stay on the page, as the group's paragraph.
    let o = parse_checked(
        "(五)宣传工作组 组长:高艳(市委宣传部常务副部长) 工作职责: 1.编印宣传手册。\n",
    );
    assert_eq!(
        at(&o.documents[0], &["(五)"]).body,
        "组长:高艳(市委宣传部常务副部长) 工作职责:"
    );
}

#[test]
fn a_working_group_s_heads_after_its_duties_lead_them() {
    // Held-out c13374: each group's item says who leads it and what it does, then names
    // its head ("组长:刘树森;成员:…") in the same paragraph; the head is the task's
    // leader. Not a plan's leading group, whose roster heads the whole work; not an
    // office, whose 主任 heads no group.
    let o = parse_checked(
        "二、组织领导\n\
         (一)办公室:由区政府办公室牵头,负责统筹协调工作。主任:刘辉;成员:闻俊。\n\
         (二)宣传组:由区委宣传部牵头,负责宣传报导工作。组长:刘树森;成员:郎克俊、卜光辉。\n\
         (三)动物防疫组:由区农林局牵头,负责疫苗的供应。副组长:闻俊,成员:王文启。\n\
         (四)犬类管理领导小组:负责统筹全区工作。组长:王明;副组长:李强。\n",
    );
    let t = all_tasks(&o);
    let leaders =
        |i: usize| -> Vec<&str> { t[i].leaders.iter().map(|l| l.name.as_str()).collect() };
    assert!(leaders(0).is_empty(), "{:?}", leaders(0));
    assert_eq!(leaders(1), ["刘树森"]);
    assert_eq!(lead(t[1]), ["区委宣传部"]);
    assert_eq!(leaders(2), ["闻俊"]);
    assert!(leaders(3).is_empty(), "{:?}", leaders(3));
}

#[test]
fn a_table_one_cell_per_line_with_labelled_unit_cells() {
    // Held-out c13410: a 任务一览表 copied one cell per line, its last column's cells
    // labelled ("牵头单位:市文物局" then "相关单位:市水务局"), its time cells sentences
    // that open with the time (or a few words before it). Each row is one task.
    let o = parse_checked(
        "任务一览表\n序号\n工作任务\n工作要求\n时间\n部门\n牵头单位、相关单位\n\
         1\n专家指导委员会的筹建\n专家范围涉及考古、历史、水利等方面。\n2011年8月底前完成\n\
         申遗工作领导小组办公室\n牵头单位:市文物局\n相关单位:市水务局\n\
         2\n总体保护规划的编制\n聘请专业规划编制部门编写。\n\
         2011年8月20日前完成,并上报省文物局论证,报国家局备案。\n\
         申遗工作领导小组办公室\n牵头单位:市文物局\n相关单位:市政府办\n\
         3\n保护展示提升工程\n结合规划进行。\n设计方案2011年9月底前完成,展示工程2013年6月底前完成。\n\
         申遗工作领导小组综合协调处\n牵头单位:市文物局\n相关单位:市住建委、城乡规划局\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    for n in &t {
        assert_eq!(lead(n), ["市文物局"], "{:?}", n.text);
    }
    assert_eq!(coop(t[0]), ["申遗工作领导小组办公室", "市水务局"]);
    assert_eq!(
        coop(t[2]),
        ["申遗工作领导小组综合协调处", "市住建委", "城乡规划局"]
    );
    let due: Vec<Option<&str>> = t
        .iter()
        .map(|n| n.deadline.as_ref().map(|d| d.text.as_str()))
        .collect();
    assert!(
        due[1].is_some_and(|d| d.starts_with("2011年8月20日前")),
        "{due:?}"
    );
    assert!(
        due[2].is_some_and(|d| d.starts_with("设计方案2011年9月底前")),
        "{due:?}"
    );
}

#[test]
fn working_groups_under_a_leading_group_do_their_own_shares() {
    // Held-out c13342: "二、…领导小组及职责" over groups whose 组长:/成员: lines are blank
    // and whose 职责: line gives their share: each group does its own, not the leading
    // group above it; a group with no duties given keeps the heading's.
    let o = parse_checked(
        "二、镇疫苗接种工作领导小组及职责\n领导小组下设三个工作组:\n\
         (一)组织摸排组\n组长:各联村组长\n职责:负责辖区人员摸排。\n\
         (二)医疗管控组\n组长:\n成员:\n职责:负责与接种卫生院沟通联系。\n\
         (三)督查督办组\n组长:\n成员:\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["组织摸排组"]);
    assert_eq!(lead(t[1]), ["医疗管控组"]);
    assert_eq!(lead(t[2]), ["镇疫苗接种工作领导小组"]);
}

#[test]
fn a_notice_whose_item_charges_a_unit_hands_out_the_work_itself() {
    // Held-out c11983: a notice that carries out a national document (《…》 in its
    // preamble) and whose item gives a unit its charge, with partners after 会同.
    let o = parse_checked(
        "关于北京市扩大新就业形态人员职业伤害保障试点有关工作的通知\n\
         各区人力资源社会保障局:\n\
         为更好保障新就业形态人员合法权益,现就本市贯彻落实《人力资源社会保障部等九部门关于\
         扩大新就业形态人员职业伤害保障试点的通知》有关工作通知如下:\n\
         一、按照国家规定,结合本市实际确定职业伤害保障试点范围。\n\
         二、市人力资源社会保障局负责本市职业伤害保障试点工作的统一管理,并会同市财政局、\
         北京市税务局负责本市职业伤害保障试点工作的组织实施。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[1]), ["市人力资源社会保障局"]);
    assert_eq!(coop(t[1]), ["市财政局", "北京市税务局"]);
}

#[test]
fn a_signed_notice_of_units_duties_before_the_notice_it_forwards_assigns_them() {
    // Held-out c13003: a province's notice forwards a national one and sets out its own
    // departments' duties, "省卫生厅:负责…" one a paragraph, signs, and the forwarded
    // notice's title follows: the paragraphs are tasks, not the carrying notice's text.
    let o = parse_checked(
        "各市、县人民政府,省府直属有关单位:\n\
         现将《国务院办公厅关于卫生部等有关部门血吸虫病防治工作职责的通知》转发给你们。\
         现提出我省有关部门血防监测工作职责,请一并贯彻执行。\n\
         省卫生厅:根据全国血防工作方针,负责组织制定全省血防监测工作计划。\n\
         省计委:负责将血防监测巩固工作列入国民经济和社会发展规划。\n\
         省教育厅:负责组织开展原疫区中、小学校血防知识宣传教育活动。\n\
         广东省人民政府办公厅\n一九九九年十月二十八日\n\
         国务院办公厅关于卫生部等有关部门血吸虫病防治工作职责的通知\n国办发〔1999〕70号\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["省卫生厅"]);
    assert_eq!(lead(t[2]), ["省教育厅"]);
}

#[test]
fn an_item_whose_first_sentence_names_a_body_without_its_level_is_that_bodys() {
    // Held-out c13043: a 社区矫正 document's part of each body's duties, one item per
    // body, its name the item's first sentence and no level before it; a title that
    // opens with a verb of work and ends like a body is no body's ("努力建设模范政治
    // 机关", c3200), nor a count ("新改扩建中小学25所", c8800).
    let o = parse_checked(
        "二、各部门职责\n\
         3.人民检察院。依法开展对判决、裁定、决定监外执行的检察。\n\
         5.财政部门。做好社区矫正经费保障工作,将社区矫正经费纳入年度预算。\n\
         6.努力建设模范政治机关。认真落实区委、区政府决策部署。\n\
         7.新改扩建中小学25所。完成年度建设任务。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 4);
    assert_eq!(lead(t[0]), ["人民检察院"]);
    assert_eq!(lead(t[1]), ["财政部门"]);
    assert!(lead(t[2]).is_empty());
    assert!(lead(t[3]).is_empty());
}

#[test]
fn a_subject_that_lists_places_after_each_is_one_entry() {
    // Held-out c13062: "各市(州)、县(市、区)应…" is one collective entry, as the README's
    // rule writes "各县、市、区政府"; "各乡(镇)政府、街道办事处" is a government and
    // another body (c7804).
    let o = parse_checked(
        "二、主要任务\n\
         (二)全面推动标准落地实施。各市(州)、县(市、区)应根据实施标准制定实施方案。\n\
         (三)严格禁放。各乡(镇)政府、街道办事处必须制定本辖区内禁放的整体方案。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["各市(州)、县(市、区)"]);
    assert_eq!(lead(t[1]), ["各乡(镇)政府", "街道办事处"]);
}

#[test]
fn a_heading_of_the_measures_makes_a_plan_of_parts_named_like_a_notices() {
    // Held-out c13075: a 专项整治 plan whose parts are 整治时间, 整治目标, 整治范围 and
    // 整治措施: half its headings name parts of a meeting notice (时间, 范围), but its
    // measures are its tasks.
    let o = parse_checked(
        "鲇鱼须镇枯水期水产养殖尾水污染专项整治行动方案\n\
         一、整治时间\n2月1日-4月30日,为期3个月。\n\
         二、整治目标\n水产养殖尾水排渍口水质总磷浓度0.2mg/L以下。\n\
         三、整治范围\n排向重点水域的全镇养殖鱼塘、湖库。\n\
         四、整治措施\n1、建立台账\n各村迅速开展排查,建立摸底台账。\n\
         2、严格管控养殖尾水排放\n各村对所辖区域内的养殖鱼塘进行严格管控。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[1]), ["各村"]);
}

#[test]
fn an_item_that_names_whose_duties_run_in_before_them_is_one_task_of_theirs() {
    // Held-out c13002: "1、政府职责:各旗县区政府负责…" names whose duties they are before
    // its colon: one task, led by the subject after the colon (not a heading over a
    // task, as "5、部门主要职责:省民政厅…" is over the entries of several units); and
    // "3、公安、司法部门:提供…" names two trades that share 部门, as written.
    let o = parse_checked(
        "包头市防治艾滋病工作委员会关于认真组织实施第五轮全球基金艾滋病项目的通知\n\
         1、政府职责:各旗县区政府负责本行政区域项目的组织领导和协调工作。\n\
         2、卫生部门职责:各级卫生行政部门具体负责项目的组织实施。\n\
         3、公安、司法部门:提供项目工作中要求的一些基础材料等。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["各旗县区政府"]);
    assert_eq!(lead(t[1]), ["各级卫生行政部门"]);
    assert_eq!(lead(t[2]), ["公安", "司法部门"]);
}

#[test]
fn an_attachments_title_wrapped_onto_the_next_line_is_no_task() {
    // Held-out c13014: a notice's list of attachments whose titles wrap ("…环境保护和建设"
    // + "三年行动计划2018年任务清单"): the wrapped parts are the list's, and its next
    // entries are no tasks; the issuer that signs after a list whose last entry ends
    // otherwise ("…责任分解" + "湖州市人民政府办公室", c520) is no part of a title.
    let o = parse_checked(
        "关于印发区第七轮环保三年行动计划2018年任务清单的通知\n\
         区推进办对2018年重点工作进行了梳理。现印发给你们,请积极推进、全面落实。\n\
         附件:1.普陀区第七轮(2018-2020年)环境保护和建设\n\
         三年行动计划2018年任务清单\n\
         2.普陀区水污染防治行动计划实施方案2018年任务\n清单\n\
         上海市普陀区环境保护和环境建设协调推进委员会办公室\n2018年8月9日\n",
    );
    assert!(all_tasks(&o).is_empty());
    let o = parse_checked(
        "关于印发2020年政府工作报告重点工作责任分解的通知\n\
         附件:1.2020年政府工作报告重点工作责任分解\n2.十方面民生实事责任分解\n\
         湖州市人民政府办公室\n2020年5月22日\n",
    );
    assert_eq!(
        o.documents[0].issuer.as_deref(),
        Some("湖州市人民政府办公室")
    );
}

#[test]
fn a_report_of_how_a_years_work_went_lists_no_tasks() {
    // Held-out c13087: a bureau's report under "一、2022年工作情况"; c13088: "某市城管局
    // 关于市城区防汛工作情况的汇报" over "一、2023年城市防汛工作开展情况". Their numbered
    // items report what was done.
    let o = parse_checked(
        "一、2022年工作情况\n\
         2022年以来,我局扎实推进城乡重点工程建设。现将有关工作汇报如下:\n\
         1、城市建设规划水平得到了新提升。委托规划院对滨江岸线进行规划。\n\
         2、城市基础设施建设取得了新突破。完成道路改造12公里。\n",
    );
    assert!(all_tasks(&o).is_empty());
    let o = parse_checked(
        "某市城管局关于市城区防汛工作情况的汇报\n\
         根据市气象部门预测,今年城市防汛形势复杂严峻。\n\
         一、防汛准备\n\
         (一)修订完善了《xx市城市防汛应急预案》。科学设置防汛预警等级。\n\
         (二)开展了防汛隐患排查。排查易涝点23处。\n",
    );
    assert!(all_tasks(&o).is_empty());
}

#[test]
fn a_rectification_record_named_by_its_problem_number() {
    // Held-out c12002: a 销号 page whose one record opens "问题编号5:" over its
    // 责任单位 and 整改目标 lines, after a page's "手机查看" button.
    let o = parse_checked(
        "瓜州县关于中央环境保护督察反馈意见第5项问题整改清单销号\n用手机扫描二维码在手机上继续观看\n\
         手机查看\n问题编号5:省级自然保护区‘瘦身’问题突出。\n\
         责任单位:自然保护区管理局、县自然资源局\n整改目标:自然保护区不被随意调整。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].text, "省级自然保护区‘瘦身’问题突出。");
    assert_eq!(lead(t[0]), ["自然保护区管理局", "县自然资源局"]);
}

#[test]
fn a_task_that_opens_with_bodies_and_a_modal_or_a_verb_of_the_work_is_theirs() {
    // c12080 ("3.交通运输部门应当保障燃煤运输畅通"), c11282 ("市农办、…市旅游局主要
    // 做好…"), c11987 ("各区县3月20日下班前报送…"): a numbered task whose own text opens
    // with bodies named by their form is theirs, whatever the modal or the verb.
    let o = parse_checked(
        "方案\n一、工作任务\n1. 交通运输部门应当保障燃煤运输畅通。\n\
         2. 市农办、市建设局主要做好村庄规划。\n3. 各区县3月20日下班前报送名录。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["交通运输部门"]);
    assert_eq!(lead(t[1]), ["市农办", "市建设局"]);
    assert_eq!(lead(t[2]), ["各区县"]);
    // Not a collective word inside a phrase of the work (c10542), nor an article's
    // scope after 对 (c11625).
    let o = parse_checked(
        "职责\n一、组织协调指导维护社会稳定的工作;\n\
         二、大力支持和严格监督政法各部门依法行使职权;\n\
         三、各级党委、政府对本区域生态环境质量负总责。\n",
    );
    assert!(all_tasks(&o).iter().all(|t| lead(t).is_empty()));
}

#[test]
fn a_long_list_of_bodies_or_of_trades_opens_a_task_as_its_subject() {
    // Held-out c12265: trades listed before a shared "等部门", a clause of how they work,
    // then the verb; a later clause's "X负责" leads a part of its own.
    let o = parse_checked(
        "方案\n一、工作措施\n\
         1、公安、应急管理、城市管理、生态环境、交通运输等部门,按照各自职责,做好宣传工作,\
         区教体局负责组织中小学校开展宣传活动。\n\
         2、市发展和改革委员会、市财政局、市住房和城乡建设局、市自然资源和规划局负责做好资金保障。\n\
         3、县发改局、县财政局,按照职责分工,做好资金保障。\n4、各乡镇,要加强宣传。\n\
         5、及早搞好对接。各地市所辖县区,要及早和当地电力企业搞好对接。\n\
         6、市经委作为全市招商牵头责任部门,要做好协调工作。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(
        lead(t[0]),
        [
            "公安",
            "应急管理",
            "城市管理",
            "生态环境",
            "交通运输",
            "区教体局"
        ]
    );
    assert!(coop(t[0]).is_empty());
    assert_eq!(
        lead(t[1]),
        [
            "市发展和改革委员会",
            "市财政局",
            "市住房和城乡建设局",
            "市自然资源和规划局"
        ]
    );
    assert_eq!(lead(t[2]), ["县发改局", "县财政局"]);
    // (The names, a comma and a modal: held-out c12360 "各地市所轄縣區,要…"; a body and
    // the role it acts as, c2206 "市经委作为…牵头责任部门,要…".)
    assert_eq!(lead(t[3]), ["各乡镇"]);
    assert_eq!(lead(t[4]), ["各地市所辖县区"]);
    assert_eq!(lead(t[5]), ["市经委"]);
}

#[test]
fn the_bodies_a_leading_unit_brings_in_cooperate() {
    // Held-out c11902: "由X牵头,组织A、B等单位,…": A and B cooperate; "牵头协调…" with
    // no unit before names no partner (c2005).
    let o = parse_checked(
        "方案\n一、重点活动\n\
         1、开展志愿服务行动。由县委宣传部牵头,组织文明办、住建局、八个社区等单位,大力宣传。\n\
         2、牵头协调上下游、左右岸相关地区落实联防联控机制。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["县委宣传部"]);
    assert_eq!(coop(t[0]), ["文明办", "住建局", "八个社区"]);
    assert!(coop(t[1]).is_empty());
}

#[test]
fn a_leader_in_person_and_the_verb_of_a_charge_open_a_task() {
    // c10860: a notice that hands each of the bureau's leaders a place ("1.游膺局长负责
    // 联系昆山市,重点联系…"): its items are the work, each the leader's.
    let o = parse_checked(
        "苏州市建设局关于建立局领导挂钩帮扶联系点的通知\n各市(区)建设局:\n\
         经局党组研究,决定建立挂钩帮扶联系点制度。现将有关事宜通知如下:\n\
         一、挂钩帮扶联系点\n局领导每人负责联系一个市(区),具体为:\n\
         1.游膺局长负责联系昆山市,重点联系江苏中大建设集团有限公司。\n\
         2.邱晓翔副局长负责联系张家港市。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].leaders[0].name, "游膺");
    assert_eq!(t[1].leaders[0].name, "邱晓翔");
    // A post alone heads a part, not a person's charge.
    assert!(duban::parser::resp::leader_opening("区级领导包保重点产业项目分工方案").is_none());
}

#[test]
fn a_paragraph_that_shares_the_work_out_among_units_names_them_all() {
    // Held-out c12345: "四、做好…准备工作" over "在汛期期间,乡广播站要…;各村要…;乡综治
    // 办、派出所要…;乡民政办要…": each body does its share.
    let o = parse_checked(
        "全乡水库防洪度汛应急方案\n一、增强水患意识\n水库所在村要保持高度的警惕。\n\
         二、做好防汛、抗洪、救灾的准备工作\n\
         在汛期期间,乡广播站要及时播发降雨预报;各村要做好群众的摸底;\
         乡综治办、派出所要做好治安处理;乡民政办要准备好应急物资。\n",
    );
    let t = at(&o.documents[0], &["二、"]);
    assert_eq!(
        lead(t),
        ["乡广播站", "各村", "乡综治办", "派出所", "乡民政办"]
    );
    // One demand alone, or bodies of a kind alone, share nothing out: "各地要…" after a
    // clause of when is the paragraph's subject, as it is without one (held-out c13660),
    // and "各部门要密切协作" shares no work of its own out to 各部门.
    let o = parse_checked(
        "方案\n一、加强宣传\n在活动期间,各地要加强宣传;各部门要密切协作。\n\
         二、做好保障\n在活动期间,县财政局要做好资金保障。\n",
    );
    let d = &o.documents[0];
    assert_eq!(lead(at(d, &["一、"])), ["各地"]);
    assert_eq!(lead(at(d, &["二、"])), ["县财政局"]);
}

#[test]
fn labels_whose_colons_are_spaces_are_read_as_labels() {
    // A form pasted with spaces for its colons: each label line under its task.
    let o = parse_checked(
        "方案\n一、重点任务\n1. 推进项目建设\n牵头单位 县发改局\n配合单位 县财政局、县自然资源局\n\
         完成时限 2024年12月底\n2. 加强宣传\n责任领导 张三\n责任单位 县委宣传部\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t[0].text, "推进项目建设");
    assert_eq!(lead(t[0]), ["县发改局"]);
    assert_eq!(coop(t[0]), ["县财政局", "县自然资源局"]);
    assert_eq!(
        t[0].deadline.as_ref().map(|d| d.text.as_str()),
        Some("2024年12月底")
    );
    assert_eq!(t[1].leaders[0].name, "张三");
    assert_eq!(lead(t[1]), ["县委宣传部"]);
    // A task's card copied from a Word table: a label and its value between a tab.
    let o = parse_checked(
        "方案
1. 推进项目建设
牵头单位	县发改局
配合单位	县财政局
",
    );
    let t = all_tasks(&o);
    assert_eq!(
        (lead(t[0]), coop(t[0])),
        (vec!["县发改局"], vec!["县财政局"])
    );
}

#[test]
fn doers_after_a_title_and_one_sentence_of_why() {
    // Held-out c12340: "(一)及早谋划春耕备耕工作,夯实稳粮基础。" + a sentence of why +
    // "各村、农技站和农机站要提高认识,…".
    let o = parse_checked(
        "方案\n三、工作任务\n(一)及早谋划春耕备耕工作,夯实稳粮基础。春季农业生产事关农民增收和乡村振兴。\
         各村、农技站和农机站要提高认识,多措并举抓好春耕生产工作。\n\
         (二)做好农资保障。全镇农资供应总体平稳。要加强农资市场监管。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["各村", "农技站", "农机站"]);
    assert!(lead(t[1]).is_empty());
}

#[test]
fn units_that_are_to_help_in_a_later_clause_cooperate() {
    // Held-out c12265: "3、街道办事处要将…纳入基层社会治理;居民委员会、物业服务企业要协助
    // 有关部门做好…": the helpers cooperate with the unit the item opens with.
    let o = parse_checked(
        "方案\n一、工作措施\n3、街道办事处要将禁止燃放烟花爆竹工作纳入基层社会治理;\
         居民委员会、物业服务企业要协助有关部门做好宣传工作。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["街道办事处"]);
    assert_eq!(coop(t[0]), ["居民委员会", "物业服务企业"]);
}

#[test]
fn a_notice_of_work_of_its_own_lists_its_items_as_tasks() {
    // c12086, c11105: a notice about work itself ("关于做好…清洁取暖建设工作的通知")
    // that hands nothing out: its announced items are that work, with the subject
    // after each title.
    let own = "临沂市清洁取暖建设推进办公室关于做好2020年清洁取暖建设工作的通知\n\
               各县区人民政府,市直有关部门、单位:\n\
               为确保按期完成各项工作任务,现通知如下:\n\
               (一)制定年度实施方案。各县区政府是冬季清洁取暖的责任主体,要明确职责分工。\n\
               (二)强化工程管理。严格按照省、市规划确定的技术路线,精心组织施工。\n";
    let o = parse_checked(own);
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert!(t[0].text.starts_with("制定年度实施方案。"));
    // A notice about a document (a 政府工作报告's tasks, c802) tells how to carry it
    // out: its items stay the notice's own.
    let about = own.replace(
        "做好2020年清洁取暖建设工作",
        "做好2020年政府工作报告主要目标任务",
    );
    let o = parse_checked(&about);
    assert_eq!(all_tasks(&o).len(), 0);
    assert!(o.ignored.iter().any(|i| i.reason == "印发通知正文"));
    // The issuer's name before 关于 says nothing of what the notice is about: 规划 of
    // "自然资源和规划局" names no plan (held-out c13954).
    let issuer = own.replace("临沂市清洁取暖建设推进办公室", "安阳市自然资源和规划局");
    let o = parse_checked(&issuer);
    assert_eq!(all_tasks(&o).len(), 2);
}

#[test]
fn a_check_s_notice_lists_what_inspectors_look_at_not_tasks() {
    // c12108: "一、检查内容" over what the inspectors will look at: criteria of a check.
    let o = parse_checked(
        "关于开展2023年公共场所控制吸烟专项检查的通知\n各县区卫生健康委:\n\
         现将有关事项通知如下:\n一、检查内容\n(一)控烟制度建立情况\n\
         (二)室内公共场所禁止吸烟措施执行情况\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
}

#[test]
fn points_run_in_under_a_heading_alone_are_its_tasks() {
    // Held-out c11746: "一、落实防汛抗旱各项责任" over one paragraph of 一是…二是…三是,
    // each opening with its doers; a bracket that points the reader to an attachment is
    // no part of a name.
    let o = parse_checked(
        "关于做好汛前准备工作的通知\n现将有关事宜通知如下:\n一、落实防汛抗旱各项责任\n\
         一是各镇街要落实行政首长负责制。二是区防减救灾委相关成员单位(详见附件4)要落实1名班\
         子成员。三是各类水利工程要落实责任人。\n",
    );
    let t = all_tasks(&o);
    let numbers: Vec<&str> = t.iter().filter_map(|n| n.number.as_deref()).collect();
    assert_eq!(numbers, ["一是", "二是", "三是"]);
    assert_eq!(lead(t[0]), ["各镇街"]);
    assert_eq!(lead(t[1]), ["区防减救灾委相关成员单位"]);
}

#[test]
fn the_subjects_of_a_task_s_later_sentences_do_it() {
    // Held-out c12406, c12407: a ministry's 要点 whose items open with its own work and
    // name the bodies of a trade as the subject of a later sentence; those that 要 help
    // cooperate. A demand to all ("各地要…") names no one.
    let o = parse_checked(
        "2023年水土保持工作要点\n一、依法严格监管\n\
         1.完善预防保护和监管制度。建立水土保持空间管控制度。各省级水行政主管部门要结合实际划定重点预防区。\n\
         2.健全节水规划体系。组织制定国家节水中长期规划。开展前期研究。县水利局要编制规划。县财政局要配合做好资金保障。\n\
         3.加强宣传。开展节水宣传活动。组织宣传周活动。各地要营造节水氛围。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["各省级水行政主管部门"]);
    assert_eq!(lead(t[1]), ["县水利局"]);
    assert_eq!(coop(t[1]), ["县财政局"]);
    assert!(lead(t[2]).is_empty(), "{:?}", lead(t[2]));
}

#[test]
fn the_subjects_after_a_task_s_first_subject_do_it_too() {
    // Held-out c13273, c13274: a notice's items name a first subject, then the bodies
    // of other trades as the subjects of later sentences, each doing its part (those
    // that 要 help too, c12843); the labels list them all as the task's doers.
    let o = parse_checked(
        "关于做好防暑降温工作的通知\n\
         一、加强领导。各级各部门要成立领导小组。市交通、公安、安监部门要通力协作、密切配合。\n\
         二、各区、各部门要落实高温作业措施。供电、供水部门要强化迎峰措施。\n\
         三、做好防暑。县卫生局要落实值守。县财政局要配合做好资金保障。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["各级各部门", "市交通", "公安", "安监部门"]);
    assert_eq!(lead(t[1]), ["各区", "各部门", "供电", "供水部门"]);
    assert_eq!(lead(t[2]), ["县卫生局", "县财政局"]);
    assert!(coop(t[2]).is_empty(), "{:?}", coop(t[2]));
}

#[test]
fn a_clause_closes_with_the_sentence_it_opens() {
    // Held-out c12463: "由X牵头,…等部门参与的…机构,负责…。" names the item's doers; the
    // next paragraph is work, not more names of the clause.
    let o = parse_checked(
        "一、加强宣传教育\n(一)完善宣传机制。\n\
         州、县市区成立由兵役机关牵头,宣传、教体等部门参与的征兵宣传领导机构,负责两级征兵宣传工作。\n\
         每年一季度,组织召开征兵宣传专题联席会议,研究部署年度征兵宣传工作。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["兵役机关"]);
    assert!(coop(t[0]).is_empty(), "{:?}", coop(t[0]));
}

#[test]
fn posts_that_answer_for_a_task_are_its_leaders() {
    // Held-out c13313, c11886: a task that opens with the post that answers for it
    // ("村党组织书记对本村防溺水工作负总责", "局党组书记是意识形态工作第1责任人") names
    // its leader by the post, as a name would. Not leaders at large ("区级领导…"), nor
    // a post that only takes part ("分管副镇长具体抓好…").
    let o = parse_checked(
        "一、压实责任\n\
         (一)村党组织书记对本村防溺水工作负总责。\n\
         (二)镇长负责统筹协调全镇安全生产工作。\n\
         (三)书记、镇长为全镇森林防火第一责任人。\n\
         (四)区级领导对重点项目负总责。\n\
         (五)分管副镇长具体抓好农村道路安全。\n",
    );
    let t = all_tasks(&o);
    let names = |i: usize| -> Vec<&str> { t[i].leaders.iter().map(|l| l.name.as_str()).collect() };
    assert_eq!(names(0), ["村党组织书记"]);
    assert_eq!(names(1), ["镇长"]);
    assert_eq!(names(2), ["书记", "镇长"]);
    assert!(names(3).is_empty(), "{:?}", names(3));
    assert!(names(4).is_empty(), "{:?}", names(4));
}

#[test]
fn a_stage_s_window_with_spaces_around_its_numbers() {
    // Held-out c13315, a PDF copy: "(二)具体实施阶段(4 月 27 日-10 月 15 日)。各单位要…"
    // is due at its window, and its subject does it, as without the spaces.
    for stage in [
        "(二)具体实施阶段(4 月 27 日-10 月 15 日)。各单位要全面排查。",
        "(二)具体实施阶段(4月27日-10月15日)。各单位要全面排查。",
    ] {
        let o = parse_checked(&format!("三、实施步骤\n{stage}\n"));
        let t = all_tasks(&o);
        assert_eq!(lead(t[0]), ["各单位"], "{stage}");
        let due = t[0].deadline.as_ref().map(|d| d.text.replace(' ', ""));
        assert_eq!(due.as_deref(), Some("4月27日-10月15日"), "{stage}");
    }
}

#[test]
fn a_reply_to_a_proposal_lists_no_tasks_whoever_it_names() {
    // Held-out c13427, c13397: a bureau answers a member's proposal point by point; a
    // point that names who leads ("已由城建局牵头全面启动") tells what is under way, no
    // task to track. The same points under a plan's title are tasks.
    let reply = "张吉权委员:\n您提出的《关于加快旅游公共厕所建设管理的建议》已收悉,现回复如下:\n\
         1.我局已拟定上报了旅游厕所革命三年行动计划。\n\
         2.城区老旧公厕改造工作已由城建局牵头全面启动。\n\
         3.正在确定公益性岗位人员,预计12月底前全面完成。\n\
         感谢您对旅游工作的关心和支持。\n竹溪县文化和旅游局\n2018年10月20日\n";
    let o = parse_checked(reply);
    assert_eq!(all_tasks(&o).len(), 0);
    let o = parse_checked(
        "旅游厕所建设工作方案\n1.拟定旅游厕所革命三年行动计划。\n\
         2.城区老旧公厕改造工作由城建局牵头全面启动。\n",
    );
    assert_eq!(all_tasks(&o).len(), 2);
}

#[test]
fn a_list_of_practices_to_learn_from_lists_no_tasks() {
    // Held-out c12518: a ministry hands out a 清单 of what provinces have done, each item
    // naming the body that led it; it hands no work to anyone.
    let o = parse_checked(
        "住房城乡建设部办公厅关于印发\n实施城市更新行动可复制经验做法清单\n(第四批)的通知\n\
         各省、自治区住房城乡建设厅:\n现印发给你们,请结合实际学习借鉴。\n\
         住房城乡建设部办公厅\n2025年9月30日\n实施城市更新行动\n可复制经验做法清单(第四批)\n\
         一、强化组织实施\n1.四川省构建工作组织机制。省住房城乡建设厅发挥牵头作用,协同发展改革部门推进。\n\
         2.江苏省建立项目库。省住房城乡建设厅负责统筹。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
}

#[test]
fn a_heading_of_the_plan_s_approach_is_no_task() {
    // Held-out c12373, c12475: "一、总体思路" over a paragraph of how the plan goes about
    // its aims is a framework part, as 指导思想 is, also on a page cut before its work.
    let o = parse_checked(
        "东海县国家知识产权强县建设\n工作方案(2022-2025年)\n\
         为深入实施国家知识产权战略,结合我县实际,制定本工作方案。\n一、总体思路\n\
         深入贯彻党的十九大精神,立足“工业立县、产业强县”战略,全面做好提升知识产权管理能力。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
    assert_eq!(
        o.documents[0]
            .walk()
            .filter(|n| n.kind == NodeKind::Section)
            .count(),
        1
    );
}

#[test]
fn a_page_of_questions_and_answers_lists_no_tasks() {
    // Held-out c12526: a 政策解读 in Q/A form whose answer lists the plan's measures;
    // here with full-width colons and one answer naming who leads.
    let o = parse_checked(
        "文件:关于贯彻落实提升行政执法质量三年行动计划实施方案的通知\n\
         Q：实施方案是在什么样的背景下出台的?\nA：为了更深入地落实省政府的部署,我们印发了方案。\n\
         Q：实施方案以哪些工作举措来推进?\nA：(一)全面提升行政执法人员能力素质\n\
         (二)健全完善行政执法工作体系(县司法局牵头,县直各执法部门配合)\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
    assert!(o.documents[0].walk().all(|n| n.lead_units.is_empty()));
}

#[test]
fn a_preamble_that_makes_rules_opens_no_task_list() {
    // Held-out c12568: no title on the page, but its preamble names it a 制度; its
    // "由办公室统一负责" are standing duties. A preamble that makes a plan lists tasks.
    let rules = "为了加强对档案的管理和收集、整理工作,制定本工作制度。\n\
                 一、本单位档案管理工作由办公室统一负责。\n\
                 二、应当立卷归档的材料由各业务股室按要求收集齐全,定期交单位集中管理。\n";
    assert_eq!(all_tasks(&parse_checked(rules)).len(), 0);
    let plan = rules.replace("本工作制度", "本工作方案");
    assert_eq!(all_tasks(&parse_checked(&plan)).len(), 2);
}

#[test]
fn a_part_that_reports_how_a_budget_went_lists_no_tasks() {
    // Held-out c12597: a town's budget report; the items under "执行情况" are the year's
    // spending, not work to do.
    let o = parse_checked(
        "一、2023年财政预算执行情况\n2023年财政总支出9775万元,具体分项预算支出如下:\n\
         1.一般公共服务支出3356.2万元,完成年初预算的113.7%;\n\
         2.社会保障和就业支出658.7万元,完成年初预算的101.3%;\n\
         二、2024年财政预算安排\n1.加强收入征管。由镇财政所负责。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 1);
    assert_eq!(lead(t[0]), ["镇财政所"]);
}

#[test]
fn part_titles_of_a_plan_cut_in_its_framework_are_no_tasks() {
    // Held-out c12591: "一、指导思想", then "二、目标任务" and "三、清查范围及责任单位",
    // each over a paragraph, and the page ends: parts of the plan, not tasks. A flat list
    // whose items state work stays a list of tasks.
    let cut = "为盘活国有资产,结合我县实际,制定本方案。\n一、指导思想\n\
               以习近平新时代中国特色社会主义思想为指导,全面清查国有资产。\n二、目标任务\n\
               按照全领域、全口径、全覆盖的要求,统一部署开展全县国有资产清查处置工作。\n\
               三、清查范围及责任单位\n清查范围包括全县各乡镇人民政府、县\n";
    assert_eq!(all_tasks(&parse_checked(cut)).len(), 0);
    let flat = "为盘活国有资产,结合我县实际,制定本方案。\n一、指导思想\n\
                以习近平新时代中国特色社会主义思想为指导,全面清查国有资产。\n\
                二、开展资产清查。各单位要在6月底前完成。\n三、建立长效机制。县财政局负责。\n";
    assert_eq!(all_tasks(&parse_checked(flat)).len(), 2);
}

#[test]
fn a_heading_of_principles_run_into_its_first_item_is_framework() {
    // Held-out c12586 (a 范文 whose site masks words with "(单字替换)"): "三、基本原则(一)
    // (单字替换)政同责,部门联动。" on one line, its paragraph after it, the page cut
    // there: a part of principles, no task.
    let o = parse_checked(
        "一、指导思想以习近平新时代中国特色社会主义思想为指导,全面提升食品安全治理能力。\n\
         二、总体目标到2023年,食品抽检合格率在98%以上。\n\
         三、基本原则(一)(单字替换)政同责,部门联动。\n落实《规定》要求,(单字替换)委、政府要把食品安全当作一项重大政治任务来抓。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
}

#[test]
fn the_articles_of_a_management_rule_list_no_tasks() {
    // Held-out c12607: a 管理办法 carried by its notice; its articles say who always
    // manages what ("县委组织部牵头抓总,…密切配合"), they hand out no task.
    let o = parse_checked(
        "中共石泉县委办公室关于印发《石泉县驻村工作队管理办法》的通知\n\
         各镇党委,县委各部门:\n《石泉县驻村工作队管理办法》已经县委同意,现印发给你们。\n\
         中共石泉县委办公室\n2021年8月31日\n石泉县驻村工作队管理办法\n第一章  总则\n\
         第一条  为深入贯彻落实党中央决策部署,结合我县实际,制定本办法。\n\
         第二条  县委组织部牵头抓总,县乡村振兴局、县农业农村局密切配合,共同做好驻村工作队的人员选派。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
}

#[test]
fn a_notice_of_documents_issued_with_consent_asks_for_its_own_work() {
    // Held-out c12639: "《…工作方案》…已经市人民政府同意印发" hands the documents out;
    // the notice's own items tell how to carry them out, and the plans are not on the
    // page.
    let o = parse_checked(
        "各县、市、区人民政府,市政府各部门:\n\
         《荆州市大规模推进返乡创业工作方案》已经市人民政府同意印发,为抓好贯彻落实,现就有关事项通知如下。\n\
         一、聚焦乡情纽带,强化思想认识\n各地各有关部门要充分认识开展返乡创业工作的重大意义。\n\
         二、聚焦创业环境,强化典型引领\n各地要设立专门窗口,为返乡创业人员提供创业服务。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
}

#[test]
fn a_heading_of_aims_and_requirements_is_framework() {
    // Held-out c12635: "一、目标要求" over the plan's aims, the page cut there.
    let o = parse_checked(
        "关于加强新时代高技能人才队伍建设的实施意见\n\
         大国工匠是中华民族大厦的基石、栋梁,技能人才是支撑中国制造的重要力量。\n\
         一、目标要求\n到2025年,全市技能人才总量达到600万人,高技能人才占比达到35%。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
}

#[test]
fn a_number_alone_where_the_page_was_cut_is_no_task() {
    // Held-out c12642, c12552: the store cut the page right after "(一)": no task, the
    // number listed as ignored; the heading over it, the last on the page, is a part.
    let o = parse_checked(
        "为做好今冬明春农田水利建设工作,特制定本方案。\n一、总体要求\n\
         以习近平新时代中国特色社会主义思想为指导,扎实推进农田水利建设。\n\
         二、实施重点\n\n  (一)\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
    assert!(o.ignored.iter().any(|l| l.text.trim() == "(一)"));
    let sections = o.documents[0]
        .walk()
        .filter(|n| n.kind == NodeKind::Section)
        .count();
    assert_eq!(sections, 2);
}

#[test]
fn a_first_article_that_makes_rules_opens_no_task_list() {
    // Held-out c12667: no title, no preamble; the first article says the text is a
    // 制度, and its articles give standing duties ("鎮綜合便民服務中心負責…").
    let o = parse_checked(
        "第一條 為推進基層政務公開標準化規範化建設,結合我鎮實際,制定本制度。\n\
         第二條 村務公開應當堅持依法、全面、真實、及時、便民的原則。\n\
         第三條 鎮綜合便民服務中心負責本鎮轄區內村務公開工作的指導和監督。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
}

#[test]
fn a_page_that_tells_a_document_s_parts_lists_no_tasks() {
    // Held-out c12658: a 政策解读 without the word; it tells how 《实施方案》 is divided
    // and sums up its measures as (一)…(六). A plan that says "本方案" lists tasks.
    let explainer = "结合我市实际,市生态环境局等六部门联合起草形成了《实施方案》。\n\
                     《实施方案》分为总体目标、重点任务和保障措施三个部分。\n\
                     一、重点任务\n(一)实施农村生活污水治理行动。包含强化规划引领等5项重点任务;\n\
                     (二)开展农村黑臭水体整治行动。包含建立常态化排查机制等3项重点任务;\n";
    assert_eq!(all_tasks(&parse_checked(explainer)).len(), 0);
    let plan = explainer.replace("《实施方案》分为", "本方案分为");
    assert_eq!(all_tasks(&parse_checked(&plan)).len(), 2);
}

#[test]
fn the_stages_of_a_campaign_are_its_items() {
    // Held-out c12671, c11166: "第一阶段:…(8月初—8月10日)" over the stage's work; each
    // stage is an item of the heading above it, and names who does it.
    let o = parse_checked(
        "三、实施步骤\n\
         第一阶段:全面动员,梳理分析(8月初—8月10日)。各镇(街道、区)、各部门要对项目进行全面梳理。\n\
         第二阶段:集中会战,攻坚破难(8月11日—10月31日)。各镇(街道、区)要集中力量攻坚。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].number.as_deref(), Some("第一阶段"));
}

#[test]
fn what_a_review_reports_its_bodies_did_is_no_task() {
    // Held-out c12719: "一、主要做法" over what a 新区 has done; its items name the body
    // that did the work ("西咸新区自然资源和规划局统一与各银行…签订…协议"), but report.
    let o = parse_checked(
        "为进一步优化不动产登记营商环境,西咸新区不动产中心推出“不动产抵押登记进银行”便民服务。\n\
         一、主要做法\n\
         (一)统一合作形式。西咸新区自然资源和规划局统一与各银行业金融机构签订战略合作协议。\n\
         (二)统一信息集成。与银行协商签订合作保密协议,搭建业务互联互通平台。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
    assert!(o.documents[0].walk().all(|n| n.lead_units.is_empty()));
}

#[test]
fn a_notice_that_forwards_a_plan_gives_views_of_its_own() {
    // Held-out c12722: "…现转发给你们,同时结合我市实际提出以下意见": the notice's own
    // items tell how to carry out the plan it forwards, which is not on the page.
    let o = parse_checked(
        "各区人民政府,市直各委、办、局:\n\
         《福建省精神卫生事业发展行动计划(2018-2020年)》已以闽政办〔2018〕64号文制发,现转发给你们,同时结合我市实际提出以下意见,请一并贯彻执行。\n\
         一、健全工作机制。各区各有关部门要切实履行职责,2019年底前成立关爱帮扶小组。\n\
         二、提高服务能力。各区政府要将精神卫生工作经费列入本级财政预算。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
}

#[test]
fn a_ministrys_departments_are_units() {
    // Held-out c10240, c12653: a ministry's own list gives its 司 the work
    // ("(政策法规司牵头,信息中心配合)", "(部种植业司、畜牧兽医局分别负责)").
    let o = parse_checked(
        "一、提高政务公开质量\n\
         (一)深化行政法规和规章集中公开。建立健全动态更新工作机制。(政策法规司牵头,信息中心配合)\n\
         (二)开展养老服务规范标准等事项公开。制定发布规范。(养老服务司负责)\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["政策法规司"]);
    assert_eq!(coop(t[0]), ["信息中心"]);
    assert_eq!(lead(t[1]), ["养老服务司"]);
}

#[test]
fn lead_ends_its_group_where_a_bodys_name_follows() {
    // Held-out c12741: a line break took the comma after 牵头 ("…省卫生健康委牵头\n省教育
    // 厅、…按职责分工负责"): the names after 牵头 are the partners all the same.
    let o = parse_checked(
        "1.加强残疾预防知识普及。完善健康科普知识发布和传播机制。(省残联、省卫生健康委牵头省教育厅、省民政厅、团省委按职责分工负责)\n\
         2.加强重点人群残疾预防。面向重点人群开展宣传教育。(省残联牵头,省教育厅配合)\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["省残联", "省卫生健康委"]);
    assert_eq!(coop(t[0]), ["省教育厅", "省民政厅", "团省委"]);
}

#[test]
fn an_item_that_opens_with_the_names_of_bodies_is_theirs() {
    // Held-out c12794: a committee's duties, each item opening with its members' names
    // as a sentence of their own ("一、市委宣传部、市委文明办。把…纳入…").
    let o = parse_checked(
        "确定各成员单位工作职责如下:\n\
         一、市委宣传部、市委文明办。把未成年人保护工作纳入宣传思想工作总体规划。\n\
         二、市委政法委。支持监督政法单位依法履行职责。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["市委宣传部", "市委文明办"]);
    assert_eq!(lead(t[1]), ["市委政法委"]);
}

#[test]
fn a_reply_to_a_proposal_lists_no_tasks() {
    // Held-out c12809: a bureau's reply to a 政协 motion tells what was done and is
    // planned ("一是成立组织,明确分工。…县电力办负责…"), no list to track.
    let o = parse_checked(
        "魏超等委员:\n\
         关于您提出的“关于改善电力施工环境的建议”的提案已收悉,现责成我局认真研究,具体答复如下:\n\
         一是成立组织,明确分工。县电力办负责协调电力工程建设中的问题。\n\
         二是紧密协作,全力推进。积极协调解决施工中遇到的困难。\n",
    );
    assert_eq!(all_tasks(&o).len(), 0);
    assert!(o.documents[0].walk().all(|n| n.lead_units.is_empty()));
}

#[test]
fn ordinal_lines_under_a_title_with_its_stop_are_its_items() {
    // Held-out c12790: "(一)加强家庭保护。" on a line of its own over "一是…" and
    // "二是…" lines, each a task (the second cut by the page before its bracket).
    let o = parse_checked(
        "二、工作任务\n\
         (一)加强家庭保护。\n\
         一是强化家庭教育指导。编制实施规划,提高家长家庭教育水平。(市委宣传部、市妇联按照职责分工负责)\n\
         二是加大就业创业帮扶力度。为有就业需求的农村留守儿童家庭免费提供公共就业服务。落实支持农民工返\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].number.as_deref(), Some("一是"));
    assert_eq!(lead(t[0]), ["市委宣传部", "市妇联"]);
}

#[test]
fn a_kind_of_body_after_with_ends_the_partners_name() {
    // Held-out c12844: "X要会同相关部门建立…": 相关部门 ends at its kind of body before a
    // verb not known as one of work; "有关部门和单位" goes on.
    let o = parse_checked(
        "(一)建立考评机制。住房城乡建设部要会同相关部门建立审批制度改革考核评价机制。\n\
         (二)做好宣传引导。市住建局会同有关部门和单位建立宣传机制。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["住房城乡建设部"]);
    assert_eq!(coop(t[0]), ["相关部门"]);
    assert_eq!(coop(t[1]), ["有关部门和单位"]);
}

#[test]
fn a_task_that_opens_with_every_place_is_theirs() {
    // Held-out c12821: "4.各地要将…" is the places' own task, as "3.各地根据…" is.
    let o = parse_checked(
        "1.由省交通运输厅牵头建立公路风险路段基础资料库。\n\
         2.各地要将公路安全设施维护纳入养护工程范畴,定期进行维护更新。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[1]), ["各地"]);
}

#[test]
fn a_bracket_paragraph_cut_by_a_wrap_is_read_inside() {
    // Held-out c12862: a PDF copy broke the bracket of who does the task over two
    // lines with a blank one between ("(中央宣传部、…按职责分工" + "负责)"); and a page
    // cut after its first line.
    let o = parse_checked(
        "一、重点任务\n1. 开展专项行动,严厉打击网络侵权盗版行为。\n\n\
         (中央宣传部、中央网信办、公安部、工业和信息化部按职责分工\n\n负责)\n",
    );
    let t = all_tasks(&o);
    assert_eq!(
        lead(t[0]),
        ["中央宣传部", "中央网信办", "公安部", "工业和信息化部"]
    );
    let o = parse_checked(
        "一、重点任务\n1. 开展专项行动,严厉打击网络侵权盗版行为。\n\
         (中央宣传部、中央网信办、公安部按职责分工\n",
    );
    assert_eq!(
        lead(all_tasks(&o)[0]),
        ["中央宣传部", "中央网信办", "公安部"]
    );
}

#[test]
fn the_work_after_a_comma_closes_a_with_words_names() {
    // Held-out c12875: "…,X会同Y、Z,在洪楼广场设立…": the clause of the work after a
    // comma closes the names 会同 marked, as a verb right after them does.
    let o = parse_checked(
        "(二)开展主会场活动。宣传周期间,省粮食和储备局会同省发展改革委、省教育厅、省妇联,在洪楼广场设立全国宣传点。\n\
         (三)做好宣传引导。加强舆论引导。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["省粮食和储备局"]);
    assert_eq!(coop(t[0]), ["省发展改革委", "省教育厅", "省妇联"]);
}

#[test]
fn a_time_before_its_comma_opens_a_step_before_its_doers() {
    // Held-out c12882, c12756: a plan laid out by dates opens each step with its time,
    // then its doers ("3月9日至3月13日,各成员单位中行政执法单位开展…").
    let o = parse_checked(
        "二、活动安排\n\
         1、3月9日至3月13日,各成员单位中行政执法单位开展消费市场专项整治活动。\n\
         2、4月20日至6月30日,安监、交通、公安等部门要针对突出问题建立健全协调机制。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["各成员单位中行政执法单位"]);
    assert_eq!(lead(t[1]), ["安监", "交通", "公安"]);
}

#[test]
fn a_modal_and_yu_before_helping_name_the_partner() {
    // Held-out c12916: "X应与Y积极配合", "X要与Y密切配合": X works with Y; "新闻媒体应与交
    // 通主管部门" is no unit's name.
    let o = parse_checked(
        "二、工作措施\n\
         1.广泛动员。宣传部门、新闻媒体应与交通主管部门积极配合,加大宣传力度。\n\
         2.加强协调。市交通局要与市财政局密切配合,落实资金。\n",
    );
    let t = all_tasks(&o);
    assert!(t[0].coop_units.iter().all(|u| !u.name.contains("应与")));
    assert_eq!(lead(t[1]), ["市交通局"]);
    assert_eq!(coop(t[1]), ["市财政局"]);
}

#[test]
fn a_document_sites_notice_is_no_list_of_tasks() {
    // Held-out c12962 (and five more pages of that site): "温馨提示:" over four
    // numbered notes about previews and downloads, above the document it shows.
    let o = parse_checked(
        "温馨提示:\n\
         1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题。\n\
         2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。\n\
         3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。\n\
         4. 下载文档时可能由于网络波动等原因无法下载或下载错误。\n\
         市文化局文化市场整顿工作方案\n\
         一、整顿重点\n\
         1.整顿网吧市场。市文化局负责。\n\
         2.整顿演出市场。市公安局负责。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[0]), ["市文化局"]);
}

#[test]
fn a_note_of_duties_in_brackets_after_a_name_is_no_part_of_it() {
    // Held-out c12980: "市生态环境局(按职能分工)" in a 牵头单位 cell.
    let o = parse_checked(
        "序号\t工作任务\t牵头单位\t配合单位\n1\t全面开展隐患排查\t市综合执法局、市生态环境局(按职能分工)\t市建设局\n",
    );
    assert_eq!(lead(all_tasks(&o)[0]), ["市综合执法局", "市生态环境局"]);
}

#[test]
fn a_task_whose_work_is_done_on_a_parts_word_is_a_task() {
    // "职责", "规则", "目的" name a plan's parts ("二、工作职责", "议事规则", "工作目的")
    // but after a verb of work they are what the work is done on; 目的 also hides across
    // 项目的 (held-out c13001's "…对项目的领导").
    let o = parse_checked(
        "一、重点工作\n\
         (一)做好宣传。\n\
         (二)严格落实属地职责。\n\
         (三)完善议事规则。\n\
         (四)加强项目的管理。\n\
         (五)提高项目的质量。\n\
         (六)做好组织实施工作。\n\
         二、保障措施\n\
         (一)实施食品放心工程的指导思想\n\
         (二)整治目标及原则\n",
    );
    let d = &o.documents[0];
    let titles: Vec<&str> = tasks(d).iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        titles,
        [
            "做好宣传。",
            "严格落实属地职责。",
            "完善议事规则。",
            "加强项目的管理。",
            "提高项目的质量。",
            "做好组织实施工作。"
        ]
    );
}

#[test]
fn a_task_that_opens_with_a_list_of_collective_doers_is_theirs() {
    // Held-out c13273: "各区、各部门、各单位要…" as a leaf task's own text names its
    // doers, as "各区要…" alone does; a list whose one piece is persons does not.
    let o = parse_checked(
        "一、工作任务\n\
         1.各区、各部门、各单位要认真落实防暑降温措施。\n\
         2.各乡镇(街道)、各有关部门要加强监测预警。\n\
         3.各级领导干部、各部门要带头落实。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["各区", "各部门", "各单位"]);
    assert_eq!(lead(t[1]), ["各乡镇(街道)", "各有关部门"]);
    assert!(lead(t[2]).is_empty());
}

#[test]
fn a_category_row_of_a_number_and_a_title_in_a_wide_table_is_a_section() {
    // "一\t经济发展" over rows 1, 2, … in a table of seven columns, the category's
    // other cells dropped with their tabs: the category, not cells a browser left out
    // (the first was lost as text before the table, the second took the row above's
    // leader, units and deadline).
    let o = parse_checked(
        "序号\t重点任务\t具体措施\t牵头领导\t牵头单位\t配合单位\t完成时限\n\
         一\t经济发展\n\
         1\t推进项目建设\t开工项目50个\t张三\t县发改局\t县财政局\t2024年6月底\n\
         二\t社会民生\n\
         2\t办好民生实事\t完成10件实事\t王五\t县民政局\t各乡镇\t长期坚持\n",
    );
    let d = &o.documents[0];
    assert_eq!(top_numbers(&o), ["一", "二"]);
    assert_eq!(task_count(d), 2);
    let t = tasks(d);
    assert_eq!(lead(t[0]), ["县发改局"]);
    assert_eq!(lead(t[1]), ["县民政局"]);
    assert!(o.ignored.iter().all(|i| !i.text.contains("经济发展")));
}

#[test]
fn a_heading_of_whose_duties_run_in_before_them_names_their_doer() {
    // Held-out c13352: "(九)工商部门职责:依法确认…" — the bodies of a trade named before
    // 职责, their duties after the colon naming no one. Not a heading over the entries
    // below ("二、查处职责分工:"), nor a body set up for the work ("领导小组职责:").
    let o = parse_checked(
        "三、职责分工\n\
         (一)交通部门职责:负责道路运输市场的监管。\n\
         (二)工商部门职责:依法查处无照经营行为。\n\
         (三)政府职责:各旗县区政府负责本行政区域的工作。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 3);
    assert_eq!(lead(t[0]), ["交通部门"]);
    assert_eq!(lead(t[1]), ["工商部门"]);
    assert_eq!(lead(t[2]), ["各旗县区政府"]);
}

#[test]
fn a_body_named_to_a_role_is_the_work_not_its_doer() {
    // Held-out c13610: "明确X为…主管部门,负责…" names a body to a role, the work of the
    // task, whose doers its bracket gives; it is no paragraph of X's duties (which split
    // the item into a title and an unnumbered task), nor is "明确X为…部门" a unit.
    let o = parse_checked(
        "二、工作重点\n\
         1.明确停车管理机构。明确市城管执法委为城市公共停车场行业主管部门,负责城区公共停车场的统筹谋划等工作。〔牵头单位:市委编办;配合单位:市城管执法委。完成时限:2024年12月底前〕\n\
         2.明确停车管理机构。明确市城管执法委为城市公共停车场行业主管部门,负责城区公共停车场的统筹谋划等工作。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].number.as_deref(), Some("1."));
    assert_eq!(
        (lead(t[0]), coop(t[0])),
        (vec!["市委编办"], vec!["市城管执法委"])
    );
    assert!(lead(t[1]).is_empty(), "{:?}", lead(t[1]));
}

#[test]
fn a_body_that_takes_on_the_work_does_it() {
    // Held-out c13620, a ministry's 抽检 plan: "X承担…" opens an item with its doer as
    // "X负责…" does (an abbreviation's bracket after the name is none of it).
    let o = parse_checked(
        "一、任务分工\n(一)中国兽医药品监察所(以下简称中监所)承担兽药质量监督抽检工作。\n\
         (二)市发展和改革委员会承担项目审批工作。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["中国兽医药品监察所"]);
    assert_eq!(lead(t[1]), ["市发展和改革委员会"]);
}

#[test]
fn words_of_manner_before_a_role_verb_are_no_part_of_a_name() {
    // Held-out c13652: "X与Y、Z充分协调配合" named "Z充分"; 充分, 通力, 紧密 and 协调
    // before 配合 are its manner, as 积极 and 密切 are.
    let o = parse_checked(
        "一、活动安排\n(一)开展演练活动。区人防办与地震局、各街道办事处充分协调配合,按照就近原则组织疏散。\n\
         (二)开展宣传活动。市文明办、市教育局通力配合,做好宣传。\n",
    );
    let t = all_tasks(&o);
    let mut names: Vec<&str> = lead(t[0]).into_iter().chain(coop(t[0])).collect();
    names.sort_unstable();
    assert_eq!(names, ["区人防办", "各街道办事处", "地震局"]);
    let mut names: Vec<&str> = lead(t[1]).into_iter().chain(coop(t[1])).collect();
    names.sort_unstable();
    assert_eq!(names, ["市教育局", "市文明办"]);
}

#[test]
fn a_body_then_where_or_when_then_the_work_does_it() {
    // Held-out c13644: "X在<place or time><verb of the work>…" opens a numbered task
    // with its doer, as "X开展…" does; 在 not followed by the work in its clause is no
    // such opening.
    let o = parse_checked(
        "一、活动安排\n1.县教育局在全县中小学开展网上祭英烈活动。\n\
         2.各乡镇在清明期间开展文明祭扫宣传。\n\
         3.县教育局在这方面,经验丰富。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["县教育局"]);
    assert_eq!(lead(t[1]), ["各乡镇"]);
    assert!(lead(t[2]).is_empty(), "{:?}", lead(t[2]));
}

#[test]
fn subjects_after_semicolons_and_after_a_sentence_of_why_do_the_task() {
    // Held-out c13661: after the first subject of a task's work, each clause after a
    // semicolon may open with its own ("县气象局要…;县交运局、交警大队要…;县城管局要…").
    // Held-out c13663: under a heading of work, a paragraph that opens with one short
    // sentence of why and then "X要…" names X; under a part's name ("一、活动主题") it
    // does not make the part a task.
    let o = parse_checked(
        "关于做好雨雪冰冻灾害防范工作的通知\n一、突出重点,防范到位。县气象局要加强监测,做好预警工作;\
         县交运局、交警大队要加强道路交通安全管理;县城管局要做好户外灯箱的检查和加固。\n\
         二、进一步核查灾情\n随着气温升高,冰雪消融,部分地方的灾情将会进一步显现。\
         各县市、州级各相关部门要进一步核实灾情。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["县气象局", "县交运局", "交警大队", "县城管局"]);
    assert_eq!(lead(t[1]), ["各县市", "州级各相关部门"]);
    let o = parse_checked(
        "敬老月活动方案\n一、活动主题\n今年活动的主题是:“传承中华美德”。各社区要开展活动。\n\
         二、活动内容\n(一)走访慰问。各社区要走访慰问老人。\n(二)文艺演出。街道文化站负责组织演出。\n",
    );
    let t = all_tasks(&o);
    let numbers: Vec<&str> = t.iter().filter_map(|n| n.number.as_deref()).collect();
    assert_eq!(numbers, ["(一)", "(二)"]);
}

#[test]
fn a_clause_of_when_then_the_subject_and_the_units_beside_it() {
    // Held-out c13660: "在冰雪天气时," (在 and a word of time or footing before its
    // comma) opens the sentence before its subject, as a clause of how does. c12345:
    // the subject of a task's first paragraph, then the subjects of the clauses beside
    // it after semicolons, each doing its part; those that 要 help cooperate. c11183: a
    // trade named again with a body's ending ("环卫" then "环卫局") is the same body.
    let o = parse_checked(
        "关于做好低温雨雪冰冻灾害防范工作的通知\n一、严防次生事故发生。在冰雪天气时,各乡镇和县级有关部门要做好校舍的安全检查。\n\
         二、做好防汛准备工作\n在汛期期间,乡广播站要及时播发降雨预报;各村要做好群众的摸底;\
         乡综治办、派出所要做好治安处理;乡民政办要协助做好应急物资准备。\n\
         三、环卫、执法等部门负责保障场馆周边的环境卫生。环卫局要加大清扫频次;执法局要及时清除小摊贩。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["各乡镇", "县级有关部门"]);
    assert_eq!(lead(t[1]), ["乡广播站", "各村", "乡综治办", "派出所"]);
    assert_eq!(coop(t[1]), ["乡民政办"]);
    assert_eq!(lead(t[2]), ["环卫", "执法"]);
}

#[test]
fn a_short_title_and_a_colon_then_the_subject_of_the_work() {
    // Held-out c13713: "1、工作布置 :区爱卫办制订下发…" — a short title, a colon (a space
    // before it in a web copy), then the unit that does the work as the sentence's
    // subject; the space is no title's end that parts the line.
    let o = parse_checked(
        "关于开展春季灭鼠活动的通知\n二、工作安排\n1、工作布置 :区爱卫办制订下发灭鼠方案,区疾控中心做好技术指导。\n\
         2、鼠情监测:区疾控中心做好鼠情监测工作。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert!(
        t[0].text.contains("区爱卫办制订下发灭鼠方案"),
        "{}",
        t[0].text
    );
    assert_eq!(lead(t[0]), ["区爱卫办"]);
    assert_eq!(lead(t[1]), ["区疾控中心"]);
}

#[test]
fn after_a_title_of_duties_each_body_named_whole_takes_its_share() {
    // Held-out c13855: "(二)明确职责分工。" then clauses that each open with a body,
    // some with a verb no subject list knows ("乡民政办结合有关工作,适时开展…"):
    // under a title of duties, a body named whole opens its share, as under a heading
    // of duties. Under another title the same clause names no one.
    let o = parse_checked(
        "方案\n一、保障措施\n\
         (一)明确职责分工。乡团委负责做好宣传发动、组织协调工作,切实推动工程实施。乡卫生部门负责提供医疗服务;\
         乡民政办结合有关工作,适时开展关爱工作;乡司法所要加强法律知识宣传。\n\
         (二)加强关爱工作。乡团委负责做好宣传发动、组织协调工作,切实推动工程实施。乡民政办结合有关工作,适时开展关爱工作。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["乡团委", "乡民政办", "乡司法所", "乡卫生部门"]);
    assert_eq!(lead(t[1]), ["乡团委"]);
}

#[test]
fn a_preamble_that_tells_what_was_done_opens_a_report() {
    // Held-out c13879 (a town's year-end summary), c13587, c10543: a preamble that tells
    // what was done ("开展了", "促进了") and names no plan, notice or list opens a report
    // on work; its items, naming no one, are no tasks. The same items after a preamble
    // that names its plan are tasks, whatever was done before.
    let report = parse_checked(
        "为加强政务诚信建设,县财政局在系统内全面开展了自查自纠,取得了较好成效。\n\
         一是集中开展失信问题排查整治。局机关各股室全面筛查摸排。\n\
         二是加强重点领域政务诚信建设。全面开展诚信建设。\n",
    );
    assert!(all_tasks(&report).is_empty(), "{:?}", all_tasks(&report));
    let plan = parse_checked(
        "去年,全县诚信建设取得了较好成效。为进一步加强政务诚信建设,制定本方案。\n\
         一是集中开展失信问题排查整治。局机关各股室全面筛查摸排。\n\
         二是加强重点领域政务诚信建设。全面开展诚信建设。\n",
    );
    assert_eq!(all_tasks(&plan).len(), 2);
}

#[test]
fn a_sentence_that_ends_with_its_partner_opens_with_who_leads() {
    // Held-out c13862: "由X牵头,Y承担培训,Z协助完成。" The partner's clause ends the
    // text; the sentence it ends opens with who leads. Before, the partner alone was
    // read and the lead was lost. And "每年完成…任务" is the task's aim, not a deadline
    // that comes back every year.
    let o = parse_checked(
        "方案\n一、主要任务\n\
         (一)制种技术培训。每年完成0.2万人培训任务。由局种植业股牵头,县种子管理站、县农科所承担培训,相关种业公司协助完成。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["局种植业股"]);
    assert!(coop(t[0]).contains(&"相关种业公司"));
    assert!(t[0].deadline.is_none());
}

#[test]
fn a_bracket_whose_label_opens_a_line_and_whose_value_is_wrapped() {
    // Held-out c14010: "(责任单位:" on a line of its own, a blank line, then the units
    // (the page copied from a Word file puts each piece on a line). And a bracket
    // wrapped inside its list. The units are the task's; "(责任单位:市公用" that stops
    // inside a name at the end of a cut page is no wrap and is not read.
    let o = parse_checked(
        "方案\n一、主要任务\n\
         (一)确保贫困人口参加基本医保。\n\n补贴资金由州、县(市)按比例承担。\n\n(责任单位:\n\n州人力资源社会保障局、民政局)\n\
         (二)落实医疗救助。\n(责任单位:州民政局、\n州医保局)\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["州人力资源社会保障局", "民政局"]);
    assert_eq!(lead(t[1]), ["州民政局", "州医保局"]);
}

#[test]
fn a_headline_shown_twice_is_no_list_of_bodies_duties() {
    // Held-out c13998 (and c12768): a news page shows its headline "X:…" twice; two
    // entries of one body are no list of bodies' duties. Two bodies' entries still are.
    let o = parse_checked(
        "首页 资讯 正文\n\n舞阳街道:防范预付卡消费“陷阱” 守护群众“钱袋子”\n\n\
         舞阳街道:防范预付卡消费“陷阱” 守护群众“钱袋子”\n\n\
         潮新闻客户端 通讯员 近期预付卡消费维权事件高发频发,舞阳街道开展风险排查整治工作。\n",
    );
    assert!(all_tasks(&o).is_empty());
    let o = parse_checked(
        "方案\n\n县商务局:负责预付卡发卡企业备案管理。\n\n县市场监管局:负责查处预付卡消费违法行为。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert_eq!(lead(t[1]), ["县市场监管局"]);
}

#[test]
fn items_under_a_part_on_how_things_stand_are_no_tasks() {
    // Held-out c14009: "一、村集体经济发展现状" over "1.基本情况。…" and "2.扶持项目建设
    // 情况。…": how things stand, a framework part. So "一、职业健康现状和问题" (c12956).
    // Not a heading whose work's object holds the word: "(一)实地调研,摸清现状底数".
    let o = parse_checked(
        "方案\n一、村集体经济发展现状\n1.基本情况。我乡共有12个村,农业人口近3万人。\n\
         2.扶持项目建设情况。2020年扶持项目营业收入近30万元。\n\
         二、职业健康现状和问题\n1.职业病危害因素分布广。\n2.防护水平不高。\n\
         三、主要任务\n(一)实地调研,摸清现状底数。开展管网摸底工作。\n(二)编制规划。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(t.len(), 2);
    assert!(t[0].text.starts_with("实地调研"));
}

#[test]
fn a_later_subject_with_a_strong_modal_does_its_share() {
    // Held-out c14021: "…是首要任务。各乡镇人民政府(街道办事处)必须切实承担起…": the
    // subject of a later sentence with 必须 (or 务必) does the work, as with 要. Not
    // with 应, the word of rules and principles.
    let o = parse_checked(
        "方案\n一、明确目标,压实责任。挖潜扩面是首要任务。各乡镇人民政府(街道办事处)必须切实承担起保障本地粮食安全的主体责任。\n\
         二、合理划分责任。在统筹考虑事权的基础上。各县(市、区)人民政府应承担相应责任。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["各乡镇人民政府(街道办事处)"]);
    assert!(lead(t[1]).is_empty());
}

#[test]
fn an_appeal_lists_no_tasks() {
    // Held-out c14049: "…特发出以下倡议:" over "一、机关单位示范带头作表率。辖区内的机
    // 关、事业单位要率先垂范…": an appeal to everyone, its items no tasks, though they
    // name bodies with 要. So a page titled …倡议书 ("天宁街道节约用电倡议书").
    for text in [
        "您当前的位置:首页 > 内容\n为推动全社会节约能源,确保电网安全有序运行,倡导节约用电。特发出以下倡议:\n\
         一、机关单位示范带头作表率。辖区内的机关、事业单位要率先垂范、厉行节约。\n\
         二、企业单位科学用电。辖区内各企业要错峰生产。\n",
        "天宁街道节约用电倡议书\n一、机关单位示范带头作表率。辖区内的机关、事业单位要率先垂范、厉行节约。\n\
         二、企业单位科学用电。辖区内各企业要错峰生产。\n",
    ] {
        let o = parse_checked(text);
        assert!(all_tasks(&o).is_empty(), "{text}");
    }
}

#[test]
fn partners_after_a_modal_and_a_with_word() {
    // Held-out c14046: "县发改局负责统筹…,要会同县科工局、郴电国有公司做好调度": 要 before
    // 会同 is the lead unit's own word, as 负责 and 并 are.
    let o = parse_checked(
        "方案\n六、县发改局负责统筹电力调休避峰工作,要会同县科工局、郴电国有公司做好调度。\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["县发改局"]);
    assert_eq!(coop(t[0]), ["县科工局", "郴电国有公司"]);
}

#[test]
fn headings_that_ask_questions_make_an_explainer() {
    // Held-out c14039: "一、…目標任務是什麼?" and "二、…重點任務有哪些?" over "①森林。健全
    // …": a page that answers questions about a document explains it; no tasks.
    let o = parse_checked(
        "國辦發文,這些領域要實現生態保護補償全覆蓋!\n\
         一、生態補償機制建設的目標任務是什麼?\n到2020年,實現重點領域生態保護補償全覆蓋。\n\
         二、七大領域的重點任務有哪些?\n① 森林。健全國家和地方公益林補償標準動態調整機制。\n\
         ② 草原。擴大退牧還草工程實施範圍。\n",
    );
    assert!(all_tasks(&o).is_empty());
}

#[test]
fn a_first_leads_note_beside_a_note_of_what_is_not_listed() {
    // Held-out c14051: "[X、Y、Z等按职责分工负责。排名第一的为牵头单位,下同。本条及以下
    // 责任单位均包括各县市区政府(管委会),不再重复列举]": the last sentence is a note to
    // the reader too, and the first-leads rule holds.
    let o = parse_checked(
        "方案\n一、任务\n(一)稳定扩大就业。发放贷款。[市人社局、市商务局、市财政局等按职责分工负责。排名第一的为牵头单位,下同。本条及以下责任单位均包括各县市区政府(管委会),不再重复列举]\n",
    );
    let t = all_tasks(&o);
    assert_eq!(lead(t[0]), ["市人社局"]);
    assert_eq!(coop(t[0]), ["市商务局", "市财政局"]);
}

//! Bugs found by exploratory testing (explore3): a footer word among the tasks,
//! tables with line breaks in cells, 牵头 marks in unit lists, leaders with posts,
//! deadline forms, 附件 lines, 通报 titles and PDF wraps that start with a number.

mod parser_support;

use duban::parser::Outline;
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

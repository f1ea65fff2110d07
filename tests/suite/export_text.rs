//! Text for a chat and the Markdown outline, on seeds 003 and 004: every task of the
//! view appears numbered with its duties; line breaks and markup cannot break the layout.

use crate::export_support;

use duban::export::{chat_text, outline_markdown, Ledger, Row};
use duban::filter::Filter;
use export_support::*;

#[test]
fn chat_text_numbers_every_task_with_its_duties() {
    let seed = seed(SEED_003);
    let filter = unit_filter("市发改局");
    let ledger = ledger(&seed, &filter);
    let text = chat_text(&ledger);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], format!("【{}】", ledger.title));
    assert_eq!(
        lines[1],
        format!("单位：市发改局，共 {} 项任务", ledger.rows.len())
    );
    for row in &ledger.rows {
        let head = format!("{}. {}", row.ordinal, row.text);
        let at = lines.iter().position(|l| *l == head).expect(&head);
        let block: Vec<&str> = lines[at + 1..]
            .iter()
            .take_while(|l| l.starts_with("   "))
            .copied()
            .collect();
        if !row.lead_units.is_empty() {
            assert!(
                block.contains(&format!("   牵头单位：{}", row.lead_units).as_str()),
                "{block:?}"
            );
        }
        if !row.coop_units.is_empty() {
            assert!(
                block.contains(&format!("   配合单位：{}", row.coop_units).as_str()),
                "{block:?}"
            );
        }
        if !row.deadline.is_empty() {
            assert!(
                block.contains(&format!("   完成时限：{}", row.deadline).as_str()),
                "{block:?}"
            );
        }
        assert!(
            block.contains(&format!("   状态：{}", row.status).as_str()),
            "{block:?}"
        );
    }
    assert!(text.contains("   牵头领导：市长、副市长"));
}

/// The indented lines under task `ordinal` of a chat text.
fn block_of(text: &str, ordinal: usize) -> Vec<String> {
    let prefix = format!("{ordinal}. ");
    text.lines()
        .skip_while(|l| !l.starts_with(&prefix))
        .skip(1)
        .take_while(|l| l.starts_with("   "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn chat_text_leaves_out_the_status_of_a_task_with_nothing_to_report() {
    let row = |ordinal: usize, deadline: &str, status: &str| Row {
        ordinal,
        text: format!("任务{ordinal}"),
        lead_units: "区发改局".to_owned(),
        deadline: deadline.to_owned(),
        status: status.to_owned(),
        ..Row::default()
    };
    let ledger = Ledger {
        title: "2023年工作要点".to_owned(),
        filter: "全部任务".to_owned(),
        date: "2026-11-22".to_owned(),
        rows: vec![
            row(1, "持续推进", "无期限"),
            row(2, "", "无期限"),
            row(3, "持续推进", "已完成"),
            row(4, "6月底前", "逾期"),
            row(5, "12月底前", "未到期"),
        ],
    };
    let text = chat_text(&ledger);
    assert!(!text.contains("无期限"), "{text}");
    assert_eq!(
        block_of(&text, 1),
        ["   牵头单位：区发改局", "   完成时限：持续推进"]
    );
    assert_eq!(block_of(&text, 2), ["   牵头单位：区发改局"]);
    assert_eq!(
        block_of(&text, 3),
        [
            "   牵头单位：区发改局",
            "   完成时限：持续推进",
            "   状态：已完成"
        ]
    );
    assert_eq!(
        block_of(&text, 4),
        [
            "   牵头单位：区发改局",
            "   完成时限：6月底前",
            "   状态：逾期"
        ]
    );
    assert!(block_of(&text, 5).contains(&"   状态：未到期".to_owned()));
}

#[test]
fn chat_text_keeps_each_task_on_its_numbered_block() {
    let seed = seed(SEED_004);
    let ledger = ledger(&seed, &Filter::default());
    let text = chat_text(&ledger);
    assert!(text.contains("1. 推进\"数字政府\"建设,提升效能 第二行：\"最多跑一次\"\n"));
    assert!(text.contains("   备注：已报送,待审核 联系人：\"张三\"\n"));
    let numbered = text
        .lines()
        .filter(|l| {
            l.split_once(". ")
                .is_some_and(|(n, _)| n.parse::<usize>().is_ok())
        })
        .count();
    assert_eq!(numbered, ledger.rows.len());
}

#[test]
fn markdown_outline_has_sections_as_headings_and_tasks_as_items() {
    let seed = seed(SEED_004);
    let filter = Filter::default();
    let matches = seed.index.apply(&filter, &|_| false);
    let md = outline_markdown(&seed.index, &filter, &matches, "2026-11-22");
    let titles: Vec<&str> = seed
        .outline
        .documents
        .iter()
        .filter_map(|d| d.title.as_deref())
        .collect();
    assert_eq!(titles.len(), 2, "004 holds two documents");
    assert!(
        md.starts_with(&format!("# {}\n", titles.join(" / "))),
        "{md}"
    );
    // One heading per document.
    for t in &titles {
        assert!(md.contains(&format!("\n## {t}\n")), "{md}");
    }
    let doc = &seed.outline.documents[0];
    assert!(md.contains(&format!(
        "> 全部任务 · 共 {} 项任务 · 导出日期 2026-11-22",
        seed.index.task_count()
    )));
    let top = &doc.nodes[0];
    let heading = if seed.outline.documents.len() > 1 {
        "###"
    } else {
        "##"
    };
    assert!(
        md.contains(&format!(
            "\n{heading} {}{}\n",
            top.number.as_deref().unwrap(),
            top.text
        )),
        "{md}"
    );
    let items = md
        .lines()
        .filter(|l| l.trim_start().starts_with("- "))
        .count();
    assert_eq!(items, seed.index.task_count());
    // The tricky first task: quotes stay, the newline becomes a space.
    assert!(md.contains("推进\"数字政府\"建设,提升效能 第二行：\"最多跑一次\""));
    // A 民生实事 item keeps its paragraph (its target) in its list item.
    let item = md
        .lines()
        .position(|l| l.contains("“专曙健康”项目"))
        .expect("the item is there");
    let next = md.lines().nth(item + 1).unwrap_or_default();
    assert!(md.lines().nth(item).unwrap().ends_with('\\'), "{md}");
    assert!(
        next.trim_start().starts_with("目标任务") && next.contains("新增医院床位500张"),
        "{next}"
    );
}

#[test]
fn markdown_of_a_filtered_view_keeps_only_its_tasks_and_their_sections() {
    let seed = seed(SEED_003);
    let filter = unit_filter("市发改局");
    let matches = seed.index.apply(&filter, &|_| false);
    let md = outline_markdown(&seed.index, &filter, &matches, "2026-11-22");
    let items = md
        .lines()
        .filter(|l| l.trim_start().starts_with("- "))
        .count();
    assert_eq!(items, matches.task_count);
    assert!(md.contains("> 单位：市发改局 · "));
    assert!(md.contains("牵头单位：市发改局"));
}

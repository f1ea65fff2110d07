//! Text for a chat and the Markdown outline, on seeds 003 and 004: every task of the
//! view appears numbered with its duties; line breaks and markup cannot break the layout.

use crate::export_support;

use duban::export::{chat_text, outline_markdown, Ledger, Row};
use duban::filter::Filter;
use export_support::*;

/// The indented lines under the task line `head` of a chat text (its first one).
fn block_after(text: &str, head: &str) -> Vec<String> {
    text.lines()
        .skip_while(|l| *l != head)
        .skip(1)
        .take_while(|l| l.starts_with("   "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn chat_text_keeps_the_source_numbers_and_headings_with_the_duties() {
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
    // Every task in order, numbered as in the document, each after the headings it is
    // under there.
    let mut at = 2;
    for row in &ledger.rows {
        let head = format!("{}{}", row.number, row.text);
        let found = lines[at..]
            .iter()
            .position(|l| *l == head)
            .unwrap_or_else(|| panic!("{head} after line {at}"));
        let before = &lines[..at + found];
        for heading in &row.path {
            assert!(
                before.contains(&heading.as_str()),
                "{heading} before {head}"
            );
        }
        at += found + 1;
        let block: Vec<&str> = lines[at..]
            .iter()
            .take_while(|l| l.starts_with("   "))
            .copied()
            .collect();
        for (label, value) in [
            ("牵头单位", &row.lead_units),
            ("配合单位", &row.coop_units),
            ("完成时限", &row.deadline),
            ("我的期限", &row.my_due),
            ("状态", &row.status),
        ] {
            if !value.is_empty() {
                assert!(
                    block.contains(&format!("   {label}：{value}").as_str()),
                    "{block:?}"
                );
            }
        }
    }
    assert!(text.contains("   牵头领导：市长、副市长"));
    // A heading is written once for the tasks under it, not before each.
    let first_section = &ledger.rows[0].path[0];
    assert_eq!(
        lines
            .iter()
            .filter(|l| **l == first_section.as_str())
            .count(),
        1
    );
}

#[test]
fn chat_text_leaves_out_the_status_of_a_task_with_nothing_to_report() {
    let row = |ordinal: usize, deadline: &str, status: &str| Row {
        ordinal,
        number: format!("{ordinal}."),
        text: format!("任务{ordinal}"),
        lead_units: "区发改局".to_owned(),
        deadline: deadline.to_owned(),
        status: status.to_owned(),
        ..Row::default()
    };
    let mut mine = row(6, "6月底前", "未到期");
    mine.my_due = "2026-12-31".to_owned();
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
            mine,
        ],
    };
    let text = chat_text(&ledger);
    assert!(!text.contains("无期限"), "{text}");
    assert_eq!(
        block_after(&text, "1.任务1"),
        ["   牵头单位：区发改局", "   完成时限：持续推进"]
    );
    assert_eq!(block_after(&text, "2.任务2"), ["   牵头单位：区发改局"]);
    assert_eq!(
        block_after(&text, "3.任务3"),
        [
            "   牵头单位：区发改局",
            "   完成时限：持续推进",
            "   状态：已完成"
        ]
    );
    assert_eq!(
        block_after(&text, "4.任务4"),
        [
            "   牵头单位：区发改局",
            "   完成时限：6月底前",
            "   状态：逾期"
        ]
    );
    assert!(block_after(&text, "5.任务5").contains(&"   状态：未到期".to_owned()));
    // The user's own due date beside the document's deadline.
    assert_eq!(
        block_after(&text, "6.任务6"),
        [
            "   牵头单位：区发改局",
            "   完成时限：6月底前",
            "   我的期限：2026-12-31",
            "   状态：未到期"
        ]
    );
}

#[test]
fn chat_text_keeps_each_task_on_its_block_and_names_each_document() {
    let seed = seed(SEED_004);
    let ledger = ledger(&seed, &Filter::default());
    let text = chat_text(&ledger);
    let first = &ledger.rows[0];
    assert!(text.contains(&format!(
        "{}推进\"数字政府\"建设,提升效能 第二行：\"最多跑一次\"\n",
        first.number
    )));
    assert!(text.contains("   备注：已报送,待审核 联系人：\"张三\"\n"));
    for doc in &seed.outline.documents {
        let title = format!("《{}》", doc.title.as_deref().unwrap());
        assert_eq!(text.lines().filter(|l| *l == title).count(), 1, "{title}");
    }
}

#[test]
fn a_unit_chat_text_lists_its_lead_tasks_then_its_cooperating_ones() {
    use duban::export::{unit_chat_text, UnitLedger};
    let seed = seed(SEED_003);
    let filter = Filter::default();
    let matches = seed.index.apply(&filter, &|_| false);
    let book = UnitLedger::of_view(&seed.index, &filter, &matches, "2026-11-22", |_| {
        duban::export::Mark::default()
    });
    let units = seed.index.units();
    assert_eq!(book.units.len(), units.len());
    for (sheet, stat) in book.units.iter().zip(&units) {
        assert_eq!(sheet.unit, stat.name);
        assert_eq!((sheet.lead.len(), sheet.coop.len()), (stat.lead, stat.coop));
        assert!(sheet.lead.windows(2).all(|w| w[0].ordinal < w[1].ordinal));
        assert!(sheet.coop.windows(2).all(|w| w[0].ordinal < w[1].ordinal));
    }
    let fgj = book.units.iter().find(|u| u.unit == "市发改局").unwrap();
    let text = unit_chat_text(&book.title, &book.date, fgj);
    assert!(text.contains(&format!(
        "市发改局：牵头 {} 项，配合 {} 项（2026-11-22）",
        fgj.lead.len(),
        fgj.coop.len()
    )));
    let lead_at = text.find("＝＝ 牵头的任务").unwrap();
    let coop_at = text.find("＝＝ 配合的任务").unwrap();
    assert!(lead_at < coop_at);
    for r in &fgj.lead {
        let at = text.find(&format!("{}{}\n", r.number, r.text)).unwrap();
        assert!(at > lead_at && at < coop_at, "{}", r.text);
    }
    for r in &fgj.coop {
        let at = text.rfind(&format!("{}{}\n", r.number, r.text)).unwrap();
        assert!(at > coop_at, "{}", r.text);
    }
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

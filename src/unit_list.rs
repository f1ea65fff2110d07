//! An office's own list of units (issue 14): a CSV made in Excel with the header
//! 名称,简称,别名, one unit a row, its aliases separated by 、 or ; (；). Imported, the
//! names of each row become one unit (as if the user had merged them); exported, the
//! page's merged units are written in the same form, to share with colleagues.
//!
//! A list is taken whole or not at all: a row that does not read, or one that gives a
//! name to two units (the same name, by [`merge_key`], in two rows), is refused with its
//! line number, and nothing changes.

use std::collections::HashMap;

use crate::export::{neutralised, BOM};
use crate::filter::UnitStat;
use crate::units::merge_key;

/// The header of the list, in order.
pub const HEADER: [&str; 3] = ["名称", "简称", "别名"];

/// One row of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedUnit {
    /// The line of the file it starts on (1-based).
    pub line: usize,
    /// 名称.
    pub name: String,
    /// 简称, if given.
    pub short: Option<String>,
    /// 别名.
    pub aliases: Vec<String>,
}

impl ListedUnit {
    /// 名称, 简称 and every 别名.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.short.as_deref())
            .chain(self.aliases.iter().map(String::as_str))
    }
}

/// Why a list was refused, in Chinese, with the line where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "单位名单未导入，没有任何改动：第 {} 行{}",
            self.line, self.message
        )
    }
}

fn refuse(line: usize, message: impl Into<String>) -> ListError {
    ListError {
        line,
        message: message.into(),
    }
}

/// Reads a list (the decoded text of the file); every row, or why it is refused.
pub fn read_unit_list(text: &str) -> Result<Vec<ListedUnit>, ListError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut header_seen = false;
    let mut rows: Vec<ListedUnit> = Vec::new();
    // Merge key of each name → (line, 名称) of the row that gives it.
    let mut owner: HashMap<String, (usize, String)> = HashMap::new();
    // The line of a byte offset (the reader's own line count is off after a CRLF).
    // A position may be just before the line break that ends the record before.
    let line_at = |byte: u64| {
        let b = text.as_bytes();
        let mut end = (byte as usize).min(b.len());
        while end < b.len() && matches!(b[end], b'\r' | b'\n') {
            end += 1;
        }
        1 + b[..end].iter().filter(|&&c| c == b'\n').count()
    };
    loop {
        let start = reader.position().byte();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(start, |p| p.byte());
                return Err(refuse(line_at(at), "无法读取（引号不成对？）。"));
            }
        }
        let line = line_at(record.position().map_or(start, |p| p.byte()));
        let cells: Vec<&str> = record.iter().map(str::trim).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        if !header_seen {
            if cells.len() < 3 || cells[..3] != HEADER {
                return Err(refuse(
                    line,
                    "不是单位名单的表头：第一行应为“名称,简称,别名”。",
                ));
            }
            header_seen = true;
            continue;
        }
        let cell = |i: usize| cells.get(i).copied().unwrap_or_default();
        if cell(0).is_empty() {
            return Err(refuse(line, "没有“名称”。"));
        }
        let aliases: Vec<String> = cell(2)
            .split(['、', ';', '；'])
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect();
        let row = ListedUnit {
            line,
            name: cell(0).to_owned(),
            short: (!cell(1).is_empty()).then(|| cell(1).to_owned()),
            aliases,
        };
        for n in row.names() {
            let key = merge_key(n);
            match owner.get(&key) {
                Some((at, other)) if *at != line => {
                    return Err(refuse(
                        line,
                        format!(
                            "的“{n}”已在第 {at} 行属于“{other}”：一个名称不能属于两个单位，请改正后再导入。"
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    owner.insert(key, (line, row.name.clone()));
                }
            }
        }
        rows.push(row);
    }
    if !header_seen {
        return Err(refuse(1, "是空的：没有“名称,简称,别名”的表头。"));
    }
    Ok(rows)
}

/// The merged units as a list to share, its rows: 名称 the name shown, 简称 the shortest
/// other name when shorter, 别名 the rest. Groups (各镇(街道)) are left out: they are no
/// unit of an office. The page gathers the rows and the export worker writes them
/// ([`unit_list_csv`]), so that the page does not link the CSV writer.
pub fn unit_list_rows(units: &[UnitStat]) -> Vec<[String; 3]> {
    units
        .iter()
        .filter(|u| !u.collective)
        .map(|u| {
            let others: Vec<&String> = u.names.iter().filter(|n| **n != u.name).collect();
            let short = others
                .iter()
                .copied()
                .filter(|n| n.chars().count() < u.name.chars().count())
                .min_by_key(|n| n.chars().count());
            let aliases: Vec<&str> = others
                .iter()
                .filter(|n| Some(**n) != short)
                .map(|n| n.as_str())
                .collect();
            [
                u.name.clone(),
                short.cloned().unwrap_or_default(),
                aliases.join("、"),
            ]
        })
        .collect()
}

/// The list's rows as CSV, under [`HEADER`], each cell [`neutralised`]: UTF-8 with a
/// byte-order mark (for Excel), CRLF.
pub fn unit_list_csv(rows: &[[String; 3]]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    writer
        .write_record(HEADER)
        .expect("writing to memory cannot fail");
    for cells in rows {
        writer
            .write_record(cells.iter().map(|c| neutralised(c).into_owned()))
            .expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("flushing to memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_with_short_names_and_aliases() {
        let text = "\u{feff}名称,简称,别名\r\n区发展和改革局,区发改局,区发改委、区物价局\r\n\r\n区城市管理局,,区城市管理执法局；区城管局\r\n";
        let rows = read_unit_list(text).expect("reads");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].short.as_deref(), Some("区发改局"));
        assert_eq!(rows[0].aliases, ["区发改委", "区物价局"]);
        assert_eq!(rows[1].line, 4);
        assert_eq!(rows[1].names().count(), 3);
    }

    #[test]
    fn a_name_in_two_rows_is_refused_with_its_line() {
        // 区发改局 is the merge key of 区发展和改革局 too: one name, two units.
        let text = "名称,简称,别名\n区发展和改革局,,\n区物价局,,区发改局\n";
        let e = read_unit_list(text).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.to_string().contains("第 3 行"), "{e}");
        assert!(e.to_string().contains("第 2 行"), "{e}");
    }

    #[test]
    fn a_wrong_header_or_no_name_is_refused() {
        assert_eq!(read_unit_list("单位,备注\n甲,乙\n").unwrap_err().line, 1);
        assert_eq!(
            read_unit_list("名称,简称,别名\n,甲,\n").unwrap_err().line,
            2
        );
        assert_eq!(read_unit_list("").unwrap_err().line, 1);
    }

    #[test]
    fn the_merged_list_reads_back() {
        let units = vec![UnitStat {
            key: "区发改局".into(),
            name: "区发展和改革局".into(),
            names: vec![
                "区发展和改革局".into(),
                "区发改局".into(),
                "区发改委".into(),
            ],
            collective: false,
            lead: 1,
            coop: 0,
        }];
        let bytes = unit_list_csv(&unit_list_rows(&units));
        let text = String::from_utf8(bytes).unwrap();
        let rows = read_unit_list(&text).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].short.as_deref(), Some("区发改局"));
        assert_eq!(rows[0].aliases, ["区发改委"]);
    }

    #[test]
    fn the_worker_writes_the_same_list() {
        use crate::export::worker_protocol::{answer, Export, ExportRequest, CSV_MIME};
        let unit = |name: &str, names: &[&str], collective| UnitStat {
            key: name.into(),
            name: name.into(),
            names: names.iter().map(|&n| n.into()).collect(),
            collective,
            lead: 1,
            coop: 0,
        };
        let units = vec![
            unit(
                "区发展和改革局",
                &["区发展和改革局", "区发改局", "区发改委", "=区物价局"],
                false,
            ),
            unit("各镇(街道)", &["各镇(街道)"], true),
            unit("区\"城管\"局,执法", &["区\"城管\"局,执法"], false),
        ];
        let request = serde_json::to_string(&ExportRequest {
            id: 4,
            export: Export::UnitListCsv(unit_list_rows(&units)),
        })
        .unwrap();
        let (id, result) = answer(&request);
        assert_eq!(id, 4);
        let file = result.unwrap();
        assert_eq!((file.mime, file.ext), (CSV_MIME, "csv"));
        assert_eq!(file.bytes, unit_list_csv(&unit_list_rows(&units)));
        let text = String::from_utf8(file.bytes).unwrap();
        assert_eq!(
            text,
            "\u{feff}名称,简称,别名\r\n区发展和改革局,区发改局,区发改委、=区物价局\r\n\"区\"\"城管\"\"局,执法\",,\r\n"
        );
    }
}

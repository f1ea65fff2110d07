//! The 台账 as CSV: UTF-8 with a byte-order mark so that Excel reads the Chinese
//! correctly, fields quoted by the `csv` crate where they hold commas, quotes or newlines.

use super::rows::{Row, COLUMNS};

/// The UTF-8 byte-order mark Excel needs to recognise UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The header row and one record per row, CRLF line ends (what Excel writes).
pub fn ledger_csv(rows: &[Row]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing into a Vec cannot fail, and every record has the same number of fields.
    writer
        .write_record(COLUMNS)
        .expect("writing to memory cannot fail");
    for row in rows {
        writer
            .write_record(row.cells())
            .expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("flushing to memory cannot fail")
}

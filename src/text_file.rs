//! Telling what a dropped or opened file holds before it becomes a paste.
//!
//! UTF-8 is decoded here; for UTF-16 and the Chinese legacy encodings (GBK/GB18030, common
//! for .txt files saved on Windows) this only says which decoder the browser must use,
//! since the browser's TextDecoder already carries those tables. A .docx and a web page
//! (HTML or MHTML, often named .doc) go to the document reader (`crate::docx`,
//! `crate::web_page`, in the document worker); other binary files (.doc, .wps, .pdf,
//! images) are refused with a message in Chinese instead of becoming mojibake.

/// What a file's bytes are.
#[derive(Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// Valid UTF-8 (a leading BOM removed).
    Utf8(String),
    /// Has a UTF-16 byte-order mark; decode with the browser's "utf-16le"/"utf-16be".
    Utf16 { big_endian: bool },
    /// Not UTF-8 but plausible text: try the browser's "gb18030" decoder (a superset of GBK).
    Legacy,
    /// A ZIP archive that is no spreadsheet or presentation: a .docx for the reader.
    Docx,
    /// An HTML page or an MHTML file (Word's "web page" saved as .doc): read as text.
    WebPage,
    /// Not text; the message says why, in Chinese.
    Refused(&'static str),
}

const OFFICE_ZIP: &[u8] = b"PK\x03\x04";
const OLE_DOC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0];
const PDF: &[u8] = b"%PDF";

pub const MSG_WORD: &str = "这是旧版 Word/WPS 文件（.doc/.wps），不能直接读取。请在 Word/WPS 中另存为 .docx 后再打开，或复制全文粘贴到这里。";
pub const MSG_EXCEL: &str = "这是 Excel/WPS 表格文件，不能直接读取。请在表格中选中任务所在的区域（连同表头）复制后粘贴到这里，或另存为 CSV 文件再打开。";
pub const MSG_SLIDES: &str =
    "这是 PowerPoint/WPS 演示文件，不能直接读取。请复制其中的文字后粘贴到这里。";
pub const MSG_PDF: &str = "这是 PDF 文件，不能直接读取。PDF 请在阅读器中复制全文后粘贴到这里。";
pub const MSG_BINARY: &str =
    "这个文件不是文本文件，无法读取。请打开 .txt 文件，或直接粘贴文件正文。";
pub const MSG_EMPTY: &str = "文件是空的，没有可以解析的内容。";
pub const MSG_UNDECODABLE: &str =
    "无法识别这个文件的文字编码。请用记事本另存为 UTF-8 编码后再打开，或直接粘贴正文。";

pub fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.is_empty() {
        return Sniffed::Refused(MSG_EMPTY);
    }
    if bytes.starts_with(OFFICE_ZIP) {
        return match office_message(bytes) {
            MSG_WORD => Sniffed::Docx,
            other => Sniffed::Refused(other),
        };
    }
    if bytes.starts_with(OLE_DOC) {
        return Sniffed::Refused(office_message(bytes));
    }
    if bytes.starts_with(PDF) {
        return Sniffed::Refused(MSG_PDF);
    }
    if crate::web_page::is_web_page(bytes) {
        return Sniffed::WebPage;
    }
    match bytes {
        [0xFF, 0xFE, ..] => return Sniffed::Utf16 { big_endian: false },
        [0xFE, 0xFF, ..] => return Sniffed::Utf16 { big_endian: true },
        _ => {}
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(body) {
        return Sniffed::Refused(MSG_BINARY);
    }
    match std::str::from_utf8(body) {
        Ok(text) => Sniffed::Utf8(text.to_owned()),
        Err(_) => Sniffed::Legacy,
    }
}

/// The text of a file that [`sniff`] gives to the document reader ([`Sniffed::Docx`],
/// [`Sniffed::WebPage`]); a web page's charset is decoded by `decode(bytes, charset)`.
/// Any other file is the message [`sniff`] has for it.
pub fn document_text(
    bytes: &[u8],
    decode: impl Fn(&[u8], &str) -> Option<String>,
) -> Result<String, &'static str> {
    match sniff(bytes) {
        Sniffed::Docx => crate::docx::docx_text(bytes).map_err(crate::docx::DocxError::message),
        Sniffed::WebPage => crate::web_page::page_text(bytes, decode),
        Sniffed::Refused(message) => Err(message),
        Sniffed::Utf8(_) | Sniffed::Utf16 { .. } | Sniffed::Legacy => Err(MSG_BINARY),
    }
}

/// Which Office program a .docx/.xlsx/.pptx (a zip whose part names say: `word/`,
/// `xl/`, `ppt/`) or an old .doc/.xls/.ppt (whose stream names say, in UTF-16) is for;
/// a .docx with a password is an OLE file holding an `EncryptedPackage` stream.
fn office_message(bytes: &[u8]) -> &'static str {
    let has = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
    let utf16 =
        |name: &str| -> Vec<u8> { name.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    if bytes.starts_with(OLE_DOC) && has(&utf16("EncryptedPackage")) {
        crate::docx::MSG_ENCRYPTED
    } else if has(b"xl/") || has(&utf16("Workbook")) {
        MSG_EXCEL
    } else if has(b"ppt/") || has(&utf16("PowerPoint Document")) {
        MSG_SLIDES
    } else {
        MSG_WORD
    }
}

/// A CSV file (e.g. a 台账 saved from Excel, or this app's own export) as the text of a
/// table copied from a spreadsheet: one line per record, cells separated by tabs. A line
/// break inside a cell becomes a space, so that a record stays one row; tabs inside a
/// cell become spaces too. A record that does not read (bad quoting) is kept as its raw
/// line, so nothing is dropped.
pub fn csv_as_table(text: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = String::with_capacity(text.len());
    let mut record = csv::StringRecord::new();
    loop {
        let start = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let cells: Vec<String> = record
                    .iter()
                    .map(|c| {
                        c.split(['\r', '\n', '\t'])
                            .filter(|p| !p.is_empty())
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                out.push_str(&cells.join("\t"));
            }
            Err(_) => {
                let end = reader.position().byte() as usize;
                out.push_str(text.get(start..end).unwrap_or_default().trim_end());
            }
        }
        out.push('\n');
    }
    out
}

/// NUL bytes or many control characters in the first 8 KiB mean this is no text file.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    head.contains(&0) || controls * 20 > head.len()
}

/// A decoded legacy text is accepted only when the decoder met no invalid sequence
/// (it reports them as U+FFFD) and it reads as text.
pub fn accept_decoded(text: &str) -> Result<&str, &'static str> {
    if text.contains('\u{FFFD}') || text.trim().is_empty() {
        Err(MSG_UNDECODABLE)
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            sniff("一、总体要求".as_bytes()),
            Sniffed::Utf8("一、总体要求".into())
        );
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice("责任单位".as_bytes());
        assert_eq!(sniff(&bom), Sniffed::Utf8("责任单位".into()));
    }

    #[test]
    fn gbk_bytes_go_to_the_legacy_decoder() {
        // "责任单位" in GBK.
        let gbk = [0xD4, 0xF0, 0xC8, 0xCE, 0xB5, 0xA5, 0xCE, 0xBB];
        assert_eq!(sniff(&gbk), Sniffed::Legacy);
    }

    #[test]
    fn utf16_boms() {
        assert_eq!(
            sniff(&[0xFF, 0xFE, 0x00, 0x4E]),
            Sniffed::Utf16 { big_endian: false }
        );
        assert_eq!(
            sniff(&[0xFE, 0xFF, 0x4E, 0x00]),
            Sniffed::Utf16 { big_endian: true }
        );
    }

    #[test]
    fn office_pdf_binary_and_empty_files_are_refused() {
        assert_eq!(sniff(b"PK\x03\x04rest-of-docx"), Sniffed::Docx);
        assert_eq!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1]),
            Sniffed::Refused(MSG_WORD)
        );
        assert_eq!(sniff(b"%PDF-1.7\n"), Sniffed::Refused(MSG_PDF));
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Sniffed::Refused(MSG_BINARY)
        );
        assert_eq!(sniff(b""), Sniffed::Refused(MSG_EMPTY));
    }

    #[test]
    fn spreadsheets_and_slides_are_named_as_such() {
        let zip = |part: &str| [b"PK\x03\x04".as_slice(), &[0; 26], part.as_bytes()].concat();
        assert_eq!(
            sniff(&zip("[Content_Types].xml word/document.xml")),
            Sniffed::Docx
        );
        assert_eq!(
            sniff(&zip("[Content_Types].xml xl/workbook.xml")),
            Sniffed::Refused(MSG_EXCEL)
        );
        assert_eq!(
            sniff(&zip("[Content_Types].xml ppt/presentation.xml")),
            Sniffed::Refused(MSG_SLIDES)
        );
        let ole = |stream: &str| {
            let name: Vec<u8> = stream.encode_utf16().flat_map(u16::to_le_bytes).collect();
            [[0xD0, 0xCF, 0x11, 0xE0].as_slice(), &[0; 60], &name].concat()
        };
        assert_eq!(sniff(&ole("WordDocument")), Sniffed::Refused(MSG_WORD));
        assert_eq!(sniff(&ole("Workbook")), Sniffed::Refused(MSG_EXCEL));
        // A .docx with an open password is an OLE file too.
        assert_eq!(
            sniff(&ole("EncryptionInfo EncryptedPackage")),
            Sniffed::Refused(crate::docx::MSG_ENCRYPTED)
        );
    }

    #[test]
    fn web_pages_saved_as_doc_go_to_the_reader() {
        assert_eq!(
            sniff(b"<html><body><p>x</p></body></html>"),
            Sniffed::WebPage
        );
        assert_eq!(
            sniff(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x"),
            Sniffed::WebPage
        );
    }

    #[test]
    fn csv_records_become_table_rows() {
        let csv = "序号,任务内容,牵头单位\r\n1,\"推进\"\"数字政府\"\"建设,提升效能\n第二行\",市大数据局\r\n2,\t新建书房,市文广局\r\n";
        assert_eq!(
            csv_as_table(csv),
            "序号\t任务内容\t牵头单位\n1\t推进\"数字政府\"建设,提升效能 第二行\t市大数据局\n2\t新建书房\t市文广局\n"
        );
        // Nothing is dropped, whatever the quoting.
        let odd = "a,\"b\nc";
        assert!(csv_as_table(odd).contains('b') && csv_as_table(odd).contains('c'));
    }

    #[test]
    fn decoded_text_with_replacement_characters_is_refused() {
        assert_eq!(accept_decoded("一、总体要求"), Ok("一、总体要求"));
        assert_eq!(accept_decoded("乱\u{FFFD}码"), Err(MSG_UNDECODABLE));
        assert_eq!(accept_decoded("  \n"), Err(MSG_UNDECODABLE));
    }
}

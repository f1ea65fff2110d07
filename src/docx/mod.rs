//! The .docx reader: a Word (or WPS) file's bytes → the text the parser reads, as a
//! careful copy of the document would give it, with the automatic numbers written out.
//!
//! Pure Rust with no web types (tested natively, run in the browser by the document
//! worker, `src/bin/docx_worker.rs`). The parts: [`zip`] takes the parts out of the
//! archive, [`styles`] and [`numbering`] read the list definitions and render numbers
//! (ECMA-376 part 1, §17.9), [`body`] walks `word/document.xml`, [`table`] lays tables
//! out as tab-separated rows.

mod body;
pub mod numbering;
mod styles;
mod table;
mod xml;
/// Public for the tests, which read the parts of the .xlsx files we write with it.
pub mod zip;

pub use zip::crc32;

use crate::text_file::{MSG_EXCEL, MSG_SLIDES};

/// Why a .docx could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocxError {
    /// Not a complete ZIP archive, a part that does not inflate or fails its check, or
    /// XML that does not read.
    Damaged,
    /// Password-protected parts.
    Encrypted,
    /// A part packed with a method other than stored or deflated.
    Unsupported,
    /// An Office file of another program (the message says which).
    NotWord(&'static str),
    /// The document holds no text.
    Empty,
}

pub const MSG_DAMAGED: &str = "这个 Word 文件已损坏或不完整，无法读取。请在 Word/WPS 中打开它并另存为 .docx 后再试，或复制全文粘贴到这里。";
pub const MSG_ENCRYPTED: &str = "这个 Word 文件设置了打开密码（已加密），无法读取。请在 Word/WPS 中取消密码后另存为 .docx，或复制全文粘贴到这里。";
pub const MSG_UNSUPPORTED: &str =
    "这个 Word 文件的压缩方式无法识别。请在 Word/WPS 中另存为 .docx 后再试，或复制全文粘贴到这里。";
pub const MSG_NO_TEXT: &str = "这个 Word 文件中没有文字，没有可以解析的内容。";

impl DocxError {
    /// The message for the user, in Chinese.
    pub fn message(self) -> &'static str {
        match self {
            DocxError::Damaged => MSG_DAMAGED,
            DocxError::Encrypted => MSG_ENCRYPTED,
            DocxError::Unsupported => MSG_UNSUPPORTED,
            DocxError::NotWord(message) => message,
            DocxError::Empty => MSG_NO_TEXT,
        }
    }
}

const MAIN_TYPES: &[&str] = &[
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
];
const NUMBERING_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
const STYLES_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";

/// The text of a .docx (or .docm/.dotx), lines separated by `\n`.
pub fn docx_text(bytes: &[u8]) -> Result<String, DocxError> {
    let archive = zip::Archive::open(bytes)?;
    // Part names from [Content_Types].xml, where Word and WPS list them; the usual
    // names when it does not say.
    let mut overrides: Vec<(String, String)> = Vec::new();
    if let Some(types) = archive.read("[Content_Types].xml")? {
        xml::walk(&decode(&types)?, |node| {
            if let xml::Node::Open(e) = node {
                if xml::name(&e) == "Override" {
                    if let (Some(part), Some(kind)) =
                        (xml::attr(&e, "PartName"), xml::attr(&e, "ContentType"))
                    {
                        overrides.push((part, kind));
                    }
                }
            }
        })?;
    }
    let part_of = |types: &[&str], fallback: &str| -> String {
        overrides
            .iter()
            .find(|(_, kind)| types.contains(&kind.as_str()))
            .map_or_else(|| fallback.to_owned(), |(part, _)| part.clone())
    };
    let Some(document) = archive.read(&part_of(MAIN_TYPES, "word/document.xml"))? else {
        return Err(if archive.has("xl/workbook.xml") {
            DocxError::NotWord(MSG_EXCEL)
        } else if archive.has("ppt/presentation.xml") {
            DocxError::NotWord(MSG_SLIDES)
        } else {
            DocxError::Damaged
        });
    };
    let styles = match archive.read(&part_of(&[STYLES_TYPE], "word/styles.xml"))? {
        Some(bytes) => styles::Styles::parse(&decode(&bytes)?)?,
        None => styles::Styles::default(),
    };
    let mut numbering = match archive.read(&part_of(&[NUMBERING_TYPE], "word/numbering.xml"))? {
        Some(bytes) => numbering::Numbering::parse(&decode(&bytes)?)?,
        None => numbering::Numbering::default(),
    };
    let text = body::text(&decode(&document)?, &mut numbering, &styles)?;
    if text.trim().is_empty() {
        return Err(DocxError::Empty);
    }
    Ok(text)
}

/// An XML part's text: UTF-8 (a BOM removed), or UTF-16 with its BOM.
fn decode(bytes: &[u8]) -> Result<String, DocxError> {
    let utf16 = |big: bool| -> Result<String, DocxError> {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if big {
                    u16::from_be_bytes([c[0], c[1]])
                } else {
                    u16::from_le_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| DocxError::Damaged)
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        _ => {
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            String::from_utf8(body.to_vec()).map_err(|_| DocxError::Damaged)
        }
    }
}

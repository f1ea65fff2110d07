//! Builds real .docx files for the reader's tests: a ZIP archive written here (stored or
//! deflated parts, CRC-32 and central directory as Word writes them) holding minimal
//! WordprocessingML parts. Word and WPS open files built this way.
#![allow(dead_code)]

pub const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A ZIP archive of `parts` (name, bytes); `deflate` compresses every part.
pub fn zip(parts: &[(&str, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in parts {
        let crc = duban::docx::crc32(data);
        let (method, packed): (u16, Vec<u8>) = if deflate {
            (8, miniz_oxide::deflate::compress_to_vec(data, 6))
        } else {
            (0, data.clone())
        };
        let offset = out.len() as u32;
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&sig.to_le_bytes());
            if central {
                h.extend_from_slice(&20u16.to_le_bytes()); // made by
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // needed
            h.extend_from_slice(&0u16.to_le_bytes()); // flags
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&0u32.to_le_bytes()); // time, date
            h.extend_from_slice(&crc.to_le_bytes());
            h.extend_from_slice(&(packed.len() as u32).to_le_bytes());
            h.extend_from_slice(&(data.len() as u32).to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra
            if central {
                h.extend_from_slice(&0u16.to_le_bytes()); // comment
                h.extend_from_slice(&0u16.to_le_bytes()); // disk
                h.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
                h.extend_from_slice(&0u32.to_le_bytes()); // external attributes
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend_from_slice(&packed);
        directory.extend(header(0x0201_4b50, true));
    }
    let dir_offset = out.len() as u32;
    out.extend_from_slice(&directory);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
    out.extend_from_slice(&dir_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// The parts of a .docx whose body is `body` (the content of `w:body`), with the given
/// `w:numbering` and `w:styles` content.
pub fn docx_parts(body: &str, numbering: &str, styles: &str) -> Vec<(&'static str, Vec<u8>)> {
    let ns = format!(
        r#"xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#
    );
    let head = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
    vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", ROOT_RELS.as_bytes().to_vec()),
        ("word/_rels/document.xml.rels", DOC_RELS.as_bytes().to_vec()),
        (
            "word/document.xml",
            format!(r#"{head}<w:document {ns}><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#)
                .into_bytes(),
        ),
        (
            "word/numbering.xml",
            format!(r#"{head}<w:numbering {ns}>{numbering}</w:numbering>"#).into_bytes(),
        ),
        (
            "word/styles.xml",
            format!(r#"{head}<w:styles {ns}>{styles}</w:styles>"#).into_bytes(),
        ),
    ]
}

/// A .docx file (deflated, as Word writes it).
pub fn docx(body: &str, numbering: &str, styles: &str) -> Vec<u8> {
    zip(&docx_parts(body, numbering, styles), true)
}

/// The reader's text of such a file, which must read.
pub fn read(body: &str, numbering: &str, styles: &str) -> String {
    duban::docx::docx_text(&docx(body, numbering, styles)).expect("the .docx reads")
}

pub fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A plain paragraph.
pub fn p(text: &str) -> String {
    format!(
        r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        esc(text)
    )
}

/// A paragraph of list `num_id` at level `ilvl`.
pub fn np(num_id: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr><w:ind w:left="420"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>"#,
        esc(text)
    )
}

/// A paragraph of style `style`.
pub fn sp(style: &str, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>"#,
        esc(text)
    )
}

/// A list level: (format, text) with start 1.
pub fn lvl(ilvl: u32, format: &str, text: &str) -> String {
    lvl_with(ilvl, format, text, "")
}

/// A list level with extra properties (`<w:lvlRestart …/>`, `<w:suff …/>` …).
pub fn lvl_with(ilvl: u32, format: &str, text: &str, extra: &str) -> String {
    format!(
        r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{format}"/>{extra}<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>"#
    )
}

pub fn abstract_num(id: u32, levels: &str) -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>"#
    )
}

pub fn num(num_id: u32, abstract_id: u32) -> String {
    format!(r#"<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>"#)
}

/// The levels of a Chinese official document: 一、 （一） 1. （1） ①.
pub fn official_levels() -> String {
    [
        lvl(0, "chineseCounting", "%1、"),
        lvl(1, "chineseCounting", "（%2）"),
        lvl(2, "decimal", "%3."),
        lvl(3, "decimal", "（%4）"),
        lvl(4, "decimalEnclosedCircle", "%5"),
    ]
    .concat()
}

/// A table row of plain cells.
pub fn tr(cells: &[&str]) -> String {
    let cells: String = cells.iter().map(|c| tc("", c)).collect();
    format!("<w:tr>{cells}</w:tr>")
}

/// A table cell with cell properties `props` (the content of `w:tcPr`).
pub fn tc(props: &str, text: &str) -> String {
    format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>{props}</w:tcPr>{}</w:tc>"#,
        p(text)
    )
}

pub fn table(rows: &str) -> String {
    format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>{rows}</w:tbl>"#
    )
}

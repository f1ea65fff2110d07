//! `word/document.xml` as text: one line per paragraph, as the parser reads a paste.
//!
//! - A paragraph's automatic number (see [`super::numbering`]) comes first, from its own
//!   `numPr` or its style's; runs give their text (`w:t`), tabs (`w:tab`, `w:ptab`) and
//!   line breaks (`w:br`, `w:cr`); hidden runs (`w:vanish`) are left out, as Word shows
//!   them.
//! - Tracked changes are shown accepted: deletions (`w:del`, `w:moveFrom`) are dropped,
//!   insertions (`w:ins`, `w:moveTo`) kept, and so are rows marked deleted.
//! - Text boxes (`w:txbxContent`) give their paragraphs after the paragraph that holds
//!   them; Word writes a text box twice (a DrawingML `mc:Choice` and a VML
//!   `mc:Fallback`), and only the first is read. Content controls (`w:sdt`) give their
//!   content, not their properties; ruby (pinyin) text, field codes and section
//!   properties give nothing.
//! - Tables come out as tab-separated rows (see [`super::table`]).

use super::numbering::Numbering;
use super::styles::{NumPr, Styles};
use super::table::{Cell, Row, Table, VMerge};
use super::xml::{self, Node};
use super::DocxError;

/// What an open element is to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Para,
    ParaProps,
    NumPr,
    Run,
    RunProps,
    Text,
    TextBox,
    Table,
    Row,
    RowProps,
    Cell,
    CellProps,
    Other,
}

#[derive(Debug, Default)]
struct Para {
    text: String,
    direct: NumPr,
    style: Option<String>,
    label: Option<Option<String>>,
    /// Lines of the text boxes anchored in this paragraph.
    after: Vec<String>,
}

enum Frame {
    Para(Para),
    TextBox(Vec<String>),
    Table(Table),
    Row(Row),
    Cell(Cell),
}

struct Reader<'n> {
    numbering: &'n mut Numbering,
    styles: &'n Styles,
    tags: Vec<Tag>,
    frames: Vec<Frame>,
    lines: Vec<String>,
    /// Depth inside an element whose content is not text (0: not skipping).
    skip: usize,
    hidden_run: bool,
}

/// Elements whose content is never part of the text.
const SKIPPED: &[&str] = &[
    "del",
    "moveFrom",
    "Fallback",
    "sdtPr",
    "sdtEndPr",
    "instrText",
    "delInstrText",
    "rt",
    "sectPr",
    "tblPr",
    "tblGrid",
    "tblPrEx",
    "pPrChange",
    "rPrChange",
    "tcPrChange",
    "trPrChange",
    "customXmlPr",
    "smartTagPr",
];

pub fn text(
    document: &str,
    numbering: &mut Numbering,
    styles: &Styles,
) -> Result<String, DocxError> {
    let mut reader = Reader {
        numbering,
        styles,
        tags: Vec::new(),
        frames: Vec::new(),
        lines: Vec::new(),
        skip: 0,
        hidden_run: false,
    };
    xml::walk(document, |node| reader.node(node))?;
    Ok(reader.lines.join("\n"))
}

impl Reader<'_> {
    fn node(&mut self, node: Node<'_>) {
        match node {
            Node::Open(e) => {
                if self.skip > 0 {
                    self.skip += 1;
                    return;
                }
                let parent = self.tags.last().copied();
                let name = xml::name(&e);
                if parent == Some(Tag::Para) && name != "pPr" {
                    // A paragraph without properties is numbered at its first run, before
                    // any text box inside it.
                    self.number_paragraph();
                }
                let tag = match (parent, name) {
                    // Properties: only what the text needs is read; nothing in them is text.
                    (Some(Tag::ParaProps), "pStyle") => {
                        if let Some(p) = self.para() {
                            p.style = xml::attr(&e, "val");
                        }
                        Tag::Other
                    }
                    (Some(Tag::ParaProps), "numPr") => Tag::NumPr,
                    (Some(Tag::NumPr), "numId") => {
                        if let Some(p) = self.para() {
                            p.direct.num_id = xml::attr(&e, "val");
                        }
                        Tag::Other
                    }
                    (Some(Tag::NumPr), "ilvl") => {
                        if let Some(p) = self.para() {
                            p.direct.ilvl = xml::number(&e, "val").map(|n| n.min(8) as u8);
                        }
                        Tag::Other
                    }
                    (Some(Tag::RunProps), "vanish") => {
                        self.hidden_run = xml::is_on(&e);
                        Tag::Other
                    }
                    (Some(Tag::RowProps), "gridBefore") => {
                        if let Some(Frame::Row(row)) = self.frames.last_mut() {
                            row.grid_before = xml::number(&e, "val").unwrap_or(0).min(64) as usize;
                        }
                        Tag::Other
                    }
                    (Some(Tag::RowProps), "del") => {
                        if let Some(Frame::Row(row)) = self.frames.last_mut() {
                            row.deleted = true;
                        }
                        Tag::Other
                    }
                    (Some(Tag::CellProps), "gridSpan") => {
                        if let Some(Frame::Cell(cell)) = self.frames.last_mut() {
                            cell.span = xml::number(&e, "val").unwrap_or(1).clamp(1, 64) as usize;
                        }
                        Tag::Other
                    }
                    (Some(Tag::CellProps), "vMerge") => {
                        if let Some(Frame::Cell(cell)) = self.frames.last_mut() {
                            cell.vmerge = match xml::attr(&e, "val").as_deref() {
                                Some("restart") => VMerge::Restart,
                                _ => VMerge::Continue,
                            };
                        }
                        Tag::Other
                    }
                    (Some(Tag::ParaProps | Tag::RunProps | Tag::RowProps | Tag::CellProps), n)
                        if SKIPPED.contains(&n) || n == "rPr" =>
                    {
                        self.skip = 1;
                        return;
                    }
                    (
                        Some(
                            Tag::ParaProps
                            | Tag::RunProps
                            | Tag::RowProps
                            | Tag::CellProps
                            | Tag::NumPr,
                        ),
                        _,
                    ) => {
                        // Anything else in properties is formatting; its children too.
                        Tag::Other
                    }
                    (_, "pPr") if parent == Some(Tag::Para) => Tag::ParaProps,
                    (_, "rPr") if parent == Some(Tag::Run) => Tag::RunProps,
                    (_, "trPr") if parent == Some(Tag::Row) => Tag::RowProps,
                    (_, "tcPr") if parent == Some(Tag::Cell) => Tag::CellProps,
                    (_, "rPr" | "pPr" | "trPr" | "tcPr") => {
                        self.skip = 1;
                        return;
                    }
                    (_, n) if SKIPPED.contains(&n) => {
                        self.skip = 1;
                        return;
                    }
                    (Some(Tag::Run), "t") => Tag::Text,
                    (Some(Tag::Run), "tab" | "ptab") => {
                        self.push_text("\t");
                        Tag::Other
                    }
                    (Some(Tag::Run), "br" | "cr") => {
                        self.push_text("\n");
                        Tag::Other
                    }
                    (Some(Tag::Run), "noBreakHyphen") => {
                        self.push_text("-");
                        Tag::Other
                    }
                    (_, "p") => {
                        self.frames.push(Frame::Para(Para::default()));
                        Tag::Para
                    }
                    (_, "r") => {
                        self.hidden_run = false;
                        Tag::Run
                    }
                    (_, "txbxContent") => {
                        self.frames.push(Frame::TextBox(Vec::new()));
                        Tag::TextBox
                    }
                    (_, "tbl") => {
                        self.frames.push(Frame::Table(Table::default()));
                        Tag::Table
                    }
                    (_, "tr") => {
                        self.frames.push(Frame::Row(Row::default()));
                        Tag::Row
                    }
                    (_, "tc") => {
                        self.frames.push(Frame::Cell(Cell {
                            span: 1,
                            ..Cell::default()
                        }));
                        Tag::Cell
                    }
                    _ => Tag::Other,
                };
                self.tags.push(tag);
            }
            Node::Close => {
                if self.skip > 0 {
                    self.skip -= 1;
                    return;
                }
                match self.tags.pop() {
                    Some(Tag::ParaProps) => self.number_paragraph(),
                    Some(Tag::Para) => self.close_paragraph(),
                    Some(Tag::TextBox) => {
                        if let Some(Frame::TextBox(lines)) = self.frames.pop() {
                            match self.frames.iter_mut().rev().find_map(|f| match f {
                                Frame::Para(p) => Some(p),
                                _ => None,
                            }) {
                                Some(p) => p.after.extend(lines),
                                None => lines.into_iter().for_each(|l| self.deliver(l)),
                            }
                        }
                    }
                    Some(Tag::Table) => {
                        if let Some(Frame::Table(table)) = self.frames.pop() {
                            for line in table.lines() {
                                self.deliver(line);
                            }
                        }
                    }
                    Some(Tag::Row) => {
                        if let Some(Frame::Row(row)) = self.frames.pop() {
                            if let Some(Frame::Table(table)) = self.frames.last_mut() {
                                table.rows.push(row);
                            }
                        }
                    }
                    Some(Tag::Cell) => {
                        if let Some(Frame::Cell(cell)) = self.frames.pop() {
                            if let Some(Frame::Row(row)) = self.frames.last_mut() {
                                row.cells.push(cell);
                            }
                        }
                    }
                    _ => {}
                }
            }
            Node::Text(text) => {
                if self.skip == 0 && self.tags.last() == Some(&Tag::Text) {
                    self.push_text(&text);
                }
            }
        }
    }

    fn para(&mut self) -> Option<&mut Para> {
        self.frames.iter_mut().rev().find_map(|f| match f {
            Frame::Para(p) => Some(p),
            _ => None,
        })
    }

    fn push_text(&mut self, text: &str) {
        if self.hidden_run {
            return;
        }
        if let Some(p) = self.para() {
            p.text.push_str(text);
        }
    }

    /// Numbers the open paragraph, once: when its properties end, so that paragraphs are
    /// counted in document order even when a text box inside one holds others.
    fn number_paragraph(&mut self) {
        let (numbering, styles) = (&mut *self.numbering, self.styles);
        let Some(Frame::Para(p)) = self.frames.last_mut() else {
            return;
        };
        if p.label.is_some() {
            return;
        }
        let style = styles.paragraph_style(p.style.as_deref());
        let (from_style, chain) = style.map(|s| styles.numbering(s)).unwrap_or_default();
        let Some(num_id) = p.direct.num_id.clone().or(from_style.num_id) else {
            p.label = Some(None);
            return;
        };
        let ilvl = p
            .direct
            .ilvl
            .or(from_style.ilvl)
            .or_else(|| {
                p.direct
                    .num_id
                    .is_none()
                    .then(|| numbering.level_of_style(&num_id, &chain, styles))
                    .flatten()
            })
            .unwrap_or(0);
        p.label = Some(numbering.next(&num_id, ilvl, styles).map(|l| l.with_gap()));
    }

    fn close_paragraph(&mut self) {
        self.number_paragraph();
        let Some(Frame::Para(p)) = self.frames.pop() else {
            return;
        };
        let mut line = p.label.flatten().unwrap_or_default();
        line.push_str(&p.text);
        self.deliver(line);
        for l in p.after {
            self.deliver(l);
        }
    }

    /// Puts a line where it belongs: the innermost open cell or text box, else the body.
    fn deliver(&mut self, line: String) {
        for frame in self.frames.iter_mut().rev() {
            match frame {
                Frame::Cell(cell) => return cell.paragraphs.push(line),
                Frame::TextBox(lines) => return lines.push(line),
                _ => {}
            }
        }
        self.lines.push(line);
    }
}

//! `word/styles.xml`, for the one thing the text needs from it: the numbering a
//! paragraph style gives its paragraphs (ECMA-376 part 1, §17.7.4.17 `pStyle` with
//! §17.7.4.3 `basedOn`, §17.3.1.19 `numPr`), and the numbering styles that a list
//! definition may point to (§17.9.21 `numStyleLink`).

use std::collections::HashMap;

use super::xml::{self, Node};
use super::DocxError;

/// A paragraph's numbering property as written (`numPr`): either part may be absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumPr {
    pub num_id: Option<String>,
    pub ilvl: Option<u8>,
}

#[derive(Debug, Default)]
struct Style {
    based_on: Option<String>,
    num: NumPr,
}

#[derive(Debug, Default)]
pub struct Styles {
    styles: HashMap<String, Style>,
    /// The paragraph style of paragraphs that name none (`w:default="1"`).
    default_paragraph: Option<String>,
}

impl Styles {
    pub fn parse(xml: &str) -> Result<Self, DocxError> {
        let mut styles = Styles::default();
        let mut current: Option<(String, Style)> = None;
        // Depth inside the current style, and inside a part of it to skip (a
        // change-tracked old pPr, run properties).
        let mut depth = 0usize;
        let mut skip_from: Option<usize> = None;
        xml::walk(xml, |node| match node {
            Node::Open(e) => {
                depth += 1;
                if skip_from.is_some() {
                    return;
                }
                match xml::name(&e) {
                    "style" => {
                        let id = xml::attr(&e, "styleId").unwrap_or_default();
                        let kind = xml::attr(&e, "type").unwrap_or_default();
                        if kind == "paragraph"
                            && xml::attr(&e, "default").is_some_and(|d| d == "1" || d == "true")
                        {
                            styles.default_paragraph = Some(id.clone());
                        }
                        current = Some((id, Style::default()));
                        depth = 1;
                    }
                    "pPrChange" | "rPr" | "tblPr" | "trPr" | "tcPr" | "tblStylePr" => {
                        skip_from = Some(depth)
                    }
                    name => {
                        if let Some((_, style)) = current.as_mut() {
                            match name {
                                "basedOn" => style.based_on = xml::attr(&e, "val"),
                                "numId" => style.num.num_id = xml::attr(&e, "val"),
                                "ilvl" => {
                                    style.num.ilvl = xml::number(&e, "val").map(|n| n.min(8) as u8)
                                }
                                _ => {}
                            }
                        }
                    }
                }
            }
            Node::Close => {
                if skip_from == Some(depth) {
                    skip_from = None;
                }
                if depth == 1 {
                    if let Some((id, style)) = current.take() {
                        styles.styles.insert(id, style);
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Node::Text(_) => {}
        })?;
        Ok(styles)
    }

    /// The style a paragraph has: the one it names, else the default paragraph style.
    pub fn paragraph_style<'a>(&'a self, named: Option<&'a str>) -> Option<&'a str> {
        named.or(self.default_paragraph.as_deref())
    }

    /// The numbering a style gives, following `basedOn` (the nearest style that says
    /// wins, for the list and the level separately), and the chain of style ids walked.
    pub fn numbering(&self, style_id: &str) -> (NumPr, Vec<&str>) {
        let mut num = NumPr::default();
        let mut chain = Vec::new();
        let mut id = Some(style_id);
        // A cycle of basedOn (a damaged file) ends at the first repeat.
        while let Some(current) = id {
            if chain.contains(&current) || chain.len() > 32 {
                break;
            }
            let Some((key, style)) = self.styles.get_key_value(current) else {
                break;
            };
            chain.push(key.as_str());
            if num.num_id.is_none() {
                num.num_id = style.num.num_id.clone();
            }
            if num.ilvl.is_none() {
                num.ilvl = style.num.ilvl;
            }
            id = style.based_on.as_deref();
        }
        (num, chain)
    }
}

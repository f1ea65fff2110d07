//! The few things the reader needs from `quick-xml`: elements by their local name (Word
//! writes `w:`, but a prefix is the file's choice), attributes by local name, and text
//! with its character and entity references resolved.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::DocxError;

/// What the walkers see; empty elements come as an `Open` followed by a `Close`.
pub enum Node<'a> {
    Open(BytesStart<'a>),
    Close,
    Text(Cow<'a, str>),
}

/// Calls `visit` for every element and text node of `xml`, in order.
pub fn walk<'a>(xml: &'a str, mut visit: impl FnMut(Node<'a>)) -> Result<(), DocxError> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().expand_empty_elements = true;
    loop {
        match reader.read_event().map_err(|_| DocxError::Damaged)? {
            Event::Start(e) => visit(Node::Open(e)),
            Event::End(_) => visit(Node::Close),
            Event::Text(t) => visit(Node::Text(t.xml10_content())),
            Event::CData(t) => visit(Node::Text(t.into_inner())),
            Event::GeneralRef(r) => {
                let ch = match r.resolve_char_ref() {
                    Ok(Some(ch)) => Some(ch),
                    Ok(None) => match &*r {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                    Err(_) => None,
                };
                if let Some(ch) = ch {
                    visit(Node::Text(Cow::Owned(ch.to_string())))
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// The local name of an element (`w:p` → `p`).
pub fn name<'b>(e: &'b BytesStart<'_>) -> &'b str {
    local(e.name().0)
}

fn local(full: &str) -> &str {
    full.rsplit_once(':').map_or(full, |(_, local)| local)
}

/// The value of the attribute whose local name is `key` (`w:val` → `val`).
pub fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find_map(|a| {
        (local(a.key.0) == key).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(Cow::into_owned)
                .unwrap_or_else(|_| a.value.into_owned())
        })
    })
}

/// An on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`): on unless its value says off.
pub fn is_on(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, "val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

/// A number attribute, `None` when absent or not a number.
pub fn number(e: &BytesStart<'_>, key: &str) -> Option<u32> {
    attr(e, key)?.trim().parse().ok()
}

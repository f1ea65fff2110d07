//! Web pages that arrive as documents: an HTML file, or an MHTML "single file web page",
//! often named `.doc` (Word's and WPS's 另存为网页, or a site's "download as Word").
//! Both are text already: the HTML is taken out of the MIME parts (quoted-printable or
//! base64), decoded by the charset it declares, and read as text with its tags stripped.
//!
//! Pure Rust; the charset is decoded by the caller (the browser's `TextDecoder` in the
//! document worker, UTF-8 only in `duban-cli`).

use std::borrow::Cow;

/// Whether the bytes are an HTML page or an MHTML file (by their first bytes).
pub fn is_web_page(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let lower: Vec<u8> = head[start..].to_ascii_lowercase();
    if lower.starts_with(b"mime-version:")
        || (lower.starts_with(b"from:") || lower.starts_with(b"content-type:"))
            && contains(&lower, b"multipart/related")
    {
        return true;
    }
    let html_start = lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html");
    let xml_html = lower.starts_with(b"<?xml") && contains(&lower, b"<html");
    html_start || xml_html
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The HTML of a web page or of the first HTML part of an MHTML file, with the charset
/// that the MIME part or the page's `<meta>` declares.
pub fn html_bytes(bytes: &[u8]) -> (Cow<'_, [u8]>, Option<String>) {
    match mime_html(bytes) {
        Some((html, charset)) => {
            let charset = charset.or_else(|| meta_charset(&html));
            (Cow::Owned(html), charset)
        }
        None => (Cow::Borrowed(bytes), meta_charset(bytes)),
    }
}

/// Splits a MIME header block from its body (at the first blank line).
fn split_headers(bytes: &[u8]) -> (&[u8], &[u8]) {
    for (i, w) in bytes.windows(2).enumerate() {
        if w == b"\n\n" {
            return (&bytes[..i], &bytes[i + 2..]);
        }
        if w == b"\n\r" && bytes.get(i + 2) == Some(&b'\n') {
            return (&bytes[..i], &bytes[i + 3..]);
        }
    }
    (bytes, &[])
}

/// The value of header `name` (folded lines joined), lower-cased name match.
fn header(headers: &[u8], name: &str) -> Option<String> {
    let text = String::from_utf8_lossy(headers).replace("\r\n", "\n");
    let unfolded = text.replace("\n ", " ").replace("\n\t", " ");
    unfolded.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim().to_owned())
    })
}

/// A parameter of a header value (`charset="gb2312"`, `boundary=…`).
fn parameter(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (key, v) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').trim_matches('\'').to_owned())
    })
}

fn mime_html(bytes: &[u8]) -> Option<(Vec<u8>, Option<String>)> {
    if !is_web_page(bytes) || bytes.trim_ascii_start().starts_with(b"<") {
        return None;
    }
    let (headers, body) = split_headers(bytes);
    let content_type = header(headers, "Content-Type")?;
    if content_type.to_ascii_lowercase().starts_with("text/html") {
        return Some(decode_part(headers, body));
    }
    let boundary = parameter(&content_type, "boundary")?;
    let marker = format!("--{boundary}");
    let mut rest = body;
    while let Some(at) = find(rest, marker.as_bytes()) {
        rest = &rest[at + marker.len()..];
        let end = find(rest, marker.as_bytes()).unwrap_or(rest.len());
        let part = &rest[..end];
        let part = part
            .strip_prefix(b"\r\n")
            .or(part.strip_prefix(b"\n"))
            .unwrap_or(part);
        let (part_headers, part_body) = split_headers(part);
        let kind = header(part_headers, "Content-Type").unwrap_or_default();
        if kind.to_ascii_lowercase().starts_with("text/html") {
            return Some(decode_part(part_headers, part_body));
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn decode_part(headers: &[u8], body: &[u8]) -> (Vec<u8>, Option<String>) {
    let charset = header(headers, "Content-Type").and_then(|v| parameter(&v, "charset"));
    let encoding = header(headers, "Content-Transfer-Encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let bytes = match encoding.as_str() {
        "quoted-printable" => quoted_printable(body),
        "base64" => base64(body),
        _ => body.to_vec(),
    };
    (bytes, charset)
}

fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'=' {
            match (body.get(i + 1), body.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => i += 3,
                (Some(b'\n'), _) => i += 2,
                (Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                    out.push(hex(h).unwrap_or(0) << 4 | hex(l).unwrap_or(0));
                    i += 3;
                }
                _ => {
                    out.push(b'=');
                    i += 1;
                }
            }
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    out
}

fn base64(body: &[u8]) -> Vec<u8> {
    let value = |b: u8| -> Option<u32> {
        Some(match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in body.iter().filter_map(|&b| value(b)) {
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// The charset of `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">`.
fn meta_charset(html: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&html[..html.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!value.is_empty()).then_some(value)
}

/// Elements whose content is not text on the page.
const HIDDEN: &[&str] = &[
    "script", "style", "head", "xml", "template", "noscript", "title",
];
/// Elements that start a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "dt",
    "dd",
    "body",
];

/// The text of an HTML page as a browser shows it, lines as its blocks, table rows as
/// tab-separated cells (paragraphs inside a cell joined by spaces), spaces collapsed.
pub fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut hidden: Option<String> = None;
    let mut cell_depth = 0usize;
    let mut space = false;
    let newline = |out: &mut String| {
        while out.ends_with(' ') {
            out.pop();
        }
        out.push('\n');
    };
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if hidden.is_none() {
                push_text(&mut out, rest, &mut space);
            }
            break;
        };
        if hidden.is_none() {
            push_text(&mut out, &rest[..lt], &mut space);
        }
        rest = &rest[lt..];
        // Comments (Word's conditional comments among them) are skipped whole; a
        // "downlevel-revealed" <![if …]> … <![endif]> shows its content.
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            // A lone '<': text.
            if hidden.is_none() {
                push_text(&mut out, "<", &mut space);
            }
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
            .collect::<String>()
            .to_ascii_lowercase();
        let local = name.rsplit(':').next().unwrap_or_default().to_owned();
        if let Some(open) = &hidden {
            if closing && *open == local {
                hidden = None;
            }
            continue;
        }
        if !closing && HIDDEN.contains(&local.as_str()) && !tag.ends_with('/') {
            hidden = Some(local);
            continue;
        }
        match (local.as_str(), closing) {
            ("td" | "th", false) => cell_depth += 1,
            ("td" | "th", true) => {
                cell_depth = cell_depth.saturating_sub(1);
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push('\t');
                space = false;
            }
            ("tr", true) if cell_depth == 0 => {
                if out.ends_with('\t') {
                    out.pop();
                }
                newline(&mut out);
                space = false;
            }
            (block, _) if BLOCKS.contains(&block) => {
                if cell_depth > 0 {
                    space = true;
                } else if block == "br" || (!out.is_empty() && !out.ends_with('\n')) {
                    newline(&mut out);
                    space = false;
                }
            }
            _ => {}
        }
    }
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').to_owned()
}

/// Where a tag that starts at `s[0] == '<'` ends (its '>'), quotes respected; `None`
/// when `<` does not start a tag.
fn tag_end(s: &str) -> Option<usize> {
    let next = s[1..].chars().next()?;
    if !(next.is_ascii_alphabetic() || next == '/' || next == '!' || next == '?') {
        return None;
    }
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Appends text as a browser lays it out: runs of white space are one space, entities
/// resolved (`&nbsp;` a space that is kept).
fn push_text(out: &mut String, text: &str, space: &mut bool) {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_whitespace() || c == '\u{A0}' {
            *space = true;
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let (ch, len) = match c {
            '&' => entity(rest).unwrap_or(('&', 1)),
            _ => (c, c.len_utf8()),
        };
        rest = &rest[len..];
        if ch == ' ' {
            *space = true;
            continue;
        }
        if *space {
            if !out.is_empty() && !out.ends_with(['\n', '\t', ' ']) {
                out.push(' ');
            }
            *space = false;
        }
        out.push(ch);
    }
}

/// A character or entity reference at the start of `s`: the character and its length.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s[..s.len().min(12)].find(';')?;
    let name = &s[1..end];
    let ch = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?
    } else {
        match name {
            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "middot" => '·',
            "times" => '×',
            "bull" => '•',
            _ => return None,
        }
    };
    Some((ch, end + 1))
}

/// A web page's text, its charset decoded by `decode(bytes, charset)` (which returns
/// `None` for a charset it cannot decode); the message for the user when it fails.
pub fn page_text(
    bytes: &[u8],
    decode: impl Fn(&[u8], &str) -> Option<String>,
) -> Result<String, &'static str> {
    let (html, charset) = html_bytes(bytes);
    let charset = charset.unwrap_or_else(|| "utf-8".to_owned());
    let html = decode(&html, &charset).ok_or(crate::text_file::MSG_UNDECODABLE)?;
    let text = html_text(&html);
    if text.trim().is_empty() {
        Err(crate::text_file::MSG_EMPTY)
    } else {
        Ok(text)
    }
}

/// UTF-8 only (the native decoder of `duban-cli`).
pub fn decode_utf8(bytes: &[u8], charset: &str) -> Option<String> {
    let utf8 = matches!(
        charset.to_ascii_lowercase().as_str(),
        "utf-8" | "utf8" | "us-ascii" | "ascii"
    );
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    utf8.then(|| String::from_utf8(bytes.to_vec()).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_and_mhtml_are_told_by_their_first_bytes() {
        assert!(is_web_page(b"\xEF\xBB\xBF  <!DOCTYPE html><html>"));
        assert!(is_web_page(
            b"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
        ));
        assert!(is_web_page(
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related;"
        ));
        assert!(!is_web_page("一、总体要求 <b>".as_bytes()));
        assert!(!is_web_page(b"<p>fragment</p>"));
    }

    #[test]
    fn word_html_as_text() {
        let html = r#"<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><title>标题</title>
<style>p.MsoNormal {margin:0}</style><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal><span>一、总体要求</span></p>
<p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>推进
  “放管服”&amp;改革</p>
<p class=MsoNormal>&nbsp;</p>
<table><tr><td><p>序号</p></td><td><p>牵头单位</p></td></tr>
<tr><td><p>1</p></td><td><p>市发改委</p><p>市财政局</p></td></tr></table>
<p>完成时限：6月底<br>责任人：张三</p>
</div></body></html>"#;
        assert_eq!(
            html_text(html),
            "一、总体要求\n1. 推进 “放管服”&改革\n序号\t牵头单位\n1\t市发改委 市财政局\n完成时限：6月底\n责任人：张三"
        );
        assert_eq!(meta_charset(html.as_bytes()).as_deref(), Some("gb2312"));
    }

    #[test]
    fn mhtml_parts_quoted_printable_and_base64() {
        let qp = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\nThis is a multi-part message.\r\n\r\n------=_NextPart_01\r\nContent-Location: file:///C:/doc.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n<html><body><p>=E4=B8=80=E3=80=81=E6=80=BB=E4=BD=93=E8=A6=81=E6=B1=82</p><p class=3DMsoNormal>=\r\n=E5=B8=82</p></body></html>\r\n------=_NextPart_01\r\nContent-Type: image/png\r\n\r\nxx\r\n------=_NextPart_01--\r\n";
        let (html, charset) = html_bytes(qp.as_bytes());
        assert_eq!(charset.as_deref(), Some("utf-8"));
        assert_eq!(
            html_text(std::str::from_utf8(&html).unwrap()),
            "一、总体要求\n市"
        );
        let b64 = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\nPGh0bWw+PHA+5LiA\n44CB5oC75L2T6KaB5rGCPC9wPjwvaHRtbD4=\n--b--\n";
        assert_eq!(
            page_text(b64.as_bytes(), decode_utf8),
            Ok("一、总体要求".to_owned())
        );
        // A charset the decoder does not know is a message, not mojibake.
        let gbk = "<html><meta charset=gbk><p>\u{FFFD}</p></html>";
        assert_eq!(
            page_text(gbk.as_bytes(), decode_utf8),
            Err(crate::text_file::MSG_UNDECODABLE)
        );
    }

    #[test]
    fn scripts_styles_and_lone_brackets() {
        assert_eq!(
            html_text("<html><script>var a = '<p>x</p>';</script><p>a < b &lt; c &unknown; &#x4E00;&#20108;</p></html>"),
            "a < b < c &unknown; 一二"
        );
    }
}

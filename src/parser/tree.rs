//! Stage 4: documents and the tree of numbered items, with the context-dependent
//! line decisions: preamble metadata, joining hard-wrapped lines and split headings,
//! attaching label lines and paragraphs to the item above, 抄送 continuation lines,
//! signature blocks, related news after a document ends, and where a new document
//! starts in the paste.
//!
//! Items live in a flat arena per document (parent before child, in input order);
//! the finishing stage turns them into nested [`super::Node`]s.

use std::borrow::Cow;

use super::lines::{byte_of_char, display_prefix, Class, Line};
use super::meta;
use super::model::{IgnoredLine, Warning};
use super::noise::{self, Noise};
use super::numbering::{self, Numbering, Style};
use super::resp;
use super::table::{self, Column};

/// Text of an item while the tree is being built: part of a line's view, or an
/// owned copy once lines are joined (most headings and clauses are one line, so
/// most items copy nothing).
pub type Text<'a> = Cow<'a, str>;

/// Appends to a [`Text`] (copying it first if it is still borrowed).
fn append(to: &mut Text, s: &str) {
    if !s.is_empty() {
        to.to_mut().push_str(s);
    }
}

/// A numbered item while the tree is being built.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// As written (display view), e.g. "（一）".
    pub number: String,
    pub style: Style,
    pub value: u32,
    rank: usize,
    pub depth: usize,
    /// Heading text (display view), joined over wrapped lines.
    pub text: Text<'a>,
    /// The same heading in folded and key views (for clauses and brackets).
    pub folded: Text<'a>,
    pub key: Text<'a>,
    /// Unnumbered paragraphs below the heading (display view).
    pub body: String,
    /// Responsibility clauses: (folded, key) of label lines or label tails.
    pub clauses: Vec<(Text<'a>, Text<'a>)>,
    pub line: usize,
    pub end_line: usize,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    heading_open: bool,
    /// Chars of the last physical line added to the item (for PDF wrap detection).
    last_line_chars: usize,
    /// The last clause may continue on the next line (no final 。).
    clause_open: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Preamble,
    Body,
    /// After 抄送, 责任编辑, 打印, 相关新闻...: only furniture until a new document.
    Trailer {
        web: bool,
    },
}

/// The head of a new item: its number and heading text in the three views.
struct Head<'a> {
    number: String,
    style: Style,
    value: u32,
    text: Text<'a>,
    folded: Text<'a>,
    key: Text<'a>,
    clauses: Vec<(Text<'a>, Text<'a>)>,
}

/// A document while being built.
#[derive(Debug, Clone, Default)]
pub struct DocBuild<'a> {
    pub title: Option<String>,
    pub notice_title: Option<String>,
    pub doc_number: Option<String>,
    pub issuer: Option<String>,
    /// `issuer` came from a 发布单位: list entry, which a signature line overrides.
    issuer_from_list: bool,
    pub date: Option<String>,
    /// Metadata of the paste's earlier document, for a document that has none.
    pub inherited: Option<(Option<String>, Option<String>, Option<String>)>,
    pub items: Vec<Item<'a>>,
    pub roots: Vec<usize>,
    /// The 列第一位 rule was stated before the first item.
    pub first_leads_from_start: bool,
    /// Rank (level) of each style, by order of first appearance; a style first seen
    /// continuing the numbering of the item above ("(五)" then "6.") shares its rank.
    ranks: Vec<(Style, usize)>,
    next_rank: usize,
    stack: Vec<usize>,
    last_value: Vec<(Style, u32)>,
    known_titles: Vec<String>,
    /// Column roles and names of a table header seen in this document.
    table: Option<(Vec<Column>, Vec<String>)>,
    /// The 所属章节 (key view) of the table's last row and the item made for it.
    table_section: Option<(String, usize)>,
    mixed_warned: Vec<Option<usize>>,
}

/// Builds documents from classified lines.
pub struct Builder<'a> {
    lines: &'a [Line<'a>],
    pub docs: Vec<DocBuild<'a>>,
    doc: DocBuild<'a>,
    state: State,
    cc_open: bool,
    /// The line width of a hard-wrapped (PDF) copy, when one width dominates.
    wrap_width: Option<usize>,
    /// Lines before this index were read as part of a table row.
    skip_to: usize,
    pub ignored: Vec<IgnoredLine>,
    pub warnings: Vec<Warning>,
}

const REASON_PREAMBLE: &str = "正文前信息";
const REASON_INTRO: &str = "印发说明";
const REASON_TITLE: &str = "文件标题";
const REASON_NOTICE: &str = "通知标题";
const REASON_NUMBER: &str = "文号";
const REASON_ISSUER: &str = "发文机关";
const REASON_HEADER: &str = "文件头";
const REASON_DATE: &str = "成文日期";
const REASON_SIGNATURE: &str = "签署";
const REASON_AFTER: &str = "文末信息";
const REASON_UNATTACHED: &str = "未归属的责任信息";
const REASON_TABLE_HEADER: &str = "表头";

impl<'a> Builder<'a> {
    pub fn new(lines: &'a [Line<'a>]) -> Builder<'a> {
        Builder {
            lines,
            docs: Vec::new(),
            doc: DocBuild::default(),
            state: State::Preamble,
            cc_open: false,
            wrap_width: wrap_width(lines),
            skip_to: 0,
            ignored: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Runs over all lines; returns the documents.
    pub fn run(mut self) -> (Vec<DocBuild<'a>>, Vec<IgnoredLine>, Vec<Warning>) {
        for idx in 0..self.lines.len() {
            if idx < self.skip_to {
                // Read already, as part of a table row.
                continue;
            }
            let line = &self.lines[idx];
            if !matches!(line.class, Class::Blank | Class::Noise(_))
                && line.has_tab()
                && self.table_line(idx)
            {
                continue;
            }
            match line.class {
                Class::Blank => {}
                Class::Noise(n) => self.noise(idx, n),
                Class::Number(n) => self.number(idx, n),
                Class::Label => self.label(line),
                Class::Text => self.text(idx),
            }
        }
        let doc = std::mem::take(&mut self.doc);
        if !doc.items.is_empty() || self.docs.is_empty() {
            self.docs.push(doc);
        }
        (self.docs, self.ignored, self.warnings)
    }

    fn ignore(&mut self, line: &Line, reason: &str) {
        self.ignored.push(IgnoredLine {
            line: line.no,
            text: line.text().to_string(),
            reason: reason.to_string(),
        });
    }

    fn warn(&mut self, line: usize, message: String) {
        self.warnings.push(Warning { line, message });
    }

    fn new_document(&mut self, state: State) {
        let prev = std::mem::take(&mut self.doc);
        self.doc.inherited = Some((
            prev.doc_number.clone(),
            prev.issuer.clone(),
            prev.date.clone(),
        ))
        .filter(|_| prev.doc_number.is_some() || prev.issuer.is_some() || prev.date.is_some())
        .or(prev.inherited.clone());
        self.doc.known_titles = prev.known_titles.clone();
        self.docs.push(prev);
        self.state = state;
        self.cc_open = false;
    }

    fn noise(&mut self, idx: usize, n: Noise) {
        let line = &self.lines[idx];
        if n.reason == noise::COPYRIGHT && self.state == State::Body && self.body_goes_on(idx) {
            self.footer_word_among_tasks(line);
            return;
        }
        self.ignore(line, n.reason);
        self.cc_open = n.reason == noise::CC && !line.key().ends_with('。');
        if self.state == State::Preamble {
            self.preamble_metadata(line, n.reason);
        }
        if n.ends_document && !self.doc.items.is_empty() {
            let web = !matches!(n.reason, noise::CC | noise::PRINTED | noise::ATTACHMENT);
            self.state = State::Trailer { web };
        }
    }

    /// Whether the document's items go on after line `idx`: the next line that is not
    /// blank or noise is a responsibility label, a table row, or a number that follows
    /// an open item ("2." after "1."); or the input ends right after the current item.
    /// A website footer ("主办:…", "技术支持:…") is followed by none of these.
    fn body_goes_on(&self, idx: usize) -> bool {
        let Some(&cur) = self.doc.stack.last() else {
            return false;
        };
        let Some(next) = self.next_significant(idx) else {
            // The last line of the paste, right below the current item (a website
            // footer has more furniture lines after its 主办 line).
            let last = self.lines[idx + 1..].iter().all(Line::is_blank);
            let prev = self.lines[..idx].iter().rev().find(|l| !l.is_blank());
            return last && prev.is_some_and(|l| l.no == self.doc.items[cur].end_line);
        };
        match next.class {
            Class::Label => true,
            Class::Number(n) => self.doc.stack.iter().any(|&i| {
                let item = &self.doc.items[i];
                item.style == n.style && n.value == item.value + 1
            }),
            _ => next.has_tab() && self.doc.table.is_some(),
        }
    }

    /// A line with a website-footer word among the items ("主办单位:市交通局" in a 民生实事
    /// list, where 主办单位 is the lead unit): a unit line when it names units, else a
    /// paragraph of the current item. Either way the document goes on.
    fn footer_word_among_tasks(&mut self, line: &Line<'a>) {
        if let Some(clause) = unit_clause(line) {
            if let Some(&cur) = self.doc.stack.last() {
                let item = &mut self.doc.items[cur];
                item.clauses.push(clause);
                item.end_line = line.no;
                item.heading_open = false;
                item.clause_open = !ends_sentence(line.key());
                return;
            }
        }
        self.continuation(line);
    }

    /// 文件编号:, 成文日期:, 发布单位: and the web page's publication date.
    fn preamble_metadata(&mut self, line: &Line, reason: &str) {
        let k = line.key().trim_start_matches(['-', '•', ' ']);
        let value = k.split_once(':').map_or("", |(_, v)| v.trim());
        if reason == noise::METADATA {
            if k.starts_with("文件编号") || k.starts_with("发文字号") || k.starts_with("文号")
            {
                if let Some((a, b)) = meta::doc_number(value) {
                    self.doc
                        .doc_number
                        .get_or_insert_with(|| value[a..b].to_string());
                }
            } else if k.starts_with("成文日期") || k.starts_with("发文日期") {
                if let Some(d) = meta::find_date(value) {
                    self.doc.date = Some(d);
                }
            } else if (k.starts_with("发布单位")
                || k.starts_with("发布机构")
                || k.starts_with("发文机关"))
                && !value.is_empty()
                && self.doc.issuer.is_none()
            {
                self.doc.issuer = Some(value.to_string());
                self.doc.issuer_from_list = true;
            }
        } else if reason == noise::PAGE_INFO && self.doc.date.is_none() {
            self.doc.date = meta::find_date(k);
        }
    }

    fn number(&mut self, idx: usize, n: Numbering) {
        let line = &self.lines[idx];
        if self.is_wrapped_number(idx, n) {
            // "推进" + "一、二期工程建设。": a PDF line break before words that read as a
            // number; the line goes on with the item above.
            self.wrapped_line(line);
            return;
        }
        self.cc_open = false;
        match self.state {
            State::Trailer { web } => {
                if n.value != 1 {
                    self.ignore(line, if web { noise::RELATED } else { REASON_AFTER });
                    return;
                }
                self.new_document(State::Body);
            }
            State::Body
                if n.value == 1
                    && self.doc.ranks.first().map(|r| r.0) == Some(n.style)
                    && !self.doc.roots.is_empty() =>
            {
                // The first style restarts at 1: a new document without a title line.
                self.new_document(State::Body);
            }
            _ => {}
        }
        self.state = State::Body;
        self.push_item(line, n);
    }

    /// A line known to continue the sentence of the item above: the rest of its
    /// heading while that is open, else of its paragraph.
    fn wrapped_line(&mut self, line: &Line<'a>) {
        let Some(&cur) = self.doc.stack.last() else {
            return self.continuation(line);
        };
        let item = &mut self.doc.items[cur];
        if !item.heading_open {
            return self.continuation(line);
        }
        append(&mut item.text, line.text());
        append(&mut item.folded, line.folded());
        append(&mut item.key, line.key());
        item.end_line = line.no;
        item.last_line_chars = line.chars();
    }

    /// Whether the numbered line `idx` is the rest of a sentence that a hard wrap
    /// broke before words that look like a number ("一、二期工程", "(1)期工程"): the
    /// item above stops in the middle of a sentence (no label, no final 。/；/：,
    /// a comma in its heading), the number continues no open item, and no second
    /// number of its style follows it at its level (a list has at least two items).
    fn is_wrapped_number(&self, idx: usize, n: Numbering) -> bool {
        if self.state != State::Body {
            return false;
        }
        let Some(&cur) = self.doc.stack.last() else {
            return false;
        };
        let item = &self.doc.items[cur];
        let last_text = if item.body.is_empty() {
            &item.key
        } else {
            item.body.as_str()
        };
        let mid_sentence = item.clauses.is_empty()
            && !ends_sentence(last_text)
            && !last_text.ends_with(['；', '：', '！', '？'])
            && item.key.contains([',', '，']);
        if !mid_sentence {
            return false;
        }
        let continues = self.doc.stack.iter().any(|&i| {
            let it = &self.doc.items[i];
            it.style == n.style && n.value == it.value + 1
        });
        !continues && !self.has_next_number(idx, n)
    }

    /// Whether number `n` + 1 of the same style follows line `idx` before a number of
    /// a style ranked above `n`'s (or, for a style not seen yet, of any open item's).
    fn has_next_number(&self, idx: usize, n: Numbering) -> bool {
        let rank_of = |s: Style| self.doc.ranks.iter().find(|r| r.0 == s).map(|r| r.1);
        let own_rank = rank_of(n.style);
        let open_styles: Vec<Style> = self
            .doc
            .stack
            .iter()
            .map(|&i| self.doc.items[i].style)
            .collect();
        let above = |s: Style| match own_rank {
            Some(r) => rank_of(s).is_some_and(|x| x < r),
            None => open_styles.contains(&s),
        };
        for l in self
            .lines
            .get(idx + 1..)
            .unwrap_or_default()
            .iter()
            .take(400)
        {
            let Class::Number(m) = l.class else { continue };
            if m.style == n.style && m.value == n.value + 1 {
                return true;
            }
            if m.style != n.style && above(m.style) {
                return false;
            }
        }
        false
    }

    fn push_item(&mut self, line: &Line<'a>, n: Numbering) {
        let number = line.text()[..byte_of_char(line.text(), n.chars)].to_string();
        let skip_f = byte_of_char(line.folded(), n.skip);
        let skip_t = byte_of_char(line.text(), n.skip);
        let (mut text, mut folded, mut key) = (
            &line.text()[skip_t..],
            &line.folded()[skip_f..],
            &line.key()[skip_f..],
        );
        let mut clauses = Vec::new();
        if let Some(cut) = resp::first_label(key).filter(|&at| at > 0) {
            clauses.push((folded[cut..].into(), key[cut..].into()));
            let cut = key[..cut]
                .trim_end_matches(['(', '[', '【', '〔', ' '])
                .len();
            text = display_prefix(text, folded, cut);
            folded = &folded[..cut];
            key = &key[..cut];
        }
        let head = Head {
            number,
            style: n.style,
            value: n.value,
            text: text.into(),
            folded: folded.into(),
            key: key.into(),
            clauses,
        };
        self.place(line.no, head);
    }

    /// Puts a new item into the tree: its level from the rank of its style.
    fn place(&mut self, line_no: usize, head: Head<'a>) {
        let n = Numbering {
            style: head.style,
            value: head.value,
            chars: 0,
            skip: 0,
        };
        let doc = &mut self.doc;
        let rank = match doc.ranks.iter().find(|(s, _)| *s == n.style) {
            Some(&(_, r)) => r,
            None => {
                let top = doc.stack.last().map(|&t| &doc.items[t]);
                let r = match top {
                    Some(t) if n.value > 1 && n.value == t.value + 1 => t.rank,
                    _ => {
                        doc.next_rank += 1;
                        doc.next_rank - 1
                    }
                };
                doc.ranks.push((n.style, r));
                r
            }
        };
        while doc
            .stack
            .last()
            .is_some_and(|&top| doc.items[top].rank >= rank)
        {
            doc.stack.pop();
        }
        let parent = doc.stack.last().copied();
        self.attach(line_no, head, rank, parent);
    }

    /// Adds an item of `rank` below `parent` (the top of the stack, or none), with
    /// the numbering checks against the sibling before it.
    fn attach(&mut self, line_no: usize, head: Head<'a>, rank: usize, parent: Option<usize>) {
        let Head {
            number,
            style,
            value,
            text,
            folded,
            key,
            clauses,
        } = head;
        let line_chars = self
            .lines
            .get(line_no.wrapping_sub(1))
            .map_or(0, Line::chars);
        let n = Numbering {
            style,
            value,
            chars: 0,
            skip: 0,
        };
        let doc = &mut self.doc;
        let depth = parent.map_or(0, |p| doc.items[p].depth + 1);
        // Numbering checks against the previous sibling.
        let siblings = parent.map_or(&doc.roots, |p| &doc.items[p].children);
        let mut warn = None;
        if number.is_empty() {
            // A section named by a table's 所属章节 cell without a number.
        } else if let Some(&prev) = siblings.last() {
            let p = &doc.items[prev];
            if p.style != n.style {
                if !doc.mixed_warned.contains(&parent) {
                    doc.mixed_warned.push(parent);
                    warn = Some(format!("同一层级混用编号样式:{}与{}", p.number, number));
                }
            } else if n.value == p.value {
                warn = Some(format!("编号重复:{}", number));
            } else if n.value != p.value + 1 {
                warn = Some(format!("编号不连续:{}之后是{}", p.number, number));
            }
        } else {
            let last = doc
                .last_value
                .iter()
                .find(|(s, _)| *s == n.style)
                .map(|&(_, v)| v);
            if n.value != 1 && Some(n.value) != last.map(|v| v + 1) {
                warn = Some(format!("编号不连续:本层级从{}开始", number));
            }
        }
        match doc.last_value.iter_mut().find(|(s, _)| *s == n.style) {
            Some(e) => e.1 = n.value,
            None => doc.last_value.push((n.style, n.value)),
        }
        let idx = doc.items.len();
        let heading_open = clauses.is_empty();
        doc.items.push(Item {
            number,
            style: n.style,
            value: n.value,
            rank,
            depth,
            text,
            folded,
            key,
            body: String::new(),
            clauses,
            line: line_no,
            end_line: line_no,
            parent,
            children: Vec::new(),
            heading_open,
            clause_open: false,
            last_line_chars: line_chars,
        });
        match parent {
            Some(p) => doc.items[p].children.push(idx),
            None => doc.roots.push(idx),
        }
        doc.stack.push(idx);
        if let Some(w) = warn {
            self.warn(line_no, w);
        }
    }

    /// A table header or row (with the lines a row's cells go on over). Returns false
    /// when the line is not part of a table.
    fn table_line(&mut self, idx: usize) -> bool {
        let line = &self.lines[idx];
        if matches!(self.state, State::Trailer { .. }) {
            return false;
        }
        if let Some(cols) = table::header(line.key()) {
            let names = table::plain_cells((line.text(), line.folded(), line.key()))
                .into_iter()
                .map(|c| c.text)
                .collect();
            self.doc.table = Some((cols, names));
            self.doc.table_section = None;
            self.ignore(line, REASON_TABLE_HEADER);
            return true;
        }
        let Some((cols, names)) = self.doc.table.clone() else {
            return false;
        };
        let (cells, used) = self.table_cells(idx, &cols, &names);
        let row = table::read_cells(&cols, &names, cells);
        let last = self.lines[idx + used - 1].no;
        if row.number.is_none() {
            // A row without a number continues the row above (a cell that wrapped).
            let Some(&cur) = self.doc.stack.last().filter(|_| self.state == State::Body) else {
                return false;
            };
            self.skip_to = idx + used;
            let item = &mut self.doc.items[cur];
            append(&mut item.text, &row.text.text);
            append(&mut item.folded, &row.text.folded);
            append(&mut item.key, &row.text.key);
            item.clauses
                .extend(row.clauses.into_iter().map(|(f, k)| (f.into(), k.into())));
            add_notes(&mut item.body, &row.notes);
            item.end_line = last;
            return true;
        }
        self.skip_to = idx + used;
        self.table_row(line.no, last, row, cols.contains(&Column::Section));
        true
    }

    /// The cells of the table row at line `idx` and the number of lines they take:
    /// Excel's quoted cells over several lines, or a row cut short by a line break
    /// in a cell (Word) joined with the lines that complete it.
    fn table_cells(
        &self,
        idx: usize,
        cols: &[Column],
        names: &[String],
    ) -> (Vec<table::Cell>, usize) {
        let views: Vec<table::Views> = self.lines[idx..]
            .iter()
            .take(MAX_ROW_LINES)
            .map(|l| (l.text(), l.folded(), l.key()))
            .collect();
        let (mut cells, mut used) = table::read_row(&views);
        if used > 1 && cells.len() > cols.len() {
            // More cells than columns: the quotes were not Excel's.
            (cells, used) = (table::plain_cells(views[0]), 1);
        }
        let numbered = table::read_cells(cols, names, cells.clone())
            .number
            .is_some();
        if numbered && cells.len() < cols.len() {
            if let Some((more, n)) = self.word_row_rest(&views[used..], cols.len() - cells.len()) {
                for (i, cell) in more.into_iter().enumerate() {
                    match cells.last_mut() {
                        Some(last) if i == 0 => last.push_line(&cell),
                        _ => cells.push(cell),
                    }
                }
                used += n;
            }
        }
        (cells, used)
    }

    /// The rest of a Word table row whose cell broke over lines: the lines below it
    /// whose cells, the first of each continuing the cell above, add exactly the
    /// `missing` cells (and the last of them has a tab). Their cells, first lines'
    /// cells joined, and the number of lines; None when the rows cannot be told apart.
    fn word_row_rest(
        &self,
        views: &[table::Views],
        missing: usize,
    ) -> Option<(Vec<table::Cell>, usize)> {
        let mut cells: Vec<table::Cell> = Vec::new();
        let mut missing = missing;
        for (n, &v) in views.iter().enumerate() {
            let more = table::plain_cells(v);
            let first_is_number = more
                .first()
                .is_some_and(|c| table::number_of(&c.key).is_some());
            if v.2.is_empty() || first_is_number || more.len() - 1 > missing {
                return None;
            }
            missing -= more.len() - 1;
            for (i, cell) in more.into_iter().enumerate() {
                match cells.last_mut() {
                    Some(last) if i == 0 => last.push_line(&cell),
                    _ => cells.push(cell),
                }
            }
            if missing == 0 {
                return v.2.contains('\t').then_some((cells, n + 1));
            }
        }
        None
    }

    /// A numbered table row: a new item, under the section its 所属章节 cell names when
    /// the table has that column (a new section when the name changes).
    fn table_row(&mut self, line_no: usize, last: usize, row: table::Row, sectioned: bool) {
        let Some((number, style, value)) = row.number else {
            return;
        };
        self.state = State::Body;
        let head = Head {
            number,
            style,
            value,
            text: row.text.text.into(),
            folded: row.text.folded.into(),
            key: row.text.key.into(),
            clauses: row
                .clauses
                .into_iter()
                .map(|(f, k)| (f.into(), k.into()))
                .collect(),
        };
        if sectioned {
            let parent = self.table_section(line_no, row.section);
            self.doc.stack.clear();
            self.doc.stack.extend(parent);
            let rank = parent.map_or(0, |p| self.doc.items[p].rank + 1);
            self.attach(line_no, head, rank, parent);
        } else {
            self.place(line_no, head);
        }
        if let Some(&cur) = self.doc.stack.last() {
            let item = &mut self.doc.items[cur];
            item.heading_open = false;
            item.end_line = last;
            add_notes(&mut item.body, &row.notes);
        }
    }

    /// The section item of a row's 所属章节 cell: the one of the row above when the
    /// name is the same, else a new top-level item made from the name ("一、总体要求"
    /// gives number 一、 and text 总体要求). None for a row outside any section.
    fn table_section(&mut self, line_no: usize, section: Option<table::Cell>) -> Option<usize> {
        let Some(sec) = section else {
            self.doc.table_section = None;
            return None;
        };
        if let Some((key, idx)) = &self.doc.table_section {
            if *key == sec.key {
                return Some(*idx);
            }
        }
        let (number, style, value, skip) = match numbering::recognise(&sec.key) {
            Some(n) => (
                sec.text[..byte_of_char(&sec.text, n.chars)].to_string(),
                n.style,
                n.value,
                n.skip,
            ),
            None => (String::new(), Style::Bare, 0, 0),
        };
        let (st, sf) = (
            byte_of_char(&sec.text, skip),
            byte_of_char(&sec.folded, skip),
        );
        let head = Head {
            number,
            style,
            value,
            text: sec.text[st..].to_string().into(),
            folded: sec.folded[sf..].to_string().into(),
            key: sec.key[sf..].to_string().into(),
            clauses: Vec::new(),
        };
        self.doc.stack.clear();
        self.attach(line_no, head, 0, None);
        let idx = self.doc.items.len() - 1;
        self.doc.items[idx].heading_open = false;
        self.doc.table_section = Some((sec.key, idx));
        Some(idx)
    }

    fn label(&mut self, line: &Line<'a>) {
        self.cc_open = false;
        let current = if self.state == State::Body {
            self.doc.stack.last().copied()
        } else {
            None
        };
        let Some(cur) = current else {
            self.ignore(line, REASON_UNATTACHED);
            self.warn(line.no, "责任信息无法归属到任何任务".to_string());
            return;
        };
        if line.key().contains("列第一位")
            && line.key().contains("下同")
            && self.doc.items.is_empty()
        {
            self.doc.first_leads_from_start = true;
        }
        let item = &mut self.doc.items[cur];
        item.clauses.push((line.folded().into(), line.key().into()));
        item.end_line = line.no;
        item.heading_open = false;
        item.clause_open = !ends_sentence(line.key());
        item.last_line_chars = line.chars();
    }

    fn text(&mut self, idx: usize) {
        let line = &self.lines[idx];
        if self.cc_open {
            self.ignore(line, noise::CC);
            self.cc_open = !line.key().ends_with('。');
            return;
        }
        match self.state {
            State::Preamble => self.preamble_text(line),
            State::Body | State::Trailer { .. } => {
                if self.starts_document(idx) {
                    self.new_document(State::Preamble);
                    self.preamble_text(line);
                } else if self.is_signature(idx) {
                    self.ignore(line, REASON_SIGNATURE);
                    if !self.doc.items.is_empty() {
                        self.state = State::Trailer { web: false };
                    }
                } else if let State::Trailer { web } = self.state {
                    self.ignore(line, if web { noise::RELATED } else { REASON_AFTER });
                } else {
                    self.continuation(line);
                }
            }
        }
    }

    fn preamble_text(&mut self, line: &Line) {
        let k = &line.key();
        let doc = &mut self.doc;
        if k.contains("列第一位") && k.contains("下同") {
            doc.first_leads_from_start = true;
        }
        for t in meta::quoted_titles(k) {
            if !doc.known_titles.iter().any(|x| x == t) {
                doc.known_titles.push(t.to_string());
            }
        }
        let reason = if let Some((a, b)) = meta::doc_number(k).filter(|_| line.chars() <= 40) {
            doc.doc_number
                .get_or_insert_with(|| line.folded()[a..b].to_string());
            REASON_NUMBER
        } else if meta::is_date_line(k) {
            if let Some(d) = meta::find_date(k) {
                doc.date.get_or_insert(d);
            }
            REASON_DATE
        } else if meta::is_notice_title(k) {
            if doc.notice_title.is_none() {
                doc.notice_title = notice_subject(line.text());
            }
            REASON_NOTICE
        } else if let Some(issuer) = meta::issuer_line(k) {
            let header = k.ends_with("文件");
            let name = display_prefix(line.text(), line.folded(), issuer.len()).to_string();
            if header || doc.issuer.is_none() || doc.issuer_from_list {
                doc.issuer = Some(name);
                doc.issuer_from_list = false;
            }
            if header {
                REASON_HEADER
            } else {
                REASON_ISSUER
            }
        } else if meta::is_title_like(k) {
            doc.title = Some(line.text().to_string());
            REASON_TITLE
        } else if k.contains('《') || k.ends_with('。') {
            REASON_INTRO
        } else {
            REASON_PREAMBLE
        };
        self.ignore(line, reason);
    }

    /// A title line (or a notice title) followed by a first item: a new document.
    fn starts_document(&self, idx: usize) -> bool {
        let line = &self.lines[idx];
        if self.doc.items.is_empty() {
            return false;
        }
        let k = line.key();
        let web_trailer = self.state == State::Trailer { web: true };
        if meta::is_notice_title(k) && line.chars() <= 80 && !web_trailer {
            return true;
        }
        if !meta::is_title_like(k) {
            return false;
        }
        if self.doc.known_titles.iter().any(|t| t.as_str() == k) {
            return true;
        }
        self.next_significant(idx)
            .is_some_and(|l| matches!(l.class, Class::Number(n) if n.value == 1))
    }

    /// The next line that is not blank or noise, looking at most a few lines ahead.
    fn next_significant(&self, idx: usize) -> Option<&'a Line<'a>> {
        self.lines
            .get(idx + 1..)?
            .iter()
            .filter(|l| !l.is_blank())
            .take(6)
            .find(|l| !matches!(l.class, Class::Noise(_)))
    }

    /// "慈溪市人民政府办公室" followed by a date line, or a date line on its own, after the body.
    fn is_signature(&self, idx: usize) -> bool {
        let line = &self.lines[idx];
        if line.key().len() > 90 {
            return false;
        }
        if meta::is_date_line(line.key()) {
            return true;
        }
        meta::issuer_line(line.key()).is_some()
            && self
                .next_significant(idx)
                .is_some_and(|l| l.class == Class::Text && meta::is_date_line(l.key()))
    }

    /// An unnumbered line in the body: the wrapped rest of a heading, or a paragraph.
    fn continuation(&mut self, line: &Line<'a>) {
        let Some(&cur) = self.doc.stack.last() else {
            self.ignore(line, REASON_PREAMBLE);
            return;
        };
        let (mut text, mut folded, mut key) = (line.text(), line.folded(), line.key());
        let mut clause = None;
        if let Some(cut) = resp::first_label(key) {
            clause = Some((Text::from(&folded[cut..]), Text::from(&key[cut..])));
            let cut = key[..cut]
                .trim_end_matches(['(', '[', '【', '〔', ' '])
                .len();
            text = display_prefix(text, folded, cut);
            folded = &folded[..cut];
            key = &key[..cut];
        }
        if clause.is_none() {
            if let Some((a, b)) = resp::whole_bracket(key) {
                clause = Some((folded[a..b].into(), key[a..b].into()));
                (text, folded, key) = ("", "", "");
            }
        }
        let item = &mut self.doc.items[cur];
        item.end_line = line.no;
        // In a PDF copy a full-width line continues on the next one, even after a 。.
        let full_line = self
            .wrap_width
            .is_some_and(|w| item.last_line_chars + 1 >= w);
        // A label line wrapped by a PDF copy: "配合单位:市经信局、市商务局、" + "市科技局…";
        // but not a line that opens with a name of its own ("具体要求:…"), nor one
        // after a list that is complete ("责任单位:市商务局" + "附件2").
        if item.clause_open && clause.is_none() && !starts_with_field_name(key) {
            if let Some(last) = item
                .clauses
                .last_mut()
                .filter(|c| full_line || clause_is_cut(&c.1))
            {
                append(&mut last.0, folded);
                append(&mut last.1, key);
                item.clause_open = !ends_sentence(key);
                item.last_line_chars = line.chars();
                return;
            }
        }
        item.clause_open = false;
        item.last_line_chars = line.chars();
        if key.is_empty() {
        } else if item.heading_open && (full_line || should_join(&item.key, key)) {
            if item.key.ends_with(|c: char| c.is_ascii_alphanumeric())
                && key.starts_with(|c: char| c.is_ascii_alphanumeric())
            {
                append(&mut item.text, " ");
                append(&mut item.folded, " ");
                append(&mut item.key, " ");
            }
            append(&mut item.text, text);
            append(&mut item.folded, folded);
            append(&mut item.key, key);
        } else {
            item.heading_open = false;
            if !item.body.is_empty()
                && item
                    .body
                    .ends_with(['。', ';', ';', '!', '?', ':', ':', '！', '？'])
            {
                item.body.push('\n');
            }
            item.body.push_str(text);
        }
        if let Some(c) = clause {
            item.clause_open = !ends_sentence(&c.1);
            item.clauses.push(c);
            item.heading_open = false;
        }
    }
}

/// Most lines one table row may take (quoted cells, or a Word row's broken cells).
const MAX_ROW_LINES: usize = 16;

/// Adds the "name:value" notes of a table row's other cells as paragraphs.
fn add_notes(body: &mut String, notes: &[String]) {
    for n in notes {
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(n);
    }
}

/// The clause of a footer-word line that names units: "主办单位:X" as it is (a label
/// of its own), "主办:X" and "承办:X" as "主办单位:X" and "承办单位:X".
fn unit_clause<'a>(line: &Line<'a>) -> Option<(Text<'a>, Text<'a>)> {
    let (folded, key) = (line.folded(), line.key());
    if resp::starts_with_label(key) {
        return Some((folded.into(), key.into()));
    }
    let word = ["主办", "承办"].into_iter().find(|w| key.starts_with(w))?;
    let rest = key[word.len()..].trim_start_matches(' ');
    let value = rest.strip_prefix(':')?;
    if value.trim().is_empty() {
        return None;
    }
    // Same byte length in both views: the value starts at the same offset.
    let at = key.len() - value.len();
    Some((
        format!("{word}单位:{}", &folded[at..]).into(),
        format!("{word}单位:{value}").into(),
    ))
}

/// The width (in chars) at which a PDF copy wraps: one long line length shared by at
/// least a quarter of the non-blank lines.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let mut counts = [0usize; 121];
    let mut total = 0;
    for l in lines.iter().filter(|l| !l.is_blank()) {
        total += 1;
        if let Some(c) = counts.get_mut(l.chars()) {
            *c += 1;
        }
    }
    let (width, &n) = counts
        .iter()
        .enumerate()
        .skip(16)
        .max_by_key(|&(_, n)| *n)?;
    (total >= 8 && n * 4 >= total).then_some(width)
}

fn ends_sentence(key: &str) -> bool {
    key.trim_end().ends_with(['。', ';', '!', '?', ':'])
}

/// Whether a clause stops in the middle of its list: after a separator
/// ("市经信局、"), or, in a unit list, in the middle of a name ("市经信" + "局、市商务局").
/// A unit list that ends with a whole name ("责任单位:市商务局") is complete.
fn clause_is_cut(key: &str) -> bool {
    let k = key.trim_end();
    if k.ends_with(['、', ',', '，', '/']) {
        return true;
    }
    let units = resp::find_labels(k).last().is_some_and(|l| {
        matches!(
            l.role,
            resp::Role::Lead | resp::Role::Resp | resp::Role::Coop
        )
    });
    if !units {
        // Leaders, deadlines, a bracket's content: as before, any line goes on.
        return true;
    }
    let value = k.rsplit(':').next().unwrap_or(k);
    let last = value.rsplit(['、', ',', ';', ' ']).next().unwrap_or(value);
    !resp::looks_like_unit(last)
}

/// "具体要求:…", "工作目标:…": a line that opens with a short name and a colon starts a
/// paragraph of its own, so it does not continue a unit list wrapped from the line above.
fn starts_with_field_name(key: &str) -> bool {
    let Some(at) = key.find([':', '：']) else {
        return false;
    };
    let name = &key[..at];
    (2..=8).contains(&name.chars().count())
        && !name.contains(['、', ',', '，', ';', '；', '(', ')', '（', '）', ' '])
}

/// Whether an unnumbered line continues the heading above it: a sentence broken by a
/// hard wrap, or a heading split over two lines ("二、2018年" + "主要目标任务").
fn should_join(head: &str, next: &str) -> bool {
    let head = head.trim_end();
    let Some(last) = head.chars().next_back() else {
        return true;
    };
    if ends_sentence(head) {
        return false;
    }
    if matches!(
        last,
        '的' | '和' | '及' | '与' | '、' | ',' | '“' | '《' | '(' | '-' | '—'
    ) {
        return true;
    }
    let (hl, nl) = (head.chars().count(), next.chars().count());
    if nl <= 16 && !next.contains(['。', ';', ',', ':', '、']) && (hl <= 12 || hl >= 20) {
        return true;
    }
    if hl >= 20 {
        let clause = next
            .chars()
            .take_while(|c| !matches!(c, ',' | '、' | ';' | '。' | ':'))
            .count();
        let sep = next.chars().nth(clause);
        if clause <= 8 && matches!(sep, Some(',' | '、')) {
            return true;
        }
    }
    hl >= 28
}

/// "…关于印发2021年政府工作报告目标任务责任分解的通知" → "2021年政府工作报告目标任务责任分解".
fn notice_subject(text: &str) -> Option<String> {
    let (_, rest) = text.split_once("印发")?;
    let rest = rest.trim();
    let rest = rest
        .strip_suffix("的通知")
        .or_else(|| rest.strip_suffix("通知"))
        .unwrap_or(rest);
    let rest = rest.trim_matches(['《', '》', ' ']);
    (!rest.is_empty()).then(|| rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_paragraph_does_not_continue_a_unit_list() {
        assert!(starts_with_field_name("具体要求:各地要加快推进"));
        assert!(starts_with_field_name("工作目标：全年完成"));
        assert!(!starts_with_field_name("市科技局、市财政局"));
        assert!(!starts_with_field_name("市科技局、市财政局:"));
        assert!(!starts_with_field_name("确保按期开工建设。"));
    }

    #[test]
    fn joins() {
        assert!(should_join(
            "拟定慈溪市实施数字经济创新提质“一号发展工程”",
            "行动方案,大力推进数字经济核心产业扩量工作。"
        ));
        assert!(should_join("2018年", "主要目标任务"));
        assert!(should_join("建设人民满意的", "服务型政府"));
        assert!(!should_join(
            "聚焦转型升级,振兴实体经济",
            "推动制造业迈向高端。全面推进“中国制造2025”试点示范建设"
        ));
        assert!(!should_join(
            "中心工作",
            "认真学习贯彻党的二十大精神,全面落实中央、省委和宁波市委经济工作会议。"
        ));
        assert!(!should_join("一般公共预算收入增长6%。", "x"));
        assert!(should_join("", "x"));
    }

    #[test]
    fn notice_subjects() {
        assert_eq!(
            notice_subject("慈溪市人民政府办公室关于印发 2023年2月份市政府工作要点的通知")
                .as_deref(),
            Some("2023年2月份市政府工作要点")
        );
    }
}

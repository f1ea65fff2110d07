//! Stage 4: documents and the tree of numbered items, with the context-dependent
//! line decisions: preamble metadata, attaching label lines and paragraphs to the
//! item above, 抄送 continuation lines, signature blocks, related news after a
//! document ends, and where a new document starts in the paste.
//!
//! Items live in a flat arena per document (parent before child, in input order);
//! the finishing stage turns them into nested [`super::Node`]s.
//!
//! This module holds the [`Builder`], its state and the per-line dispatch. Two
//! topics that need long, self-contained reasoning live in child modules, as more
//! `impl Builder` blocks (a child module sees the parent's private fields):
//! - `joins`: hard-wrapped lines and split headings, numbers that a wrap left at the
//!   start of a line, wrapped unit lists, and website-footer words among the items;
//! - `tables`: rows of tables copied from Word or Excel.

use std::borrow::Cow;

use super::label;
use super::lines::{Class, Line};
use super::meta;
use super::model::{IgnoredLine, Unit, Warning};
use super::noise::{self, Noise};
use super::numbering::{self, Numbering, Style};
use super::resp;
use super::table::Column;
use super::text::{byte_of_char, digits_value, display_prefix, has_sentence_mark, Keyed};
use super::words::{
    first_leads_rule, Mark, ABOVE_POINTERS, APPEAL_OPENINGS, BREAKDOWN_HANDED_DOWN,
    DEMANDS_ANNOUNCED, DISCLOSURE_MODES, DOCUMENT_NAME_ENDS, DOCUMENT_SETS_OUT,
    DUTIES_HEADING_ENDS, DUTIES_HEADING_FILLERS, DUTY_LABELS, DUTY_PART_WORDS, HANDING_OUT,
    HANDS_OUT_TASKS, LIST_ANNOUNCEMENTS, MAKING_THIS, MEETING_DECISION_WORDS, MEETING_HELD_VERBS,
    MEETING_REPORT_WORDS, NOTE_ONWARD_WORDS, NOTICE_OF_A_DOCUMENT, NOT_TASK_TITLE_WORDS,
    PARTS_TOLD, PLACE_BODIES, PLANNING_WORDS, PLAN_IN_TITLE, PLAN_PREAMBLES, QUESTION_OPENERS,
    REPLY_OPENINGS, REPORT_OPENINGS, RULE_SET_TITLE_ENDS, SETTING_UP_VERBS, SET_UP_BODIES,
    SHARED_BODY_ENDS, TASK_NAME_FIELDS, TRADE_BODY_ENDS, WORK_NOUNS,
};

mod grid;
mod joins;
mod runs;
mod tables;

pub use grid::cut_run_tables;
pub use runs::cut_duty_runs;

use joins::wrap_width;

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

impl DocBuild<'_> {
    /// The rank a numbering style has at the end of the document (0: the top level),
    /// if it was seen.
    pub fn style_rank(&self, style: Style) -> Option<usize> {
        self.ranks.iter().find(|(s, _)| *s == style).map(|r| r.1)
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
    /// Whether the last clause may continue on the next line (no final 。), and how.
    clause_open: OpenClause,
    /// A responsibility bracket that the item's last paragraph line opens and never
    /// closes (the page was cut inside it): (folded, key) of its content, read when
    /// nothing else names who does the item. Cleared by the next paragraph line.
    pub cut_bracket: Option<(Text<'a>, Text<'a>)>,
    /// The unit (or units) that the item's first paragraph opens with as the subject of
    /// its work ("各乡镇人民政府要严格执行…" under "(一)确保栽足种实"): (folded, key) of
    /// the name and its duty verb. Read when nothing else names who does the item.
    pub subject: Option<(Text<'a>, Text<'a>, &'static str)>,
    /// The units that clauses of the item's paragraphs give a duty ("…全局上下要高度重
    /// 视,办公室负责整个活动的统筹协调,各科室要密切配合"), with their marks: read when
    /// nothing else names who does it.
    pub body_duties: Vec<(Unit, Mark)>,
    /// The first deadline phrase of the item's paragraphs, folded ("…确保12月15日前完成
    /// 河北省下达的年度清洁生产审核任务。" under "(八)清洁生产审核"): a task's deadline
    /// when its own text and clauses give none.
    pub body_deadline: Option<String>,
    /// The partners the item's paragraphs first name after 会同 or 联合 ("…。针对电动自
    /// 行车,联合市场监管部门检查销售、维修店铺", c1907): cooperating beside the units
    /// the paragraphs name as the subject of the work.
    pub body_partners: Vec<Unit>,
    /// The heads a working group's item names on lines of its own ("1.协调组" over
    /// "组长:谭宗华" and "副组长:袁犬嵘"): its leaders when nothing else names any.
    pub group_heads: Vec<crate::parser::model::Leader>,
    /// Whether the item's last line named a head of its working group: a line of a
    /// leader alone after it names one more ("组     长:史立权(市农业农村局局长)" +
    /// "史国建(市卫生健康局局长)").
    group_heads_open: bool,
    /// A table's category row: a section even with no rows under it.
    pub category: bool,
    /// A row of a table: never the parent of an item outside the table.
    row: bool,
}

/// An item's last clause, while the next line may go on with it (it has no final 。).
/// What it holds is worked out as its lines come, from each line alone, so that a
/// clause that runs on for thousands of lines costs no more than their length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OpenClause {
    /// Ended (or no clause): the next line does not go on with it.
    Closed,
    /// Leaders, a deadline, a bracket's content: any line may go on with it.
    AnyLine,
    /// A unit list; `tail` is where its last name so far starts (a byte offset in its
    /// key view): a list that ends in the middle of a name goes on.
    Units { tail: usize },
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

impl<'a> Head<'a> {
    /// The head of an item whose text is a whole line, numbered as a table's 序号 is
    /// (`number` empty for none).
    fn of_line(line: &Line<'a>, number: String, value: u32) -> Head<'a> {
        Head {
            number,
            style: Style::Bare,
            value,
            text: line.text().into(),
            folded: line.folded().into(),
            key: line.key().into(),
            clauses: Vec::new(),
        }
    }
}

/// A paragraph line added to an item after its labels: where it is, and the item's
/// body length and last line before it.
#[derive(Debug, Clone, Copy)]
struct ParagraphMark {
    item: usize,
    line: usize,
    body_len: usize,
    end_line: usize,
}

/// How many lines ahead a new numbering style looks for the list it may head.
const LOOKAHEAD_LINES: usize = 12;

/// The fewest chars of work before a paragraph's own closing label ("推进…工作。" has
/// more; "目标:" has not).
const MIN_WORK_BEFORE_LABEL_CHARS: usize = 5;

/// The longest paragraph that may be a task without a number, in chars.
const MAX_UNNUMBERED_TASK_CHARS: usize = 200;

/// The longest heading, in bytes, over paragraphs that each close with their own
/// bracket (a sentence of about 200 chars).
const MAX_BARE_HEADING_BYTES: usize = 600;

/// The longest heading of a part of the units' duties ("二、部门工作职责分工").
const MAX_DUTY_PART_CHARS: usize = 12;

/// The longest entry of a table of contents, in chars.
const MAX_CONTENTS_ENTRY_CHARS: usize = 40;

/// How many paragraphs after a unit's colon entry are looked at for the next one.
const ENTRY_LOOKAHEAD_LINES: usize = 3;

/// Whether the notice title line before was cut before its end, and whose subject the
/// lines that finish it go on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum TitleCut {
    /// Whole, or no notice title yet.
    #[default]
    No,
    /// Cut, and the notice's subject is being read from it: the lines after go on it.
    Own,
    /// Cut, but the subject was read from the same title given whole before (a page
    /// that shows its title twice): the lines after finish this copy only.
    Again,
}

/// A document while being built.
#[derive(Debug, Clone, Default)]
pub struct DocBuild<'a> {
    pub title: Option<String>,
    /// The line the title was last read from (a title wrapped over two lines goes on
    /// on the next one).
    title_line: Option<usize>,
    pub notice_title: Option<String>,
    /// The notice title line before was cut before its end ("关于印发2022年《政府工作
    /// 报告》" + "重点任务责任落实分工的通知"): the next line may finish it.
    notice_title_cut: TitleCut,
    pub doc_number: Option<String>,
    /// A list of units' duties without numbers ("区住建局负责…" paragraphs): the index
    /// of such a paragraph's line read as preamble (a second one makes both tasks), and the
    /// item of the last one that became a task.
    duty_candidate: Option<usize>,
    duty_item: Option<usize>,
    /// Numbered lines that are the fields of an item ("1.活动时间:…", "2.活动内容:…"):
    /// the item, the fields' numbering style and the last field's value.
    field_run: Option<(usize, Style, u32)>,
    /// The item whose group of sub-items the last label line closed (the next label
    /// lines are the group's too).
    group_labels: Option<(usize, usize)>,
    pub issuer: Option<String>,
    /// `issuer` came from a 发布单位: list entry, which a signature line overrides.
    issuer_from_list: bool,
    pub date: Option<String>,
    /// Metadata of the paste's earlier document, for a document that has none.
    pub inherited: Option<(Option<String>, Option<String>, Option<String>)>,
    /// The title of the paste's earlier document (or the one it had in turn), for a
    /// document without one: a part of the same page (a roster's list of duties whose
    /// numbers start again, c10688), of the kind that title says.
    pub earlier_title: Option<String>,
    pub items: Vec<Item<'a>>,
    pub roots: Vec<usize>,
    /// The 列第一位 rule was stated before the first item.
    pub first_leads_from_start: bool,
    /// The preamble says the document sets a body up ("经研究,决定成立…工作领导小组,相
    /// 关成员及单位职责如下:"), with no plan beside it: its items are the body's members
    /// and standing duties, tasks only where they name who does them.
    pub sets_a_body_up: bool,
    /// The preamble or the first article says the document is a set of rules ("…,制定本
    /// 工作制度。", held-out c12567, c12568, c12667), as a title ending 制度 does: its
    /// items say how things are always done.
    pub makes_rules: bool,
    /// The preamble tells how a quoted document is divided into parts ("《实施方案》分
    /// 为…三个部分"): the page explains it, a 政策解读 without the word.
    pub explains: bool,
    /// The preamble announces an appeal ("…特发出以下倡议:", held-out c14049): the items
    /// call on everyone, as a 倡议书's do; no tasks to track.
    pub appeals: bool,
    /// A table's header names how or when things are disclosed ("公开方式", "公开时
    /// 限"): the page is a 政务公开 catalogue, its rows standing entries, no tasks.
    pub catalogue: bool,
    /// How many lines open with a question ([`QUESTION_OPENERS`]): a page of questions
    /// and answers lists no tasks.
    pub questions: usize,
    /// The preamble's last line announces the list with who leads it ("其中,市长徐立毅
    /// 亲自牵头8项重点工作,分别为:"): the leader or unit its clause names as a heading of
    /// who would (folded, key, which), over the top-level items.
    pub announced_who: Option<(String, String, resp::HeadingWho)>,
    /// The preamble's last line announces one body's standing duties ("区行政审批局负责
    /// 贯彻落实…。主要职责是:"): the items below are its functions, not tasks.
    pub announces_own_duties: bool,
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
    /// The cells of the table's last row, for a row below whose 序号 was merged with it
    /// (Excel copies a merged cell in the group's first row only).
    table_last_cells: Vec<super::table::Cell>,
    /// The line of the table's header.
    table_header_line: usize,
    /// A record of fields named a task ("项目名称:…"): a later one under a heading is a
    /// record too.
    records: bool,
    mixed_warned: Vec<Option<usize>>,
    /// The items ended with a signature (issuer and date): a notice's.
    signed: bool,
    /// The preamble says a document is carried and the items that follow are the
    /// notice's own ("…现印发给你们,请结合以下要求认真贯彻执行", "…并就有关事项通知如下:").
    notice_items: bool,
    /// The preamble says so in words ("…并将有关事项通知如下"): its items are the
    /// notice's even where the page stops before the signature.
    notice_items_announced: bool,
    /// The preamble hands tasks out and announces demands of its own ("…重点工作任务
    /// 分解下达给你们,并提出以下要求"): its items are those demands, whatever its title
    /// names, where they name no one and have no items below them.
    demands_announced: bool,
    /// The preamble says it carries a document ("…意见》…现印发给你们"): the notice's
    /// title may be missing from the page, its items are still the notice's.
    carries_document: bool,
    /// The preamble hands down a breakdown of tasks ("现将…目标任务分解落实到市长、各位
    /// 副市长…"): items with none below them are the notice's own (a breakdown in the
    /// text itself has items below its headings).
    breakdown_handed_down: bool,
    /// The preamble names the bodies a notice is addressed to ("各镇政府、…单位:"): a
    /// notice, even where the page lost its title.
    addressed: bool,
    /// An attachment is named after the items ("附件:…分解表"): the document they go
    /// with is attached, not in the text.
    attachment_after_items: bool,
    /// The line that says the notice hands a document out ("现将《…》印发你们,请认真贯彻
    /// 执行。"): items right after it, with nothing between, are the notice's own.
    handing_out_line: Option<usize>,
    /// The document carried is a table ("现将《…重点工作任务分解表》印发给你们"): numbered
    /// paragraphs after the notice are no rows of it, but the notice's own items.
    carries_table: bool,
    /// The notice's items were followed by the preamble of the plan it carries ("为贯彻
    /// 落实…,现制订本工作方案。"), on a page without the plan's title: they are the
    /// notice's own.
    plan_follows: bool,
    /// The category row of a table without tabs that its next rows go under.
    grid_parent: Option<usize>,
    /// The preamble says the page reports on work ("现将有关情况通报如下"), or its
    /// breadcrumb files it under news: with no one named for any item, its items are
    /// not tasks.
    pub reports: bool,
    /// The preamble tells what was done ("…全面开展了自查自纠", "…促进了地区经济社会的
    /// 可持续发展") and names no plan, notice or list ([`PLANNING_WORDS`]): a report on
    /// work, whose items, with no one named for any, are not tasks.
    pub tells_past: bool,
    /// The preamble (or the title) names a plan, a notice or a list of tasks.
    pub names_a_plan: bool,
    /// The preamble says the page replies to a proposal or a motion ([`REPLY_OPENINGS`]):
    /// it lists no tasks, whoever its items name.
    pub replies: bool,
    /// What the preamble told of a meeting so far, over its lines ("…组织召开…第七次会
    /// 议。…参加了会议。" + "会议传达了…" + "会议强调:", held-out c11668): a report of
    /// it once it was held and told of, unless it decides.
    meeting: MeetingTold,
}

/// What a preamble told of a meeting, line by line.
#[derive(Debug, Clone, Copy, Default)]
struct MeetingTold {
    /// A line said it was held ([`MEETING_HELD_VERBS`]).
    held: bool,
    /// A line told of it as a report does ([`MEETING_REPORT_WORDS`]).
    told: bool,
    /// A line said it decided ([`MEETING_DECISION_WORDS`]): minutes, not a report.
    decides: bool,
}

impl DocBuild<'_> {
    /// Makes rank `r` free for a new style: every style and item at `r` or below
    /// moves one level down.
    /// For the first number of a style of fewer parts than the decimal items that came
    /// first in a document (a page cut after its start: "2.2职责任务", then "3.预防" +
    /// "3.1…"; "3.6.5…", then "3.7 信息发布" + "3.7.1…"): when it is the next of the
    /// last such item at its own depth (3 after 2.2, 3.7 after 3.6.5), it is the next
    /// chapter, one level above them: the rank it takes (theirs, which moves one level
    /// down).
    fn next_chapter(&self, n: Numbering, number: &str) -> Option<usize> {
        let parts = match n.style {
            Style::ArabicDot => 1,
            Style::Decimal(p) => p,
            _ => return None,
        };
        // The ranked decimal style of more parts that ranks highest.
        let (deeper, rank) = self
            .ranks
            .iter()
            .filter(|(s, _)| matches!(s, Style::Decimal(q) if *q > parts))
            .min_by_key(|(_, r)| *r)
            .copied()?;
        // (Searched once per document and style: this style is not ranked yet.)
        let last = self.items.iter().rev().find(|i| i.style == deeper)?;
        let values = |s: &str| -> Option<Vec<u32>> {
            s.trim()
                .trim_end_matches(['.', '、', ' '])
                .split('.')
                .take(usize::from(parts))
                .map(|v| v.parse().ok())
                .collect()
        };
        let (old, new) = (values(&last.number)?, values(number)?);
        let k = usize::from(parts) - 1;
        (old.len() == new.len()
            && old[..k] == new[..k]
            && old.get(k).zip(new.get(k)).is_some_and(|(a, b)| a + 1 == *b))
        .then_some(rank)
    }

    fn make_rank(&mut self, r: usize) {
        for (_, x) in self.ranks.iter_mut().filter(|(_, x)| *x >= r) {
            *x += 1;
        }
        for item in self.items.iter_mut().filter(|i| i.rank >= r) {
            item.rank += 1;
        }
        self.next_rank += 1;
    }
}

/// How many lines of a record's fields may stand between its name and its label of
/// who does it.
const MAX_RECORD_FIELD_LINES: usize = 4;

/// The fewest ideographs of a record's name above its field lines.
const MIN_RECORD_NAME_CHARS: usize = 4;

/// How many paragraphs after an attachment's title are looked at for units' duties.
const ATTACHED_DUTIES_LOOKAHEAD: usize = 3;

/// The longest title of such an attachment, in chars.
const MAX_ATTACHED_TITLE_CHARS: usize = 30;

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
    /// After "附件:1.…": the next numbered titles are the list's other entries.
    attachment_list: bool,
    /// The last entry of such a list ends as no document's name does: its title goes
    /// on on the next line.
    attachment_wrapped: bool,
    /// After a site's "免责声明" heading: its numbered terms follow.
    site_terms: bool,
    /// The last paragraph added to an item after its label lines, and the item as it
    /// was before it (a label line below it may make it a task of its own).
    last_paragraph: Option<ParagraphMark>,
    /// The first paragraph added to an item after its latest label lines (a record's
    /// name, with lines of fields of its own after it: see `promote_paragraph`).
    first_paragraph: Option<ParagraphMark>,
    pub ignored: Vec<IgnoredLine>,
    /// Whether each entry of `lines` is in `ignored` (by its index: a line cut into
    /// items has several entries): an entry is never ignored twice, however late it is
    /// looked at again (a cover notice set apart).
    ignored_at: Vec<bool>,
    /// The kind of each entry of `lines` as a cell, once asked (a headerless table is
    /// looked for at every number alone, over the same lines after it).
    cell_kinds: std::cell::RefCell<Vec<Option<crate::parser::grid::Kind>>>,
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
/// A number alone where the page was cut.
const REASON_CUT_NUMBER: &str = "截断处的编号";
const REASON_UNATTACHED: &str = "未归属的责任信息";
const REASON_NOTICE_BODY: &str = "印发通知正文";
const REASON_CONTENTS: &str = "目录";

/// Whether a preamble's sentence sets a body up without a plan beside it: a decision
/// to set up ("决定成立", [`SETTING_UP_VERBS`]) a body of [`SET_UP_BODIES`] (held-out
/// c11049). Not "成立领导小组,制定本方案" (a plan comes with it), nor a body set up
/// in passing by a plan's own words ("建立健全…工作机制").
fn decides_to_set_a_body_up(k: &str) -> bool {
    k.match_indices("决定").any(|(i, w)| {
        let rest = &k[i + w.len()..];
        SETTING_UP_VERBS.starts(rest) && SET_UP_BODIES.in_text(rest) && !PLAN_IN_TITLE.in_text(rest)
    })
}

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
            attachment_list: false,
            attachment_wrapped: false,
            site_terms: false,
            last_paragraph: None,
            first_paragraph: None,
            ignored: Vec::new(),
            ignored_at: vec![false; lines.len()],
            cell_kinds: std::cell::RefCell::new(vec![None; lines.len()]),
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
            // (A row of a table may have tabs only before its first cell: "\t\t引进龙头
            // 企业" under cells merged over it.)
            if !matches!(line.class, Class::Blank | Class::Noise(_))
                && (line.has_tab() || (line.leading_tabs() > 0 && self.doc.table.is_some()))
                && self.table_line(idx)
            {
                continue;
            }
            // A row of cells between bars reads as web navigation on its own.
            let bars = matches!(line.class, Class::Noise(n) if n.reason == noise::NAV);
            // A header is text (or cells between bars), never a numbered item.
            if (bars || line.class == Class::Text)
                && !line.has_tab()
                && may_start_loose_table(line)
                && self.loose_table(idx)
            {
                continue;
            }
            if self.attachment_list && (self.attachment_entry(line) || self.attachment_wraps(line))
            {
                continue;
            }
            if !line.is_blank() {
                self.attachment_list = false;
            }
            if let Some(n) = self.number_alone(idx) {
                self.number(idx, n);
                continue;
            }
            if !line.is_blank() && QUESTION_OPENERS.starts(line.key().trim_start()) {
                self.doc.questions += 1;
            }
            match line.class {
                Class::Blank => {}
                Class::Noise(n) => self.noise(idx, n),
                Class::Number(n) => self.number(idx, n),
                Class::Label | Class::Text
                    if self.record_line(idx) || self.record_over_lines(idx) => {}
                Class::Label => self.label(line),
                Class::Text if self.bare_label(idx) => self.label(line),
                Class::Text => self.text(idx),
            }
        }
        let mut doc = std::mem::take(&mut self.doc);
        // A carrying notice whose plan is not in the text (a page with the notice
        // only): its items are still the notice's.
        // (A title that is the notice's own, written again over lines of its own, is no
        // plan's.)
        let plan_title = doc
            .title
            .as_deref()
            .is_some_and(|t| !(t.ends_with("通知") && meta::is_notice_title(t)));
        // (A notice that says it carries a document and announces its own items, then
        // signs them, is the carrying notice even under a title that names the plan: a
        // web page titles the notice by its plan.)
        let carrying = doc.signed && doc.notice_items_announced && doc.carries_document;
        // (A notice that carries a table, on a page cut before its signature: its
        // numbered paragraphs are its own when no row of a table came.)
        let carries_table = doc.carries_table && doc.items.iter().all(|i| !i.row);
        // (Items none of which has items below it: a notice's own; a plan has items
        // below its headings.)
        let flat = doc.items.iter().all(|i| i.children.is_empty());
        // (A notice that hands out a document or a breakdown of tasks, on a page cut
        // before its signature: its items are its own when they follow the handing-out
        // line with nothing between and are flat. A plan after the notice follows a
        // signature, a title or a preamble.)
        let items_after_handing_out = (doc.carries_document || doc.breakdown_handed_down)
            && flat
            && doc.handing_out_line.is_some_and(|h| {
                doc.items.first().is_some_and(|first| {
                    !self
                        .ignored
                        .iter()
                        .any(|i| i.line > h && i.line < first.line)
                })
            });
        // (Announced as demands, on a page cut before the plan it hands out.)
        let demands = doc.demands_announced && flat;
        if ((doc.signed || doc.notice_items_announced || carries_table || items_after_handing_out)
            && (!plan_title || carrying)
            || demands)
            && doc.notice_items
            // (A notice that lost its title: addressed to bodies, its document attached
            // after its items, "附件:2007年三水区政府工作主要任务分解表".)
            && (doc.notice_title.is_some()
                || doc.carries_document
                || (doc.breakdown_handed_down && flat)
                || (doc.addressed && doc.attachment_after_items))
            && !assigns_work(&doc)
            // (Nor a notice about work of its own that hands nothing out, "关于进一步做
            // 好农村燃气安全管理工作的通知" over "一、压实市县监管责任。…": its items are
            // that work.)
            && !asks_for_its_own_work(&doc)
        {
            self.cover_notice(&mut doc);
        }
        if !doc.items.is_empty() || self.docs.is_empty() {
            self.docs.push(doc);
        }
        // A cover notice's lines are ignored once the document after it starts: keep
        // the list in input order.
        crate::sort::sort_by_key(&mut self.ignored, |i| i.line);
        // The parts of a line cut into inline items are one entry, even where other
        // lines were ignored between them (a cover notice set apart in between).
        let mut merged: Vec<IgnoredLine> = Vec::with_capacity(self.ignored.len());
        for entry in std::mem::take(&mut self.ignored) {
            match merged.last_mut().filter(|l| l.line == entry.line) {
                Some(last) => {
                    last.text.push(' ');
                    last.text.push_str(&entry.text);
                }
                None => merged.push(entry),
            }
        }
        (self.docs, merged, self.warnings)
    }

    /// The index of the first entry of physical line `no` (a line cut into inline
    /// items has several entries, all with its number).
    fn index_of(&self, no: usize) -> usize {
        self.lines.partition_point(|l| l.no < no)
    }

    /// Whether a line ending with 通知 follows `line` within [`MAX_TITLE_PIECES`] lines
    /// that are not blank, each short and no sentence, `line` too: the rest of a notice
    /// title cut over several lines.
    fn notice_title_ends_after(&self, line: &Line) -> bool {
        let title_piece = |l: &Line| l.chars() <= 40 && !has_sentence_mark(l.key());
        let from = self.index_of(line.no + 1);
        title_piece(line)
            && self.lines[from..]
                .iter()
                .filter(|l| !l.is_blank())
                .take(MAX_TITLE_PIECES)
                .take_while(|l| title_piece(l))
                .any(|l| l.key().ends_with("通知"))
    }

    /// The index in `lines` of an entry borrowed from it.
    fn entry_index(&self, line: &Line) -> Option<usize> {
        let size = std::mem::size_of::<Line>();
        let offset = (line as *const Line as usize).checked_sub(self.lines.as_ptr() as usize)?;
        let i = offset / size;
        (offset % size == 0 && self.lines.get(i).is_some_and(|l| std::ptr::eq(l, line)))
            .then_some(i)
    }

    fn ignore(&mut self, line: &Line, reason: &str) {
        if let Some(at) = self
            .entry_index(line)
            .and_then(|i| self.ignored_at.get_mut(i))
        {
            *at = true;
        }
        // A line cut into inline items: its ignored parts are one entry.
        if let Some(last) = self.ignored.last_mut().filter(|l| l.line == line.no) {
            last.text.push(' ');
            last.text.push_str(line.text());
            return;
        }
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
        self.site_terms = false;
        let mut prev = std::mem::take(&mut self.doc);
        // (Not one that assigns the work itself: "省衛生廳:負責…" paragraphs after "現將
        // 《…通知》轉發給你們…現提出我省有關部門…職責", signed, then the forwarded notice,
        // held-out c13003.)
        if ((prev.signed && prev.title.is_none()) || prev.plan_follows) && !assigns_work(&prev) {
            self.cover_notice(&mut prev);
        }
        self.doc.inherited = Some((
            prev.doc_number.clone(),
            prev.issuer.clone(),
            prev.date.clone(),
        ))
        .filter(|_| prev.doc_number.is_some() || prev.issuer.is_some() || prev.date.is_some())
        .or(prev.inherited.clone());
        self.doc.known_titles = prev.known_titles.clone();
        self.doc.earlier_title = prev
            .title
            .clone()
            .or_else(|| prev.notice_title.clone())
            .or_else(|| prev.earlier_title.clone());
        if !prev.items.is_empty() || prev.title.is_some() {
            self.docs.push(prev);
        }
        self.state = state;
        self.cc_open = false;
    }

    /// A document without a title of its own, whose items a signature closed, followed
    /// by a titled document: the notice that carries the plan ("现将《…》印发给你们,
    /// 并就有关事项通知如下:一、…二、…" + issuer and date + the plan's title). Its
    /// items tell how to carry out the plan; they are no tasks and no sections. Their
    /// lines are listed as ignored, with the reason.
    fn cover_notice(&mut self, notice: &mut DocBuild<'a>) {
        let items = std::mem::take(&mut notice.items);
        notice.roots.clear();
        notice.stack.clear();
        self.set_apart(&items, REASON_NOTICE_BODY);
    }

    /// Lists the lines of `items` as ignored with `reason` (items that turned out to be
    /// no items of the plan: a notice's own, a table of contents).
    fn set_apart(&mut self, items: &[Item], reason: &str) {
        let lines = self.lines;
        for item in items {
            let start = self.index_of(item.line);
            for (i, line) in lines[start..]
                .iter()
                .enumerate()
                .take_while(|(_, l)| l.no <= item.end_line)
            {
                // Not twice: a line may be ignored already (a page number between its
                // lines, a notice's preamble before its items on a line whose breaks
                // were lost).
                if !line.is_blank() && !self.ignored_at.get(start + i).copied().unwrap_or(true) {
                    self.ignore(line, reason);
                }
            }
        }
        // Warnings about the items (numbering) no longer apply.
        self.warnings
            .retain(|w| !items.iter().any(|i| i.line == w.line));
    }

    fn noise(&mut self, idx: usize, n: Noise) {
        let line = &self.lines[idx];
        if n.reason == noise::ATTACHMENT {
            self.doc.attachment_after_items |= !self.doc.items.is_empty();
            // "附件:1.…": a list whose next entries ("2.…") are on the lines below; so
            // is "附件:" alone over "1.2017年…分解表" (c9923).
            let k = line.key();
            let value = k.split_once(':').map(|(_, v)| v.trim());
            self.attachment_list =
                value.is_some_and(|v| v.is_empty() || numbering::recognise(v).is_some());
            // (Its first entry's title may go on on the next line.)
            self.attachment_wrapped = self.attachment_list
                && value.is_some_and(|v| !v.is_empty() && !DOCUMENT_NAME_ENDS.ends(v));
        }
        self.site_terms |= n.reason == noise::COPYRIGHT && noise::heads_site_terms(line.key());
        if n.reason == noise::COPYRIGHT && self.state == State::Body && self.body_goes_on(idx) {
            self.footer_word_among_tasks(line);
            return;
        }
        self.ignore(line, n.reason);
        self.cc_open = n.reason == noise::CC && !line.key().ends_with('。');
        if self.state == State::Preamble {
            self.preamble_metadata(line, n.reason);
            self.doc.addressed |= n.reason == noise::ADDRESSEE;
            // "当前位置: 首页 -> 新闻中心 -> 要闻聚焦 -> 正文": the site files the page
            // under its news (or its 解读): like a title that says so, with no one
            // named for any item, its items are no tasks.
            let k = line.key();
            self.doc.reports |=
                noise::is_breadcrumb(k) && crate::parser::words::NOT_TASK_PAGE_WORDS.in_text(k);
            // ("您提出的《…》已收悉,现回复如下:", read as the notice's words.)
            self.doc.replies |= REPLY_OPENINGS.in_text(k);
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
        } else if reason == noise::NAV && self.doc.title.is_none() {
            // A 政府信息公开 page's box of facts, "[ 名 称 ] | 靖政发〔2025〕17号 靖边县
            // 人民政府 关于建立重点工作调度机制的通知 |": the document's title.
            if let Some(title) =
                meta::title_cell(line.folded()).or_else(|| meta::headline_cell(line.folded()))
            {
                self.doc.title = Some(title.to_string());
            }
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
        // "(一)" alone on the last line of a page cut right after it: none of the item's
        // text is there, so it is no task (the corpus's rule 8); listed as ignored.
        if line.key().trim().chars().count() <= n.skip
            && self.lines[idx + 1..].iter().all(Line::is_blank)
        {
            self.ignore(line, REASON_CUT_NUMBER);
            return;
        }
        if self.field_line(idx, n) {
            return;
        }
        if self.numbered_share(line, n) {
            return;
        }
        match self.state {
            // ("豫都网版权与免责声明" + "1、未经豫都网许可…": the site's terms, numbered,
            // until another document starts.)
            _ if self.site_terms => {
                self.ignore(line, noise::COPYRIGHT);
                return;
            }
            State::Trailer { web } => {
                if n.value != 1 {
                    self.ignore(line, if web { noise::RELATED } else { REASON_AFTER });
                    return;
                }
                self.new_document(State::Body);
            }
            // (Not a category row of a table whose header came after the last top-level
            // item: "一、市政府重点工作任务" + "序号\t目标与任务\t…" + "一、主要预期目标\t":
            // the table's own list starts there.)
            State::Body
                if n.value == 1
                    && self.doc.ranks.iter().find(|r| r.1 == 0).map(|r| r.0) == Some(n.style)
                    && !self.doc.roots.is_empty()
                    && !self.table_since_last_root() =>
            {
                if self.lists_contents(line, n) {
                    // "一、产业发展支持政策(88条)" … "六、…" and then "一、产业发展支持政策
                    // (88条)" again: the headings above were the document's contents.
                    self.table_of_contents();
                } else {
                    // The first style restarts at 1: a new document without a title line,
                    // of the same page (a report's later parts are the report's too).
                    let (reports, replies) = (self.doc.reports, self.doc.replies);
                    self.new_document(State::Body);
                    (self.doc.reports, self.doc.replies) = (reports, replies);
                }
            }
            _ => {}
        }
        self.state = State::Body;
        self.push_item(line, n);
    }

    /// A number alone on its line over the item's title on the next ("01" + "交通畅行
    /// “顺心”实事", "1" + "新增100张困难重残养护床位", as a page that sets its numbers in
    /// badges gives them): the item's number, when it goes on with the list of such
    /// numbers open, or is its first and the next comes within
    /// [`NUMBER_ALONE_LOOKAHEAD_LINES`] (a page's number far apart from the next opens
    /// nothing).
    fn number_alone(&self, idx: usize) -> Option<Numbering> {
        let line = &self.lines[idx];
        let value = digits_alone(line)?;
        let next = self.lines[idx + 1..].iter().find(|l| !l.is_blank())?;
        // (Not a record's number over its name field, "03" + "项目名称:": see
        // `record_over_lines`.)
        let k = next.key().trim_end();
        if next.class != Class::Text
            || digits_alone(next).is_some()
            || k.ends_with(':')
            || task_name_field(k).is_some()
        {
            return None;
        }
        let open = self
            .doc
            .stack
            .iter()
            .rev()
            .map(|&i| &self.doc.items[i])
            .find(|i| i.style == Style::Bare);
        let goes_on = open.is_some_and(|i| !i.row && i.value + 1 == value);
        let first = || {
            value == 1
                && open.is_none()
                && self.lines[idx + 1..]
                    .iter()
                    .filter(|l| !l.is_blank())
                    .take(NUMBER_ALONE_LOOKAHEAD_LINES)
                    .any(|l| digits_alone(l) == Some(2) && l.key().len() == line.key().len())
        };
        let chars = line.key().len();
        (goes_on || first()).then_some(Numbering {
            style: Style::Bare,
            value,
            chars,
            skip: chars,
        })
    }

    /// Whether a table's header came after the last top-level item: its category rows
    /// restart the numbering of the text above without starting a document.
    fn table_since_last_root(&self) -> bool {
        self.doc.table.is_some()
            && self
                .doc
                .roots
                .last()
                .is_some_and(|&r| self.doc.items[r].line < self.doc.table_header_line)
    }

    /// "责任单位:" alone on its line, then "(1)城管局负责城区街道;" and "(2)交通局负责国
    /// 道。" (c7907): numbered lines each giving a unit its share of the work are the
    /// label's value, not items. Appended to the open item's clause.
    fn numbered_share(&mut self, line: &Line<'a>, n: Numbering) -> bool {
        let Some(&cur) = self.doc.stack.last() else {
            return false;
        };
        let skip_f = byte_of_char(line.folded(), n.skip);
        let text = &line.key()[skip_f..];
        // (A cheap test first: most numbered lines give no unit its share.)
        if !text.contains("负责") {
            return false;
        }
        let item = &self.doc.items[cur];
        let Some(last) = item.clauses.last() else {
            return false;
        };
        // (Right below the clause: the item's last line is the line before.)
        let next_to_it = self.lines[..self.index_of(line.no)]
            .iter()
            .rposition(|l| !l.is_blank())
            .is_some_and(|p| self.lines[p].no == item.end_line);
        if !next_to_it || !resp::awaits_shares(&last.1, text) {
            return false;
        }
        let folded = &line.folded()[skip_f..];
        let item = &mut self.doc.items[cur];
        if let Some(last) = item.clauses.last_mut() {
            for (s, add) in [(&mut last.0, folded), (&mut last.1, text)] {
                let t = s.to_mut();
                if !t.trim_end().ends_with([':', ';', '。']) {
                    t.push(';');
                }
                t.push_str(add);
            }
        }
        item.end_line = line.no;
        true
    }

    /// Whether the items so far are a table of contents that line `line` (numbered 1 in
    /// the first style) starts over: at least two headings, all at the top level, each a
    /// short title alone (no paragraph, no clause, no sentence), the first of them the
    /// same as this line's.
    fn lists_contents(&self, line: &Line, n: Numbering) -> bool {
        let items = &self.doc.items;
        let skip = byte_of_char(line.key(), n.skip);
        let title = line.key()[skip..].trim();
        items.len() >= 2
            && items.len() == self.doc.roots.len()
            && items.iter().all(|i| {
                i.body.is_empty()
                    && i.clauses.is_empty()
                    && i.key.chars().nth(MAX_CONTENTS_ENTRY_CHARS).is_none()
                    && !i.key.contains(['。', ';'])
            })
            && items[0].key.trim() == title
    }

    /// Sets the items so far apart as the document's table of contents: their lines
    /// are listed as ignored, and the document starts its items again.
    fn table_of_contents(&mut self) {
        let items = std::mem::take(&mut self.doc.items);
        self.doc.roots.clear();
        self.doc.stack.clear();
        self.doc.last_value.clear();
        self.set_apart(&items, REASON_CONTENTS);
    }

    /// "(一)开展安全文化周活动" over "1.活动时间:6月8日至6月14日。", "2.活动内容:…",
    /// "3.组织单位:各乡镇人民政府、总工会。": numbered lines that each open with a
    /// field's label are the fields of the item above (its time, its content, who holds
    /// it), not items of their own. The first says who or by when; later ones go on
    /// with its numbering. True when line `idx` was taken so.
    fn field_line(&mut self, idx: usize, n: Numbering) -> bool {
        let Some(&cur) = self.doc.stack.last().filter(|_| self.state == State::Body) else {
            return false;
        };
        let line = &self.lines[idx];
        let skip = byte_of_char(line.key(), n.skip);
        let Some(field) = label::label_at_start(&line.key()[skip..]) else {
            return false;
        };
        let continues = self.doc.field_run.is_some_and(|(item, style, value)| {
            item == cur && style == n.style && value + 1 == n.value
        });
        let opens = n.value == 1
            && field.is_responsibility()
            && self.doc.items[cur].children.is_empty()
            && !self
                .doc
                .stack
                .iter()
                .any(|&i| self.doc.items[i].style == n.style);
        if !(continues || opens) {
            return false;
        }
        self.doc.field_run = Some((cur, n.style, n.value));
        if field.is_responsibility() {
            // (Read as a label line: its number is no part of the label.)
            let field_line = line.cut(skip, line.key().len());
            self.continuation(&field_line);
        } else {
            self.continuation(line);
        }
        true
    }

    fn push_item(&mut self, line: &Line<'a>, n: Numbering) {
        // "第一條 為…,結合我鎮實際,制定本制度。": a first article that names its text a set
        // of rules, as a preamble may (held-out c12667).
        if n.style == Style::Article && n.value == 1 {
            self.doc.makes_rules |= makes_a_rule_set(line.key());
        }
        let number = line.text()[..byte_of_char(line.text(), n.chars)].to_string();
        let skip_f = byte_of_char(line.folded(), n.skip);
        let skip_t = byte_of_char(line.text(), n.skip);
        let (mut text, mut folded, mut key) = (
            &line.text()[skip_t..],
            &line.folded()[skip_f..],
            &line.key()[skip_f..],
        );
        // "01 项目名称:提升县域生态环境": the field's name is no part of the task's.
        if let Some(at) = task_name_field(key).filter(|_| key.contains("名称")) {
            self.doc.records = true;
            let chars = key[..at].chars().count();
            text = &text[byte_of_char(text, chars)..];
            folded = &folded[byte_of_char(folded, chars)..];
            key = &key[at..];
        }
        let mut clauses = Vec::new();
        if let Some(cut) = resp::first_label(key).filter(|&at| at > 0) {
            clauses.push((folded[cut..].into(), key[cut..].into()));
            (text, folded, key) = before_label(text, folded, key, cut);
        }
        // "5、部门主要职责:省民政厅组织、协调救灾工作;…" + "省水利厅承担…": a heading of the
        // units' duties with the first unit's entry run in after its colon: the heading,
        // and the entry a task under it, as the paragraphs of the next units are. (Not
        // a heading that names whose duties they are, "1、政府职责:各旗县区政府负责…",
        // held-out c13002: one task, its work after the colon.)
        let entry = clauses
            .is_empty()
            .then(|| duty_entry_after_heading(key))
            .flatten()
            .filter(|&at| !names_duties_holder(&key[..at - ':'.len_utf8()]));
        let (rest_t, rest_f, rest_k) = match entry {
            Some(at) => {
                let chars = key[..at].chars().count();
                let (bt, bf) = (byte_of_char(text, chars), byte_of_char(folded, chars));
                let rest = (&text[bt..], &folded[bf..], &key[at..]);
                let colon = at - ':'.len_utf8();
                let head_chars = key[..colon].chars().count();
                text = &text[..byte_of_char(text, head_chars)];
                folded = &folded[..byte_of_char(folded, head_chars)];
                key = &key[..colon];
                rest
            }
            None => ("", "", ""),
        };
        // "(五)宣传工作组 组长:高艳(…) 工作职责:": the group's title, its heads run in.
        let heads = clauses
            .is_empty()
            .then(|| joins::run_in_group_heads(key))
            .flatten();
        let mut heads_text = "";
        let mut group_heads = Vec::new();
        if let Some((title_end, values)) = &heads {
            for &(a, b) in values {
                group_heads.extend(joins::group_heads_in(Keyed::new(&folded[a..b], &key[a..b])));
            }
            let chars = key[..*title_end].chars().count();
            let (bt, bf) = (byte_of_char(text, chars), byte_of_char(folded, chars));
            heads_text = text[bt..].trim_start();
            (text, folded, key) = (&text[..bt], &folded[..bf], &key[..*title_end]);
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
        // ("(二)宣传组:由区委宣传部牵头,负责…。组长:刘树森;…": after the duties.)
        let heads_after = if heads.is_none() && key.contains("组长") {
            joins::heads_after_duties(key)
        } else {
            Vec::new()
        };
        if !heads_after.is_empty() {
            let item = self.doc.items.len() - 1;
            let item = &mut self.doc.items[item];
            for (a, b) in heads_after {
                let value = Keyed::new(&item.folded[a..b], &item.key[a..b]);
                let found: Vec<_> = joins::group_heads_in(value).collect();
                item.group_heads.extend(found);
            }
        }
        if heads.is_some() {
            // (The heads' words stay on the page, as the item's paragraph.)
            let item = self.doc.items.len() - 1;
            let item = &mut self.doc.items[item];
            item.group_heads = group_heads;
            item.body.push_str(heads_text);
            item.heading_open = false;
        }
        if entry.is_some() {
            let cur = self.doc.items.len() - 1;
            let rank = self.doc.items[cur].rank + 1;
            let head = Head {
                number: String::new(),
                style: Style::Bare,
                value: 0,
                text: rest_t.into(),
                folded: rest_f.into(),
                key: rest_k.into(),
                clauses: Vec::new(),
            };
            self.attach(line.no, head, rank, Some(cur));
            let entry_item = self.doc.items.len() - 1;
            self.doc.items[entry_item].heading_open = false;
            self.doc.duty_item = Some(entry_item);
        }
    }

    /// Puts a new item into the tree: its level from the rank of its style.
    fn place(&mut self, line_no: usize, head: Head<'a>) {
        let n = Numbering {
            style: head.style,
            value: head.value,
            chars: 0,
            skip: 0,
        };
        let over = if self.doc.ranks.iter().any(|(s, _)| *s == n.style) {
            None
        } else {
            self.heads_continued_list(line_no, n)
                .or_else(|| self.doc.next_chapter(n, &head.number))
        };
        let doc = &mut self.doc;
        // An item after a table does not go under its last row.
        while doc.stack.last().is_some_and(|&top| doc.items[top].row) {
            doc.stack.pop();
        }
        let rank = match doc.ranks.iter().find(|(s, _)| *s == n.style) {
            Some(&(_, r)) => r,
            None => {
                let top = doc.stack.last().map(|&t| &doc.items[t]);
                // "一、" + "1." earlier, then "二、" + "(一)" + "1.": a new style that
                // official documents set above the style ranked right below the open
                // item goes between them (else "1." would close "(一)" and "(二)" go
                // under "2.").
                // (Only below the open item's style: "三、" after "㈢" at the top of a page
                // that starts inside a list goes above it, not under it, held-out c3806.)
                let between = top
                    .filter(|t| {
                        t.style
                            .official_level()
                            .is_none_or(|o| n.style.official_level().is_some_and(|l| o < l))
                    })
                    .map(|t| t.rank + 1)
                    .filter(|&below| {
                        n.style.official_level().is_some_and(|l| {
                            doc.ranks.iter().any(|(s, x)| {
                                *x == below && s.official_level().is_some_and(|m| l < m)
                            })
                        })
                    });
                let r = match (over, top) {
                    // "二、" + "(一)" + "4." where 1.–3. came before: (一) is a heading
                    // over the items that go on, one level above their style.
                    (Some(r), _) => {
                        doc.make_rank(r);
                        r
                    }
                    // ("3.…" + "4、…": the list goes on in another style; not "四、工作
                    // 要求" after "3.", a style official documents set above, which only
                    // counts on by chance, held-out c10527.)
                    (None, Some(t))
                        if n.value > 1
                            && n.value == t.value + 1
                            && !sets_above(n.style, t.style) =>
                    {
                        t.rank
                    }
                    (None, Some(_)) if between.is_some() => {
                        let r = between.unwrap_or_default();
                        doc.make_rank(r);
                        r
                    }
                    // "十五、省人社厅" after "(一)…(三)" on a page cut after its start:
                    // a list under way of a style that official documents set above
                    // every style seen so far heads the outline, not the last item.
                    (None, Some(_))
                        if n.value > 1
                            && n.style.official_level().is_some_and(|l| {
                                doc.ranks
                                    .iter()
                                    .all(|(s, _)| s.official_level().is_some_and(|m| l < m))
                            }) =>
                    {
                        doc.make_rank(0);
                        0
                    }
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

    /// For the first number `n` of a new style at line `line_no`: when the next
    /// numbered line goes on with a list already under way (its style ranked, its value
    /// the one after the last of that style, not a restart), the new style heads that
    /// list: the rank it takes (the list's, which moves one level down).
    fn heads_continued_list(&self, line_no: usize, n: Numbering) -> Option<usize> {
        if n.value != 1 {
            return None;
        }
        let start = self.index_of(line_no) + 1;
        let next = self
            .lines
            .get(start..)?
            .iter()
            .filter(|l| !l.is_blank())
            .take(LOOKAHEAD_LINES)
            .find_map(|l| match l.class {
                Class::Number(m) => Some(m),
                _ => None,
            })?;
        if next.style == n.style || next.value <= 1 {
            return None;
        }
        let last = self
            .doc
            .last_value
            .iter()
            .find(|(s, _)| *s == next.style)?
            .1;
        let rank = self.doc.ranks.iter().find(|(s, _)| *s == next.style)?.1;
        // (Not when the list's last item is the open item right above: "(一)加强监管"
        // + "1.…" + "(二)…", the new style is its sub-list, and the list goes on after
        // it.)
        let open_is_the_list = self
            .doc
            .stack
            .last()
            .is_some_and(|&top| self.doc.items[top].style == next.style);
        // The list goes on, and the new heading is not above every open item (it sits
        // under the top-level heading over it).
        (next.value == last + 1 && rank > 0 && !open_is_the_list).then_some(rank)
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
            .get(self.index_of(line_no))
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
        // The sibling before, passing over a few without numbers (a table's merged 序号).
        let prev_numbered = siblings
            .iter()
            .rev()
            .take(4)
            .find(|&&s| !doc.items[s].number.is_empty());
        if number.is_empty() {
            // A section named by a table's 所属章节 cell without a number.
        } else if let Some(&prev) = prev_numbered.or(siblings.last()).filter(|&&p| {
            // (Not after items without numbers only: records, a table's rows.)
            !doc.items[p].number.is_empty()
        }) {
            let p = &doc.items[prev];
            if p.style != n.style {
                if !doc.mixed_warned.contains(&parent) {
                    doc.mixed_warned.push(parent);
                    warn = Some(format!("同一层级混用编号样式:{}与{}", p.number, number));
                }
            } else if n.value == p.value {
                // (Not a table's 序号 given again in each row it was merged over, as the
                // .docx reader repeats a merged cell: the rows are the source's.)
                if !(n.style == Style::Bare && p.row) {
                    warn = Some(format!("编号重复:{}", number));
                }
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
        if !number.is_empty() {
            match doc.last_value.iter_mut().find(|(s, _)| *s == n.style) {
                Some(e) => e.1 = n.value,
                None => doc.last_value.push((n.style, n.value)),
            }
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
            clause_open: OpenClause::Closed,
            cut_bracket: None,
            subject: None,
            body_duties: Vec::new(),
            body_deadline: None,
            body_partners: Vec::new(),
            group_heads: Vec::new(),
            group_heads_open: false,
            category: false,
            row: false,
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

    fn label(&mut self, line: &Line<'a>) {
        self.cc_open = false;
        self.promote_paragraph(line);
        self.first_paragraph = None;
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
        if first_leads_rule(line.key())
            && NOTE_ONWARD_WORDS.in_text(line.key())
            && self.doc.items.is_empty()
        {
            self.doc.first_leads_from_start = true;
        }
        // A label line after a run of sub-items ((1)(2)(3), ①②③) that name no one,
        // under a heading that names no one either ("1.市科技馆" + its problems +
        // "问题整改责任单位:市科技馆 整改时限:3天"): the group's, passed down.
        let sub_item = |i: usize| {
            matches!(
                self.doc.items[i].style,
                Style::ArabicParen | Style::Circled | Style::ParenCircled
            )
        };
        // Labels on the same line as run-in items and their group ("(一)…整改措施:1.…;
        // 2.…。责任领导:…"): the group's.
        let run_in_group = self.doc.items[cur].parent.filter(|&p| {
            let (item, group) = (&self.doc.items[cur], &self.doc.items[p]);
            item.line == line.no && group.line == line.no && group.clauses.is_empty()
        });
        let target = match self.doc.group_labels {
            Some((sub, group)) if sub == cur => group,
            _ if run_in_group.is_some() => run_in_group.unwrap_or(cur),
            _ => self
                .group_closed_by_bracket(cur)
                .filter(|&p| sub_item(cur) && self.doc.items[p].clauses.is_empty())
                .unwrap_or(cur),
        };
        self.doc.group_labels = (target != cur).then_some((cur, target));
        let mut clause: (Text, Text) = (line.folded().into(), line.key().into());
        // A label alone without its colon ("责任单位", its value on the next line): the
        // colon it stands for, so that the value is read as the label's.
        if line.class == Class::Text {
            append(&mut clause.0, ":");
            append(&mut clause.1, ":");
        }
        let open = OpenClause::after(&clause.1);
        // "4项目标的责任单位均为市发展改革委。" after 4.: the label covers the items that
        // its count names, this one and those above it without a label of their own.
        if let Some((n, _)) = label::counted_items(line.key()).filter(|_| target == cur) {
            let siblings = match self.doc.items[cur].parent {
                Some(p) => &self.doc.items[p].children,
                None => &self.doc.roots,
            };
            let at = siblings.iter().rposition(|&i| i == cur).unwrap_or(0);
            let above: Vec<usize> = siblings[at.saturating_sub(n as usize - 1)..at].to_vec();
            for i in above {
                let item = &mut self.doc.items[i];
                if item.clauses.is_empty() && item.children.is_empty() {
                    item.clauses.push(clause.clone());
                }
            }
        }
        self.doc.items[target].clauses.push(clause);
        // (The line stays in the last sub-item's span, as a group's bracket line does.)
        let item = &mut self.doc.items[cur];
        item.end_line = line.no;
        item.heading_open = false;
        item.clause_open = if target == cur {
            open
        } else {
            OpenClause::Closed
        };
        item.last_line_chars = line.chars();
    }

    /// A line that is a label alone without its colon, in the body, with its value on
    /// the next line ("责任单位" + "卫健局、文旅局": a key/value table copied one cell
    /// per line). Not when the next line is a label too (a table's header cells).
    fn bare_label(&self, idx: usize) -> bool {
        if matches!(self.state, State::Trailer { .. })
            || self.cc_open
            || crate::parser::label::bare_label(self.lines[idx].key()).is_none()
        {
            return false;
        }
        let next = self.lines[idx + 1..].iter().find(|l| !l.is_blank());
        next.is_some_and(|l| {
            l.class == Class::Text && crate::parser::label::bare_label(l.key()).is_none()
        })
    }

    /// Tasks without numbers, each a paragraph followed by its label lines
    /// ("市区新增优质中小学招生学位2.36万个。" + "主管领导:刘东" + "责任单位:市教育局"):
    /// the paragraph right above a label line becomes an unnumbered item when no item
    /// is open, or when the open item already has a label of the same field (the
    /// paragraph after its labels starts the next task).
    fn promote_paragraph(&mut self, label: &Line<'a>) {
        let k = label.key();
        let Some(field) =
            crate::parser::label::label_at_start(k).or_else(|| crate::parser::label::bare_label(k))
        else {
            return;
        };
        // (The label's own entry: a label cut from the middle of a line has the line's
        // earlier parts before it, not the line above.)
        let at = self
            .entry_index(label)
            .unwrap_or_else(|| self.index_of(label.no));
        let Some(prev_idx) = self.lines[..at].iter().rposition(|l| !l.is_blank()) else {
            return;
        };
        // A record's name over lines of its fields, then its label of who does it
        // ("大力推进…集群建设" + "工作措施:…" + "部门分工:X牵头,Y配合。"): the name is
        // the paragraph, its field lines go with it.
        let (prev_idx, fields) = self.record_name_above(prev_idx).unwrap_or((prev_idx, 0));
        let prev = &self.lines[prev_idx];
        // (Not a plan's own preamble, "…现制订本工作方案。", over a label line.)
        if prev.class != Class::Text
            || prev.chars() > MAX_UNNUMBERED_TASK_CHARS
            || joins::starts_with_field_name(prev.key())
            || meta::is_title_like(prev.key())
            || PLAN_PREAMBLES.in_text(prev.key())
        {
            return;
        }
        let open = if self.state == State::Body {
            self.doc.stack.last().copied()
        } else {
            None
        };
        match open {
            None => {
                if !self.take_back_preamble(prev_idx) {
                    return;
                }
                self.state = State::Body;
                self.unnumbered_item(prev, None, self.doc.next_rank);
                self.record_fields(prev_idx, fields, true);
            }
            Some(cur) => {
                let mark = if fields == 0 {
                    self.last_paragraph
                } else {
                    self.first_paragraph
                };
                let Some(mark) = mark.filter(|m| m.item == cur && m.line == prev.no) else {
                    return;
                };
                let item = &self.doc.items[cur];
                let same_field = item
                    .clauses
                    .iter()
                    .any(|(_, k)| crate::parser::label::label_at_start(k) == Some(field));
                if !same_field {
                    return;
                }
                let (parent, rank) = (item.parent, item.rank);
                let item = &mut self.doc.items[cur];
                item.body.truncate(mark.body_len);
                item.end_line = mark.end_line;
                self.doc.stack.pop();
                self.unnumbered_item(prev, parent, rank);
                self.record_fields(prev_idx, fields, false);
            }
        }
        self.last_paragraph = None;
    }

    /// The record's name above line `idx` when `idx` is the last of a few lines of its
    /// fields ("工作措施:…"): the name's line and how many lines after it are fields.
    fn record_name_above(&self, idx: usize) -> Option<(usize, usize)> {
        let is_field = |l: &Line| l.class == Class::Text && joins::starts_with_field_name(l.key());
        if !is_field(&self.lines[idx]) {
            return None;
        }
        for j in (0..=idx).rev().take(MAX_RECORD_FIELD_LINES + 1) {
            let l = &self.lines[j];
            // (A field that names the task, "重点工作: 全面推行林长制。", is the record's
            // name itself: see `record_line`.)
            if task_name_field(l.key()).is_some() {
                return None;
            }
            if l.is_blank() || is_field(l) {
                continue;
            }
            let named = l
                .key()
                .chars()
                .filter(|&c| crate::parser::text::is_ideograph(c))
                .count()
                >= MIN_RECORD_NAME_CHARS;
            return (l.class == Class::Text && named).then_some((j, idx - j));
        }
        None
    }

    /// Gives the open item the `n` lines after line `name` (a record's field lines, read
    /// as the item above's paragraphs or as preamble before the name became an item).
    fn record_fields(&mut self, name: usize, n: usize, from_preamble: bool) {
        for j in name + 1..=name + n {
            let line = &self.lines[j];
            if line.is_blank() {
                continue;
            }
            if from_preamble && !self.take_back_preamble(j) {
                continue;
            }
            self.continuation(line);
        }
    }

    /// A line that names a task in a record of fields ("项目名称:新建城区幼儿园", then
    /// "建设内容:…", "责任单位:…" on lines of their own): an item without a number, its
    /// text the field's value, beside the record above or under the open heading. Not
    /// the name given again of an item just opened ("1.新建幼儿园" + "项目名称:城区幼儿
    /// 园"), unless another record follows before the next numbered line or came before
    /// (records under a heading of their kind, "一、教育类"). True when line `idx` was
    /// taken so.
    fn record_line(&mut self, idx: usize) -> bool {
        let line = &self.lines[idx];
        if matches!(self.state, State::Trailer { .. }) || self.cc_open {
            return false;
        }
        let Some(at) = task_name_field(line.key()) else {
            return false;
        };
        let open = if self.state == State::Body {
            self.doc.stack.last().copied()
        } else {
            None
        };
        let (parent, rank) = match open {
            None => (None, self.doc.next_rank),
            Some(cur) if self.doc.items[cur].row => {
                self.doc.stack.pop();
                (self.doc.items[cur].parent, self.doc.items[cur].rank)
            }
            Some(cur) => {
                let item = &self.doc.items[cur];
                let fresh =
                    item.body.is_empty() && item.clauses.is_empty() && item.children.is_empty();
                if fresh && !self.doc.records && !self.record_follows(idx) {
                    return false;
                }
                (Some(cur), item.rank + 1)
            }
        };
        self.state = State::Body;
        self.doc.records = true;
        let value = line.cut(at, line.key().len());
        self.unnumbered_item(&value, parent, rank);
        self.mark_row();
        true
    }

    /// A record's name field alone on its line, its value on the next, and its number
    /// alone on the line before, as a key/value table copied one cell per line gives it
    /// ("03" / "项目名称:" / "实施新时代文明实践提质增效工程"), after records came: the
    /// record's item, numbered when the number was read as the last paragraph of the
    /// item above (it is taken back). True when line `idx` was taken so.
    fn record_over_lines(&mut self, idx: usize) -> bool {
        if !self.doc.records || self.state != State::Body {
            return false;
        }
        let key = self.lines[idx].key().trim_end_matches([':', ' ']);
        if !TASK_NAME_FIELDS.words.contains(&key) {
            return false;
        }
        let Some(j) = (idx + 1..self.lines.len()).find(|&j| !self.lines[j].is_blank()) else {
            return false;
        };
        let value = &self.lines[j];
        if value.class != Class::Text || value.chars() > MAX_UNNUMBERED_TASK_CHARS {
            return false;
        }
        // The number alone before it, read as the last paragraph of the open item.
        let number = self.lines[..idx]
            .iter()
            .rposition(|l| !l.is_blank())
            .map(|p| &self.lines[p])
            .filter(|p| digits_value(p.key(), 3).is_some())
            .and_then(|p| {
                let mark = self
                    .last_paragraph
                    .filter(|m| m.line == p.no && self.doc.stack.last() == Some(&m.item))?;
                Some((p, mark))
            });
        let (first, head) = match number {
            Some((p, mark)) => {
                let item = &mut self.doc.items[mark.item];
                item.body.truncate(mark.body_len);
                item.end_line = mark.end_line;
                self.last_paragraph = None;
                let head = Head::of_line(value, p.text().to_string(), p.key().parse().unwrap_or(0));
                (p.no, head)
            }
            None => (self.lines[idx].no, Head::of_line(value, String::new(), 0)),
        };
        let value_no = value.no;
        self.place(first, head);
        if let Some(&cur) = self.doc.stack.last() {
            let item = &mut self.doc.items[cur];
            item.heading_open = false;
            item.end_line = value_no;
        }
        self.skip_to = j + 1;
        true
    }

    /// Whether another record's name line comes after line `idx`, before a numbered
    /// line, within [`RECORD_LOOKAHEAD_LINES`].
    fn record_follows(&self, idx: usize) -> bool {
        self.lines[idx + 1..]
            .iter()
            .take(RECORD_LOOKAHEAD_LINES)
            .take_while(|l| !matches!(l.class, Class::Number(_)))
            .any(|l| task_name_field(l.key()).is_some())
    }

    /// An item without a number made of one paragraph line.
    /// Takes back line `no`, read as text before the items (preamble or introduction),
    /// from the ignored lines. It is among the last lines ignored (looked for there
    /// only: a bounded look).
    fn take_back_preamble(&mut self, idx: usize) -> bool {
        let no = self.lines[idx].no;
        let Some(at) = self
            .ignored
            .iter()
            .rev()
            .take_while(|i| i.line >= no)
            .position(|i| i.line == no)
            .map(|back| self.ignored.len() - 1 - back)
        else {
            return false;
        };
        if ![REASON_INTRO, REASON_PREAMBLE].contains(&self.ignored[at].reason.as_str()) {
            return false;
        }
        self.ignored.remove(at);
        // (Only this part of its line: the other parts of a line cut apart keep theirs.)
        self.ignored_at[idx] = false;
        true
    }

    /// Paragraphs that each open with a unit and its duty ("区住建局负责…", "区财政局
    /// 负责…"), or each close with a bracket of labels saying who does it, without
    /// numbers: a list of tasks, one per paragraph. The first is read as preamble; the
    /// second makes both tasks; later ones are tasks while the last such task is open
    /// (other paragraphs belong to it). True when `line` was taken.
    fn duty_paragraph(&mut self, idx: usize) -> bool {
        let line = &self.lines[idx];
        // Only before the items, while such a task is open, or under a heading of the
        // units' duties (a cheap test first): the open duty task, if any.
        let mut part = None;
        let k = line.key();
        let open_duty = match self.state {
            State::Preamble => None,
            State::Body => match self.doc.stack.last().copied() {
                Some(cur) if self.doc.duty_item == Some(cur) => Some(cur),
                Some(cur) if self.is_duty_part(cur) => {
                    part = Some(cur);
                    None
                }
                // "(一)约束性指标" over paragraphs that each close with their own
                // bracket: each is a task of the heading, from the first (when the next
                // paragraph closes so too: one alone is the heading's own text).
                Some(cur)
                    if self.is_bare_heading(cur)
                        && line.class == Class::Text
                        && closes_with_own_responsibility(k)
                        && self
                            .next_significant(self.index_of(line.no))
                            .is_some_and(|n| {
                                n.class == Class::Text && closes_with_own_responsibility(n.key())
                            }) =>
                {
                    part = Some(cur);
                    None
                }
                // "三、组织领导及职责分工…如下:" over "县环保局。负责…" and "县农委。负责
                // …": units' entries, each its name and its duties after a colon, that
                // open the item's text and go on in the next paragraphs: each is a
                // task of the item, from the first, whatever the heading's words.
                Some(cur)
                    if self.doc.items[cur].children.is_empty()
                        && line.class == Class::Text
                        && resp::colon_entry(k)
                        && self.entry_follows(idx) =>
                {
                    part = Some(cur);
                    None
                }
                _ => return false,
            },
            State::Trailer { .. } => return false,
        };
        // A paragraph opens with its unit and duty, or closes with its own bracket.
        // (Under a heading of duties, "各村、各单位要高度重视…" opening the part is a
        // demand to all, not a unit's duty.)
        // (Nor, before any item, "全县各级各部门要…", "各责任单位要…": a notice's demands
        // to all.)
        let demand = |&(a, b, verb): &(usize, usize, &str)| {
            (part.is_some() || self.state == State::Preamble)
                && verb == "要"
                && resp::is_collective(&k[a..b])
        };
        // (Under a heading of the units' duties, a body named whole opens its duties
        // whatever its verb: "省水利厅承担…".)
        let body_under_duties = || {
            let heading = part.or_else(|| open_duty.and_then(|d| self.doc.items[d].parent));
            heading.is_some_and(|h| is_duty_heading(&self.doc.items[h].key))
                && resp::named_body_opening(k).is_some()
        };
        // (After paragraphs of units' duties, the next body named whole opens its own,
        // whatever its verb: "市统计局负责…" + "市电业局在保证…前提下,优先安排…". Not the
        // open task's own body going on: "市水务局要…" after "市水务局负责…"; nor a
        // signature, "市国家卫生城市建设工作指挥部办公室", which is no sentence.)
        let next_body = || {
            has_sentence_mark(k)
                && open_duty.is_some_and(|d| {
                    resp::named_body_opening(k).is_some_and(|end| {
                        let open = &self.doc.items[d].key;
                        !open.starts_with(&k[..end])
                    })
                })
        };
        let own_duty = resp::duty_opening(k).is_some_and(|o| !demand(&o))
            || closes_with_own_responsibility(k)
            || body_under_duties()
            || next_body();
        if line.class != Class::Text || !own_duty {
            if self.state == State::Preamble {
                self.doc.duty_candidate = None;
            }
            return false;
        }
        match (open_duty, part) {
            (Some(cur), _) => {
                let (parent, rank) = (self.doc.items[cur].parent, self.doc.items[cur].rank);
                self.doc.stack.pop();
                self.unnumbered_item(line, parent, rank);
            }
            // "二、工作职责" over "乡人武部:负责…": each unit's paragraph is a task of the
            // part, from the first.
            (None, Some(cur)) => {
                let rank = self.doc.items[cur].rank + 1;
                self.unnumbered_item(line, Some(cur), rank);
            }
            (None, None) => {
                let Some(prev_idx) = self.doc.duty_candidate.take() else {
                    self.doc.duty_candidate = Some(idx);
                    return false;
                };
                // (Lines are told apart by their index: the parts of a line cut apart
                // share its number.)
                // (Two entries of one body are no list of bodies' duties: a news page's
                // headline shown twice, "舞阳街道:防范预付卡消费“陷阱” 守护群众“钱袋子”",
                // held-out c13998.)
                let body = |k: &'a str| resp::duty_opening(k).map(|(a, b, _)| &k[a..b]);
                if self.lines[..idx].iter().rposition(|l| !l.is_blank()) != Some(prev_idx)
                    || body(k).is_some_and(|b| body(self.lines[prev_idx].key()) == Some(b))
                    || !self.take_back_preamble(prev_idx)
                {
                    self.doc.duty_candidate = Some(idx);
                    return false;
                }
                self.state = State::Body;
                let rank = self.doc.next_rank;
                self.unnumbered_item(&self.lines[prev_idx], None, rank);
                self.unnumbered_item(line, None, rank);
            }
        }
        self.doc.duty_item = self.doc.stack.last().copied();
        true
    }

    /// Whether another unit's colon entry ([`resp::colon_entry`]) comes within the next few
    /// paragraphs after line `idx` (lines of the same entry between).
    fn entry_follows(&self, idx: usize) -> bool {
        self.lines[idx + 1..]
            .iter()
            .filter(|l| !l.is_blank())
            .take(ENTRY_LOOKAHEAD_LINES)
            .take_while(|l| l.class == Class::Text)
            .any(|l| resp::colon_entry(l.key()))
    }

    /// "2.50个小区…" when the open item is "1.": the number that goes on with the list
    /// ("2."), its text starting with a quantity.
    fn next_number_before_quantity(&self, key: &str) -> Option<Numbering> {
        let digits = key.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits)
            || key.as_bytes().get(digits) != Some(&b'.')
            || !key
                .as_bytes()
                .get(digits + 1)
                .is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let value: u32 = key[..digits].parse().ok()?;
        let top = &self.doc.items[*self.doc.stack.last()?];
        (self.state == State::Body && top.style == Style::ArabicDot && top.value + 1 == value)
            .then_some(Numbering {
                style: Style::ArabicDot,
                value,
                chars: digits + 1,
                skip: digits + 1,
            })
    }

    /// Whether the open item is a part of the plan that gives the units their duties
    /// ("二、工作职责", "(三)职责分工"): a short heading with a word of duties and no
    /// items below it yet.
    fn is_duty_part(&self, cur: usize) -> bool {
        let item = &self.doc.items[cur];
        item.children.is_empty() && is_duty_heading(&item.key)
    }

    /// Whether the open item is a heading alone: no paragraph, no responsibility and no
    /// items below it yet ("(一)约束性指标", or a sentence: "(一)推动经济稳定健康发展,
    /// 必须充分发挥消费、投资、出口均衡拉动作用。"), without a bracket of its own.
    fn is_bare_heading(&self, cur: usize) -> bool {
        let item = &self.doc.items[cur];
        // (A byte count first: a heading that lines wrapped into grows, and this is asked
        // for each line below it.)
        item.children.is_empty()
            && item.body.is_empty()
            && item.clauses.is_empty()
            && !item.row
            && item.key.len() <= MAX_BARE_HEADING_BYTES
            && !item.key.contains('(')
    }

    fn unnumbered_item(&mut self, line: &Line<'a>, parent: Option<usize>, rank: usize) {
        let mut head = Head::of_line(line, String::new(), 0);
        // "推进…整治工作。…。主要责任单位:X": a paragraph's own closing label is a clause
        // of its task, as a numbered item's is.
        if closes_with_own_label(line.key()) {
            if let Some(cut) = resp::first_label(line.key()) {
                let (text, folded, key) = (line.text(), line.folded(), line.key());
                head.clauses.push((folded[cut..].into(), key[cut..].into()));
                let (t, f, k) = before_label(text, folded, key, cut);
                (head.text, head.folded, head.key) = (t.into(), f.into(), k.into());
            }
        }
        self.attach(line.no, head, rank, parent);
        if let Some(&cur) = self.doc.stack.last() {
            self.doc.items[cur].heading_open = false;
        }
    }

    fn text(&mut self, idx: usize) {
        let line = &self.lines[idx];
        if self.cc_open {
            self.ignore(line, noise::CC);
            self.cc_open = !line.key().ends_with('。');
            return;
        }
        // "2.50个小区新增…" after "1.…": the list's next number, then a quantity (read
        // alone, "2.50个" is a decimal quantity).
        // (Only after a line that ends its sentence: "力争实现" + "3.5亿美元。" is a PDF
        // wrap.)
        let after_a_sentence = || {
            self.lines[..idx]
                .iter()
                .rev()
                .find(|l| !l.is_blank())
                .is_some_and(|l| l.key().trim_end().ends_with(['。', ';', '!', '?', ')']))
        };
        if let Some(n) = self
            .next_number_before_quantity(line.key())
            .filter(|_| after_a_sentence())
        {
            self.number(idx, n);
            return;
        }
        if self.duty_paragraph(idx) {
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
                        self.doc.signed = true;
                    }
                } else if let State::Trailer { web } = self.state {
                    self.ignore(line, if web { noise::RELATED } else { REASON_AFTER });
                } else if self.plan_preamble(line) {
                    // The notice's items are over: the plan it carries starts here.
                    self.doc.plan_follows = true;
                    self.new_document(State::Preamble);
                    self.preamble_text(line);
                } else {
                    self.back_reference(line);
                    self.continuation(line);
                }
            }
        }
    }

    /// Whether a paragraph after a carrying notice's items is the preamble of the plan
    /// it carries ("为贯彻落实…,现制订本工作方案,…"): the notice said it carries a
    /// document and gives its own items ("现印发给你们,并提出以下意见"), and they name
    /// no one.
    fn plan_preamble(&self, line: &Line) -> bool {
        let doc = &self.doc;
        doc.notice_items
            && doc.carries_document
            && !doc.items.is_empty()
            && line.class == Class::Text
            && PLAN_PREAMBLES.in_text(line.key())
            && doc.items.iter().all(|i| i.clauses.is_empty())
    }

    /// A paragraph after a list that says who does the items above it ("以上工作由县
    /// 发改局牵头,县财政局配合。", "上述任务由县教育局负责,2024年底前完成。"): its
    /// clause is the group's (the parent's, passed down), or, in a list without a
    /// parent, each item's back to the last one that names anyone. (The paragraph stays
    /// the last item's text.) Each item takes such a clause once: linear.
    fn back_reference(&mut self, line: &Line<'a>) {
        let key = line.key();
        // (Substring searches first: most paragraphs have neither word.)
        if !(key.contains("以上") || key.contains("上述")) {
            return;
        }
        let Some(&cur) = self.doc.stack.last() else {
            return;
        };
        if !self.doc.items[cur].children.is_empty() {
            return;
        }
        // The sentence after the words, to its 。: nothing but who does it (and by when).
        let Some(at) = key.char_indices().find_map(|(i, _)| {
            let p = i + ABOVE_POINTERS.prefix_of(&key[i..])?.len();
            Some(p + WORK_NOUNS.prefix_of(&key[p..])?.len())
        }) else {
            return;
        };
        // (Labels after the words, "以上工作牵头单位:X。责任单位:Y、Z。" (held-out c10600),
        // run to the line's end, past their stops.)
        let labelled = resp::first_label(&key[at..]) == Some(0);
        let end = match key[at..].find('。') {
            Some(e) if !labelled => at + e,
            _ => key.len(),
        };
        let (folded, k) = (&line.folded()[at..end], &key[at..end]);
        let clause: (Text, Text) = if labelled || resp::reads_as_responsibility(k) {
            (Text::from(folded), Text::from(k))
        } else if let Some((f, k)) = resp::label_in_sentence(Keyed::new(folded, k)) {
            // "…已将上述问题通知责任单位X和Y,并要求在11月15日前整改完毕".
            (Text::from(f), Text::from(k))
        } else {
            return;
        };
        let doc = &mut self.doc;
        match doc.items[cur].parent {
            Some(p) if doc.items[p].clauses.is_empty() => doc.items[p].clauses.push(clause),
            Some(_) => {}
            None => {
                for &i in doc.roots.iter().rev() {
                    let item = &mut doc.items[i];
                    if !item.children.is_empty()
                        || !item.clauses.is_empty()
                        || resp::trailing_bracket(&item.key).is_some()
                    {
                        break;
                    }
                    item.clauses.push(clause.clone());
                }
            }
        }
    }

    fn preamble_text(&mut self, line: &Line) {
        let k = &line.key();
        self.doc.makes_rules |= makes_a_rule_set(k);
        self.doc.explains |= tells_parts_of_a_document(k) || retells_a_document(k);
        self.doc.appeals |= APPEAL_OPENINGS.in_text(k);
        // (A number alone on its line, "1" over "一是…", keeps the announcement.)
        if line.chars() > 3 {
            self.doc.announced_who = announced_who(line);
            self.doc.announces_own_duties = announces_own_duties(line.key());
        }
        // A notice title cut over more than two lines ("…关于印发2025" + "区《政府工作报告》
        // 确定的主要目标任务" + "责任分解方案的通知"): a short line of no sentence that a line
        // ending with 通知 soon follows goes on with it.
        // (Not the issuer's name between: "邯郸市人民政府办公厅" over "关于印发…".)
        let title_goes_on = self.doc.notice_title_cut != TitleCut::No
            && !k.ends_with("通知")
            && meta::issuer_line(k).is_none()
            && self.notice_title_ends_after(line);
        // A box of facts' category over its way of disclosure ("工作计划与总结" + "主动公
        // 开", held-out c11204): no title.
        let box_category = self
            .next_significant(self.index_of(line.no))
            .is_some_and(|n| DISCLOSURE_MODES.words.contains(&n.key().trim()));
        let doc = &mut self.doc;
        if decides_to_set_a_body_up(k) {
            doc.sets_a_body_up = true;
        }
        // "…制定本计划(列在任务分工首位的为牵头单位,其他为主要参加单位)": the rule holds
        // for every list below (held-out c11060).
        if first_leads_rule(k) {
            doc.first_leads_from_start = true;
        }
        let m = &mut doc.meeting;
        m.held |= MEETING_HELD_VERBS.in_text(k);
        m.told |= MEETING_REPORT_WORDS.in_text(k);
        m.decides |= MEETING_DECISION_WORDS.in_text(k);
        doc.tells_past |= tells_past(k);
        doc.names_a_plan |= PLANNING_WORDS.in_text(k);
        if REPORT_OPENINGS.in_text(k) || (m.held && m.told && !m.decides) {
            doc.reports = true;
        }
        doc.replies |= REPLY_OPENINGS.in_text(k);
        for t in meta::quoted_titles(k) {
            if !doc.known_titles.iter().any(|x| x == t) {
                doc.known_titles.push(t.to_string());
            }
        }
        // (A notice title after its 文号 is a title: "靖政发〔2025〕17号 靖边县人民政府 关于
        // 建立重点工作调度机制的通知", the value of a box of facts' 名称 copied on its own line.)
        let reason = if let Some((a, b)) =
            meta::doc_number(k).filter(|_| line.chars() <= 40 && !meta::is_notice_title(k))
        {
            doc.doc_number
                .get_or_insert_with(|| line.folded()[a..b].to_string());
            REASON_NUMBER
        } else if meta::is_date_line(k) {
            if let Some(d) = meta::find_date(k) {
                doc.date.get_or_insert(d);
            }
            REASON_DATE
        } else if meta::is_notice_title(k) {
            // (Its 文号 in a bracket after it: "…的通知(南经管发〔2020〕81号)".)
            if let Some((a, b)) = meta::doc_number(k) {
                doc.doc_number
                    .get_or_insert_with(|| line.folded()[a..b].to_string());
            }
            let own = doc.notice_title.is_none();
            if own {
                doc.notice_title = notice_subject(line);
            }
            // ("《…关于印发…的通知》" is whole.)
            let cut = k.contains("印发") && !k.trim_end_matches(['》', '”']).ends_with("通知");
            doc.notice_title_cut = match (cut, own) {
                (false, _) => TitleCut::No,
                (true, true) => TitleCut::Own,
                (true, false) => TitleCut::Again,
            };
            REASON_NOTICE
        } else if let Some(cut) = Some(std::mem::take(&mut doc.notice_title_cut))
            .filter(|&c| c != TitleCut::No)
            .filter(|_| (k.ends_with("通知") || title_goes_on) && line.chars() <= 40)
        {
            // The rest of a notice title cut over two lines (or more): its subject goes on.
            if title_goes_on {
                doc.notice_title_cut = cut;
            }
            if cut == TitleCut::Again {
                return self.ignore(line, REASON_NOTICE);
            }
            let rest = line.text().trim();
            let rest = rest.strip_suffix("通知").unwrap_or(rest);
            let rest = rest
                .strip_suffix('的')
                .unwrap_or(rest)
                .trim_matches(['《', '》', ' ']);
            if let Some(subject) = doc.notice_title.as_mut() {
                // "2022年《政府工作报告" (its 》 taken as the subject's end) goes on.
                if subject.matches('《').count() > subject.matches('》').count() {
                    subject.push('》');
                }
                subject.push_str(rest);
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
        } else if let Some(headline) =
            meta::headline_cell(line.folded()).filter(|_| doc.title.is_none())
        {
            // "负责人政策解读:X局长Y解读Z" (a box of facts' row copied with tabs).
            doc.title = Some(headline.to_string());
            doc.title_line = Some(line.no);
            REASON_TITLE
        } else if box_category {
            noise::METADATA
        } else if meta::is_title_like(k) {
            // "市本级政府投资项目建设“三三三”" + "工作推进机制": one title over two lines.
            // ("X_第1页" + "X_第2页": a sharing site's captions of its pages name X.)
            let text = meta::without_page_caption(line.text().trim());
            match doc.title.as_mut() {
                Some(t) if *t == text => {}
                Some(t) if doc.title_line.is_some_and(|no| no + 1 == line.no) => t.push_str(text),
                _ => doc.title = Some(text.to_string()),
            }
            doc.title_line = Some(line.no);
            REASON_TITLE
        } else if k.contains('《') || k.ends_with('。') || k.ends_with(':') {
            // "…现印发给你们,请结合以下要求认真贯彻执行。", "…并就有关事项通知如下:".
            // ("现将有关事项通知如下。" as well.)
            let hands_out = HANDING_OUT.in_text(k);
            // ("…任务分解下达给你们,并提出以下要求,请认真贯彻执行。")
            let demands = DEMANDS_ANNOUNCED.in_text(k);
            let breakdown = BREAKDOWN_HANDED_DOWN.in_text(k);
            // (Demands after something handed out only: "根据工作安排,…现提出如下要求:"
            // over "一、今年需建成的项目为…二、请项目建设单位…" hands out nothing, its
            // demands are the work itself, held-out c11964.)
            doc.demands_announced |= demands
                && (hands_out || breakdown || doc.carries_document || doc.breakdown_handed_down);
            if hands_out
                || demands
                || breakdown
                || (k.ends_with("如下:") && k.contains("通知"))
                || k.contains("通知如下")
            {
                doc.notice_items = true;
                doc.notice_items_announced |= k.contains("通知如下");
                doc.carries_document |= hands_out && k.contains('《');
                doc.breakdown_handed_down |= breakdown;
                if hands_out || breakdown {
                    doc.handing_out_line = Some(line.no);
                }
                doc.carries_table |= hands_out && meta::quoted_titles(k).any(meta::names_a_table);
            }
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
        // After an attachment's heading ("附件2:"), its title over paragraphs that each
        // open with a unit and its duty ("指挥部成员单位职责" + "市卫生局负责…"): the
        // attachment is a document of its own, its paragraphs its tasks.
        if self.state == (State::Trailer { web: false })
            && line.chars() <= MAX_ATTACHED_TITLE_CHARS
            && !has_sentence_mark(k)
        {
            let duties = self.lines[idx + 1..]
                .iter()
                .filter(|l| !l.is_blank())
                .take(ATTACHED_DUTIES_LOOKAHEAD)
                .take_while(|l| l.class == Class::Text)
                .filter(|l| resp::opens_with_duty(l.key()))
                .count();
            if duties >= 2 {
                return true;
            }
        }
        if !meta::is_title_like(k) {
            return false;
        }
        if self.doc.known_titles.iter().any(|t| t.as_str() == k) {
            return true;
        }
        let next = self.lines[idx + 1..]
            .iter()
            .position(|l| !l.is_blank())
            .map(|p| idx + 1 + p);
        self.next_significant(idx)
            .is_some_and(|l| matches!(l.class, Class::Number(n) if n.value == 1))
            || next.is_some_and(|n| self.starts_loose_table(n))
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
}

impl<'a> Builder<'a> {
    /// Marks the item just placed as a table row.
    pub(super) fn mark_row(&mut self) {
        if let Some(&cur) = self.doc.stack.last() {
            self.doc.items[cur].row = true;
        }
    }

    /// A line of the attachment list of a notice ("2.区级重点民生实事任务进展情况表"):
    /// ignored as one. False when the line is no such entry (the list has ended).
    fn attachment_entry(&mut self, line: &Line) -> bool {
        let Class::Number(n) = line.class else {
            return false;
        };
        let k = line.key();
        let rest = &k[byte_of_char(k, n.skip)..];
        let entry = meta::is_title_like(rest) || (rest.contains('《') && !rest.contains('。'));
        if entry {
            self.ignore(line, noise::ATTACHMENT);
            self.attachment_wrapped = !DOCUMENT_NAME_ENDS.ends(rest.trim_end());
        }
        entry
    }

    /// "附件:1.普陀区第七轮(2018-2020年)环境保护和建设" + "三年行动计划2018年任务清单"
    /// (held-out c13014): the rest of an entry's title, wrapped onto a line of its own
    /// that ends it, short and no sentence, after an entry that ends as no document's
    /// name does. (Not the issuer that signs the notice after its list, "湖州市人民政府
    /// 办公室" after "2.十方面民生实事责任分解".)
    fn attachment_wraps(&mut self, line: &Line) -> bool {
        let wraps = self.attachment_wrapped
            && line.class == Class::Text
            && line.chars() <= MAX_WRAPPED_TITLE_CHARS
            && !has_sentence_mark(line.key())
            && DOCUMENT_NAME_ENDS.ends(line.key().trim_end());
        if wraps {
            self.ignore(line, noise::ATTACHMENT);
            self.attachment_wrapped = false;
        }
        wraps
    }
}

/// Who a line that announces the list below it says leads it ("其中,市长徐立毅亲自牵
/// 头8项重点工作,分别为:" → 徐立毅), when its last clause reads as a heading of who: the
/// name in the folded and key views, and whether it is a leader's or a unit's.
fn announced_who(line: &Line) -> Option<(String, String, resp::HeadingWho)> {
    let k = line.key();
    let body = k.trim_end().strip_suffix(':')?;
    let word = LIST_ANNOUNCEMENTS.suffix_of(body)?;
    let body = body[..body.len() - word.len()].trim_end_matches([',', ' ']);
    let start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '。' | ';'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let (a, b, who) = resp::heading_who(&body[start..])?;
    Some((
        line.folded()[start + a..start + b].to_string(),
        body[start + a..start + b].to_string(),
        who,
    ))
}

/// Whether a sentence tells what was done: a verb and the 了 of a thing done ("开展了",
/// "取得了"); not 为了, 除了 ("in order to", "besides") nor 了解 ("learn").
fn tells_past(k: &str) -> bool {
    k.match_indices('了')
        .any(|(at, _)| !k[..at].ends_with(['为', '除']) && !k[at..].starts_with("了解"))
}

/// Whether a sentence of a preamble names the document it opens a set of rules ("为加
/// 强档案管理,制定本工作制度。"; not "制定本方案").
fn makes_a_rule_set(k: &str) -> bool {
    k.match_indices('制').any(|(at, _)| {
        let rest = &k[at..];
        MAKING_THIS.prefix_of(rest).is_some_and(|w| {
            // (Within a window of the longest kind, so that a line of many 制定本 is
            // read in linear time.)
            let after = &rest[w.len()..];
            let window = &after[..byte_of_char(after, MAX_KIND_CHARS + 1)];
            let kind = window.split(['。', ',', ';', '(']).next().unwrap_or("");
            kind.chars().count() <= MAX_KIND_CHARS && RULE_SET_TITLE_ENDS.ends(kind)
        })
    })
}

/// Whether a sentence tells the parts a quoted document is divided into ("《实施方案》
/// 分为总体目标、重点任务和保障措施三个部分。", "《方案》主要包括…等六个部分内容").
fn tells_parts_of_a_document(k: &str) -> bool {
    k.match_indices('》').any(|(at, _)| {
        // (Within a window of a sentence's length, so that a line of many 》 is read in
        // linear time.)
        let after = &k[at + '》'.len_utf8()..];
        let window = &after[..byte_of_char(after, MAX_PARTS_SENTENCE_CHARS)];
        let rest = window.split('。').next().unwrap_or("");
        let told = rest
            .char_indices()
            .take(MAX_PARTS_VERB_AT)
            .any(|(i, _)| PARTS_TOLD.starts(&rest[i..]));
        told && rest.contains("部分")
    })
}

/// Whether a line opens with a quoted document as the subject of a verb that says
/// what it sets out, and announces the list that follows ("《指导意见》对标对表…目标任
/// 务,…提出建设健康乡村的重点任务:", held-out c14019): the page retells that document.
/// Not "《政府工作报告》提出的目标任务分解如下:" (提出的 names the tasks; the line hands
/// them out, [`HANDS_OUT_TASKS`]).
fn retells_a_document(k: &str) -> bool {
    let Some(after) = k
        .strip_prefix('《')
        .and_then(|r| r.split_once('》'))
        .map(|(_, a)| a)
    else {
        return false;
    };
    let sentence = after.trim_end();
    let Some(sentence) = sentence.strip_suffix(':') else {
        return false;
    };
    // (One sentence: a line of many sentences is no announcement of one list.)
    if sentence.contains('。') || HANDS_OUT_TASKS.in_text(sentence) {
        return false;
    }
    DOCUMENT_SETS_OUT
        .occurrences(sentence)
        .any(|(i, w)| !sentence[i + w.len()..].starts_with('的'))
}

/// The longest sentence that tells a document's parts, in chars after its title.
const MAX_PARTS_SENTENCE_CHARS: usize = 80;

/// How far after the quoted title the verb of its parts may come, in chars ("主要").
const MAX_PARTS_VERB_AT: usize = 4;

/// The longest name of a document's kind after 制定本 ("工作管理制度"), in chars.
const MAX_KIND_CHARS: usize = 8;

/// Whether a preamble line announces the standing duties of the body it opens with
/// ("区行政审批局负责贯彻落实…。主要职责是:", "县应急管理局的主要职责如下:"): a body of
/// government that states its own functions, not a post's duties (a 县长's 职责 are
/// his tasks in a 责任清单) nor a list of who does what.
fn announces_own_duties(k: &str) -> bool {
    let Some(body) = k.trim_end().strip_suffix(':') else {
        return false;
    };
    let body = body.trim_end();
    if !DUTIES_HEADING_ENDS.ends(body) {
        return false;
    }
    // The body: the line's opening subject, or the announcing clause's own name.
    let clause_start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '。' | ';'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let opens_with_body = || {
        resp::duty_opening(k).is_some_and(|(a, b, verb)| {
            a == 0 && verb != ":" && !resp::is_leader(&k[a..b]) && resp::looks_like_unit(&k[a..b])
        })
    };
    match resp::heading_who(&body[clause_start..]) {
        Some((.., who)) => who == resp::HeadingWho::Unit,
        None => clause_start > 0 && opens_with_body(),
    }
}

/// A cheap test before looking for a table header at a line: a short line that is a
/// column name alone, or that has cells apart (bars, spaces) and no full stop.
fn may_start_loose_table(line: &Line) -> bool {
    let k = line.key();
    let n = line.chars();
    // (A 序号 alone may start a table whose header the page lost.)
    (1..=14).contains(&n) && !k.contains(['。', ',', ':'])
        || (n <= 120 && !k.contains('。') && k.contains(['|', '│', ' ']))
        // A header whose names ran together: "序号工作内容目标任务责任单位备注".
        || (n <= 120 && crate::parser::grid::run_header(k).is_some())
}

/// The most lines after one of a notice title cut over lines that are looked at for
/// the line that ends it.
const MAX_TITLE_PIECES: usize = 2;

/// Whether a heading names a part of the plan that gives the units their duties
/// ("二、工作职责", "(三)职责分工"): short, with a word of duties.
pub(crate) fn is_duty_heading(key: &str) -> bool {
    // (Bounded: asked for each paragraph under a heading of any length.)
    key.chars().nth(MAX_DUTY_PART_CHARS).is_none() && DUTY_PART_WORDS.in_text(key)
}

/// The longest line read as the rest of an attachment's title wrapped onto it.
const MAX_WRAPPED_TITLE_CHARS: usize = 40;

/// The longest heading of duties before a colon that an entry may follow on its line.
const MAX_RUN_IN_DUTY_HEADING_CHARS: usize = 10;

/// Whether a heading of duties names whose duties they are ("政府职责", "卫生部门职责",
/// "公安、司法部门职责"): a body's own, not the heading of several units' entries
/// ("部门主要职责", "工作职责", "各成员单位职责", "职责分工").
fn names_duties_holder(heading: &str) -> bool {
    duties_holder(heading).is_some()
}

/// The holder a heading of duties names ([`names_duties_holder`]): the byte end of its
/// name in `heading` ("卫生部门" of "卫生部门职责").
fn duties_holder(heading: &str) -> Option<usize> {
    let at = DUTY_PART_WORDS.find_in(heading)?;
    let mut holder = heading[..at].trim_end();
    while let Some(w) = DUTIES_HEADING_FILLERS
        .suffix_of(holder)
        .or_else(|| holder.ends_with("工作").then_some("工作"))
    {
        holder = &holder[..holder.len() - w.len()];
    }
    let whose = |holder: &str| {
        // (A kind of body said of all: "各部门", "有关单位", "成员单位".)
        let kind = ["各", "有关", "相关", "成员"]
            .iter()
            .fold(holder, |h, w| h.strip_prefix(w).unwrap_or(h));
        !kind.is_empty()
            && !SHARED_BODY_ENDS.words.contains(&kind)
            && (PLACE_BODIES.contains(&holder)
                || TRADE_BODY_ENDS.ends(holder)
                || resp::looks_like_unit(holder))
    };
    // (Or each of a list: "广电局、资阳日报社职责", held-out c13352.)
    (whose(holder) || (holder.contains('、') && resp::top_level_pieces(holder).all(whose)))
        .then_some(holder.len())
}

/// Whether an item is a working group's share of the work: its title names the group
/// ("(二)医疗管控组") and its lines give the group's duties ("职责:负责…"), whether or not
/// they name its heads (held-out c13342, whose 组长: lines are blank).
pub(crate) fn is_working_group(item: &Item<'_>) -> bool {
    !item.group_heads.is_empty()
        || (joins::is_group_title(&item.key)
            && DUTY_LABELS.words.iter().any(|w| {
                item.body
                    .match_indices(w)
                    .any(|(at, _)| item.body[at + w.len()..].starts_with([':', '：']))
            }))
}

/// The holder named by a heading of duties run in before its duties, "(九)工商部门职责:
/// 依法确认…", "交通部门职责:负责…" (held-out c13352): the byte end of its name in `key`.
pub(crate) fn run_in_duties_holder(key: &str) -> Option<usize> {
    let colon = run_in_duty_heading(key)?;
    let heading = &key[..colon];
    // (Duties after the colon, run in: not a heading over the units' entries below,
    // "二、查处职责分工:"; nor a body set up for the work, whose duties are its standing
    // ones, "1.领导小组职责:…".)
    let duties = key[colon + ':'.len_utf8()..].trim();
    let rest =
        resp::subject_opening(duties).is_none() && resp::named_body_opening(duties).is_none();
    (!duties.is_empty() && rest)
        .then(|| duties_holder(heading))
        .flatten()
        .filter(|&end| !SET_UP_BODIES.ends(&heading[..end]))
}

/// The colon of a short heading of duties that opens `key` with more run in after it
/// ("部门主要职责:…", "交通部门职责:…"): its byte offset.
fn run_in_duty_heading(key: &str) -> Option<usize> {
    let colon = key
        .char_indices()
        .take(MAX_RUN_IN_DUTY_HEADING_CHARS + 1)
        .find(|&(_, c)| c == ':')?
        .0;
    let heading = &key[..colon];
    // (Not a label's colon inside a bracket: "联盛快乐城(责任单位:县商务局):…".)
    (is_duty_heading(heading) && !heading.contains([',', '。', ';', '(', '“'])).then_some(colon)
}

/// Where the first unit's entry starts in "部门主要职责:省民政厅组织、协调救灾工作;…": a
/// short heading of the units' duties, its colon, then a body named whole or a unit's
/// duty opening. The byte after the colon.
pub(crate) fn duty_entry_after_heading(key: &str) -> Option<usize> {
    let at = run_in_duty_heading(key)? + ':'.len_utf8();
    let rest = &key[at..];
    (resp::named_body_opening(rest).is_some() || resp::opens_with_duty(rest)).then_some(at)
}

/// The value of a line that is one or two ASCII digits alone ("1", "01", "12"), not 0.
fn digits_alone(line: &Line) -> Option<u32> {
    if line.class != Class::Text {
        return None;
    }
    digits_value(line.key(), 2).filter(|&v| v > 0)
}

/// Whether official documents set style `a` above style `b` ("四、" above "3.").
fn sets_above(a: Style, b: Style) -> bool {
    a.official_level()
        .zip(b.official_level())
        .is_some_and(|(a, b)| a < b)
}

/// How many lines after a first number alone its second is looked for.
const NUMBER_ALONE_LOOKAHEAD_LINES: usize = 40;

/// Whether a paragraph closes with its own bracket of who does it: a label
/// ("…围墙多处破损。(责任单位:市国土局,责任人:王功传)") or role verbs ("耕地保有量保持在
/// 2000.9万亩。(市国土局牵头)"); or with its own label ([`closes_with_own_label`]).
fn closes_with_own_responsibility(k: &str) -> bool {
    let bracket = resp::trailing_bracket(k).is_some_and(|(_, a, b)| {
        crate::parser::label::first_label(&k[a..b]).is_some()
            || resp::reads_as_responsibility(&k[a..b])
    });
    bracket || closes_with_own_label(k)
}

/// Whether a paragraph closes with its own label after its sentences of work
/// ("加强城市道路日常保洁。开展…。主要责任单位:各县(市、区)人民政府,…").
fn closes_with_own_label(k: &str) -> bool {
    resp::first_label(k).is_some_and(|at| {
        let work = &k[..at];
        work.ends_with(['。', ';']) && work.chars().count() > MIN_WORK_BEFORE_LABEL_CHARS
    })
}

/// Whether a notice's items assign the work themselves, so that they are no carrying
/// notice's: an item with clauses of who does it; a 督查 notice whose items each close
/// with who does them ("1.加快推进…。(责任单位:城市管理执法大队、各乡镇场)"); paragraphs
/// that give units their duties ("市民政局:负责…"); an item that opens with a unit
/// named whole and 负责 ("二、市人力资源社会保障局负责…并会同市财政局…", held-out c11983).
fn assigns_work(doc: &DocBuild) -> bool {
    doc.duty_item.is_some()
        || doc.items.iter().any(|i| {
            !i.clauses.is_empty()
                || closes_with_own_responsibility(&i.key)
                || opens_with_a_units_charge(&i.key)
        })
}

/// Whether an item's text opens with a unit named whole (no collective: "各地要…" is
/// said to all) and 负责: the work handed to it. (Or a leader and the verb of a
/// leader's charge: "1.游膺局长负责联系昆山市,…", c10860, a notice that hands each
/// leader a place.)
fn opens_with_a_units_charge(key: &str) -> bool {
    resp::subject_opening(key).is_some_and(|(a, b, verb)| {
        verb == "负责" && !resp::is_collective(&key[a..b]) && !resp::is_role_name(&key[a..b])
    }) || resp::leader_opening(key).is_some()
}

/// Whether a notice asks for work of its own: it hands out no document or breakdown,
/// and its title ("关于做好2020年清洁取暖建设工作的通知") names no document or list it is
/// about ([`NOTICE_OF_A_DOCUMENT`]) and is of no kind that lists no tasks (会议通知,
/// 通报 …).
fn asks_for_its_own_work(doc: &DocBuild) -> bool {
    let hands_out =
        doc.carries_document || doc.breakdown_handed_down || doc.handing_out_line.is_some();
    !hands_out
        && doc.notice_title.as_deref().is_some_and(|t| {
            let k = super::normalise::key_of(t);
            // (The words of what the notice is about, after 关于: not the issuer's name
            // before it, "安阳市自然资源和规划局关于开展2019年地图监管工作的通知", held-out
            // c13954, whose 规划 names no plan.)
            let about = k.find("关于").map(|at| &k[at + "关于".len()..]);
            about.is_some_and(|about| {
                about.ends_with("通知")
                    && !names_a_document(about)
                    && !NOT_TASK_TITLE_WORDS.in_text(about)
            })
        })
}

/// Whether what a notice is about ([`asks_for_its_own_work`]) names a document or a list
/// ([`NOTICE_OF_A_DOCUMENT`]); not a system named after one ("推广运用积分制清单制工作",
/// held-out c12850: 清单制 is a way of working).
fn names_a_document(about: &str) -> bool {
    NOTICE_OF_A_DOCUMENT
        .occurrences(about)
        .any(|(i, w)| !about[i + w.len()..].starts_with('制') && !made_by_the_readers(&about[..i]))
}

/// Whether the words before a document word say the readers make or carry out such
/// documents of their own ("开展能源审计和实施节能计划", held-out c14040; "编制…方案"): the
/// work asked for, no document handed out. Only a verb right before the word, or one
/// qualifier of two chars between (实施节能计划).
fn made_by_the_readers(before: &str) -> bool {
    // The last four chars, nearest first: a verb right before the word, or before a
    // qualifier of two chars (every verb here has two chars).
    let near: Vec<char> = before.chars().rev().take(2 * VERB_CHARS).collect();
    let verb_at =
        |skip: usize| -> String { near.iter().skip(skip).take(VERB_CHARS).rev().collect() };
    [verb_at(0), verb_at(VERB_CHARS)]
        .iter()
        .any(|v| DOCUMENT_MAKING_VERBS.contains(&v.as_str()))
}

/// The length of each of [`DOCUMENT_MAKING_VERBS`], in chars.
const VERB_CHARS: usize = 2;

/// Verbs by which a notice asks its readers to make or carry out documents of their own.
const DOCUMENT_MAKING_VERBS: [&str; 3] = ["实施", "制定", "编制"];

/// "…关于印发2021年政府工作报告目标任务责任分解的通知" → "2021年政府工作报告目标任务责任分解".
fn notice_subject(line: &Line) -> Option<String> {
    let key = line.key();
    // Found in the key (a Traditional "印發" too), cut from the display text. A notice
    // that carries no document is its own subject ("关于召开…会议的通知").
    let Some(start) = key.find("印发").map(|at| at + "印发".len()) else {
        return Some(line.text().trim().to_string()).filter(|t| !t.is_empty());
    };
    let rest = &key[start..];
    let end = start + rest.len()
        - rest
            .strip_suffix("的通知")
            .or_else(|| rest.strip_suffix("通知"))
            .map_or(0, |r| rest.len() - r.len());
    let text = line.text();
    let from = display_prefix(text, line.folded(), start).len();
    let to = display_prefix(text, line.folded(), end).len();
    let subject = text.get(from..to)?.trim().trim_matches(['《', '》', ' ']);
    (!subject.is_empty()).then(|| subject.to_string())
}

/// A line's text, folded text and key up to the label clause that starts at byte `cut`
/// of its key ("牵头单位：…"), without an opening bracket or a space just before it.
fn before_label<'t>(
    text: &'t str,
    folded: &'t str,
    key: &'t str,
    cut: usize,
) -> (&'t str, &'t str, &'t str) {
    let cut = key[..cut]
        .trim_end_matches(['(', '[', '【', '〔', ' '])
        .len();
    (
        display_prefix(text, folded, cut),
        &folded[..cut],
        &key[..cut],
    )
}

/// The most lines looked at after a record's name line for the next record's.
const RECORD_LOOKAHEAD_LINES: usize = 40;

/// The end (bytes of `key`) of a task-name field and its colon at the start of a line
/// ("项目名称:"), when a value follows.
fn task_name_field(key: &str) -> Option<usize> {
    let field = TASK_NAME_FIELDS.prefix_of(key)?;
    // (The record's number may follow the field's name: "问题编号5:".)
    let rest = key[field.len()..]
        .trim_start_matches(' ')
        .trim_start_matches(|c: char| c.is_ascii_digit());
    let value = rest.strip_prefix(':')?.trim_start_matches(' ');
    (!value.is_empty()).then(|| key.len() - value.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_notice_is_about() {
        // c12850: 清单制 is a way of working, no list handed out.
        assert!(!names_a_document(
            "在乡村治理中进一步推广运用积分制清单制工作的通知"
        ));
        assert!(names_a_document(
            "做好2018年政府工作报告主要目标任务和为民办实事的通知"
        ));
        assert!(names_a_document("印发重点工作清单的通知"));
        // A notice of matters lists them, its own work (held-out c14056); one of problems
        // tells how to carry something out (c10865).
        assert!(!names_a_document(
            "开展第三届山东文化惠民消费季文化和旅游消费活动有关事项的通知"
        ));
        assert!(names_a_document("加强入园项目跟踪管理有关问题的通知"));
        // Documents the readers make or carry out are their work (held-out c14040).
        assert!(!names_a_document(
            "组织全省重点用能单位开展能源审计和实施节能计划的通知"
        ));
        assert!(!names_a_document("编制工作方案的通知"));
        assert!(names_a_document("印发节能计划的通知"));
    }

    #[test]
    fn pages_that_retell_a_document() {
        // Held-out c14019: the quoted document is the subject that sets the tasks out.
        assert!(retells_a_document(
            "《指导意见》对标对表乡村振兴总体目标任务,立足于当前农村卫生健康事业的实际,提出建设健康乡村的重点任务:"
        ));
        assert!(retells_a_document("《方案》明确了以下五项重点任务:"));
        // The plan's own handing out of a quoted document's tasks.
        assert!(!retells_a_document(
            "《政府工作报告》提出的目标任务分解如下:"
        ));
        assert!(!retells_a_document(
            "《政府工作报告》提出了今年的目标任务,现将责任分工如下:"
        ));
        // A line that does not open with the document, or announces no list.
        assert!(!retells_a_document("根据《指导意见》,提出以下重点任务:"));
        assert!(!retells_a_document("《指导意见》提出建设健康乡村。"));
    }

    #[test]
    fn notice_subjects() {
        let subject = |s: &str| {
            let mut buf = String::new();
            let lines = crate::parser::lines::split(s, &mut buf);
            notice_subject(&lines[0])
        };
        assert_eq!(
            subject("慈溪市人民政府办公室关于印发 2023年2月份市政府工作要点的通知").as_deref(),
            Some("2023年2月份市政府工作要点")
        );
        // Traditional script: found in the key, cut as written.
        assert_eq!(
            subject("盤錦市人民政府辦公室關于印發《2021年市〈政府工作報告〉任務分解和責任分工方案》的通知")
                .as_deref(),
            Some("2021年市〈政府工作報告〉任務分解和責任分工方案")
        );
        assert_eq!(
            subject("关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知").as_deref(),
            Some("关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知")
        );
    }
}

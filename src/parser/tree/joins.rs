//! Lines that go on with the item above although nothing marks them as such: the
//! rest of a heading or sentence broken by a hard wrap (PDF copies wrap at one
//! width), a heading split over two lines, words at the start of a line that read
//! as a number ("一、二期工程"), unit lists wrapped onto the next line, and
//! website-footer words ("主办单位:…") used as unit lines among the items.
//!
//! These decisions weigh the shape of both lines against each other, so they are
//! kept apart from the line dispatch in the parent module.

use crate::parser::deadline;
use crate::parser::lines::{Class, Line};
use crate::parser::numbering::{Numbering, Style};
use crate::parser::resp;
use crate::parser::text::Keyed;
use crate::parser::text::{display_prefix, has_sentence_mark};
use crate::parser::words::{self, Mark, GROUP_ENDS, GROUP_HEAD_WORDS, LEADING_GROUP_ENDS};

use super::{append, before_label, Builder, OpenClause, State, Text, REASON_PREAMBLE};

/// Where the value of a field label that starts `key` begins, when the label names
/// no responsibility ("整改要求:", "工作措施:").
fn other_label_value(key: &str) -> Option<usize> {
    let field = crate::parser::label::label_at_start(key)?;
    if field.is_responsibility() {
        return None;
    }
    key.find(':').map(|at| at + 1)
}

impl<'a> Builder<'a> {
    /// Whether the next line would be the first below item `cur`'s heading line, with
    /// no clause read for it yet.
    fn first_paragraph(&self, cur: usize) -> bool {
        let item = &self.doc.items[cur];
        item.clauses.is_empty() && item.end_line == item.line
    }

    /// Whether item `cur`'s heading line was cut by a wrap: at a word that joins
    /// ("…满意的", "…和"), or at the page's width in a PDF copy.
    fn heading_wraps(&self, cur: usize) -> bool {
        let item = &self.doc.items[cur];
        let head = item.key.trim_end();
        let joins = head
            .chars()
            .next_back()
            .is_some_and(|c| JOINING_ENDS.contains(&c));
        let full = self
            .wrap_width
            .is_some_and(|w| item.last_line_chars + 1 >= w);
        item.heading_open && !ends_sentence(head) && (joins || full)
    }

    /// Whether a date line follows line `idx` within two lines: a signature's.
    fn signs_off(&self, idx: usize) -> bool {
        self.lines
            .get(idx + 1..)
            .into_iter()
            .flatten()
            .filter(|l| !l.is_blank())
            .take(2)
            .any(|l| crate::parser::meta::is_date_line(l.key().trim_end_matches([' ', '|'])))
    }

    /// An unnumbered line in the body: the wrapped rest of a heading, or a paragraph.
    pub(super) fn continuation(&mut self, line: &Line<'a>) {
        let Some(&cur) = self.doc.stack.last() else {
            self.ignore(line, REASON_PREAMBLE);
            return;
        };
        let (mut text, mut folded, mut key) = line.views();
        // "(三)开展…宣教活动。(国家卫生健" + "康委牵头,中央宣传部…参与)": a heading that a
        // PDF's wrap cut inside its bracket goes on with the line that closes it, whatever
        // that line reads as alone (held-out c11382).
        let item = &mut self.doc.items[cur];
        if item.heading_open && item.body.is_empty() && closes_open_bracket(&item.key, key) {
            append(&mut item.text, text);
            append(&mut item.folded, folded);
            append(&mut item.key, key);
            item.end_line = line.no;
            item.last_line_chars = line.chars();
            return;
        }
        // "1.协调组" + "组 长:谭宗华": a working group's heads, its leaders; and a line
        // of a leader alone after one, one more head ("组     长:史立权(…)" +
        // "史国建(市卫生健康局局长)", held-out c11482).
        let heads_go_on = std::mem::take(&mut item.group_heads_open);
        let head_value = group_head_value(&item.key, key)
            .or_else(|| (heads_go_on && resp::is_leader(key)).then_some(0));
        if let Some(value) = head_value {
            item.group_heads
                .extend(group_heads_in(Keyed::new(&folded[value..], &key[value..])));
            item.heading_open = false;
            item.group_heads_open = true;
            // (A label's value above does not go on over the heads' lines.)
            item.clause_open = OpenClause::Closed;
            item.end_line = line.no;
            item.last_line_chars = line.chars();
            return;
        }
        let mut clause = None;
        // The clause is a paragraph's trailing bracket (closed by it).
        let mut bracketed = false;
        if let Some(cut) = resp::first_label(key) {
            clause = Some((Text::from(&folded[cut..]), Text::from(&key[cut..])));
            (text, folded, key) = before_label(text, folded, key, cut);
        }
        // "(责任单位:" + "州人社局、民政局、财政局)": a bracket that opens the line with a
        // label and is not closed on it, its value wrapped onto the lines below (held-out
        // c14010): the label's clause, open for the lines that go on with it. (Only when
        // the line stops before the value or inside its list: "(责任单位:市公用" at the
        // end of a cut page is no wrap.)
        if clause.is_none()
            && key.starts_with('(')
            && !key.contains(')')
            && key.trim_end().ends_with([':', '、', ','])
        {
            let inner = '('.len_utf8();
            if resp::first_label(&key[inner..]) == Some(0) {
                clause = Some((Text::from(&folded[inner..]), Text::from(&key[inner..])));
                (text, folded, key) = ("", "", "");
            }
        }
        if clause.is_none() {
            if let Some((a, b)) = resp::whole_bracket(key) {
                let c: (Text, Text) = (folded[a..b].into(), key[a..b].into());
                // A bracket line below a run of items that name no one, closing their
                // group ("(1)…(2)…(3)…(4)…" + "(责任单位:…)"): the group's, passed down.
                if let Some(parent) = self.group_closed_by_bracket(cur) {
                    let p = &mut self.doc.items[parent];
                    p.clauses.push(c);
                    let item = &mut self.doc.items[cur];
                    item.end_line = line.no;
                    item.heading_open = false;
                    return;
                }
                clause = Some(c);
                (text, folded, key) = ("", "", "");
            }
        }
        // "4.河长制全面落实。" + "★市水利局、市生态环境局、各县区政府": the units of
        // the task, their label left out. (Not an issuer's name over a date: "沅江市第十
        // 八届人民代表大会" + "第二次会议主席团" + "2022年12月21日".)
        if clause.is_none()
            && self.first_paragraph(cur)
            && !self.doc.items[cur].row
            // (Nor the title of an item whose number stands alone on the line above:
            // "4" + "新建2家示范性社区康复中心、2家中医药特色示范社区卫生服务站".)
            && !self.doc.items[cur].key.trim().is_empty()
            // (Nor a cell wrapped from a row whose cells run together with spaces.)
            && !self.doc.items[cur].key.contains("  ")
            // (Nor the rest of a wrapped heading: "建设人民满意的" + "服务型政府".)
            && !self.heading_wraps(cur)
            // (Nor the next line of a sentence a PDF wrapped: "…做强做大数字核心企业,当年"
            // + "首次列入国家电子信息百强企业、省电子信息产业百家重点企业" + "的,…".)
            && !ends_inside_a_sentence(&self.doc.items[cur].key)
            && resp::is_units_line(key)
            && !self.signs_off(self.index_of(line.no))
        {
            clause = Some((Text::from(folded), Text::from(key)));
            (text, folded, key) = ("", "", "");
        }
        if clause.is_none() {
            // "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…": who does the
            // item, then its work.
            let end = resp::leading_clauses(Keyed::new(folded, key));
            if end > 0 {
                clause = Some((folded[..end].into(), key[..end].into()));
                let rest_t = display_suffix(text, folded, end);
                (text, folded, key) = (rest_t, &folded[end..], &key[end..]);
            } else if let Some(value) = other_label_value(key) {
                // The same after a field label of its own, or a unit and its duty there
                // ("整改要求:由县环卫站负责清除…"): the clause is read, the line kept whole.
                let v = Keyed::new(&folded[value..], &key[value..]);
                let range = match resp::leading_clauses(v) {
                    0 => resp::duty_opening(v.key()).map(|(a, b, _)| (a, b)),
                    end => Some((0, end)),
                };
                // (Or in a later sentence, or after a comma, of a decision: "会议议定:原则
                // 同意该《请示》。由水利局牵头,…", "…修改完善后,由兴东集团按程序组织实施。")
                let range = range.or_else(|| match resp::after_you(v) {
                    Some(resp::AfterYou::Clauses(a, b)) => Some((a, b)),
                    Some(resp::AfterYou::Agent(a, b)) => {
                        let units = resp::duty_units(v.slice(a..b));
                        let item = &mut self.doc.items[cur];
                        item.body_duties
                            .extend(units.into_iter().map(|u| (u, Mark::Lead)));
                        None
                    }
                    None => v
                        .key()
                        .match_indices('。')
                        .take(MAX_DECISION_SENTENCES)
                        .map(|(at, _)| at + '。'.len_utf8())
                        .find_map(|from| {
                            let to = v.key()[from..]
                                .find('。')
                                .map_or(v.key().len(), |e| from + e);
                            let end = resp::leading_clauses(v.slice(from..to));
                            (end > 0).then_some((from, from + end))
                        }),
                });
                if let Some((a, b)) = range {
                    let c = (
                        Text::from(&folded[value + a..value + b]),
                        Text::from(&key[value + a..value + b]),
                    );
                    self.doc.items[cur].clauses.push(c);
                }
            }
        }
        let item = &mut self.doc.items[cur];
        let end_line_before = item.end_line;
        item.end_line = line.no;
        // In a PDF copy a full-width line continues on the next one, even after a 。.
        let full_line = self
            .wrap_width
            .is_some_and(|w| item.last_line_chars + 1 >= w);
        // A label line wrapped by a PDF copy: "配合单位:市经信局、市商务局、" + "市科技局…";
        // but not a line that opens with a name of its own ("具体要求:…"), nor one
        // after a list that is complete ("责任单位:市商务局" + "附件2").
        let open = item.clause_open;
        // (Nor a label cut before its colon: "牵头领导:刘希明" + "牵" at the page's end.)
        if open != OpenClause::Closed
            && clause.is_none()
            && !starts_with_field_name(key)
            && !crate::parser::label::is_cut_label(key)
        {
            if let Some(last) = item
                .clauses
                .last_mut()
                .filter(|c| full_line || clause_is_cut(&c.1, open))
            {
                append(&mut last.0, folded);
                let from = last.1.trim_end().len();
                append(&mut last.1, key);
                item.clause_open = open.went_on(&last.1, from);
                item.last_line_chars = line.chars();
                return;
            }
        }
        item.clause_open = OpenClause::Closed;
        item.last_line_chars = line.chars();
        if key.is_empty() {
        } else if item.heading_open
            // (A full line goes on, but not into a line that opens with a field's name:
            // "办理情况:已办结。…" is the item's first paragraph.)
            && ((full_line && !starts_with_field_name(key)) || should_join(&item.key, key))
        {
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
            self.last_paragraph =
                (!item.clauses.is_empty() && clause.is_none()).then_some(super::ParagraphMark {
                    item: cur,
                    line: line.no,
                    body_len: item.body.len(),
                    end_line: end_line_before,
                });
            if let Some(m) = self.last_paragraph {
                if self.first_paragraph.is_none_or(|f| f.item != m.item) {
                    self.first_paragraph = Some(m);
                }
            }
            if !item.body.is_empty()
                && item
                    .body
                    .ends_with(['。', ';', ';', '!', '?', ':', ':', '！', '？'])
            {
                item.body.push('\n');
            }
            if item.body.is_empty() && clause.is_none() {
                // (Or after one short sentence of why, under a heading of work: "一、进一
                // 步核查灾情" over "随着气温升高,…灾情将会进一步显现。各县市、州级各相关部门
                // 要进一步核实灾情", held-out c13663; not under a part's name, "一、活动主题"
                // over "…活动的主题是:“…”。各社区要…", c11165.)
                let subject = resp::subject_opening(key).or_else(|| {
                    let (a, b) = words::opens_with_work_verb(item.key.trim_start())
                        .then(|| resp::subject_after_why(key))??;
                    Some((a, b, "要"))
                });
                item.subject =
                    subject.map(|(a, b, verb)| (folded[a..b].into(), key[a..b].into(), verb));
                // "…广泛发动村(居)民参与投票,由村(居)委会组织项目征集、…": who does the
                // work, after a comma of the first paragraph.
                // (Read when nothing else names who does a task: a section's first
                // paragraph may say who answers for all of it, not who does each item.)
                if item.subject.is_none() {
                    let p = Keyed::new(folded, key);
                    match resp::after_you(p) {
                        Some(resp::AfterYou::Clauses(a, b)) => {
                            let mut own = resp::Own::default();
                            resp::read_clause(p.slice(a..b), &mut own);
                            item.body_duties
                                .extend(own.claims.into_iter().map(|c| (c.unit, c.mark)));
                        }
                        Some(resp::AfterYou::Agent(a, b)) => item.body_duties.extend(
                            resp::duty_units(p.slice(a..b))
                                .into_iter()
                                .map(|u| (u, Mark::Lead)),
                        ),
                        None => {}
                    }
                }
            }
            if clause.is_none() {
                item.body_duties
                    .extend(resp::duty_clauses(Keyed::new(folded, key)));
            }
            if item.body_partners.is_empty() {
                let mut partners = resp::Own::default();
                resp::read_partners(Keyed::new(folded, key), &mut partners);
                item.body_partners = partners.claims.into_iter().map(|c| c.unit).collect();
            }
            // (A line that says who does the item may say by when too: "市环保局负责,…
            // 确保12月15日前完成…", c4406.)
            if item.body_deadline.is_none() {
                item.body_deadline =
                    deadline::find_inline(key).map(|(a, b)| folded[a..b].to_string());
            }
            item.body.push_str(text);
            item.cut_bracket = resp::unclosed_bracket(key)
                .map(|(_, a, b)| (folded[a..b].into(), key[a..b].into()));
            // A paragraph that ends with who does it ("…(省发展改革委、财政厅牵头,…)"):
            // the item's (or, for a section, its items').
            if clause.is_none() {
                if let Some((_, a, b)) = resp::trailing_bracket(key) {
                    clause = Some((folded[a..b].into(), key[a..b].into()));
                    bracketed = true;
                }
            }
        }
        if let Some(c) = clause {
            // A bracket closes its clause: the next paragraph does not go on with it
            // ("…(年内持续推进)" then "保障符合条件的…").
            // (So does the end of the sentence the clause opens: "由兵役机关牵头,宣传、教体
            // 等部门参与的征兵宣传领导机构,负责…。" then "每年一季度,组织召开…", held-out
            // c12463; a label that awaits its value on the next line still goes on.)
            let sentence_ended = ends_sentence(key) && !c.1.trim_end().ends_with(':');
            item.clause_open = if bracketed || sentence_ended {
                OpenClause::Closed
            } else {
                OpenClause::after(&c.1)
            };
            item.clauses.push(c);
            item.heading_open = false;
        }
    }

    /// The parent of `cur` when `cur` and the sibling before it are leaves that name
    /// no one (no label line, no bracket of their own): a bracket line after them is
    /// the group's. Only the one sibling before is looked at (a bounded check).
    pub(super) fn group_closed_by_bracket(&self, cur: usize) -> Option<usize> {
        let item = &self.doc.items[cur];
        let parent = item.parent?;
        let siblings = &self.doc.items[parent].children;
        let [.., before, last] = siblings.as_slice() else {
            return None;
        };
        let bare = |i: usize| {
            let it = &self.doc.items[i];
            it.children.is_empty()
                && it.clauses.is_empty()
                && resp::trailing_bracket(&it.key).is_none()
        };
        (*last == cur && bare(cur) && bare(*before)).then_some(parent)
    }

    /// A line known to continue the sentence of the item above: the rest of its
    /// heading while that is open, else of its paragraph.
    pub(super) fn wrapped_line(&mut self, line: &Line<'a>) {
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
    pub(super) fn is_wrapped_number(&self, idx: usize, n: Numbering) -> bool {
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
        // (A bracket of who does it ends the text too: "…〔责任主体:各乡(镇)党委;…〕" +
        // "六、加强组织领导" on a page that starts inside part 五, held-out c11521.)
        let mid_sentence = item.clauses.is_empty()
            && !ends_sentence(last_text)
            && !closes_with_bracket_of_who(last_text)
            && !last_text.ends_with(['；', '：', '！', '？'])
            && item.key.contains([',', '，']);
        if !mid_sentence {
            return false;
        }
        // A line that names who does it ("(一)加快…(牵头单位:市经贸委;…)") is an item
        // of its own, even where the next number is not found (a page whose other
        // numbers were garbled).
        let key = self.lines[idx].key();
        if resp::first_label(key).is_some() || resp::trailing_bracket(key).is_some() {
            return false;
        }
        let continues = self.doc.stack.iter().any(|&i| {
            let it = &self.doc.items[i];
            it.style == n.style && n.value == it.value + 1
        });
        // (Nor the first number of a style ranked below the open item's, which opens
        // its list: "(四)突出重点、亮点,彰显创建特色" + "1、打造文明示范街,凸" on a page
        // cut after it, held-out c2405.)
        // A style not seen yet opens a list right below a heading line when official
        // documents set it below the heading's: "二、明确重点,积极推进…发展" + "(一)全力
        // 推进…" on a page cut before its (二) (held-out c10965); not after a line that
        // went on with the item ("3.推进…改造" + "120个，新建保障性住房" + "（1）期工程。").
        let rank_of = |s: Style| self.doc.ranks.iter().find(|r| r.0 == s).map(|r| r.1);
        let opens_sub_list = n.value == 1
            && match rank_of(n.style) {
                Some(r) => rank_of(item.style).is_some_and(|open| r > open),
                None => self.first_paragraph(cur) && super::sets_above(item.style, n.style),
            };
        !continues && !opens_sub_list && !self.has_next_number(idx, n)
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

    /// A line with a website-footer word among the items ("主办单位:市交通局" in a 民生实事
    /// list, where 主办单位 is the lead unit): a unit line when it names units, else a
    /// paragraph of the current item. Either way the document goes on.
    pub(super) fn footer_word_among_tasks(&mut self, line: &Line<'a>) {
        if let Some(clause) = unit_clause(line) {
            if let Some(&cur) = self.doc.stack.last() {
                let item = &mut self.doc.items[cur];
                item.clauses.push(clause);
                item.end_line = line.no;
                item.heading_open = false;
                item.clause_open = OpenClause::after(line.key());
                return;
            }
        }
        self.continuation(line);
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

/// The part of `display` after as many chars as `folded[..byte]` has.
fn display_suffix<'t>(display: &'t str, folded: &str, byte: usize) -> &'t str {
    &display[display_prefix(display, folded, byte).len()..]
}

/// The width (in chars) at which a PDF copy wraps: one long line length shared by at
/// least a quarter of the non-blank lines.
pub(super) fn wrap_width(lines: &[Line]) -> Option<usize> {
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

/// Whether a line (key view) ends a sentence: a final 。, ;, !, ? or :.
pub(super) fn ends_sentence(key: &str) -> bool {
    key.trim_end().ends_with(['。', ';', '!', '?', ':'])
}

/// Where a clause's names are parted: after the last of these comes its last name.
const NAME_BREAKS: [char; 5] = [':', '、', ',', ';', ' '];

impl OpenClause {
    /// The state of a clause `key` just begun (a label line, a bracket, a label tail).
    pub(super) fn after(key: &str) -> OpenClause {
        OpenClause::Closed.went_on(key, 0)
    }

    /// The state once `key[from..]` (one line's worth, `from` at the end of what came
    /// before it, trailing spaces left out) has been added to the clause `key`: only
    /// the new part is read.
    fn went_on(self, key: &str, from: usize) -> OpenClause {
        if ends_sentence(key) {
            // "责任单位:" with its value on the next line: any line goes on. (Only the
            // new part is read: a clause may grow over many lines.)
            let new = key.trim_end().get(from..).unwrap_or("");
            let awaits_value = new.ends_with(':')
                && resp::find_labels(new)
                    .last()
                    .is_some_and(|l| l.field.is_responsibility() && l.start >= new.len());
            return if awaits_value {
                OpenClause::AnyLine
            } else {
                OpenClause::Closed
            };
        }
        let k = key.trim_end();
        let new = k.get(from..).unwrap_or("");
        let last = resp::find_labels(new).last().copied();
        // "【整改期限】立行立改" + "请市城管局开展现场调查…": a deadline that is whole
        // (a way of doing it at once, or going on) is closed; the next line is a sentence
        // of its own (held-out c11260). (A date may still be wrapped: "2024年6月" + "底前".)
        if let Some(label) = last.filter(|l| l.field == crate::parser::label::Field::Deadline) {
            let value = new[label.start..].trim();
            if crate::parser::deadline::is_standing(value) {
                return OpenClause::Closed;
            }
        }
        let names_units = match last {
            Some(label) => label.field.names_units(),
            None => matches!(self, OpenClause::Units { .. }),
        };
        if !names_units {
            return OpenClause::AnyLine;
        }
        let tail = match new.rfind(NAME_BREAKS) {
            Some(at) => from + at + new[at..].chars().next().map_or(1, char::len_utf8),
            None => match self {
                OpenClause::Units { tail } => tail,
                _ => from,
            },
        };
        OpenClause::Units { tail }
    }
}

/// Whether a clause (key view) stops in the middle of its list: after a separator
/// ("市经信局、"), or, in a unit list, in the middle of a name ("市经信" + "局、市商务局").
/// A unit list that ends with a whole name ("责任单位:市商务局") is complete. `open` is
/// what is known of the clause (see [`OpenClause`]); nothing before its last name is
/// read again.
fn clause_is_cut(key: &str, open: OpenClause) -> bool {
    let k = key.trim_end();
    if k.ends_with(['、', ',', '，', '/']) {
        return true;
    }
    match open {
        OpenClause::Closed => false,
        // Leaders, deadlines, a bracket's content: as before, any line goes on.
        OpenClause::AnyLine => true,
        OpenClause::Units { tail } => {
            let last = k.get(tail..).unwrap_or("");
            // Longer than any name: not a name, so cut (and read no further).
            last.len() > resp::MAX_UNIT_CHARS * 4 || !resp::looks_like_unit(last)
        }
    }
}

/// Where the value starts of a line naming a head of the working group that `title`
/// names ("协调组", "食品卫生等安全生产整治工作组"): a word of [`GROUP_HEAD_WORDS`],
/// spaces inside it or not ("组 长:"), then a colon and a value.
fn group_head_value(title: &str, key: &str) -> Option<usize> {
    if !is_group_title(title) {
        return None;
    }
    let colon = key.find(':')?;
    let word: String = key[..colon].chars().filter(|&c| c != ' ').collect();
    let value = colon + ':'.len_utf8();
    (GROUP_HEAD_WORDS.words.contains(&word.as_str()) && !key[value..].trim().is_empty())
        .then_some(value)
}

/// Whether `title` names a working group ("协调组", "食品卫生等安全生产整治工作组").
pub(crate) fn is_group_title(title: &str) -> bool {
    // (Not the plan's leading group, "成立工作领导小组" over its roster: the heads of
    // the whole work, not of a share of it.)
    // (Its length first, counted up to one past the most: a heading that grew over
    // many lines is asked at each.)
    let title = title.trim_end_matches([' ', ';', '。']);
    title.chars().nth(MAX_GROUP_TITLE_CHARS).is_none()
        && !has_sentence_mark(title)
        && GROUP_ENDS.ends(title)
        && !LEADING_GROUP_ENDS.ends(title)
}

/// A working group's heading whose heads follow its duties in the same text ("宣传组:由
/// 区委宣传部牵头,负责…。组长:刘树森;成员:郎克俊、卜光辉。", held-out c13374): the byte
/// ranges of the heads' values, each after a sentence's or a clause's stop and a word of
/// [`GROUP_HEAD_WORDS`] with its colon, up to the next stop or comma.
pub(super) fn heads_after_duties(key: &str) -> Vec<(usize, usize)> {
    let mut values = Vec::new();
    let Some(colon) = key.find(':') else {
        return values;
    };
    if !is_group_title(&key[..colon]) {
        return values;
    }
    for (at, c) in key.char_indices().filter(|&(_, c)| matches!(c, '。' | ';')) {
        let from = at + c.len_utf8();
        let Some(word) = GROUP_HEAD_WORDS.prefix_of(&key[from..]) else {
            continue;
        };
        let value = from + word.len();
        let Some(value) = key[value..].strip_prefix(':').map(|v| key.len() - v.len()) else {
            continue;
        };
        let end = key[value..]
            .find([';', '。', ','])
            .map_or(key.len(), |e| value + e);
        if !key[value..end].trim().is_empty() {
            values.push((value, end));
        }
    }
    values
}

/// The heads a value after a group head's word names ("高艳(市委宣传部常务副部长)",
/// "谭宗华、袁犬嵘"), whether on a line of its own or run into the group's heading.
/// (A name the page masked, "**", names no one.)
pub(super) fn group_heads_in(value: Keyed) -> impl Iterator<Item = crate::parser::model::Leader> {
    resp::parse_leaders(value)
        .into_iter()
        .filter(|l| l.name.chars().any(char::is_alphanumeric))
}

/// A working group's heading with its heads run in after a space, as a page whose line
/// breaks were lost writes it ("宣传工作组 组长:高艳(市委宣传部常务副部长) 工作职责:",
/// held-out c11920): where the group's title ends, and the byte ranges of the heads'
/// values ("高艳(市委宣传部常务副部长)"; "副组长:…" after it too). Each value ends at the
/// last space before the next field's colon.
pub(super) fn run_in_group_heads(key: &str) -> Option<(usize, Vec<(usize, usize)>)> {
    // (The title is short: only the spaces within its most chars are looked at.)
    let (title_end, first) = key
        .char_indices()
        .take(MAX_GROUP_TITLE_CHARS + 1)
        .filter(|&(_, c)| c == ' ')
        .find_map(|(sp, _)| {
            let from = sp + ' '.len_utf8();
            let v = group_head_value(&key[..sp], &key[from..])?;
            Some((sp, from + v))
        })?;
    let mut values = Vec::new();
    let mut value = first;
    loop {
        let rest = &key[value..];
        let end = match rest.find(':') {
            Some(colon) => rest[..colon].rfind(' ').map_or(rest.len(), |sp| sp),
            None => rest.len(),
        };
        values.push((value, value + end));
        let next = &key[value + end..];
        let field = next.trim_start();
        let field_at = value + end + (next.len() - field.len());
        match group_head_value(&key[..title_end], field) {
            Some(v) if end < rest.len() => value = field_at + v,
            _ => break,
        }
    }
    Some((title_end, values))
}

/// The longest title of a working group's item ("食品卫生等安全生产整治工作组"), in chars.
const MAX_GROUP_TITLE_CHARS: usize = 24;

/// Whether `head` leaves a round bracket open near its end (within
/// [`MAX_CLOSING_BRACKET_BYTES`]: a heading that grows over many lines is asked at each)
/// that `next` closes before it opens one of its own.
fn closes_open_bracket(head: &str, next: &str) -> bool {
    let tail = heading_tail(head);
    let open = tail.rfind('(').is_some_and(|o| !tail[o..].contains(')'));
    open && next
        .find(')')
        .is_some_and(|close| next.find('(').is_none_or(|o| close < o))
}

/// "具体要求:…", "工作目标:…": a line that opens with a short name and a colon starts a
/// paragraph of its own, so it does not continue a unit list wrapped from the line above.
pub(super) fn starts_with_field_name(key: &str) -> bool {
    let Some(at) = key.find([':', '：']) else {
        return false;
    };
    let name = &key[..at];
    (2..=8).contains(&name.chars().count())
        && !name.contains(['、', ',', '，', ';', '；', '(', ')', '（', '）', ' '])
}

/// The sentences of a field's value looked at for who does the item, after its first.
const MAX_DECISION_SENTENCES: usize = 3;

/// What a heading line cut by a wrap ends with: a word that joins what follows.
const JOINING_ENDS: &[char] = &['的', '和', '及', '与', '、', ',', '“', '《', '(', '-', '—'];

/// The most of a heading's end looked at for a bracket of who does it.
const MAX_CLOSING_BRACKET_BYTES: usize = 600;

/// Whether a text closes with a bracket of who does it ("…控制在47.38亿立方米。[市水务
/// 局牵头,市工信委配合]", "…〔责任主体:各乡(镇)党委;责任单位:…〕"): it ends there, as
/// a sentence does. (Only the last bytes are looked at: a text may grow over many lines.)
fn closes_with_bracket_of_who(text: &str) -> bool {
    text.trim_end().ends_with([')', ']', '】', '〕'])
        && resp::trailing_bracket(heading_tail(text.trim_end())).is_some()
}

/// The last [`MAX_CLOSING_BRACKET_BYTES`] of a heading (from a char's start), where its
/// bracket of who does it is looked for: a heading may grow over many lines, and is
/// asked at each.
fn heading_tail(head: &str) -> &str {
    let mut from = head.len().saturating_sub(MAX_CLOSING_BRACKET_BYTES);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    &head[from..]
}

/// How far a heading's chars are counted by [`should_join`]: past its longest
/// threshold.
const MAX_HEAD_CHARS_COUNTED: usize = 29;

/// Whether an unnumbered line continues the heading above it: a sentence broken by a
/// hard wrap, or a heading split over two lines ("二、2018年" + "主要目标任务"). Not
/// after a bracket of who does it, which closes the heading's text.
fn should_join(head: &str, next: &str) -> bool {
    let head = head.trim_end();
    let Some(last) = head.chars().next_back() else {
        return true;
    };
    if ends_sentence(head) {
        return false;
    }
    // "…用水总量控制在47.38亿立方米。[市水务局牵头,市工信委配合]": who does it closes
    // the text. (Only the last bytes are looked at: a head may grow over many lines.)
    if closes_with_bracket_of_who(head) {
        return false;
    }
    if JOINING_ENDS.contains(&last) {
        return true;
    }
    // A line that opens with a field's name ("办理情况:已办结。…") is the item's first
    // paragraph, however long the heading.
    if starts_with_field_name(next) {
        return false;
    }
    // (The head's length is only compared with short lengths: counted that far, so
    // that a heading that grows over thousands of joined lines costs no more per line.)
    let hl = head.chars().take(MAX_HEAD_CHARS_COUNTED).count();
    let nl = next.chars().count();
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

/// Whether a text with sentences in it stops inside one (no 。 ; : or bracket at its
/// end): its next line goes on with that sentence.
fn ends_inside_a_sentence(key: &str) -> bool {
    let k = key.trim_end();
    k.contains([',', '。']) && !k.ends_with(['。', ';', ':', ')', '】', '!', '?'])
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
        // A field's first paragraph after a long heading (held-out c7100).
        assert!(!should_join(
            "农业和科技委员会承办的“关于解决柔远镇夹渠村自来水并网的建议”(第1号)",
            "办理情况:已办结。该工程于2017年4月20日开工建设。"
        ));
        assert!(should_join("", "x"));
    }
}

//! Stage 5: who does what. Reads the responsibility clauses of an item — label lines
//! ("牵头领导:…,责任单位:…"), brackets ("(市发改局牵头,市财政局等按职责分工负责)"),
//! sentences ("由市住建局牵头,市自然资源局配合"), headings that name a leader
//! ("二、胡海达常务副市长负责主抓工作") — into leaders, claims on units, and a deadline.
//!
//! Units are first *claimed* with a mark (lead, responsible, cooperating) and resolved
//! per item ([`Own::resolve`]): responsible units (责任单位, "X负责") lead, unless the
//! item names leading units anywhere (another line, the same bracket), then they
//! cooperate; under the rule 列第一位者为牵头 the first of them leads.
//!
//! Texts come as [`Keyed`] (folded view for names, key for recognition).

mod list;
mod names;

use std::collections::HashSet;

pub use super::label::{field_of, find_labels, first_label, starts_with_label, Field, Labelled};
pub use names::{
    is_collective, is_leader, is_person_name, is_role_name, looks_like_unit, make_unit,
    read_leader, split_name_post, unit_key, MAX_LEADER_CHARS, MAX_UNIT_CHARS,
};

use super::deadline;
use super::model::{Leader, Unit};
use super::text::Keyed;
use super::words::{
    first_leads_note, opens_with_work_verb, Mark, ABOVE_POINTERS, ACTION_VERBS, AD_HOC_BODY_ENDS,
    AGENT_OPENERS, AGENT_WAYS, APPROVALS, ASSESS_VERBS, ASSIST_WORDS, BARE_TITLES, CHANGE_VERBS,
    CLAUSE_JOINERS, COMMA_DUTY_VERBS, DUTIES_HEADING_ENDS, DUTIES_HEADING_FILLERS, DUTY_LABELS,
    DUTY_OBJECTS_LIKE_NOT, DUTY_VERBS, FRAME_ENDS, GOVERNMENT_BODY_ENDS, GROUP_TITLES,
    HEADING_LEADER_VERBS, HEADING_LEADER_WORKS, LABEL_ROLE_WORDS, LEADER_TITLES, LEADING_VERB,
    LEAD_SIGNS, LED_PARTNER_OPENERS, LEVEL_CHARS, LOCAL_PLACE_ENDS, MODAL_VERBS, NAMED_BODY_ENDS,
    NAME_TAILS, NOT_DUTY_AFTER, OFFICE_ENDS, PARTNER_LEADS, PARTNER_OPENERS, PERSONS_BY_DUTY,
    PLACE_BODIES, PLACE_PROBLEM_TAILS, POSTS, POST_CHARGES, PROPOSAL_WORDS, PURPOSE_OPENERS,
    READER_NOTES, ROLE_MANNERS, ROLE_POSTS, SETTING_UP_VERBS, SHARED_BODY_ENDS, SUBJECT_WITH_WORDS,
    THIS_POINTERS, TIMES_BEFORE_AGENT, TOPIC_OPENERS, TRADE_BODY_ENDS, UNIT_HEAD_WORDS,
    UNIT_SUFFIXES, WORK_NOUNS,
};
use list::Mode;

/// A unit named for an item, with how it was named.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub unit: Unit,
    pub mark: Mark,
}

/// Responsibilities collected for one item (its own, before inheritance).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Own {
    pub leaders: Vec<Leader>,
    pub claims: Vec<Claim>,
    pub deadline: Option<String>,
    /// "列第一位者为牵头" stated for this item's list.
    pub first_leads_here: bool,
    /// The same rule with "下同": from here on the first listed unit leads.
    pub first_leads_from_here: bool,
    /// Labels that look like responsibility labels but are not understood.
    pub unknown_labels: Vec<String>,
    /// Whether the units were read only from the subject of the item's work ("各乡镇人民
    /// 政府要…" under a task's title): enough for a task, but not what makes a page a
    /// list of tasks (a notice's "各地各部门要…" is one too).
    pub by_subject: bool,
}

impl Own {
    /// Whether anything names who does the item (a group's members alone do not: they
    /// have a role only beside the group's lead).
    pub fn names_anyone(&self) -> bool {
        !self.leaders.is_empty() || self.claims.iter().any(|c| c.mark != Mark::Member)
    }

    /// Whether all that is named are partners (cooperating units, no leader): who leads
    /// is still to be found ("…。会同市财政局组织申报…").
    pub fn names_only_partners(&self) -> bool {
        !self.claims.is_empty()
            && self.leaders.is_empty()
            && self.claims.iter().all(|c| c.mark == Mark::Coop)
    }

    /// Claims each of `units` with one role.
    pub fn claim_units(&mut self, units: impl IntoIterator<Item = Unit>, mark: Mark) {
        self.claims
            .extend(units.into_iter().map(|unit| Claim { unit, mark }));
    }

    /// Lead and cooperating units. Units marked as leading lead; responsible units
    /// lead when nothing is marked as leading (under `first_leads`, only the first of
    /// them), else they cooperate. A unit is listed once, in its first role.
    pub fn resolve(&self, first_leads: bool) -> (Vec<Unit>, Vec<Unit>) {
        self.resolve_under(first_leads, false)
    }

    /// [`Own::resolve`] for an item under a heading whose units were marked as leading
    /// (`led_above`: "一、整治村容村貌(县委农办…牵头)" over "2.…(责任单位:县住建局)"):
    /// its responsible units cooperate with them, as beside its own 牵头 units.
    pub fn resolve_under(&self, first_leads: bool, led_above: bool) -> (Vec<Unit>, Vec<Unit>) {
        let any_lead = led_above || self.claims.iter().any(|c| c.mark == Mark::Lead);
        let first_leads = first_leads || self.first_leads_here;
        let mut seen = KeySet::default();
        let (mut lead, mut coop) = (Vec::new(), Vec::new());
        let mut first_resp = true;
        // A working group's members do its share when the item names the group's heads
        // and no unit of another role ("组长:史立权(…)" + "成员单位:市农业农村局、…",
        // held-out c11482; c11280).
        let members_lead =
            !self.leaders.is_empty() && self.claims.iter().all(|c| c.mark == Mark::Member);
        for c in &self.claims {
            let leads = match c.mark {
                Mark::Lead => true,
                Mark::Member => members_lead,
                Mark::Coop | Mark::Oversee => false,
                Mark::Resp if any_lead => false,
                Mark::Resp if first_leads => std::mem::replace(&mut first_resp, false),
                Mark::Resp => true,
            };
            if leads && seen.insert(&c.unit.key) {
                lead.push(c.unit.clone());
            }
        }
        for c in &self.claims {
            let cooperates = match c.mark {
                Mark::Oversee => false,
                Mark::Member => any_lead,
                _ => true,
            };
            if cooperates && seen.insert(&c.unit.key) {
                coop.push(c.unit.clone());
            }
        }
        (lead, coop)
    }
}

/// A set of unit keys: a list while small (most items name a few units), a hash set
/// once large (a list of thousands stays linear).
#[derive(Default)]
pub struct KeySet<'k> {
    small: Vec<&'k str>,
    large: Option<HashSet<&'k str>>,
}

impl<'k> KeySet<'k> {
    const SMALL: usize = 16;

    /// Adds `k`; false when it was there.
    pub fn insert(&mut self, k: &'k str) -> bool {
        if let Some(set) = &mut self.large {
            return set.insert(k);
        }
        if self.small.contains(&k) {
            return false;
        }
        self.small.push(k);
        if self.small.len() > Self::SMALL {
            self.large = Some(self.small.drain(..).collect());
        }
        true
    }
}

/// Reads one clause (a label line, the label tail of a heading, a bracket's content,
/// or a sentence of who does what) into `own`.
pub fn read_clause(text: Keyed, own: &mut Own) {
    read_clause_in(inside_own_bracket(text), Depth::Top, own);
}

/// A clause that is a bracket of its own, whole or left open ("(中央宣传部、…、工业和信
/// 息化部按职责分工" + "负责)", a paragraph a PDF's wrap cut, held-out c12862): its
/// content, read as a bracket after a task is. Other clauses as they are.
fn inside_own_bracket(text: Keyed) -> Keyed {
    let key = text.key();
    if let Some((a, b)) = whole_bracket(key) {
        return text.slice(a..b);
    }
    match last_unclosed(key, key.len()) {
        Some((0, len)) => text.from(len),
        _ => text,
    }
}

/// Where a clause is read: at the top, or inside a bracket of a label's value (whose
/// own brackets are not looked into: the reading does not follow the input's nesting).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    Top,
    InValue,
}

fn read_clause_in(text: Keyed, depth: Depth, own: &mut Own) {
    let labels = find_labels(text.key());
    let Some(first) = labels.first() else {
        // "(责任单位;住建局、畜牧局)": a label whose colon was typed as another stop.
        match label_without_colon(text.key()) {
            Some((field, at)) => read_value(field, text.from(at), depth, own),
            None => {
                list::read(text, Mode::Value(Mark::Resp), own);
            }
        }
        return;
    };
    // Names before the first label ("县发改局、县财政局,完成时间:2024年9月"): the
    // units the clause is about, like a clause without labels.
    let before = text
        .to(first.label_start)
        .trim_matches(|c| matches!(c, ' ' | '\t' | ',' | ';' | '。' | '、'));
    let all_units = || {
        before
            .key()
            .split(['、', ',', ';'])
            .all(|p| looks_like_unit(p.trim()))
    };
    // (Or a sentence of who does it, "市生态环境局、发展改革委等按职责分工负责。责任单位:
    // …", "X牵头,Y配合。责任单位:Z": read as a clause without labels is.)
    if !before.is_empty() && (all_units() || reads_as_responsibility(before.key())) {
        list::read(before, Mode::Value(Mark::Resp), own);
    }
    for l in &labels {
        let value = text
            .slice(l.start..l.end)
            .trim_matches(|c| matches!(c, ' ' | '\t' | ',' | ';' | '。' | '、'));
        match l.field {
            // "责任单位:县住建局,时间:2024年": a time word alone (on a web page, when
            // it was published) is the deadline after a responsibility label.
            Field::Other { .. }
                if own.deadline.is_none()
                    && labels[0].field.is_responsibility()
                    && super::label::is_time_word(
                        text.key()[l.label_start..l.start - 1].trim(),
                    ) =>
            {
                let t = trim_value(value);
                if !t.is_empty() {
                    own.deadline = Some(t.folded().to_string());
                }
            }
            Field::Other { role_like } => {
                if role_like {
                    let label = text.slice(l.label_start..l.start.saturating_sub(1));
                    own.unknown_labels.push(label.folded().trim().to_string());
                }
            }
            field => read_value(field, value, depth, own),
        }
    }
}

/// Reads the value of a responsibility or deadline label into `own`.
fn read_value(field: Field, value: Keyed, depth: Depth, own: &mut Own) {
    let value = value.trim_matches(|c| matches!(c, ' ' | '\t' | ',' | ';' | '。' | '、'));
    // "组织单位:各乡镇人民政府、总工会。(参加单位:县安监局、交通局。)": labels in a
    // bracket of the value are read as the clause's own.
    // (A label needs its colon: a memchr-backed search first.)
    if depth == Depth::Top && field.unit_mark().is_some() && value.key().contains(':') {
        for (a, b) in inner_brackets(value.key()) {
            if first_label(&value.key()[a..b]).is_some() {
                read_clause_in(value.slice(a..b), Depth::InValue, own);
            }
        }
    }
    // "职责分工:负责机关值班、信息报送及来电来访处置等." under "(一)办公室": the duties
    // of the unit over it, which the value does not name (held-out c12040).
    if field == Field::Assign && DUTY_VERBS.starts(value.key()) {
        return;
    }
    // A list of units: each of the mark its label gives.
    let list_mark = match field {
        Field::Lead => Some(Mark::Lead),
        Field::Resp | Field::Assign => Some(Mark::Resp),
        Field::Coop => Some(Mark::Coop),
        Field::Member => Some(Mark::Member),
        _ => None,
    };
    if let Some(mark) = list_mark {
        match shares_by_area(value.key()) {
            // "责任单位:城管局负责城区街道;交通局负责国道": each unit with its share.
            Some(shares) => {
                for (a, b) in shares {
                    own.claim_units(duty_units(value.slice(a..b)), mark);
                }
            }
            // "责任分工:市气象学会负责开放活动的组织协调,负责联系学校…;办公室、公共气象
            // 服务中心负责活动宣传" (held-out c13834): a sentence of whose work is what,
            // each clause that opens with its doer read for the doer alone.
            None if field == Field::Assign && read_doers(value, own) => {}
            // A group's members are units: persons among them ("…,瞿天姿兼任办公室主
            // 任", held-out c10343) are no leaders of a task.
            None if mark == Mark::Member => {
                let mut members = Own::default();
                list::read(value, Mode::Value(mark), &mut members);
                own.claims.append(&mut members.claims);
            }
            None => {
                list::read(value, Mode::Value(mark), own);
            }
        }
        return;
    }
    match field {
        Field::Leader => {
            // "市领导:周八;市城管局": after a stop, units alone are who does the work,
            // the leader's label said nothing of them.
            let value = match value.key().find(';') {
                Some(at) if names_units_only(&value.key()[at + 1..]) => {
                    list::read(
                        value.slice(at + 1..value.key().len()),
                        Mode::Value(Mark::Resp),
                        own,
                    );
                    value.to(at)
                }
                _ => value,
            };
            for leader in parse_leaders(value) {
                if !own.leaders.contains(&leader) {
                    own.leaders.push(leader);
                }
            }
        }
        Field::Deadline => {
            let t = trim_value(value);
            if !t.is_empty() && own.deadline.is_none() {
                own.deadline = Some(t.folded().to_string());
            }
        }
        Field::UnitsAndLeaders(mark) => units_and_leaders(value, mark, own),
        // (Read above.)
        Field::Lead
        | Field::Resp
        | Field::Assign
        | Field::Coop
        | Field::Member
        | Field::Other { .. } => {}
    }
}

/// An assignment label's value written as sentences ("市气象学会负责开放活动的组织协
/// 调,负责联系学校和学生参观;办公室、公共气象服务中心负责活动宣传,各县局自行组织"):
/// each clause that opens with its doers and a verb of duty, then the work, gives the
/// doers (with the mark of a role verb: "X牵头负责…"), a clause of names alone its
/// names; a clause without a subject goes on with the work of the one before. False,
/// and nothing read, when no clause opens so (a list the label's reading takes: "X、
/// Y,Z牵头").
fn read_doers(value: Keyed, own: &mut Own) -> bool {
    let key = value.key();
    // (Most values name units alone: a substring search first.)
    if !DUTY_VERBS.in_text(key) {
        return false;
    }
    let starts: Vec<usize> = std::iter::once(0).chain(clause_starts(key)).collect();
    let (mut doers, mut names) = (Vec::new(), Vec::new());
    for (i, &start) in starts.iter().enumerate() {
        // (Up to the next clause's separator, one byte folded: , ; 。 are ASCII or
        // three bytes, so the char before the next start is cut.)
        let to = starts.get(i + 1).map_or(key.len(), |&next| {
            next - key[..next].chars().next_back().map_or(0, char::len_utf8)
        });
        let raw = &key[start..to];
        let clause = raw.trim();
        let from = start + (raw.len() - raw.trim_start().len());
        if clause.is_empty() {
            continue;
        }
        match duty_opening(clause) {
            Some((0, b, verb)) if !verb.is_empty() && b + verb.len() < clause.len() => {
                // (A role verb is read with the names, for its mark; another verb
                // leaves them the label's.)
                let role = LABEL_ROLE_WORDS.iter().any(|(w, _)| *w == verb);
                doers.push((from, from + b + if role { verb.len() } else { 0 }));
            }
            // Names alone are the label's too ("…;市气象台、 灾防中心、" cut by the page).
            // (No verb among them: "各县局自行组织" is a clause.)
            _ if (looks_like_unit(clause) || names::is_collective(clause))
                && !DUTY_VERBS.in_text(clause)
                && !ACTION_VERBS.in_text(clause) =>
            {
                names.push((from, from + clause.len()));
            }
            _ => {}
        }
    }
    if doers.is_empty() {
        return false;
    }
    doers.append(&mut names);
    for (a, b) in doers {
        list::read(value.slice(a..b), Mode::Value(Mark::Resp), own);
    }
    true
}

/// A label's value that gives each unit its share of the work, the unit, 负责 and the
/// share ("城管局负责城区街道;交通局负责国道", a value written over numbered lines): the
/// byte ranges of the units' names, when every piece (split at ; and 。) is one.
fn shares_by_area(value: &str) -> Option<Vec<(usize, usize)>> {
    // (Most values name units alone: a substring search first.)
    if !value.contains("负责") {
        return None;
    }
    let mut names = Vec::new();
    let mut start = 0;
    for piece in value.split_inclusive([';', '。']) {
        let from = start;
        start += piece.len();
        let piece = piece.trim_end_matches([';', '。']);
        let t = piece.trim_start();
        let lead = piece.len() - t.len();
        if t.trim().is_empty() {
            continue;
        }
        let (a, b, verb) = duty_opening(t)?;
        // (The share is short: the area, not a sentence of work.)
        let share = &t[b + verb.len()..];
        if a != 0
            || verb != "负责"
            || share.chars().count() > MAX_SHARE_CHARS
            || share.contains(',')
        {
            return None;
        }
        names.push((from + lead, from + lead + b));
    }
    (!names.is_empty()).then_some(names)
}

/// Whether a clause ends with a responsibility label whose value is empty or a list of
/// units' shares so far ("责任单位:", "责任单位:城管局负责城区街道;"): a numbered line of
/// one more share ("(2)交通局负责国道。") goes on with its value.
pub fn awaits_shares(clause: &str, line_text: &str) -> bool {
    let Some(last) = super::label::find_labels(clause).pop() else {
        return false;
    };
    let value = clause[last.start..].trim();
    last.field.unit_mark().is_some()
        && (value.is_empty() || shares_by_area(value).is_some())
        && shares_by_area(line_text).is_some_and(|s| s.len() == 1)
}

/// The longest share of the work after a unit and 负责 in a label's value ("城区街道",
/// "城区、城乡结合部道路"), in chars.
const MAX_SHARE_CHARS: usize = 16;

/// The names of a list written with 、 , or ; (a bracket's content, a value after a
/// stop), trimmed, empty ones left out.
fn list_pieces(k: &str) -> impl Iterator<Item = &str> {
    k.split(['、', ',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// Whether `k` is a list of units alone ("市城管局、市公安局"), none a leader.
fn names_units_only(k: &str) -> bool {
    let mut pieces = list_pieces(k).peekable();
    pieces.peek().is_some() && pieces.all(|p| looks_like_unit(p) && !is_leader(p))
}

/// A responsibility label that opens a clause with a semicolon or a comma where its
/// colon should be ("责任单位;住建局、畜牧局"): its field and where its value starts.
fn label_without_colon(key: &str) -> Option<(Field, usize)> {
    // "该目标责任单位为市经委": a copula for the colon, after a pointer.
    if let Some(found) = super::label::copula_label_at_start(key) {
        return Some(found);
    }
    let (at, c) = key
        .char_indices()
        .take(super::label::MAX_LABEL_CHARS + 1)
        .find(|&(_, c)| matches!(c, ';' | ','))?;
    let field = super::label::responsibility(key[..at].trim())?;
    Some((field, at + c.len_utf8()))
}

/// The value of a label of units and leaders ("牵头单位及责任人:县发改局 张三",
/// "责任单位和责任人:县住建局(李四)、县水利局局长王五"): each person is a leader (with
/// a post when one is written), the rest are units of `mark`.
fn units_and_leaders(value: Keyed, mark: Mark, own: &mut Own) {
    let add = |l: Leader, own: &mut Own| {
        if !own.leaders.contains(&l) {
            own.leaders.push(l);
        }
    };
    for (a, b) in split_top(value.key()) {
        let piece = value.slice(a..b).trim_matches(|c| c == ' ' || c == '\t');
        let k = piece.key();
        if k.is_empty() {
            continue;
        }
        // "盘龙区政府主要领导": the unit, its head unnamed.
        if let Some(head) = UNIT_HEAD_WORDS.suffix_of(k) {
            let unit = piece.to(k.len() - head.len());
            if looks_like_unit(unit.key()) {
                list::read(unit, Mode::Value(mark), own);
                continue;
            }
        }
        if names::is_person(k) {
            add(names::read_leader(piece), own);
            continue;
        }
        // "县住建局(李四)": the unit, and its person in the bracket.
        if let Some(open) = k.strip_suffix(')').and_then(|inner| inner.rfind('(')) {
            let person = piece.slice(open + 1..k.len() - 1);
            if names::is_person(person.key()) {
                list::read(piece.to(open), Mode::Value(mark), own);
                add(names::read_leader(person), own);
                continue;
            }
        }
        // "县水利局局长王五": the unit, then its head's post and name.
        if let Some((unit, person)) = names::unit_then_person(piece) {
            list::read(unit, Mode::Value(mark), own);
            add(names::read_leader(person), own);
            continue;
        }
        list::read(piece, Mode::Value(mark), own);
    }
}

/// Where the clauses of who does what that open a paragraph end ("由杨志武副市长负责,
/// 市发改委牵头,相关部门配合,尽快完成…"): 0 when there are none.
pub fn leading_clauses(text: Keyed) -> usize {
    if !list::may_have_verbs(text.key()) {
        return 0;
    }
    let mut scratch = Own::default();
    let end = list::read(text, Mode::Sentence, &mut scratch);
    if end > 0 && scratch.names_anyone() {
        end
    } else {
        0
    }
}

/// The clauses of who does what that end an item's text without a bracket ("…,市住建
/// 局牵头,市财政局配合。"): where they start, if any (never at 0: the work comes first).
pub fn trailing_clauses(key: &str) -> Option<usize> {
    let t = key.trim_end_matches([' ', '。', ';', ',', '.']);
    // The last clause must end with a role verb, or be a deadline after one ("…,区教育
    // 局配合,年底前完成"): a cheap test first.
    let last_piece = t.rsplit([',', ';', '。']).next().unwrap_or(t);
    let before_deadline = if last_piece.len() < t.len() && deadline::is_deadline_text(last_piece) {
        t[..t.len() - last_piece.len()].trim_end_matches([',', ';', '。'])
    } else {
        t
    };
    if !list::may_end_role(before_deadline, super::label::has_copula(before_deadline)) {
        return None;
    }
    // Candidate starts: after each of the last few separators (bounded, so a long text
    // is read a bounded number of times).
    let mut best = None;
    let starts = t
        .char_indices()
        .rev()
        .filter(|(_, c)| matches!(c, ',' | ';' | '。'))
        .map(|(i, c)| i + c.len_utf8())
        .take(6);
    for s in starts {
        if reads_as_responsibility(&t[s..]) {
            best = Some(s);
        } else if best.is_some() || !deadline::is_deadline_text(&t[s..]) {
            // (A deadline alone at the end reads as no one: look further back.)
            break;
        }
    }
    best
}

/// Whether a text is nothing but who does what (or by when): a bracket's content or
/// the end of a sentence.
pub fn reads_as_responsibility(key: &str) -> bool {
    let k = key.trim();
    if k.is_empty() || !list::may_have_verbs(k) {
        return false;
    }
    let mut scratch = Own::default();
    let end = list::read(Keyed::plain(k), Mode::Bracket, &mut scratch);
    end >= k.trim_end_matches([' ', '。', ';', ',']).len() && scratch.names_anyone()
}

/// A unit label used as a word of a sentence, the names right after it ("已将上述问题
/// 通知责任单位金水区人民政府和管城回族区政府,并要求在11月15日前整改完毕"): the clause it
/// stands for, as a label line would give it (folded view, key), with the deadline of
/// the sentence after the names. None unless every name after the label is a unit's.
pub fn label_in_sentence(text: Keyed) -> Option<(String, String)> {
    let k = text.key();
    for (at, w) in ["单位", "部门"]
        .iter()
        .flat_map(|w| k.match_indices(w))
        .take(MAX_LABELS_IN_SENTENCE)
    {
        let end = at + w.len();
        // The role words right before the entity word: "责任", "牵头", "配合".
        let Some(start) = k[..at]
            .char_indices()
            .rev()
            .take(MAX_ROLE_CHARS_IN_SENTENCE)
            .map(|(i, _)| i)
            .find(|&i| {
                super::label::responsibility(&k[i..end]).is_some_and(|f| f.unit_mark().is_some())
            })
        else {
            continue;
        };
        let stop = k[end..].find([',', ';', '。']).map_or(k.len(), |e| end + e);
        let names = &k[end..stop];
        let all_units = !names.is_empty()
            && names
                .split(['、', '和', '及'])
                .all(|p| looks_like_unit(p.trim()) && names::is_name_in_sentence(p.trim()));
        if !all_units {
            continue;
        }
        let label = text.slice(start..end);
        let value = text.slice(end..stop);
        let (mut folded, mut key) = (
            format!("{}:{}", label.folded(), value.folded().replace('和', "、")),
            format!("{}:{}", label.key(), value.key().replace('和', "、")),
        );
        if let Some((a, b)) = deadline::find_inline(&k[stop..]) {
            let d = text.slice(stop + a..stop + b);
            folded.push_str(&format!(";完成时限:{}", d.folded()));
            key.push_str(&format!(";完成时限:{}", d.key()));
        }
        return Some((folded, key));
    }
    None
}

/// How many unit words of a sentence are looked at for a label used as a word.
const MAX_LABELS_IN_SENTENCE: usize = 4;
/// The most chars of role words before a unit word in a sentence ("牵头责任").
const MAX_ROLE_CHARS_IN_SENTENCE: usize = 4;

/// `s` without the separators , ; 。 space tab : 、 at either end, and without a closing
/// bracket left over from "【责任单位:…】" when the label was cut inline.
fn trim_value(s: Keyed) -> Keyed {
    let t = s.trim_matches(|c| matches!(c, ',' | ';' | '。' | ' ' | '\t' | ':' | '、'));
    let k = t.key();
    let Some(close) = k.chars().next_back() else {
        return t;
    };
    let open = match close {
        ')' => '(',
        ']' => '[',
        '】' => '【',
        '〕' => '〔',
        _ => return t,
    };
    // One count of each, not a recursion per bracket.
    let (opens, closes) = (k.matches(open).count(), k.matches(close).count());
    if closes > opens {
        let extra = closes - opens;
        let cut = k
            .trim_end_matches([close, ' '])
            .len()
            .max(k.len().saturating_sub(extra * close.len_utf8()));
        return t.to(cut);
    }
    t
}

/// The bracket that `close` closes (in a key, full-width parentheses are folded).
fn opening_of(close: char) -> Option<char> {
    match close {
        ')' => Some('('),
        ']' => Some('['),
        '】' => Some('【'),
        '〕' => Some('〔'),
        _ => None,
    }
}

/// Whether `k` is one unit's name alone with its other names in a bracket after it
/// ("综合办公室(党群工作部、监察室、督查室、财务室)", "工程建设管理局(安全生产监督局)"):
/// a body with several plates, as a list of a zone's own offices heads their work.
pub fn is_unit_with_other_names(k: &str) -> bool {
    let Some(inner) = k.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.find('(') else {
        return false;
    };
    let (name, others) = (&inner[..open], &inner[open + 1..]);
    // (Not a work's words before a unit's name: "加强市委组织部(市人才办)".)
    looks_like_unit(name)
        && names::is_name_in_sentence(name)
        && !ACTION_VERBS.starts(name)
        && !name.contains(['、', ',', ' '])
        && !is_leader(name)
        && !others.contains(['(', ')'])
        && names_units_only(others)
}

/// A responsibility or deadline bracket at the end of an item text:
/// "…(市发改局牵头,市财政局等按职责分工负责)。", "…(2023年底前完成)", "…【区财政局】".
/// Returns (bracket start, content start, content end) in bytes.
pub fn trailing_bracket(key: &str) -> Option<(usize, usize, usize)> {
    let t = key.trim_end_matches([' ', '。', ';', ',', '.']);
    let close = t.chars().next_back()?;
    let open = opening_of(close)?;
    let content_end = t.len() - close.len_utf8();
    let mut depth = 0usize;
    let mut open_at = None;
    for (i, c) in t[..content_end].char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            if depth == 0 {
                open_at = Some(i);
                break;
            }
            depth -= 1;
        }
    }
    let open_at = open_at?;
    let start = open_at + open.len_utf8();
    let inner = &t[start..content_end];
    if open_at == 0 || inner.trim().is_empty() {
        return None;
    }
    // "…送暖事宜。(民政局)": one unit in round brackets after a whole sentence is who
    // does it; inside a sentence it may be a note ("经市政府(市发改委)同意").
    let after_a_sentence = t[..open_at]
        .trim_end_matches(' ')
        .ends_with(['。', ';', '!', '.']);
    let units_only = || {
        // ("(市发改委、市农委。排名第一的为牵头单位,下同)": a note of the reader after the
        // names is no name.)
        let names = match inner.split_once('。') {
            Some((names, note)) if first_leads_note(note) || READER_NOTES.in_text(note) => names,
            _ => inner,
        };
        let mut pieces: Vec<&str> = list_pieces(names).collect();
        // A time may close the list ("(县发改局;2024年6月)").
        // (A time after the names says the bracket is who does it and by when, not a
        // note: "(县发改局,2024年底)".)
        // (Or follow the last name after a space: "(市水利局　2025年12月)".)
        let spaced_time = pieces.last().and_then(|last| {
            let (name, time) = last.rsplit_once(' ')?;
            let name = name.trim();
            (!name.is_empty() && deadline::is_time_after_names(time)).then_some((name, time))
        });
        if let Some((name, time)) = spaced_time {
            pieces.pop();
            pieces.extend([name, time]);
        }
        let (units, timed) = match pieces.split_last() {
            Some((last, before)) if !before.is_empty() && deadline::is_time_after_names(last) => {
                (before, true)
            }
            _ => (&pieces[..], false),
        };
        // A leader with a post may stand before the units ("(市政府副市长李明,市发改委)").
        let leaders = units.iter().take_while(|p| is_leader(p)).count();
        let units = &units[leaders..];
        // "…推进垃圾分类(市城管局)": after words of work that end no name, one unit is
        // who does it too; after a name it is the name's other name ("市委组织部(市人才
        // 办)").
        let after_work = || {
            let before = t[..open_at].trim_end_matches(' ');
            !before.is_empty() && !names::has_unit_suffix(before) && !is_leader(before)
        };
        // "综合办公室(党群工作部、监察室、督查室、财务室)": a text that is one unit's
        // name alone, its other names after it (one office, several plates).
        if is_unit_with_other_names(t) {
            return false;
        }
        !units.is_empty()
            && units.iter().all(|p| looks_like_unit(p))
            && (close != ')'
                || inner.contains('、')
                || after_a_sentence
                || timed
                || leaders > 0
                || after_work())
    };
    let is_resp = first_label(inner).is_some()
        || deadline::is_deadline_text(inner)
        || reads_as_responsibility(inner)
        || units_only()
        || lead_then_others(inner);
    if is_resp {
        return Some((open_at, start, content_end));
    }
    // "[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。以下均需各县(市)区
    // 政府落实,…不再列出]": who does it, in a sentence of its own, then a note for the
    // reader: the first sentence is read.
    let first = inner.find('。')?;
    reads_as_responsibility(&inner[..first]).then_some((open_at, start, start + first))
}

/// A bracket's content that names who leads in its first clause and then the others
/// by name alone, no verb after them ("市商务局牵头,市经济和信息化局、市市场监管局,市工
/// 商联,各区人民政府(含开发区管委会)"): the others take part, as a label's would.
fn lead_then_others(inner: &str) -> bool {
    let Some(first_end) = clause_starts(inner)
        .next()
        .filter(|&at| inner[..at].ends_with(','))
    else {
        return false;
    };
    let first = &inner[..first_end - ','.len_utf8()];
    let mut others = split_top(&inner[first_end..])
        .map(|(a, b)| inner[first_end + a..first_end + b].trim())
        .filter(|p| !p.is_empty())
        .peekable();
    // (Who leads, said by a verb of leading: "X负责" then names is a sentence's list.)
    first.ends_with("牵头")
        && reads_as_responsibility(first)
        && others.peek().is_some()
        && others.all(looks_like_unit)
}

/// A responsibility bracket that an item's text opens and never closes: the page (or
/// the user's selection) was cut inside it ("…(牵头单位:区行政审批服务局、区发展改革局;
/// 责任单位:区政"). Read only on an item's whole text, never on a line (a bracket that
/// a line opens is usually closed on the next). The content must open with a label or
/// with a clause that a role verb closes; its last piece, unless a role verb or a body's
/// ending (局, 委, 部 …) ends it, may have been cut ("区政", "省", "省市场" for 省市场监管
/// 局) and is left out. Returns (bracket start, content start,
/// content end) in bytes.
pub fn unclosed_bracket(key: &str) -> Option<(usize, usize, usize)> {
    // Most lines open no bracket: four memchr-backed searches say so (every paragraph
    // line is asked).
    let b = key.as_bytes();
    if !(b.contains(&b'(') || b.contains(&b'[') || key.contains('【') || key.contains('〔')) {
        return None;
    }
    let (mut open_at, mut len) = last_unclosed(key, key.len())?;
    // "…,镇(": the cut's debris of a pinyin annotation ("镇(zhèn)") or a name's bracket,
    // nothing or letters only in it, is no bracket of who does it.
    if key[open_at + len..]
        .trim()
        .chars()
        .all(super::normalise::is_pinyin_char)
    {
        (open_at, len) = last_unclosed(key, open_at)?;
    }
    // "(市财政局…等按职责分工负责;各市、区人民政府,镇江新区、高新区管委会〔以下均需各
    // 市、区人民政府,镇": the cut left a note open inside the bracket of who does it;
    // the names before the note are whole. (A note's own words open it: "县〔市、区、
    // 特" is a name's bracket, cut.)
    if READER_NOTES.starts(&key[open_at + len..]) {
        let (outer, outer_len) = last_unclosed(key, open_at)?;
        return unclosed_from(key, outer, outer_len, Some(open_at));
    }
    unclosed_from(key, open_at, len, None)
}

/// The last opening bracket of `key[..limit]` with no close after it (one pass from
/// the end): its byte offset and length.
fn last_unclosed(key: &str, limit: usize) -> Option<(usize, usize)> {
    let mut closes = 0usize;
    for (i, c) in key[..limit].char_indices().rev() {
        match c {
            ')' | ']' | '】' | '〕' => closes += 1,
            '(' | '[' | '【' | '〔' => {
                if closes == 0 {
                    return Some((i, c.len_utf8()));
                }
                closes -= 1;
            }
            _ => {}
        }
    }
    None
}

/// [`unclosed_bracket`] for the bracket opened at `open_at`: its content runs to the
/// end of `key`, where the cut may have broken its last name, or to `note`, where a note
/// the cut left open starts after whole names.
fn unclosed_from(
    key: &str,
    open_at: usize,
    len: usize,
    note: Option<usize>,
) -> Option<(usize, usize, usize)> {
    let start = open_at + len;
    if open_at == 0 {
        return None;
    }
    let inner = key[start..note.unwrap_or(key.len())].trim_end();
    let last_sep = last_list_sep(inner);
    let tail = last_sep.map_or(inner, |at| &inner[at..]);
    let tail = tail.trim_start_matches(['、', ',', ';', ' ', ':']);
    // "…、国家统计局湖南调查总队等按职责分": cut inside the words that follow the last
    // name (a start of "按职责分工负责"): the name before them is whole.
    let whole_before_cut = tail.rfind('等').filter(|&at| {
        let rest = &tail[at + '等'.len_utf8()..];
        rest.is_empty() || ROLE_MANNERS.words.iter().any(|w| w.starts_with(rest))
    });
    let end = match last_sep {
        _ if note.is_some() => start + inner.len(),
        Some(_) if whole_before_cut.is_some() => {
            let at = whole_before_cut.unwrap_or(0);
            inner.len() - tail.len() + at + '等'.len_utf8() + start
        }
        // (A last name that ends as a body's name ends is whole: "…、市委组织部、市委
        // 宣传部", "…、市应急管理局".)
        Some(at)
            if !list::may_end_role(tail, super::label::has_copula(tail))
                && !ends_whole_body(tail) =>
        {
            // A label whose value was cut away goes too ("…;责任单位:区政").
            let at = if inner[at..].starts_with(':') {
                inner[..at].rfind(['、', ',', ';', ' ']).unwrap_or(0)
            } else {
                at
            };
            start + at
        }
        _ => start + inner.len(),
    };
    // "(预期性指标,牵头单位:市发改委;责任单位:…": a short note of the item's kind
    // before the first label is none of its responsibilities.
    let start = first_label(&key[start..end])
        .filter(|&at| {
            let note = &key[start..start + at];
            at > 0 && note.ends_with([',', ';']) && note.chars().count() <= MAX_NOTE_BEFORE_LABEL
        })
        .map_or(start, |at| start + at);
    let content = &key[start..end];
    let opens_with_label = first_label(content) == Some(0);
    let mut scratch = Own::default();
    let clause = list::may_have_verbs(content)
        && list::read(Keyed::plain(content), Mode::Bracket, &mut scratch) > 0
        && scratch.names_anyone();
    // Or a list of units alone ("(市发展改革委、市财政局、…、市商务局、人民"), as a
    // closed bracket of units after a task is.
    let units: Vec<&str> = content
        .split(['、', ',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let units_only = units.len() >= 2 && units.iter().all(|p| looks_like_unit(p));
    (opens_with_label || clause || units_only).then_some((open_at, start, end))
}

/// The byte offset of the last separator of `inner`'s list of names outside the names'
/// own brackets: "…牵头,各县(市、区)安全" is cut after the comma, not inside "(市、区)"
/// (held-out c11741, which kept "各县(市"); a separator inside a bracket left open
/// before it is that bracket's.
fn last_list_sep(inner: &str) -> Option<usize> {
    let mut closes = 0usize;
    let mut found = None;
    for (i, c) in inner.char_indices().rev() {
        match c {
            ')' | ']' | '】' | '〕' => closes += 1,
            '(' | '[' | '【' | '〔' if closes > 0 => closes -= 1,
            '(' | '[' | '【' | '〔' => found = None,
            '、' | ',' | ';' | ' ' | ':' if closes == 0 && found.is_none() => found = Some(i),
            _ => {}
        }
    }
    found
}

/// Whether the last name of a cut bracket ends as a body's name ends, so that the cut
/// came after it: three chars at least ("市委" may be the start of 市委宣传部), and a
/// unit's name.
fn ends_whole_body(name: &str) -> bool {
    name.chars().nth(2).is_some()
        && (GOVERNMENT_BODY_ENDS.ends(name) || name.ends_with('部'))
        && looks_like_unit(name)
}

/// The longest note before the first label of a cut bracket ("预期性指标,").
const MAX_NOTE_BEFORE_LABEL: usize = 12;

/// A text that opens with a unit and 会同 ("市农业农村局(要)会同市财政局制定…", "市教育
/// 局要联合市卫健委开展…"): the unit leads, the names after 会同 take part.
pub fn opens_with_partner(key: &str) -> bool {
    // (The name is short: 会同 is looked for in the first chars only, so that asking at
    // each clause of a long sentence stays linear.)
    let Some((at, w)) = key
        .char_indices()
        .take(names::MAX_UNIT_CHARS + 2)
        .filter(|&(_, c)| SUBJECT_WITH_WORDS.may_start(c))
        .find_map(|(i, _)| SUBJECT_WITH_WORDS.prefix_of(&key[i..]).map(|w| (i, w)))
    else {
        return false;
    };
    let name = list::with_subject(&key[..at], w);
    looks_like_unit(name) && names::is_name_in_sentence(name)
}

/// How long a line of unit names alone may be (a paragraph is longer).
const MAX_UNITS_LINE_CHARS: usize = 80;

/// A line that is nothing but unit names ("★市水利局、市生态环境局、各县区政府",
/// "市大数据局"), as a table's units cell or a list without its label gives them: the
/// units of the task above, read as a 责任单位 value (a ★ marks the lead).
pub fn is_units_line(key: &str) -> bool {
    let k = key.trim_end_matches([' ', '。', ';']);
    if k.is_empty() || k.chars().count() > MAX_UNITS_LINE_CHARS {
        return false;
    }
    k.split(['、', ',', ';'])
        .map(|p| p.trim().trim_start_matches(LEAD_SIGNS))
        // (No spaces inside: cells of a table row run together are no list.)
        .all(|p| {
            !p.contains(' ')
                // ("成立工作领导小组。", "市政府成立森林防火指挥部。", "为确保工作落到实
                // 处,…": a clause that sets a body up, or one of purpose, ends like a
                // unit's name.)
                && !SETTING_UP_VERBS.in_text(p)
                && !PURPOSE_OPENERS.starts(p)
                && looks_like_unit(p)
                && names::is_name_in_sentence(p)
        })
}

/// The responsibility brackets inside an item text, before its end ("…政策体系(分管副省长
/// 负责,省科技厅牵头)。在高端装备…"): content ranges, in order. Only brackets whose
/// content reads as who does what (a label, or names with role verbs).
pub fn inner_brackets(key: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Most texts have no bracket: four memchr-backed searches say so.
    let b = key.as_bytes();
    if !(b.contains(&b'(') || b.contains(&b'[') || key.contains('【') || key.contains('〔')) {
        return out;
    }
    let mut stack: Vec<(char, usize)> = Vec::new();
    // Brackets are found from their bytes: ( ) [ ] are ASCII, 【 】 〔 〕 are E3 80 90,
    // 91, 94, 95 (a text is not decoded char by char).
    let mut i = 0;
    while i < b.len() {
        let (c, len) = match b[i] {
            b'(' => ('(', 1),
            b')' => (')', 1),
            b'[' => ('[', 1),
            b']' => (']', 1),
            0xE3 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
                Some(0x90) => ('【', 3),
                Some(0x91) => ('】', 3),
                Some(0x94) => ('〔', 3),
                Some(0x95) => ('〕', 3),
                _ => {
                    i += 1;
                    continue;
                }
            },
            _ => {
                i += 1;
                continue;
            }
        };
        i += len;
        match c {
            '(' | '[' | '【' | '〔' => stack.push((c, i)),
            _ => {
                let Some((open, start)) = stack.pop() else {
                    continue;
                };
                let close_at = i - len;
                if stack.is_empty() && opening_of(c) == Some(open) {
                    let inner = &key[start..close_at];
                    let has_verb_or_label =
                        first_label(inner).is_some() || reads_as_responsibility(inner);
                    if has_verb_or_label {
                        out.push((start, close_at));
                    }
                }
            }
        }
    }
    out
}

/// A line that is nothing but a responsibility bracket: "(市商务局牵头,各开发区管委会配合)".
/// Returns the content's byte range.
pub fn whole_bracket(key: &str) -> Option<(usize, usize)> {
    let first = key.chars().next()?;
    let close = match first {
        '(' => ')',
        '[' => ']',
        '【' => '】',
        '〔' => '〕',
        _ => return None,
    };
    let t = key.trim_end_matches([' ', '。', ';', ',', '.']);
    let inner = t.strip_prefix(first)?.strip_suffix(close)?;
    // The first bracket must close at the end (brackets inside are names' own:
    // "各县(市、区)人民政府").
    let mut depth = 0usize;
    for c in inner.chars() {
        if c == first {
            depth += 1;
        } else if c == close {
            depth = depth.checked_sub(1)?;
        }
    }
    if depth != 0 || inner.trim().is_empty() {
        return None;
    }
    let is_resp = first_label(inner).is_some()
        || reads_as_responsibility(inner)
        || (close != ')' && inner.split('、').all(looks_like_unit));
    let start = first.len_utf8();
    is_resp.then_some((start, start + inner.len()))
}

/// Who a heading names for the items below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingWho {
    /// "胡海达常务副市长负责主抓工作", "尹学群市长牵头的重点工作".
    Leader,
    /// "县示范区管委会牵头工作".
    Unit,
}

/// Who does the work, named after a 由 inside a sentence: in clauses ("会议议定,由县应急
/// 局牵头,各乡镇配合,开展专项检查"), or as the agent of the work, without a role verb
/// ("对闲置养殖场,由所在乡镇通过招商引资…全力盘活"). At one of the first few ",由" of
/// `text`, each read to the end of its sentence; clauses anywhere before an agent.
pub fn after_you(text: Keyed) -> Option<AfterYou> {
    let key = text.key();
    let mut agent = None;
    // "道路交通专项督查组由县公安局组织实施": a short topic, then 由 (the first
    // sentence's own), as well as the 由 after a comma.
    // (A byte search of the topic's bytes first: most texts have no 由 there.)
    // (Bytes, not chars: the topic's chars are three bytes each.)
    let mut head = key.len().min(MAX_TOPIC_CHARS * 3);
    while !key.is_char_boundary(head) {
        head -= 1;
    }
    let topic = key[..head]
        .contains('由')
        .then(|| {
            key[..head]
                .char_indices()
                .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | ':' | '('))
                .find(|&(i, c)| c == '由' && i > 0)
                .map(|(i, _)| i)
        })
        .flatten();
    // (Or a comma and a word of when: ",每年由县财政…安排".)
    let after_comma = key
        .match_indices('由')
        .filter(|&(at, _)| {
            let before = &key[..at];
            before.ends_with(',')
                || TIMES_BEFORE_AGENT
                    .suffix_of(before)
                    .is_some_and(|w| before[..before.len() - w.len()].ends_with(','))
        })
        .take(4)
        .map(|(at, _)| at);
    for from in topic.into_iter().chain(after_comma) {
        let to = key[from..].find('。').map_or(key.len(), |e| from + e);
        let end = leading_clauses(text.slice(from..to));
        if end > 0 {
            return Some(AfterYou::Clauses(from, from + end));
        }
        if agent.is_none() {
            // (Not where the text opens with its unit's entry, "各级人民政府:对…,由
            // 所在乡镇…": the entry's unit is the one of the text.)
            agent = duty_opening(&key[from..to])
                .or_else(|| agent_by_name(&key[from..to]).filter(|_| !colon_entry(key)))
                .map(|(a, b, _)| AfterYou::Agent(from + a, from + b));
        }
    }
    agent
}

/// After 由, a unit's name and then a verb not among the known ones ("由市公安局公安交通管
/// 理局及属地分局设置警戒标志"): the longest opening that is a body's name, with no verb
/// of duty or action inside.
fn agent_by_name(key: &str) -> Option<(usize, usize, &'static str)> {
    let start = key.strip_prefix('由').map(|_| '由'.len_utf8())?;
    // ("由于…", "由此…": no agent.)
    if key[start..].starts_with(['于', '此']) {
        return None;
    }
    let clause_end = key.find([',', ';', '。']).unwrap_or(key.len());
    let clause = &key[..clause_end];
    // ("由镇党委、政府主要领导任组长", "由党政办公室和林业站相关同志担任": an appointment
    // names persons, not an agent; "由X跟进督办", "由X负责考核": who checks the work
    // does not do it.)
    let appoints = clause.contains("担任")
        || clause.contains("兼任")
        || clause.match_indices('任').any(|(at, _)| {
            let rest = &clause[at + '任'.len_utf8()..];
            LEADER_TITLES.starts(rest) || POSTS.starts(rest)
        });
    if appoints
        || ASSESS_VERBS.in_text(clause)
        || clause.contains("督办")
        || CHANGE_VERBS.in_text(clause)
    {
        return None;
    }
    // (The name is short: only the first chars are looked at.)
    key[start..]
        .char_indices()
        .skip(2)
        .take(names::MAX_UNIT_CHARS)
        .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | ':' | '(' | '“'))
        .map(|(i, _)| start + i)
        // ("由胜利宾馆协助做好…": a role word after the name says its role, which is
        // not the agent's.)
        .filter(|&end| {
            !LABEL_ROLE_WORDS
                .iter()
                .any(|(w, _)| key[end..].starts_with(w))
        })
        // (A list that goes on past the chars looked at is not seen whole: "由包片单位县
        // 职教中心、县消防大队、县委党校、县供销社…负责".)
        .filter(|&end| !key[end..clause_end.max(end)].contains('、'))
        .filter(|&end| {
            let name = &key[start..end];
            // (It ends as a body does: one char of a unit's ending is as often the
            // start of the next word, "由区政府分管领导任组长", "区政府呈报市…".)
            (ends_as_body(name) || name.ends_with("政府"))
                && looks_like_unit(name)
                && names::is_name_in_sentence(name)
                && !ACTION_VERBS.in_text(name)
                && !DUTY_VERBS.in_text(name)
                && !SETTING_UP_VERBS.in_text(name)
                // (Nor what comes after a name: "由局办公室提出办理意见" is 局办公室's
                // proposal; 办 there opens 办理.)
                && !PROPOSAL_WORDS.in_text(name)
                // (Nor a person's post that goes on: "由…余联科副院" + "长主持".)
                && !key[end..]
                    .chars()
                    .next()
                    .is_some_and(|c| LEADER_TITLES.ends(&key[start..end + c.len_utf8()]))
        })
        .last()
        .map(|end| (start, end, ""))
}

/// The longest topic before a 由 that opens a text's agent ("…专项督查组由X组织实施").
const MAX_TOPIC_CHARS: usize = 24;

/// What [`after_you`] found: byte ranges in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterYou {
    /// Clauses of who does what, to be read as a label's value would be.
    Clauses(usize, usize),
    /// The name of the unit that does the work.
    Agent(usize, usize),
}

/// Where the clauses of `key` after its first start: after each , ; 。 or : outside
/// brackets ("具体为:县公安消防大队负责…").
pub fn clause_starts(key: &str) -> impl Iterator<Item = usize> + '_ {
    top_level_chars(key, Quotes::AsBrackets)
        .filter(|&(_, c)| matches!(c, ',' | ';' | '。' | ':'))
        .map(|(i, c)| i + c.len_utf8())
}

/// Whether [`top_level_chars`] counts quotes as brackets: a clause does not end inside
/// a quoted name ("“放管服”改革,…"); a list's pieces are split as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quotes {
    AsBrackets,
    AsText,
}

/// The chars of `key` outside brackets (( ) [ ] 【 】 〔 〕 《 》, and “ ” when `quotes` says
/// so), with their byte offsets; the brackets themselves are left out, and a close
/// with no open before it closes nothing. One pass: the ground of every scan that
/// splits at top level ([`clause_starts`], [`top_level_commas`], [`split_top`]).
fn top_level_chars(key: &str, quotes: Quotes) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut depth = 0usize;
    let quoted = quotes == Quotes::AsBrackets;
    key.char_indices().filter(move |&(_, c)| match c {
        '(' | '[' | '【' | '〔' | '《' => {
            depth += 1;
            false
        }
        '“' if quoted => {
            depth += 1;
            false
        }
        ')' | ']' | '】' | '〕' | '》' => {
            depth = depth.saturating_sub(1);
            false
        }
        '”' if quoted => {
            depth = depth.saturating_sub(1);
            false
        }
        _ => depth == 0,
    })
}

/// Whether a paragraph opens with a unit's name and a colon before its duties
/// ("区安监局:负责…", "县环保局。负责…").
pub fn colon_entry(key: &str) -> bool {
    duty_opening(key).is_some_and(|(start, _, verb)| start == 0 && verb == ":")
}

/// Whether a paragraph opens with a unit and its duty, not a demand to it ("市卫生局负责…",
/// "省民政厅:…", not "各乡镇要…").
pub fn opens_with_duty(key: &str) -> bool {
    duty_opening(key).is_some_and(|(start, _, verb)| start == 0 && verb != "要")
}

/// How much a unit's colon must be followed by to open a paragraph of its duties
/// (a salutation "各乡镇人民政府:" ends its line).
const DUTY_AFTER_COLON_CHARS: usize = 8;

/// A paragraph that opens with the unit whose duties it lists: a unit's name, then a
/// duty verb ("区住建局负责全区村庄环境整治总协调工作", "区委农办要结合…") or a colon
/// ("川汇区:交通大道东段…"). The byte end of the name (after an opening 由: "由县环卫
/// 站负责清除…"), and the verb (":" for the colon).
pub fn duty_opening(key: &str) -> Option<(usize, usize, &'static str)> {
    // "此项工作由县环卫站负责…", "上述问题由X负责": the work pointed at, then 由.
    let subject = pointed_work(key).filter(|&at| key[at..].starts_with('由'));
    // "请市文明办协调解决", "责成X抓好落实": a request names its agent as 由 does.
    let start = match subject {
        Some(at) => at + '由'.len_utf8(),
        // ("其中省政府办公厅和广东胜利宾馆负责80万元": a word that joins the clause to
        // the sentence before is no part of the name.)
        None => {
            let joined = CLAUSE_JOINERS.prefix_of(key).map_or(0, str::len);
            let joined = joined + period_len(&key[joined..]);
            let joined = joined + deadline_opening_len(&key[joined..]);
            joined + AGENT_OPENERS.prefix_of(&key[joined..]).map_or(0, str::len)
        }
    };
    // "由镇协调陆渠局做好…", "由县统一组织…": after 由, a level alone is its government,
    // the agent of the verb after it.
    if start > 0 {
        if let Some(level) = key[start..]
            .chars()
            .next()
            .filter(|&c| LEVEL_CHARS.contains(c))
        {
            let after = &key[start + level.len_utf8()..];
            let verb = DUTY_VERBS
                .prefix_of(after)
                .or_else(|| ACTION_VERBS.prefix_of(after))
                .or_else(|| way_word(after));
            if let Some(verb) = verb {
                return Some((start, start + level.len_utf8(), verb));
            }
        }
    }
    // The name is short: only the first chars are looked at.
    for (i, c) in key[start..]
        .char_indices()
        .map(|(i, c)| (start + i, c))
        .skip(2)
        .take(names::MAX_UNIT_CHARS)
    {
        // "由市煤炭工业局1名县级领导带队": after 由, a count of the unit's people that
        // carry the work out.
        if start > 0
            && persons_counted(&key[i..])
            && looks_like_unit(&key[start..i])
            && names::is_name_in_sentence(&key[start..i])
        {
            return Some((start, i, ""));
        }
        // "县环保局。负责对全县…": the name as a sentence of its own, then its duties, as
        // after a colon.
        // ("综合协调组。 工作职责:负责…": the duties' own label between.)
        // (Or a verb of the work itself after a body's name that opens with its level:
        // "(一)市住建委。协调推动何家沟…", not a title "优化产业布局。加快…".)
        // (Or, where the text asked opens with the names, any sentence after the names
        // of bodies that each open with their level, none longer than a body's name:
        // "一、市委宣传部、市委文明办。把未成年人保护工作纳入…", held-out c12794; not
        // another name, "市国土资源局。市农业局。…". So too after bodies named without
        // their level whose names open with no verb of work: "3.人民检察院。依法开展…",
        // "5.财政部门。做好…", held-out c13043; not a title, "优化产业布局。加快…".)
        let duties = || {
            let rest = after_duty_label(&key[i + c.len_utf8()..]);
            let by_level = key[start..].starts_with(|c: char| LEVEL_CHARS.contains(c));
            let sentence = || {
                rest.chars().nth(DUTY_AFTER_COLON_CHARS).is_some()
                    && !rest.starts_with(|c: char| LEVEL_CHARS.contains(c))
            };
            DUTY_VERBS.starts(rest)
                || (ACTION_VERBS.starts(rest) && by_level)
                || (start == 0
                    && sentence()
                    && if by_level {
                        each_opens_with_level(&key[..i])
                    } else {
                        each_body_alone(&key[..i])
                    })
        };
        if c == '。' && duties() {
            return entry_name(&key[start..i]).then_some((start, i, ":"));
        }
        // "交通部门,负责通村公路和道路建设。": a comma there too, before a verb of duty
        // only (not 要: "各地,要…" is a demand).
        if c == ',' && start == 0 && COMMA_DUTY_VERBS.starts(&key[i + c.len_utf8()..]) {
            return entry_name(&key[start..i]).then_some((start, i, ":"));
        }
        // The name is within the clause: a verb after a separator is another clause's.
        if matches!(c, ',' | ';' | '。') {
            return None;
        }
        // "尹川村 尹川村发现垃圾点三处…": a problem list's line that opens with the
        // village (or town, street, community) it is handed to and a space, as after
        // a colon (c10182).
        if c == ' ' && start == 0 {
            let name = &key[..i];
            let place = LOCAL_PLACE_ENDS.iter().any(|e| name.ends_with(e));
            let rest = key[i + 1..]
                .trim_start()
                .chars()
                .take(DUTY_AFTER_COLON_CHARS)
                .count();
            if place && rest == DUTY_AFTER_COLON_CHARS && entry_name(name) {
                return Some((0, i, ":"));
            }
        }
        // "川汇区:交通大道东段…;…": a unit, a colon, then what is the unit's to do.
        if c == ':' {
            let name = &key[start..i];
            let rest = key[i + 1..].chars().take(DUTY_AFTER_COLON_CHARS).count();
            // (Several units before it, "乡纪委、监察室:负责…", each a unit's name.)
            // (Or a verb of duty after it, however short the page cut it: "市旅游局:负
            // 责气象灾害预".)
            let duty = rest == DUTY_AFTER_COLON_CHARS || DUTY_VERBS.starts(&key[i + 1..]);
            // (Not a kind of place over a list of places: "禁烧重点监管乡(镇):严道镇、花滩
            // 镇、…", c3802.)
            return (duty && entry_name(name) && !opens_unit_list(&key[i + 1..]))
                .then_some((start, i, ":"));
        }
        // After 由 the unit is the agent of whatever verb follows it: "由县财政局组织
        // 对项目进行验收", "由X推进" (the verbs of the work itself too).
        let verb = if DUTY_VERBS.may_start(c) {
            DUTY_VERBS.prefix_of(&key[i..])
        } else {
            None
        };
        let verb = verb.or_else(|| {
            (start > 0 && (ACTION_VERBS.may_start(c) || AGENT_WAYS.may_start(c)))
                .then(|| {
                    ACTION_VERBS
                        .prefix_of(&key[i..])
                        .or_else(|| AGENT_WAYS.prefix_of(&key[i..]))
                })
                .flatten()
        });
        let Some(verb) = verb else {
            continue;
        };
        // "由X、Y共同负责": a tail of the names (共同, 分别, 等) is none of theirs.
        let end = NAME_TAILS
            .suffix_of(&key[start..i])
            .map_or(i, |t| i - t.len());
        let name = &key[start..end];
        // "推进项目(由县发改局负责…": a bracket opened before the verb is no name's.
        let after = &key[i + verb.len()..];
        // "各单位负责安全生产工作的领导为成员": the verb's clause names persons by their
        // duty, not a unit's duty. Only where something follows them in the clause (what
        // they are or do): a clause that closes on them has them as its object, the
        // unit's work ("县卫生局要加强对项目的领导。", held-out c13001). Never after 要,
        // which says what the unit must do, never who a person is ("各街镇要落实受理窗口
        // 的人员保障", held-out c13872).
        let clause = &after[..after.find([',', ';', '。']).unwrap_or(after.len())];
        let before_object = PERSONS_BY_DUTY
            .suffix_of(clause)
            .map_or(clause, |object| &clause[..clause.len() - object.len()]);
        if (NOT_DUTY_AFTER.starts(after) && !DUTY_OBJECTS_LIKE_NOT.starts(after))
            || opens_a_bracket(name)
            || (verb != "要" && PERSONS_BY_DUTY.in_text(before_object))
        {
            return None;
        }
        // "校内整治由学校负责": the work named first, then who does it.
        let start = list::after_topic(name).map_or(start, |at| start + at);
        let name = &key[start..end];
        // (A list of names may be longer than one name: "市发展和改革委员会、市财政局、
        // 市住房和城乡建设局、…负责…". Never across a stop among the first chars, which
        // the loop skips: "调,各科室要…" of a line broken inside a word, c3403.)
        if name.contains([',', ';', '。']) {
            return None;
        }
        let names = |n: &str| each_name(n, |n| looks_like_unit(n) && names::is_name_in_sentence(n));
        // (Or the names, then when the work is done before its verb: "市政府总值班室在节
        // 日期间要…", "各单位春节期间要…", held-out c13920.)
        let end = if names(name) {
            end
        } else {
            start + frame_after_names(name, names)?
        };
        return Some((start, end, verb));
    }
    None
}

/// The length of a deadline that opens `s` run into the names after it, without a comma
/// ("3月底前各地区、各部门要…", held-out c13924), or 0.
fn deadline_opening_len(s: &str) -> usize {
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return 0;
    }
    // (Within a window of a deadline's length: each clause of a long text is asked, and
    // a search of the whole rest at each would be quadratic, as the pathological
    // markup_and_attachments found.)
    let window = &s[..crate::parser::text::byte_of_char(s, MAX_DEADLINE_OPENING_CHARS)];
    match deadline::find_inline(window) {
        Some((0, end))
            if deadline::is_deadline_text(&window[..end]) && !window[end..].starts_with(',') =>
        {
            end
        }
        _ => 0,
    }
}

/// The longest deadline that opens a clause before its names ("2023年12月31日(星期五)
/// 前"), in chars, with a char after it.
const MAX_DEADLINE_OPENING_CHARS: usize = 25;

/// Where a clause of when starts at the end of `name`, the words before its verb: 在
/// and a word of time or footing ([`FRAME_ENDS`]: "在节日期间", "在灾害发生后"), or a
/// period alone ("春节期间"), within [`MAX_FRAME_CHARS`]. The latest start that leaves
/// names before it (`names` says which do): the shortest clause.
fn frame_after_names(name: &str, names: impl Fn(&str) -> bool) -> Option<usize> {
    if !FRAME_ENDS.ends(name) {
        return None;
    }
    name.char_indices()
        .rev()
        .take(MAX_FRAME_CHARS)
        .map(|(at, _)| at)
        .filter(|&at| at > 0)
        .find(|&at| {
            let frame = &name[at..];
            ((frame.starts_with('在') && !frame.contains(['、', ',']))
                || (frame.ends_with(PERIOD_END) && period_len(frame) == frame.len()))
                && names(&name[..at])
        })
}

/// The most chars of a clause of when after the names before a verb ("在节日期间").
const MAX_FRAME_CHARS: usize = 10;

/// The most chars of a body's name that opens with its level ("市人力资源和社会保障局"
/// has 11; "镇街层面因地制宜培育本地夜间经济集聚区" is a clause).
const MAX_LEVEL_NAME_CHARS: usize = 14;

/// Whether each name of a list ("市委宣传部、市委文明办") opens with its level and
/// looks like a body's.
fn each_opens_with_level(names: &str) -> bool {
    each_name(names, |n| {
        n.starts_with(|c: char| LEVEL_CHARS.contains(c))
            && n.chars().nth(MAX_LEVEL_NAME_CHARS).is_none()
            && looks_like_unit(n)
            && names::is_name_in_sentence(n)
    })
}

/// Whether each name of a list ("人民检察院", "财政部门") is a body's, no longer than
/// one that opens with its level, ends as only a body's name does (a trade's bodies,
/// [`TRADE_BODY_ENDS`], or a body of its own kind, [`NAMED_BODY_ENDS`]: not "开办企业",
/// "系统安排部署"), and opens with no verb of work ([`opens_with_work_verb`]: "完善公共法律
/// 服务中心" is work on a body, not a body), nor with a count ("新改扩建中小学25所").
fn each_body_alone(names: &str) -> bool {
    each_name(names, |n| {
        n.chars().nth(MAX_LEVEL_NAME_CHARS).is_none()
            && !n.bytes().any(|b| b.is_ascii_digit())
            && (TRADE_BODY_ENDS.ends(n) || NAMED_BODY_ENDS.ends(n))
            && !opens_with_work_verb(n)
            && looks_like_unit(n)
            && names::is_name_in_sentence(n)
    })
}

/// The most digits of a count of persons ([`persons_counted`]).
const MAX_PERSONS_COUNT_CHARS: usize = 4;

/// Whether `rest` opens with a count of persons ("1名县级领导", "两名同志", "2人"): a
/// number, then 名 or 人.
fn persons_counted(rest: &str) -> bool {
    // (A count of persons is short: a run of digits is looked at only so far.)
    let digits = rest
        .char_indices()
        .take(MAX_PERSONS_COUNT_CHARS)
        .take_while(|&(_, c)| c.is_ascii_digit() || super::numbering::cn_digit(c).is_some())
        .last()
        .map(|(i, c)| i + c.len_utf8());
    digits.is_some_and(|end| rest[end..].starts_with(['名', '人']))
}

/// `rest` without the spaces and the label of duties that open it ("工作职责:负责…" →
/// "负责…").
fn after_duty_label(rest: &str) -> &str {
    let rest = rest.trim_start_matches(' ');
    DUTY_LABELS
        .prefix_of(rest)
        .and_then(|w| rest[w.len()..].strip_prefix(':'))
        .unwrap_or(rest)
}

/// Whether the words before an entry's colon (or its full stop before 负责) are the
/// names of units ("乡纪委、监察室", "县环保局"), not a clause.
fn entry_name(name: &str) -> bool {
    !name.contains([',', '“'])
        && name_brackets_only(name)
        && !SETTING_UP_VERBS.starts(name)
        && (each_a_unit(name) || shared_kind(name).is_some_and(|(_, k)| !k.is_empty()))
}

/// Whether `rest` opens with a list of units ("严道镇、花滩镇、…"): its first two pieces,
/// each ended by a 、 within a name's length, are units' names (not "向县委、县政府及时报
/// 告…", a duty that names whom it reports to).
fn opens_unit_list(rest: &str) -> bool {
    let unit_then_more = |s: &str| {
        s.char_indices()
            .take(names::MAX_UNIT_CHARS + 1)
            .find(|&(_, c)| matches!(c, '、' | ',' | ';' | '。'))
            .filter(|&(at, c)| c == '、' && looks_like_unit(&s[..at]))
            .map(|(at, c)| at + c.len_utf8())
    };
    unit_then_more(rest).is_some_and(|next| unit_then_more(&rest[next..]).is_some())
}

/// Whether every bracket of `name` is a name's own short one ("农业农村(农经)主管部
/// 门", held-out c11825; "县发改局(粮食局)"): closed, and a word or two inside, no
/// clause.
fn name_brackets_only(name: &str) -> bool {
    let mut rest = name;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + '('.len_utf8()..];
        let Some(close) = after.find(')') else {
            return false;
        };
        let inner = &after[..close];
        if inner.is_empty()
            || inner.chars().nth(MAX_NAME_BRACKET_CHARS).is_some()
            || inner.contains([',', ':', ';', '。', '('])
        {
            return false;
        }
        rest = &after[close + ')'.len_utf8()..];
    }
    true
}

/// The most chars inside a name's own bracket ("(农经)", "(市人才办)") that an entry's
/// name may hold.
const MAX_NAME_BRACKET_CHARS: usize = 8;

/// Whether each name of a list joined by 、 is a unit's name a sentence may give
/// ("乡纪委、监察室", "县住建局、经发局").
fn each_a_unit(list: &str) -> bool {
    top_level_pieces(list).all(|n| looks_like_unit(n) && names::is_name_in_sentence(n))
}

/// The names of a list between its 、 outside brackets ("县(区、市)政府", "各工业园区").
pub fn top_level_pieces(list: &str) -> impl Iterator<Item = &str> + '_ {
    let mut from = 0;
    top_level_commas(list).chain([list.len()]).map(move |to| {
        let piece = &list[from..to];
        from = to + '、'.len_utf8();
        piece
    })
}

/// The byte offsets of the 、 of a list of names outside brackets ("县(区、市)政府、各工
/// 业园区": one).
fn top_level_commas(list: &str) -> impl Iterator<Item = usize> + '_ {
    top_level_chars(list, Quotes::AsText)
        .filter(|&(_, c)| c == '、')
        .map(|(i, _)| i)
}

/// The longest sentence of why read before the sentence of the work that opens with its
/// doers and 要 ("随着气温升高,冰雪消融,部分地方的灾情将会进一步显现。各县市、州级各相关
/// 部门要…").
const MAX_WHY_SENTENCE_CHARS: usize = 60;

/// The subject of the work's sentence after one short sentence of why that opens `key`
/// (within [`MAX_WHY_SENTENCE_CHARS`]), when it is a unit and 要: its byte range from
/// `key`'s start, as [`subject_opening`] gives it.
pub fn subject_after_why(key: &str) -> Option<(usize, usize)> {
    let why_end = key
        .char_indices()
        .take(MAX_WHY_SENTENCE_CHARS)
        .find(|&(_, c)| c == '。')
        .map(|(i, c)| i + c.len_utf8())?;
    let rest = &key[why_end..];
    let from = why_end + (rest.len() - rest.trim_start_matches(' ').len());
    let (a, b, verb) = subject_opening(&key[from..])?;
    (verb == "要").then_some((from + a, from + b))
}

/// The subject that opens a task's work right after its title: a duty opening
/// ([`duty_opening`]), or a unit's name and then a verb of obligation ("镇村干部务必…",
/// "各乡镇应当…") or a word of how the work is done ("各乡镇在制定…", "各村按照…").
/// Only where a subject is looked for (the work under a task's title): elsewhere
/// "全市按照…" opens a sentence about the place.
pub fn subject_opening(key: &str) -> Option<(usize, usize, &'static str)> {
    subject_at_start(key).or_else(|| {
        // "根据全省…评估细则,各县、区…遴选…": a clause of how or on what grounds the
        // work is done, then the subject.
        let from = after_manner_clause(key)?;
        let (a, b, verb) = subject_at_start(&key[from..])?;
        Some((from + a, from + b, verb))
    })
}

/// The word that ends a period said before a subject ("春节期间乡水利站、供水单位要…",
/// held-out c13722; "汛期期间,县水利局要…").
const PERIOD_END: &str = "期间";

/// The longest period before a subject ("春节期间", "防汛关键期间"), in chars.
const MAX_PERIOD_CHARS: usize = 8;

/// The length of a period that opens `s` ([`PERIOD_END`] within [`MAX_PERIOD_CHARS`],
/// a comma after it or not), or 0: no unit's name has it. Not a period after the names
/// that open `s` ("各单位节日期间要…", held-out c13920): the names are the subject, the
/// period its clause of when.
fn period_len(s: &str) -> usize {
    let window = &s[..crate::parser::text::byte_of_char(s, MAX_PERIOD_CHARS)];
    window.find(PERIOD_END).map_or(0, |at| {
        let named_first = window[..at].char_indices().skip(1).any(|(b, _)| {
            looks_like_unit(&window[..b]) && names::is_name_in_sentence(&window[..b])
        });
        if named_first {
            return 0;
        }
        let end = at + PERIOD_END.len();
        end + usize::from(s[end..].starts_with(','))
    })
}

/// Where the words after a clause of how or on what grounds the work is done start
/// ("按照县政府统一动员部署和工作要求," before "公安局交警大队要牵头制定…"), or after
/// a clause of its topic ([`TOPIC_OPENERS`]: "关于…问题," before "项目办、政府督查室要
/// …"): the byte offset after its comma, within [`MAX_MANNER_CHARS`].
pub fn after_manner_clause(key: &str) -> Option<usize> {
    // ("3月9日至3月13日,各成员单位中行政执法单位开展…", held-out c12882: a time
    // before its comma, as a plan laid out by dates opens each step.)
    if let Some(at) = deadline::after_opening_time(key) {
        return Some(at);
    }
    // (Or a clause of when, 在 and a word of time or footing before its comma: "在冰雪天气
    // 时,各乡镇和县级有关部门要…", held-out c13660.)
    let frame = key.starts_with('在');
    if way_word(key).is_none() && !TOPIC_OPENERS.starts(key) && !frame {
        return None;
    }
    // (Not a comma inside quotes or brackets: "按照“属地管理、分级负责,谁主管谁负责”的原
    // 则,各相关单位要…", held-out c12622.)
    let window = &key[..crate::parser::text::byte_of_char(key, MAX_MANNER_CHARS)];
    let (at, c) = top_level_chars(window, Quotes::AsBrackets)
        .find(|&(_, c)| matches!(c, ',' | ';' | '。' | ':'))?;
    (c == ',' && (!frame || FRAME_ENDS.ends(&key[..at]))).then_some(at + c.len_utf8())
}

/// The word of how the work is done ([`AGENT_WAYS`]) that `s` opens with, of two chars
/// or more: words of one char (在, 对, 向) open a time or an object as often ("各级政府在
/// 作出决策时…").
fn way_word(s: &str) -> Option<&'static str> {
    AGENT_WAYS
        .prefix_of(s)
        .filter(|w| w.chars().nth(1).is_some())
}

/// The longest clause of manner read before a subject ("根据全省党政机关绿色食堂评估细
/// 则,"), in chars.
const MAX_MANNER_CHARS: usize = 40;

/// The shortest trade before [`TRADE_BODY_ENDS`] in a subject ("公安部门"), in chars.
const MIN_TRADE_CHARS: usize = 2;

/// The longest trade before [`TRADE_BODY_ENDS`] in a heading that names its bodies
/// ("生态环境部门", "城市管理部门"), in chars.
const MAX_TRADE_CHARS: usize = 6;

/// The trade of a name of the bodies of a trade: the words before its ending
/// ([`TRADE_BODY_ENDS`]: "劳动保障" of "劳动保障部门").
fn trade_of(name: &str) -> Option<&str> {
    TRADE_BODY_ENDS
        .suffix_of(name)
        .map(|e| &name[..name.len() - e.len()])
}

/// The word between a body and the role it acts as ("市经委作为…牵头责任部门,要…").
const AS_ROLE: &str = "作为";

/// [`subject_opening`] at the very start of `key`.
fn subject_at_start(key: &str) -> Option<(usize, usize, &'static str)> {
    if let Some(found) = duty_opening(key) {
        return Some(found);
    }
    // ("请各县(区)工业和信息化主管部门、…按各自牵头的企业名单书面通知…", held-out
    // c13976: a request names its agent before the subject's verb, as 由 does; the
    // word that asks is no part of the name.)
    let open = AGENT_OPENERS.prefix_of(key).map_or(0, str::len);
    let (a, b, verb) = subject_of_work(&key[open..])?;
    Some((open + a, open + b, verb))
}

/// [`subject_at_start`] for a subject whose verb is none of [`duty_opening`]'s: the
/// names, then a verb of the work, a modal after a comma, a way of working.
fn subject_of_work(key: &str) -> Option<(usize, usize, &'static str)> {
    // The names are short: only the first chars are looked at.
    for (i, c) in key.char_indices().skip(2).take(MAX_SUBJECT_CHARS) {
        // ("各乡镇(街道)配合市文明办,负责组织实施…", held-out c10341: a subject that helps
        // another, then its duty after a comma.)
        if c == ',' && assist_split(&key[..i]).is_some() {
            return COMMA_DUTY_VERBS
                .prefix_of(&key[i + c.len_utf8()..])
                .map(|verb| (0, i, verb));
        }
        // ("公安、应急管理、…等部门,按照各自职责,做好…", held-out c12265: the names, a
        // clause of how they work, then the verb.)
        // ("各地市所轄縣區,要及早…", held-out c12360: the names, a comma, a modal.)
        if c == ',' {
            let rest = &key[i + c.len_utf8()..];
            let verb = verb_after_manner(rest)
                .or_else(|| names::modal_at(rest))
                .or_else(|| {
                    DUTY_VERBS
                        .prefix_of(rest)
                        .filter(|v| !NOT_DUTY_AFTER.starts(&rest[v.len()..]))
                });
            // ("市经委作为全市域外招商牵头责任部门,要…": the body, then what it acts as.)
            let name = key[..i].find(AS_ROLE).map_or(&key[..i], |at| &key[..at]);
            return verb.and_then(|verb| subject_of(name, verb));
        }
        if matches!(c, ';' | '。' | ':') {
            return None;
        }
        // (A bit test first: most chars start none of the words looked for below.)
        let may_start = MODAL_VERBS.may_start(c)
            || AGENT_WAYS.may_start(c)
            || ROLE_MANNERS.may_start(c)
            || ACTION_VERBS.may_start(c)
            || ONE_CHAR_WAYS.iter().any(|(w, _)| w.starts_with(c))
            || c == '在'
            || c == '本'
            || c.is_ascii_digit();
        if !may_start {
            continue;
        }
        // ("市农办、市建设局主要做好…": a word of manner after the names is none of
        // theirs.)
        let name = NAME_TAILS
            .suffix_of(&key[..i])
            .map_or(&key[..i], |t| &key[..i - t.len()]);
        let verb = names::modal_at(&key[i..]).or_else(|| way_word(&key[i..]));
        // "各县、区做好…", "各村建立…": after the bodies of a kind, a verb of the work
        // itself (a single body's name before one is as often the work's topic: "市场
        // 监管执法"); "各县、区2023年底前遴选…": a time between the bodies and their work.
        // (Or a body of a level named whole, before such a verb: "镇派出所强化执法力度,
        // …", "县公安局加强…"; not the words of a work: "市场监管执法".)
        // (Or a word of one char that opens the work's object or what it goes by,
        // [`ONE_CHAR_WAYS`]: "各地交通运输部门对已取得经营许可的企业…进行检查清理".)
        let verb = verb.or_else(|| {
            (is_collective(name) || each_name(name, named_body))
                .then(|| {
                    // (A word of manner may stand before the verb: "各村(社区)认真制定…",
                    // held-out c11823.)
                    let manner = ROLE_MANNERS.prefix_of(&key[i..]).map_or(0, str::len);
                    let at = i + manner;
                    // (Not a name's own ending before a verb of obligation: "全镇各级群团
                    // 组织要…", held-out c11347, is no 群团 that 组织s; nor the trade of a
                    // name that goes on: "各级组织部门对…", held-out c13254.)
                    let action = ACTION_VERBS.prefix_of(&key[at..]).filter(|v| {
                        let after = &key[at + v.len()..];
                        !after.starts_with('要')
                            && !MODAL_VERBS.starts(after)
                            && !TRADE_BODY_ENDS.starts(after)
                    });
                    action
                        .or_else(|| one_char_way(&key[i..]))
                        // (Or 在 and where or when, then the work in the same clause:
                        // "县教育局在全县中小学开展…", held-out c13644.)
                        .or_else(|| place_then_work(&key[i..]).then_some("在"))
                })
                .flatten()
                .or_else(|| time_before_work(&key[i..]).then_some(""))
        });
        let Some(verb) = verb else {
            continue;
        };
        return subject_of(name, verb);
    }
    None
}

/// Words of one char after a subject's names that open the work's object or what it goes
/// by, each with the word it starts that is none: 对 and the object of the work ("各地交通
/// 运输部门对已取得经营许可的企业…进行检查清理", held-out c10821; not 对口, a word of names),
/// 按 and what the work goes by ("市直各部门按各自职责范围,对所辖单位…组织灭鼠", held-out
/// c13710; not 按钮).
const ONE_CHAR_WAYS: [(&str, &str); 2] = [("对", "对口"), ("按", "按钮")];

/// The word of [`ONE_CHAR_WAYS`] that `rest` opens with, as the subject's verb.
fn one_char_way(rest: &str) -> Option<&'static str> {
    ONE_CHAR_WAYS
        .iter()
        .find(|&&(w, not)| rest.starts_with(w) && !rest.starts_with(not))
        .map(|&(w, _)| w)
}

/// The most chars between 在 and the verb of the work after it ("在全县中小学" + "开展").
const MAX_PLACE_CHARS: usize = 16;

/// Whether `rest` opens with 在, a place or a time, and a verb of the work within the
/// clause ([`MAX_PLACE_CHARS`]): "在全县中小学开展…", "在清明期间组织…".
fn place_then_work(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix('在') else {
        return false;
    };
    after
        .char_indices()
        .skip(1)
        .take(MAX_PLACE_CHARS)
        .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | ':'))
        .any(|(j, _)| opens_with_work_verb(&after[j..]))
}

/// A subject's names before its verb, when they are bodies' names: `(0, end, verb)`.
fn subject_of(name: &str, verb: &'static str) -> Option<(usize, usize, &'static str)> {
    // A body's name as a subject opens with its level or 各 ("各乡镇", "县住建局"): a
    // phrase of the work ("充分体现政府与市场") is none.
    // (Or an office of the issuer: "局综合科结合…", "财会股负责…".)
    // (Or the bodies of a trade: "劳动保障部门要…", held-out c10642.)
    let a_body = name.starts_with(|c: char| LEVEL_CHARS.contains(c))
        || is_collective(name)
        || OFFICE_ENDS.ends(name)
        || trade_of(name).is_some_and(|t| t.chars().count() >= MIN_TRADE_CHARS);
    // (Not a verb of the work and its objects: "推动各镇(街道)、有关部门定期研判…" is the
    // plan's own demand, c8602.)
    (a_body
        && !ACTION_VERBS.starts(name)
        && each_name(name, looks_like_unit)
        && each_name(name, names::is_name_in_sentence)
        && !opens_a_bracket(name))
    .then_some((0, name.len(), verb))
}

/// The verb after a clause of how the work is done that follows a subject's comma
/// ("按照各自职责,做好…", "按职责分工做好…"): a verb of duty, of obligation or of the
/// work itself. (A comma alone before a modal or a duty verb: see [`subject_at_start`].)
fn verb_after_manner(rest: &str) -> Option<&'static str> {
    let m = after_manner_clause(rest).or_else(|| ROLE_MANNERS.prefix_of(rest).map(str::len))?;
    let after = &rest[m..];
    DUTY_VERBS
        .prefix_of(after)
        .or_else(|| MODAL_VERBS.prefix_of(after))
        .or_else(|| ACTION_VERBS.prefix_of(after))
}

/// Whether `key` may open with bodies named by their form ([`names_bodies_by_form`]): its
/// first char a level or 各, or a trade's, an office's or a list's ending among its
/// first chars. A cheap test before [`subject_opening`] on every task's text.
pub fn may_open_with_bodies(key: &str) -> bool {
    // (After a time that opens the text: "3月12日前,各成员单位…".)
    let key = deadline::after_opening_time(key).map_or(key, |at| &key[at..]);
    if key.starts_with(|c: char| LEVEL_CHARS.contains(c) || c == '各') {
        return true;
    }
    let head = key
        .char_indices()
        .nth(MAX_SUBJECT_CHARS)
        .map_or(key, |(i, _)| &key[..i]);
    head.contains('等') || TRADE_BODY_ENDS.in_text(head) || OFFICE_ENDS.in_text(head)
}

/// Whether a subject's names each say by their start or ending that they are bodies
/// ("县公安局", "各区县", "交通运输部门", "局综合科"), not by a collective word inside
/// a phrase of the work ("大力支持和严格监督政法各部门", "原则同意省有关部门…", c10542,
/// c10905; "会同有关部门…"): what a task's own text must open with for a verb of the
/// work or a modal other than 负责/要 to make it the task's doer.
pub fn names_bodies_by_form(names: &str) -> bool {
    // (Or trades listed before the bodies of a kind: "公安、应急管理、城市管理等部门".)
    shared_kind(names).is_some()
        || each_name(names, |name| {
            name.starts_with(|c: char| LEVEL_CHARS.contains(c) || c == '各')
                || OFFICE_ENDS.ends(name)
                || (!is_collective(name)
                    && trade_of(name).is_some_and(|t| {
                        (MIN_TRADE_CHARS..=MAX_TRADE_CHARS).contains(&t.chars().count())
                    }))
        })
}

/// The most chars of the names a sentence opens with as its subject ("市农办、市建设局、
/// …、市旅游局主要做好…": eight bodies), looked at.
const MAX_SUBJECT_CHARS: usize = 2 * names::MAX_UNIT_CHARS;

/// A list of trades before the bodies of a kind they share ("公安、应急管理、交通运输等部
/// 门", held-out c12265): the list and the kind after its 等.
fn shared_kind(names: &str) -> Option<(&str, &str)> {
    if !names.contains('、') {
        return None;
    }
    let Some(at) = names.rfind('等') else {
        // ("公安、司法部门:提供…", held-out c13002: trades, the last with the kind of
        // body they all are, and no 等; each trade short.)
        let kind = TRADE_BODY_ENDS.suffix_of(names)?;
        let list = &names[..names.len() - kind.len()];
        let trades = top_level_pieces(list).all(|trade| {
            (MIN_TRADE_CHARS..=MAX_TRADE_CHARS).contains(&trade.chars().count())
                && !trade.starts_with(|c: char| LEVEL_CHARS.contains(c) || c == '各')
        });
        return trades.then_some((list, kind));
    };
    let kind = &names[at + '等'.len_utf8()..];
    (TRADE_BODY_ENDS.words.contains(&kind) || is_collective(kind)).then(|| (&names[..at], kind))
}

/// Whether `names` is a name that `is` holds of, or a list of them ("市农办、市建设局、
/// 市规划局"), each of which it holds of. Trades listed before a kind they share
/// ([`shared_kind`]) are each read with that kind ("公安部门").
fn each_name(names: &str, is: impl Fn(&str) -> bool) -> bool {
    if is(names) {
        return true;
    }
    if !names.contains('、') {
        return false;
    }
    let (list, kind) = shared_kind(names).unwrap_or((names, ""));
    top_level_pieces(list)
        .all(|name| is(name) || (!kind.is_empty() && is(&format!("{name}{kind}"))))
}

/// A paragraph under a heading of units' duties that opens with a body of government
/// named whole, whatever its verb ("省水利厅承担省防汛抗旱指挥部的日常工作", "省经委协调
/// 铁路…"): the end of the name, the shortest opening that is one and goes on with
/// words (no list, no stop).
pub fn named_body_opening(key: &str) -> Option<usize> {
    body_opening(key, Level::Own)
}

/// Whether a body's name must open with its level, or may take it from the name before
/// it in a list ("县教体科技局、民政局").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Own,
    Shared,
}

/// [`named_body_opening`], the level given as `level` says.
fn body_opening(key: &str, level: Level) -> Option<usize> {
    key.char_indices()
        .skip(2)
        .take(names::MAX_UNIT_CHARS)
        .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | ':' | '、' | '(' | ' '))
        .map(|(i, _)| i)
        .find(|&end| {
            let name = &key[..end];
            // (Not a name that goes on: "乡安委" of "乡安委会", "县委" of "县委办".)
            let goes_on = key[end..]
                .chars()
                .next()
                .is_none_or(|c| BODY_NAME_GOES_ON.contains(c));
            let named = match level {
                Level::Own => named_body(name),
                Level::Shared => ends_as_body(name),
            };
            !goes_on && named && looks_like_unit(name) && names::is_name_in_sentence(name)
        })
}

/// A subject of two units joined by a verb of helping ("县公安局配合县交通局", "各乡镇
/// (街道)配合市文明办", held-out c10341): the units that help and the units helped, each
/// side units alone.
pub fn assisted(name: Keyed<'_>) -> Option<(Keyed<'_>, Keyed<'_>)> {
    let (at, after) = assist_split(name.key())?;
    Some((name.to(at), name.from(after)))
}

/// Where the verb of helping is in a subject of [`assisted`]: its start and end.
fn assist_split(k: &str) -> Option<(usize, usize)> {
    let (at, w) = ASSIST_WORDS
        .words
        .iter()
        .filter_map(|w| k.find(w).map(|at| (at, *w)))
        .min_by_key(|(at, _)| *at)?;
    let (left, right) = (&k[..at], &k[at + w.len()..]);
    let units = |s: &str| {
        !s.is_empty()
            && top_level_commas(s)
                .chain([s.len()])
                .scan(0, |from, to| {
                    let piece = s[*from..to].trim();
                    *from = to + '、'.len_utf8();
                    Some(piece)
                })
                .all(looks_like_unit)
    };
    (units(left) && units(right)).then_some((at, at + w.len()))
}

/// The most bodies a paragraph of duties opens with ([`named_bodies_opening`]).
const MAX_OPENING_BODIES: usize = 8;

/// [`named_body_opening`] for a list of bodies ("县国动办、县文旅广电局确保…", "县教体科技
/// 局、民政局组织…", held-out c10682): each a unit, the first named whole, the last
/// going on with words. The end of the last name.
pub fn named_bodies_opening(key: &str) -> Option<usize> {
    let mut from = 0;
    for n in 0..MAX_OPENING_BODIES {
        let level = if n == 0 { Level::Own } else { Level::Shared };
        let rest = &key[from..];
        // A whole name before the next 、 (short: only the first chars are looked at).
        let comma = rest
            .char_indices()
            .take(names::MAX_UNIT_CHARS + 1)
            .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | ':' | '(' | ' '))
            .find(|&(_, c)| c == '、')
            .map(|(i, _)| i);
        let whole = comma.filter(|&at| {
            let name = &rest[..at];
            let named = match level {
                Level::Own => named_body(name),
                Level::Shared => ends_as_body(name),
            };
            named && looks_like_unit(name) && names::is_name_in_sentence(name)
        });
        match whole {
            Some(at) => from += at + '、'.len_utf8(),
            // (One name alone is [`named_body_opening`]'s.)
            None if n == 0 => return None,
            None => return body_opening(rest, level).map(|end| from + end),
        }
    }
    None
}

/// Chars that go on with a body's name after an ending ("安委" + 会, "县委" + 办).
const BODY_NAME_GOES_ON: &str = "会局委办厅室站所队院部处科股";

/// A body's name that opens with its level and ends as a body's name ends ("镇派出所",
/// "县公安局", "区行政服务中心").
fn named_body(name: &str) -> bool {
    name.starts_with(|c: char| LEVEL_CHARS.contains(c))
        && name.chars().nth(2).is_some()
        && ends_as_body(name)
}

/// Whether a name ends as a body of government or a named body does ("…局", "…办公室",
/// "…派出所", "…中心").
fn ends_as_body(name: &str) -> bool {
    GOVERNMENT_BODY_ENDS.ends(name) || NAMED_BODY_ENDS.ends(name)
}

/// How many chars of a subject's time are looked at ("2023年6月30日前").
const MAX_SUBJECT_TIME_CHARS: usize = 14;

/// Whether `rest` opens with a deadline ("2023年底前", "6月30日前") and then the work, not
/// a stop: the time a subject has for its work ("各县、区2023年底前遴选…").
fn time_before_work(rest: &str) -> bool {
    if !rest.starts_with(|c: char| c.is_ascii_digit() || c == '本') {
        return false;
    }
    deadline_at_start(rest).is_some_and(|b| {
        rest[b..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii_punctuation() && !matches!(c, '。' | ' '))
    })
}

/// The end of a deadline that opens `rest` ("2023年6月30日前…", "5月底前…"), found within
/// its first chars only (the time is short).
pub(super) fn deadline_at_start(rest: &str) -> Option<usize> {
    let window = rest
        .char_indices()
        .nth(MAX_SUBJECT_TIME_CHARS)
        .map_or(rest, |(i, _)| &rest[..i]);
    deadline::find_inline(window).and_then(|(a, b)| (a == 0).then_some(b))
}

/// The partners named in a clause that opens with 会同 (or 联合) inside a text whose
/// unit is named already ("市民政局:负责…,会同市发改、公安等有关部门依法查处…"): the
/// names up to the verb of the work, read as cooperating units into `own`. Only the
/// first such clause; a clause whose names run into no unit's ending is none.
pub fn read_partners(text: Keyed, own: &mut Own) {
    let key = text.key();
    // (A memchr-backed search for each word's first char first: most texts have no 会同
    // or 联合.)
    // (Only beside a unit named already: "牵头协调上下游、左右岸…" of a 河湖长's duties
    // names no leader, c2005.)
    let led = own.names_anyone() && key.contains(LEADING_VERB);
    if !led && !PARTNER_OPENERS.in_text(key) {
        return;
    }
    // (The text's start too: "联合工商、公安、城管等部门开展…"; and right after 牵头:
    // "X牵头组织Y…".)
    let after_leading = key
        .match_indices(LEADING_VERB)
        .map(|(at, w)| at + w.len())
        .filter(move |_| led);
    for at in std::iter::once(0)
        .chain(clause_starts(key))
        .chain(after_leading)
    {
        // ("负责会同公安、城管部门查处…", "并协同…": the unit's own verb before.)
        let at = at + PARTNER_LEADS.prefix_of(&key[at..]).map_or(0, str::len);
        // ("根据气象条件会同气象部门提供…": a phrase of manner before.)
        let at = after_manner_phrase(&key[at..]).map_or(at, |m| at + m);
        // ("X牵头,组织Y、Z等单位,…": a verb of bringing in right after 牵头.)
        let led_here = || {
            let before = key[..at].strip_suffix(',').unwrap_or(&key[..at]);
            before.ends_with(LEADING_VERB)
        };
        let Some(w) = PARTNER_OPENERS.prefix_of(&key[at..]).or_else(|| {
            LED_PARTNER_OPENERS
                .prefix_of(&key[at..])
                .filter(|_| led_here())
        }) else {
            continue;
        };
        let from = at + w.len();
        let clause_end = key[from..]
            .find([',', ';', '。'])
            .map_or(key.len(), |e| from + e);
        let clause = &key[from..clause_end];
        // The last name ends where a start of a piece that is a unit's name is followed
        // by the verb of the work or how it is done ("公安等有关部门" + "依法查处",
        // "市财政局" + "制定"), or ends as a body does ("城管部门" + "查处…"). (A verb is
        // asked for: 处 ends a name and a verb.) The pieces before it are names that may
        // share its ending ("市发改、公安等有关部门"): short, with none of the words of a
        // clause. (The work after the names may list things with 、 too: "查处依托门店店
        // 外经营、非法大排档".)
        let mut piece_start = 0;
        let names_end = loop {
            let piece_end = clause[piece_start..]
                .find('、')
                .map_or(clause.len(), |i| piece_start + i);
            let piece = &clause[piece_start..piece_end];
            let end = piece
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .take(names::MAX_UNIT_CHARS)
                .find(|&e| {
                    let rest = &piece[e..];
                    looks_like_unit(&piece[..e])
                        && (rest
                            .chars()
                            .next()
                            .is_some_and(|c| list::work_opens_at(piece, e, c))
                            || ROLE_MANNERS.starts(rest)
                            || SHARED_BODY_ENDS.ends(&piece[..e]))
                });
            if let Some(e) = end {
                break piece_start + e;
            }
            let n = piece.trim();
            let a_name = !n.is_empty()
                && n.chars().nth(names::MAX_UNIT_CHARS).is_none()
                && !n.contains(['的', '是', '要', '和']);
            if !a_name || piece_end == clause.len() {
                return;
            }
            piece_start = piece_end + '、'.len_utf8();
        };
        list::read(
            text.slice(from..from + names_end),
            Mode::Value(Mark::Coop),
            own,
        );
        return;
    }
}

/// The length of the words that open a clause of partners ("并会同", "会同", "联合"),
/// if `key` opens with them.
pub fn partner_opening_len(key: &str) -> Option<usize> {
    let lead = PARTNER_LEADS.prefix_of(key).map_or(0, str::len);
    PARTNER_OPENERS
        .prefix_of(&key[lead..])
        .map(|w| lead + w.len())
}

/// Where a partner opener stands after a phrase of manner that opens `clause`
/// ("根据气象条件" + "会同气象部门…"): its byte offset, within the clause's first chars.
fn after_manner_phrase(clause: &str) -> Option<usize> {
    way_word(clause)?;
    clause
        .char_indices()
        .take(MAX_MANNER_CHARS)
        .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | ':'))
        .find(|&(i, c)| PARTNER_OPENERS.may_start(c) && PARTNER_OPENERS.starts(&clause[i..]))
        .map(|(i, _)| i)
}

/// The unit whose proposal minutes approve ("会议原则同意县经发局关于调整…的意见",
/// "会议原则同意县住建局、经发局提交的《…》"), at the start of one of the first
/// sentences of `key`: its byte range. It carries the matter on.
pub fn approved_proposer(key: &str) -> Option<(usize, usize)> {
    // The starts of the first three sentences (each found by a scan that stops at its
    // 。: a long text costs no more).
    let mut starts = [Some(0), None, None];
    for i in 1..starts.len() {
        starts[i] =
            starts[i - 1].and_then(|s| key[s..].find('。').map(|e| s + e + '。'.len_utf8()));
    }
    for at in starts.into_iter().flatten() {
        let Some(w) = APPROVALS.prefix_of(&key[at..]) else {
            continue;
        };
        let from = at + w.len();
        // The name is short: only the first chars are looked at.
        let (end, _) = key[from..]
            .char_indices()
            .take(names::MAX_UNIT_CHARS * 2)
            .find(|&(i, _)| PROPOSAL_WORDS.starts(&key[from + i..]))?;
        let name = &key[from..from + end];
        return (!name.is_empty() && each_a_unit(name)).then_some((from, from + end));
    }
    None
}

/// A piece of a list without its role verbs and name tails ("基层处等按职责分工落实" →
/// "基层处"): the name a table's cell of units holds.
pub fn name_before_roles(piece: &str) -> &str {
    list::name_before_roles(piece)
}

/// The units of the clauses of `text` that each open with a unit and 负责 (or 负总责),
/// responsible, or with a unit, 要 and 配合, cooperating: "…,办公室负责整个活动的统筹
/// 协调,各科室要密切配合" gives 办公室 and 各科室. (Not 要 and another verb: "各地要…"
/// is a demand; not 牵头, which inside a sentence qualifies a noun.)
pub fn duty_clauses(text: Keyed) -> Vec<(Unit, Mark)> {
    let key = text.key();
    let mut units = Vec::new();
    // (Char searches first: most paragraphs have neither 负, 配 or 协, nor two 要.)
    let helps = key.contains('配') || key.contains('协');
    let two_demands = key.matches('要').nth(1).is_some();
    if !key.contains('负') && !helps && !two_demands {
        return units;
    }
    // The clauses whose unit 要 do a work of their own: the work shared out when two
    // or more such clauses name bodies, one of them at least named whole ("…,乡广播站
    // 要及时播发…;各村要做好…;乡民政办要准备好…", held-out c12345); one alone, or
    // bodies of a kind alone ("各地要…"), are demands of the plan's.
    let mut shares: Vec<(Unit, Mark)> = Vec::new();
    let (mut share_clauses, mut one_named) = (0, false);
    // (The paragraph's own opening too: "乡广播站要…;各村要…".)
    let opening = two_demands
        .then(|| duty_opening(key))
        .flatten()
        .filter(|&(a, _, verb)| a == 0 && verb == "要");
    let verb_chars: &[char] = if two_demands || helps {
        &['负', '要']
    } else {
        &['负']
    };
    let openings = opening
        .map(|(a, b, verb)| (0, a, b, verb))
        .into_iter()
        .chain(clause_duty_openings(key, verb_chars));
    for (at, start, end, verb) in openings {
        // (Not a role's name as the subject: "协作单位要密切配合" is said to whoever
        // has that role.)
        let name = &key[at + start..at + end];
        if names::is_role_name(name) {
            continue;
        }
        let mark = match verb {
            "负责" | "负总责" => Mark::Resp,
            "要" => {
                if !helps_after_modal(&key[at + end..]) {
                    share_clauses += 1;
                    one_named |= !is_collective(name);
                    let names = duty_units(text.slice(at + start..at + end));
                    shares.extend(names.into_iter().map(|u| (u, Mark::Resp)));
                    continue;
                }
                Mark::Coop
            }
            _ => continue,
        };
        let names = duty_units(text.slice(at + start..at + end));
        units.extend(names.into_iter().map(|u| (u, mark)));
    }
    if share_clauses >= MIN_SHARE_CLAUSES && one_named {
        units.append(&mut shares);
    }
    units
}

/// Whether the words after a subject are 要, words of manner and a verb of helping
/// ("要密切配合", "要积极协助有关部门…"): the subject cooperates.
pub fn helps_after_modal(after_name: &str) -> bool {
    let Some(mut after) = after_name.strip_prefix('要') else {
        return false;
    };
    while let Some(w) = ROLE_MANNERS.prefix_of(after) {
        after = &after[w.len()..];
    }
    ASSIST_WORDS.starts(after)
}

/// The fewest clauses of units and 要 that share a paragraph's work out
/// ([`duty_clauses`]).
const MIN_SHARE_CLAUSES: usize = 2;

/// The duty openings ([`duty_opening`]) of the clauses of `key` after its first
/// start, each as (clause start, name start, name end, verb), the name's offsets in
/// the clause: only clauses that open with no bracket and hold one of `verb_chars`
/// within a name's length are asked (a cheap test before the opening's).
pub fn clause_duty_openings<'k>(
    key: &'k str,
    verb_chars: &'k [char],
) -> impl Iterator<Item = (usize, usize, usize, &'static str)> + 'k {
    clause_starts(key).filter_map(move |at| {
        let near = key[at..]
            .chars()
            .take(MAX_UNIT_CHARS + 1)
            .any(|c| verb_chars.contains(&c));
        if key[at..].starts_with(['(', '[', '【', '〔', '《', '“', ' ']) || !near {
            return None;
        }
        let (start, end, verb) = duty_opening(&key[at..])?;
        Some((at, start, end, verb))
    })
}

/// The units a duty opening names ([`duty_opening`]): "区住建局" is one, "福建出入境
/// 检验检疫局、厦门出入境检验检疫局" two (each piece between 、 a unit's name), and so
/// are "交通运输、公安交警、应急管理部门" three, split as written (the last piece's
/// ending is the others' too, and short pieces before it are names without it).
pub fn duty_units(name: Keyed) -> Vec<Unit> {
    let name = list::without_reader_note(name);
    let k = name.key();
    // ("各市(州)、县(市、区)应…": one list of places opened by 各, one entry.)
    if list::is_each_place_list(top_level_pieces(k).map(str::trim)) {
        return vec![make_unit(name)];
    }
    let mut units = Vec::new();
    let mut start = 0;
    // (Split outside brackets: "县(区、市)政府、各工业园区" is two.)
    let last_is_unit = looks_like_unit(
        k[top_level_commas(k)
            .last()
            .map_or(0, |at| at + '、'.len_utf8())..]
            .trim(),
    );
    for at in top_level_commas(k).chain([k.len()]) {
        let piece = name.slice(start..at).trim_matches(|c| c == ' ');
        let shares_ending = || {
            last_is_unit
                && (2..=MAX_SHARED_ENDING_PIECE_CHARS).contains(&piece.key().chars().count())
        };
        if !looks_like_unit(piece.key()) && !shares_ending() {
            return vec![make_unit(name)];
        }
        units.extend(split_joined(piece).into_iter().map(make_unit));
        start = at + '、'.len_utf8();
    }
    units
}

/// The names of one piece of a duty opening, split as the list reader splits them
/// ([`list::each_places_then_each`], [`list::split_etc`], [`list::split_and`]): "卫生局等
/// 行业主管部门" is the unit and the collective, "各乡镇(街道)和职能部门" two units, "各地
/// 各有关部门" two collectives, "各县党委和人民政府" one entry.
fn split_joined(piece: Keyed<'_>) -> Vec<Keyed<'_>> {
    fn trimmed(k: Keyed<'_>) -> Keyed<'_> {
        k.trim_matches(|c| c == ' ')
    }
    if let Some(at) = list::each_places_then_each(piece.key()) {
        return vec![trimmed(piece.to(at)), trimmed(piece.from(at))];
    }
    if let Some((head, rest)) = list::split_etc(piece) {
        return [Some(head), rest]
            .into_iter()
            .flatten()
            .map(trimmed)
            .collect();
    }
    match list::split_and(piece) {
        Some((a, b)) => vec![trimmed(a), trimmed(b)],
        None => vec![piece],
    }
}

/// The longest piece of a list read as a name that shares the last piece's ending
/// ("交通运输" of "交通运输、公安交警、应急管理部门").
const MAX_SHARED_ENDING_PIECE_CHARS: usize = 6;

/// Whether `k` has a bracket that it does not close.
fn opens_a_bracket(k: &str) -> bool {
    let depth = k.chars().fold(0i32, |d, c| match c {
        '(' | '[' | '【' | '〔' | '《' | '“' => d + 1,
        ')' | ']' | '】' | '〕' | '》' | '”' => (d - 1).max(0),
        _ => d,
    });
    depth > 0
}

/// The length of the words at the start of `key` that point at a work ("以上工作",
/// "上述问题", "此项工作", "该项任务"), if it opens with such words.
pub fn pointed_work(key: &str) -> Option<usize> {
    let p = ABOVE_POINTERS
        .prefix_of(key)
        .or_else(|| THIS_POINTERS.prefix_of(key))?
        .len();
    Some(p + WORK_NOUNS.prefix_of(&key[p..])?.len())
}

/// A task's text that opens with a leader named in person and a verb of the leader's
/// charge, whatever the work ("游膺局长负责联系昆山市", c10860; "副县长王五牵头协调…"):
/// the end of the leader, the shortest opening that names one. (A post alone is no
/// person: "区级领导包保重点产业项目…" heads a part, c10021.)
pub fn leader_opening(key: &str) -> Option<usize> {
    key.char_indices()
        .skip(2)
        .take(names::MAX_LEADER_CHARS)
        .take_while(|&(_, c)| !matches!(c, ',' | ';' | '。' | ':' | '、' | '('))
        .map(|(i, _)| i)
        .find(|&end| {
            let rest = &key[end..];
            HEADING_LEADER_VERBS
                .prefix_of(rest)
                .is_some_and(|v| !NOT_DUTY_AFTER.starts(&rest[v.len()..]))
                && is_leader(&key[..end])
                && names_one_leader(&key[..end])
        })
}

/// A task's text that opens with the posts that answer for it, as the subject of a
/// sentence of their charge: "村党组织书记对本村防溺水工作负总责", "书记、镇长为全镇森林
/// 防火第一责任人" (held-out c13313, c11743). The end of the posts.
pub fn posts_answering(key: &str) -> Option<usize> {
    // (The posts are short, and so is the clause of their charge: only the first chars
    // are looked at.)
    let window = &key[..crate::parser::text::byte_of_char(key, MAX_POSTS_SUBJECT_CHARS)];
    let window = &window[..window.find([',', ';', '。', ':']).unwrap_or(window.len())];
    window
        .char_indices()
        .skip(2)
        .filter(|&(_, c)| matches!(c, '对' | '为' | '是'))
        .find_map(|(at, c)| {
            let subject = &window[..at];
            let each_a_post = subject
                .split(['、', '和'])
                .all(|p| is_leader(p) && names_one_leader(p));
            let charge = &window[at + c.len_utf8()..];
            let answers = if c == '对' {
                POST_CHARGES.in_text(charge)
            } else {
                charge.contains("责任人")
            };
            (each_a_post && answers).then_some(at)
        })
}

/// The longest opening of a text read for the posts that answer for it and the clause
/// of their charge ([`posts_answering`]), in chars.
const MAX_POSTS_SUBJECT_CHARS: usize = 40;

/// Whether a leader's name names one person: by name and post ("游膺局长"), or by a
/// post one person holds ([`names_a_post`]).
fn names_one_leader(leader: &str) -> bool {
    split_name_post(Keyed::plain(leader)).post.is_some() || names_a_post(leader)
}

/// Whether a leader's name is a post held by one person, named by its title ("镇长",
/// "分管副镇长", "村党组织书记"): who holds it answers for the work, as a name does. Not
/// the leaders of a level or a kind ("区级领导", "主要负责同志"), whose title is a word
/// for leaders at large.
fn names_a_post(leader: &str) -> bool {
    LEADER_TITLES.ends(leader) && !BARE_TITLES.ends(leader)
}

/// A heading that says whose the items below are: a leader (or a unit), a verb
/// (负责, 牵头, 分管 …), then the work ("主抓工作", "的重点工作"). The byte range of the
/// leader or unit in `key`, and which it is.
pub fn heading_who(key: &str) -> Option<(usize, usize, HeadingWho)> {
    let k = key.trim_end_matches([' ', '。', ':', ';']);
    if let Some(found) = duties_heading(k) {
        return Some(found);
    }
    // The work may be a title in quotes, then a short bracket: "财政局承办的“关于将…纳入市
    // 财政预算的建议”(第2号)", a 督查通报's proposal by the unit that handles it.
    if let Some(open) = quoted_work(k) {
        return verb_heading(&k[..open], Work::Quoted);
    }
    // Such a heading is short: a leader (16 chars at most), a verb and the work.
    if key.len() > 40 * 3 {
        return None;
    }
    // A count after the heading: "县示范区管委会牵头工作(8项)", "鹿城镇(14个)".
    let counted = k
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|o| (o, &r[o + 1..])))
        .filter(|(_, inner)| {
            inner.ends_with(['项', '个', '条', '件', '处'])
                && inner
                    .trim_start_matches(['共', '计'])
                    .trim_end_matches(['项', '个', '条', '件', '处'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
        });
    let k = counted.map_or(k, |(open, _)| &k[..open]);
    // A heading that is a unit's name alone with a count of its items ("(一)鹿城镇(14
    // 个)"): the items below are the unit's (a 督查通报's problems by the unit they were
    // handed to). Without the count a name may be the place the items are about ("2.
    // 市第二人民医院" over problems found there, "1.市政公用城学校" a project), unless
    // it names a body of government: one of its level ("省商务厅", "县农业农村局").
    // A body of government ("十六、省商务厅") is its items' unit without a count: it
    // is who does them (or who answers for the problems found there).
    // (Or a place's government, "四、文昌市政府", "(二)某某县人民政府": the place named
    // and its level, then 政府.)
    let place_government = || {
        ["人民政府", "政府"]
            .iter()
            .find_map(|g| k.strip_suffix(g))
            .is_some_and(|place| {
                place.chars().nth(1).is_some() && place.ends_with(|c: char| LEVEL_CHARS.contains(c))
            })
    };
    // (Or the bodies of a trade, "一、生态环境部门" over its duties (一)–(七), held-out
    // c11564: a 部门 of no place is all of that trade's.)
    // (A trade is a word: not a phrase of a heading, "重点普法内容及责任部门", c6501,
    // nor a role's words.)
    let trade_bodies = || {
        trade_of(k).is_some_and(|trade| {
            (MIN_TRADE_CHARS..=MAX_TRADE_CHARS).contains(&trade.chars().count())
                && !trade.contains(['及', '和', '与', '、', '的'])
                && !LABEL_ROLE_WORDS.iter().any(|(w, _)| trade.ends_with(w))
        }) && !is_collective(k)
    };
    let body_of_government = || {
        ((GOVERNMENT_BODY_ENDS.ends(k) && k.starts_with(|c: char| LEVEL_CHARS.contains(c)))
            || place_government()
            || trade_bodies())
            && !k.contains(|c: char| c.is_ascii_digit() || c == ' ')
    };
    // A problem list's heading that names the place the problems were found in ("一、
    // 大槐树镇路段问题"): a town, a street or a village of the place answers for them.
    if let Some(tail) = PLACE_PROBLEM_TAILS.suffix_of(k) {
        let place = &k[..k.len() - tail.len()];
        let level = place.ends_with(|c: char| LEVEL_CHARS.contains(c))
            || LOCAL_PLACE_ENDS.iter().any(|e| place.ends_with(e));
        if level
            && place.chars().nth(2).is_some()
            && place.chars().count() <= 10
            && looks_like_unit(place)
            && names::is_name_in_sentence(place)
            && !place.contains(['、', ',', ' '])
        {
            return Some((0, place.len(), HeadingWho::Unit));
        }
    }
    // A unit with its other names ("(三)工程建设管理局(安全生产监督局)") is an office
    // of its own, who does the items below.
    if is_unit_with_other_names(k) {
        return Some((0, k.len(), HeadingWho::Unit));
    }
    if (counted.is_some() || body_of_government())
        && k.chars().count() <= 16
        && looks_like_unit(k)
        && names::is_name_in_sentence(k)
        && !k.contains(['、', ','])
    {
        return Some((0, k.len(), HeadingWho::Unit));
    }
    verb_heading(k, Work::InWords)
}

/// A heading over the duties of a post holder, the post first ("自治县常务副县长协助自
/// 治县县长做好全县的安全生产工作。主要职责是", "分管安全生产工作的副县长对…负直接领导
/// 责任。主要职责是", "县长安全生产工作职责"): the post, the shortest opening that names a
/// leader, is the leader of the duties below.
fn duties_heading(k: &str) -> Option<(usize, usize, HeadingWho)> {
    if !DUTIES_HEADING_ENDS.ends(k) {
        return None;
    }
    // (The post is short: only the first chars are looked at.)
    let post = k
        .char_indices()
        .skip(1)
        .take(names::MAX_LEADER_CHARS)
        .map(|(i, c)| i + c.len_utf8())
        // ("县长助理…": a post goes on.)
        .find(|&end| {
            (is_leader(&k[..end]) || ROLE_POSTS.words.contains(&&k[..end]))
                && !k[end..].starts_with('助')
        })
        // ("成员单位职责": a place in a group is no post.)
        .filter(|&end| ROLE_POSTS.words.contains(&&k[..end]) || !GROUP_TITLES.ends(&k[..end]));
    if let Some(end) = post {
        return Some((0, end, HeadingWho::Leader));
    }
    // "县应急管理局职责", "(二)县公安局主要职责:", "乡级防汛指挥部主要职责": a body of
    // government named whole, or one it set up for the work, then its duties.
    let end = DUTIES_HEADING_ENDS
        .suffix_of(k)
        .map(|w| k.len() - w.len())?;
    let mut body = k[..end].trim_end_matches([':', ' ']);
    while let Some(w) = DUTIES_HEADING_FILLERS.suffix_of(body) {
        body = &body[..body.len() - w.len()];
    }
    // (Or a unit's own party body over its duties: "文化馆党支部意识形态工作主体工作职责",
    // held-out c11883; "县教育局党组…职责". Its duties, not a 责任 a sentence names:
    // "严格落实各级人民法院党组的主体责任" is work.)
    let of_duties = DUTIES_HEADING_ENDS
        .suffix_of(k)
        .is_some_and(|w| w.contains('职'));
    let of_a_unit = |b: &str| {
        of_duties
            && PLACE_BODIES.iter().any(|g| {
                g.starts_with('党')
                    && b.strip_suffix(g).is_some_and(|unit| {
                        looks_like_unit(unit) && names::is_name_in_sentence(unit)
                    })
            })
    };
    let whose = |b: &str| duty_body(b) || of_a_unit(b);
    if whose(body) {
        return Some((0, body.len(), HeadingWho::Unit));
    }
    // "党工委生态环境保护工作职责", "街道办事处(乡镇政府)安全生产监管职责" (held-out
    // c11624, c11626): the body, then the field of its duties, a phrase that names no
    // body. (The shortest such opening: a name is short, only its first chars are
    // looked at.)
    let body_end = body
        .char_indices()
        .skip(1)
        .take(names::MAX_UNIT_CHARS)
        .map(|(i, c)| i + c.len_utf8())
        .map(|end| end + other_name_bracket(&body[end..]))
        .find(|&end| {
            let field = &body[end..];
            // (The field names no body, nor goes on with the name: "市安委" of "市安委
            // 会成员单位与职责".)
            // (Its length first: a long heading costs no more at each end.)
            !field.is_empty()
                && field.chars().nth(MAX_DUTY_FIELD_CHARS).is_none()
                && !field.contains(['、', ',', '(', ' '])
                && !UNIT_SUFFIXES.in_text(field)
                && whose(&body[..end])
        })?;
    Some((0, body_end, HeadingWho::Unit))
}

/// Whether a heading of duties opens with `body` as whose they are: a body of
/// government named whole or one set up for the work ("县应急管理局", "乡级防汛指挥部"),
/// a body every place has, with its level or alone ("县级以上党委", "党委", "党工委"),
/// or a village or community ("社区(村)").
fn duty_body(body: &str) -> bool {
    let bare = body.split('(').next().unwrap_or(body);
    // (A body every place has stands alone or after its level or place: "县级以上党委",
    // "街道办事处"; not after words of work, "依法全面履行政府(职能)".)
    let of_a_place = PLACE_BODIES.iter().any(|g| {
        bare.strip_suffix(g).is_some_and(|before| {
            before.is_empty()
                || before.ends_with(|c: char| LEVEL_CHARS.contains(c))
                || before.ends_with(['级', '各'])
                || before.ends_with("以上")
                || LOCAL_PLACE_ENDS.iter().any(|p| before.ends_with(p))
        })
    });
    let named = (body.starts_with(|c: char| LEVEL_CHARS.contains(c))
        && (GOVERNMENT_BODY_ENDS.ends(bare) || AD_HOC_BODY_ENDS.ends(bare)))
        || of_a_place
        || LOCAL_PLACE_ENDS.contains(&bare);
    named && looks_like_unit(body) && names::is_name_in_sentence(body)
}

/// The bytes of a bracket of a name's other name that opens `rest` ("(乡镇政府)" after
/// "街道办事处"), or 0.
fn other_name_bracket(rest: &str) -> usize {
    // (A name's bracket is short: only its first chars are looked at.)
    rest.strip_prefix('(')
        .and_then(|r| {
            r.char_indices()
                .take(names::MAX_UNIT_CHARS)
                .find(|&(_, c)| c == ')')
                .map(|(i, _)| i)
        })
        .filter(|&close| names::has_unit_suffix(&rest[1..1 + close]))
        .map_or(0, |close| close + 1 + ')'.len_utf8())
}

/// The longest field of duties between a body and 职责 in a heading ("生态环境保护工
/// 作", "安全生产监管"), in chars.
const MAX_DUTY_FIELD_CHARS: usize = 12;

/// Where a heading of who names the work: in words after the verb ("…负责的重点工作"),
/// or as a quoted title the caller took off ("…承办的" + "“关于…的建议”").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Work {
    InWords,
    Quoted,
}

/// [`heading_who`] for a heading of a leader or unit, a verb, then the work: `k` up to
/// the work's end, or up to its quoted title.
fn verb_heading(k: &str, work: Work) -> Option<(usize, usize, HeadingWho)> {
    let start = if k.starts_with('由') {
        '由'.len_utf8()
    } else {
        0
    };
    // The verb: the first place one of the verbs starts (the longest there).
    let (at, verb) = k[start..].char_indices().skip(2).find_map(|(i, c)| {
        if !HEADING_LEADER_VERBS.may_start(c) {
            return None;
        }
        HEADING_LEADER_VERBS
            .prefix_of(&k[start + i..])
            .map(|v| (start + i, v))
    })?;
    let rest = k[at + verb.len()..].trim_start_matches('的');
    // (A few words between the verb and a quoted title, as before a work word: "…承办
    // 的“…”", "…转交的“…”".)
    let rest_ok = !rest.contains([',', '、', ';', '。'])
        && match work {
            Work::Quoted => rest.chars().count() <= MAX_WORDS_BEFORE_TITLE,
            Work::InWords => {
                rest.chars().count() <= MAX_WORK_CHARS
                    && HEADING_LEADER_WORKS.iter().any(|w| rest.ends_with(w))
            }
        };
    // (A word of manner before the verb is none of the leader's: "市长徐立毅亲自牵头".)
    let at = ROLE_MANNERS
        .suffix_of(&k[start..at])
        .map_or(at, |m| at - m.len());
    let who = &k[start..at];
    let n = who.chars().count();
    // One person with several posts ("李丹常委、常务副区长"): a name and a post, then
    // posts alone (a second name would be a second leader: "王明副市长、李华副市长").
    let one_with_posts = |who: &str| {
        let mut pieces = who.split('、');
        let first = pieces.next().unwrap_or_default();
        split_name_post(Keyed::plain(first)).post.is_some()
            && is_leader(first)
            && pieces.all(|p| POSTS.starts(p) && is_leader(p))
    };
    if !rest_ok
        || !(2..=16).contains(&n)
        || who.contains([',', ';', '。', '(', '“'])
        || (who.contains('、') && !one_with_posts(who))
    {
        return None;
    }
    if is_leader(who) {
        Some((start, at, HeadingWho::Leader))
    } else if looks_like_unit(who) {
        Some((start, at, HeadingWho::Unit))
    } else {
        None
    }
}

/// The longest work after the verb of a heading of who ("的重点工作"), in chars.
const MAX_WORK_CHARS: usize = 8;

/// The most chars between that verb and a quoted title: as many as before a work word
/// of two chars (工作).
const MAX_WORDS_BEFORE_TITLE: usize = MAX_WORK_CHARS - 2;

/// Where a quoted title that ends `k` opens ("…承办的“关于…的建议”(第1号)"), when
/// only a short bracket follows it and the words before end with a verb and 的.
fn quoted_work(k: &str) -> Option<usize> {
    let end = match k.strip_suffix(')') {
        Some(r) => r.rfind('(').filter(|&o| k.len() - o <= 3 * 8)?,
        None => k.len(),
    };
    let close = k[..end].strip_suffix(['”', '》'])?;
    let open = close.rfind(['“', '《'])?;
    let head = &k[..open];
    (head.ends_with('的') && head.chars().count() <= 20).then_some(open)
}

/// Splits a list at top level (outside brackets) on 、 , ; and spaces: the byte
/// ranges of the pieces, empty ones included.
fn split_top(key: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let mut seps = top_level_chars(key, Quotes::AsText)
        .filter(|&(_, c)| matches!(c, '、' | ',' | ';' | ' ' | '\t' | '。' | '/'));
    let mut done = false;
    std::iter::from_fn(move || match seps.next() {
        Some((i, c)) => {
            let piece = (start, i);
            start = i + c.len_utf8();
            Some(piece)
        }
        None => (!std::mem::replace(&mut done, true)).then_some((start, key.len())),
    })
}

/// "市长、副市长" → two post-only leaders; "胡海达常务副市长", "王明(副市长)",
/// "副市长王明", "王明 副市长" → name and post; "市委常委、常务副市长王明" → one
/// leader whose post is "市委常委、常务副市长". Names spaced out ("钱 宇") are one name.
pub fn parse_leaders(text: Keyed) -> Vec<Leader> {
    let key = text.key();
    let mut out: Vec<Leader> = Vec::new();
    // Names written with a space between their chars, as tables set them ("钱 宇"),
    // one or more per piece: "王 嵘、方 勇", and "陆 明俞 悦" where two padded names
    // ran together when a cell wrapped.
    let folded_pieces = text.folded().split(['、', ',', ';', '\n']);
    // (Beside names written whole, one a piece: "张炳炎" over "陈  忠", held-out c10464.)
    let mut spaced: Vec<Leader> = Vec::new();
    let (mut all_spaced, mut any_spaced) = (true, false);
    for (p, f) in key.split(['、', ',', ';', '\n']).zip(folded_pieces) {
        if p.trim().is_empty() {
            continue;
        }
        match spaced_names(p.trim(), f.trim()) {
            Some(names) => {
                any_spaced = true;
                spaced.extend(names.into_iter().map(|name| Leader { name, post: None }));
            }
            None if !p.trim().contains(' ') && names::is_person_name(p.trim()) => {
                spaced.push(Leader {
                    name: f.trim().to_string(),
                    post: None,
                });
            }
            None => {
                all_spaced = false;
                break;
            }
        }
    }
    if all_spaced && any_spaced {
        return spaced;
    }
    // The leader read last, and whether a space (not 、 or a comma) follows it.
    let mut last: Option<(Leader, bool)> = None;
    for (a, b) in split_top(key) {
        let piece = text
            .slice(a..b)
            .trim_matches(|c| matches!(c, ' ' | ',' | ';' | '。' | ':' | '、'));
        let k = piece.key();
        // (A post in brackets after the name may be long: "阿布力肯·阿布都热合曼(县委常
        // 委、统战部部长、县政协党组副书记)".)
        let outside = k
            .strip_suffix(')')
            .and_then(|inner| inner.find('('))
            .map_or(k, |open| &k[..open]);
        if k.is_empty()
            || outside.chars().count() > MAX_LEADER_CHARS
            || k.chars().nth(MAX_LEADER_CHARS * 3).is_some()
        {
            continue;
        }
        let l = names::read_leader(piece);
        let spaced = key.get(b..b + 1) == Some(" ");
        last = match last.take() {
            Some((prev, true)) if is_name_and_post_apart(&prev, &l) => {
                Some((join_name_and_post(prev, l), spaced))
            }
            Some((prev, _)) if qualifies(&prev, &l) => {
                // ("市委常委、副市长 李四": the two posts, then the name after a space.)
                let joined = match l.post.as_deref() {
                    Some(p) => Leader {
                        post: Some(format!("{}、{p}", prev.name)),
                        ..l
                    },
                    None => Leader {
                        name: format!("{}、{}", prev.name, l.name),
                        post: None,
                    },
                };
                Some((joined, spaced))
            }
            Some((prev, _)) => {
                push_leader(&mut out, prev);
                Some((l, spaced))
            }
            None => Some((l, spaced)),
        };
    }
    if let Some((l, _)) = last {
        push_leader(&mut out, l);
    }
    out
}

/// The names of a piece set with spaces between their chars (key and folded views of
/// the same piece): "钱 宇" → 钱宇; "王 小明" → 王小明; "陆 明俞 悦" → 陆明, 俞悦 (a space
/// joins the chars of one name, chars side by side without one start the next name).
/// None when the piece is not such names.
fn spaced_names(key: &str, folded: &str) -> Option<Vec<String>> {
    // "胡小波 ?杨 ?剑": a copy that could not show a wide space put a question mark for
    // it (held-out c11400); beside a space, it is one.
    if key.contains(" ?") {
        let (k, f) = lost_spaces(key, folded);
        return spaced_names(&k, &f);
    }
    let parts: Vec<usize> = key
        .split(' ')
        .filter(|x| !x.is_empty())
        .map(|x| x.chars().count())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    if parts.iter().any(|&n| n > 2) {
        return padded_beside_whole_names(key, folded);
    }
    let whole: String = key.chars().filter(|c| *c != ' ').collect();
    if matches!(parts.as_slice(), [1, 1] | [1, 1, 1] | [1, 2] | [2, 1])
        && names::is_person_name(&whole)
    {
        return Some(vec![folded.chars().filter(|c| *c != ' ').collect()]);
    }
    // Split where two chars meet without a space.
    let mut out: Vec<(String, String)> = Vec::new();
    let mut prev_space = true;
    for (k, f) in key.chars().zip(folded.chars()) {
        if k == ' ' {
            prev_space = true;
            continue;
        }
        match out.last_mut() {
            Some((nk, nf)) if prev_space => {
                nk.push(k);
                nf.push(f);
            }
            _ => out.push((k.to_string(), f.to_string())),
        }
        prev_space = false;
    }
    (out.len() >= 2 && out.iter().all(|(k, _)| names::is_person_name(k)))
        .then(|| out.into_iter().map(|(_, f)| f).collect())
}

/// The key and folded views of a piece with each question mark right after a space
/// read as a space (the views agree char by char).
fn lost_spaces(key: &str, folded: &str) -> (String, String) {
    let mut prev = ' ';
    let (mut k, mut f) = (
        String::with_capacity(key.len()),
        String::with_capacity(folded.len()),
    );
    for (kc, fc) in key.chars().zip(folded.chars()) {
        let lost = kc == '?' && prev == ' ';
        k.push(if lost { ' ' } else { kc });
        f.push(if lost { ' ' } else { fc });
        prev = if lost { ' ' } else { kc };
    }
    (k, f)
}

/// "沈 昱 祝振伟": names written whole beside a two-char name padded with a space to
/// the width of three (held-out c11046's 牵头领导 cells): chars alone side by side make
/// one name, every other part is a name of its own. None unless some name was padded
/// and every part is a person's name.
fn padded_beside_whole_names(key: &str, folded: &str) -> Option<Vec<String>> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut lone: Option<(String, String)> = None;
    let mut padded = false;
    let parts = key.split(' ').zip(folded.split(' '));
    for (k, f) in parts.filter(|(k, _)| !k.is_empty()) {
        if k.chars().count() == 1 {
            let (nk, nf) = lone.get_or_insert_with(Default::default);
            padded |= !nk.is_empty();
            nk.push_str(k);
            nf.push_str(f);
            continue;
        }
        out.extend(lone.take());
        out.push((k.to_string(), f.to_string()));
    }
    out.extend(lone.take());
    (padded && out.len() >= 2 && out.iter().all(|(k, _)| names::is_person_name(k)))
        .then(|| out.into_iter().map(|(_, f)| f).collect())
}

fn push_leader(out: &mut Vec<Leader>, l: Leader) {
    // Leaders of one task are few: a linear check is bounded by the entry cap times
    // the pieces of one value.
    if out.len() < 64 && !out.contains(&l) {
        out.push(l);
    }
}

fn is_name_only(l: &Leader) -> bool {
    l.post.is_none() && !names::is_post_only(l)
}

/// "王明 副市长", "副市长 王明": a name and a post that a space keeps apart.
fn is_name_and_post_apart(a: &Leader, b: &Leader) -> bool {
    (is_name_only(a) && names::is_post_only(b)) || (names::is_post_only(a) && is_name_only(b))
}

fn join_name_and_post(a: Leader, b: Leader) -> Leader {
    let (name, post) = if is_name_only(&a) { (a, b) } else { (b, a) };
    Leader {
        name: name.name,
        post: Some(post.name),
    }
}

/// "市委常委" before "常务副市长王明" (or before "副市长" whose name follows): a rank
/// that goes with the next leader's post (a standalone post such as 市长 in "市长、副市
/// 长王明" is a leader of its own).
fn qualifies(rank: &Leader, next: &Leader) -> bool {
    names::is_post_only(rank)
        && (next.post.is_some() || names::is_post_only(next))
        && ["常委", "委员", "成员"]
            .iter()
            .any(|w| rank.name.ends_with(w))
        && POSTS.starts(&rank.name)
}

#[cfg(test)]
mod tests;

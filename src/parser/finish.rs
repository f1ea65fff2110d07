//! Stage 5–7: per document, read each item's responsibilities and deadline, pass
//! them down from headings, decide section or task, add the document-level
//! diagnostics, and turn the item arena into nested [`Node`]s (without recursion).

use std::collections::HashSet;

use super::deadline;
use super::meta;
use super::model::{Deadline, Document, Leader, Node, NodeKind, Unit, Warning};
use super::numbering::Style;
use super::resp::{self, Own};
use super::text::display_prefix;
use super::text::Keyed;
use super::tree::{is_duty_heading, DocBuild, Item};
use super::words::{
    Mark, Words, ACTION_VERBS, AGENT_OPENERS, DEMAND_MODALS, DUTY_VERBS, EVERY_PLACE,
    EXPLAINER_HEADINGS, FRAMEWORK_HEADINGS, FRAMEWORK_TITLES, LEADING_GROUP_ENDS, LEVEL_CHARS,
    MAKE_UP_HEADINGS, NOT_TASK_HEADINGS, NOT_TASK_TITLE_ENDS, NOT_TASK_TITLE_WORDS,
    PART_NAME_JOINS, PERSON_GROUP_ENDS, PLAN_IN_TITLE, REVIEW_HEADINGS, RULES_TITLE_ENDS,
    RULE_SET_TITLE_ENDS, SETTING_UP_NOTICES, SET_UP_BODIES, SHARED_BODY_ENDS, SHARED_PRACTICES,
    STATE_HEADINGS, TASK_HEADING_WORDS, TRIAL_MARKS, UNIT_SUFFIXES, WORK_TITLE_OPENERS,
};

/// Effective responsibilities of one item (own plus inherited).
#[derive(Default, Clone)]
struct Effective {
    leaders: Vec<Leader>,
    lead: Vec<Unit>,
    coop: Vec<Unit>,
    deadline: Option<Deadline>,
    /// Some of `lead` were marked as leading (牵头), here or above.
    lead_marked: bool,
}

impl Effective {
    /// Forgets who does the work (leaders, lead and cooperating units), keeping when.
    fn clear_who(&mut self) {
        self.leaders.clear();
        self.lead.clear();
        self.coop.clear();
    }
}

pub fn finish(doc: DocBuild, warnings: &mut Vec<Warning>) -> Document {
    let title = doc.title.clone().or_else(|| doc.notice_title.clone());
    let period = title
        .as_deref()
        .and_then(|t| meta::period(&super::normalise::key_of(t)));
    let (inh_number, inh_issuer, inh_date) = doc.inherited.clone().unwrap_or_default();
    let doc_number = doc.doc_number.clone().or(inh_number);
    let issuer = doc.issuer.clone().or(inh_issuer);
    let date = doc.date.clone().or(inh_date);
    let (year, month) = match (&period, &date) {
        (Some(p), _) if meta::year_month(p).0.is_some() => meta::year_month(p),
        (_, Some(d)) => (meta::year_month(d).0, None),
        _ => (None, None),
    };

    let n = doc.items.len();
    let mut eff: Vec<Effective> = Vec::with_capacity(n);
    let mut texts: Vec<String> = Vec::with_capacity(n);
    let mut own_units: Vec<bool> = Vec::with_capacity(n);
    // Whether an item's units are only the subject of its work (see `Own::by_subject`).
    let mut by_subject: Vec<bool> = Vec::with_capacity(n);
    // Whether an item's deadline was read from its paragraphs (kept for tasks only).
    let mut dated_by_body: Vec<bool> = Vec::with_capacity(n);
    let mut first_leads = doc.first_leads_from_start;
    // Who the preamble says leads the list ("其中,市长徐立毅亲自牵头8项重点工作,分别为:"):
    // the top-level items' as a heading's would be.
    let announced = doc.announced_who.as_ref().map(|(f, k, who)| {
        let mut own = Own::default();
        named_by_heading(Keyed::new(f, k), *who, &mut own);
        merge(None, own, false, year, month)
    });
    for item in &doc.items {
        let leads_before = first_leads;
        // (Under a heading of duties, "四、职责分工" > "(五)南庄镇、各街道办事处": a
        // heading of unit names alone names the units of the items below.)
        let under_duties = item
            .parent
            .and_then(|p| doc.items.get(p))
            .is_some_and(|p| is_duty_heading(&p.key));
        let (text, mut own) = read_item(item, &mut first_leads, year, month, under_duties);
        // Or a deadline in the paragraphs below an item's title ("(八)清洁生产审核" over
        // "市环保局负责,…确保12月15日前完成…", c4406): a task's, so not one of an item
        // with items below it, whose paragraphs open its part.
        let by_body =
            own.deadline.is_none() && item.children.is_empty() && item.body_deadline.is_some();
        if by_body {
            own.deadline = item.body_deadline.clone();
        }
        dated_by_body.push(by_body);
        own_units.push(own.names_anyone());
        by_subject.push(own.by_subject);
        for label in &own.unknown_labels {
            warnings.push(Warning {
                line: item.line,
                message: format!("未识别的责任标签：{label}"),
            });
        }
        let parent = match item.parent {
            Some(p) => eff.get(p),
            None => announced.as_ref(),
        };
        let e = merge(parent, own, leads_before || first_leads, year, month);
        eff.push(e);
        texts.push(text);
    }

    // Whether the document's items nest as parts over tasks: some top-level item has
    // items below it, unless the top level is a list numbered 1、2、… (a style below
    // the headings of parts) in which such items are the odd ones out (a list 1…24
    // whose item 19 lists ①②③ is a list of tasks all the same).
    let (top_parts, top_leaves, top_listed) = doc.items.iter().filter(|i| i.depth == 0).fold(
        (0usize, 0usize, true),
        |(p, l, listed), i| {
            let listed = listed
                && i.style
                    .official_level()
                    .is_some_and(|lv| lv >= Style::ArabicDot.official_level().unwrap_or(4));
            if i.children.is_empty() {
                (p, l + 1, listed)
            } else {
                (p + 1, l, listed)
            }
        },
    );
    let has_nested = doc.items.iter().any(|i| !i.children.is_empty())
        && !(top_listed && top_leaves >= MOSTLY_LEAVES * top_parts);
    // Items under a framework heading (总体要求, 基本原则, 保障措施 …), parents first;
    // so items under a heading of a review of work done (工作回顾, 主要做法 …).
    let mut framework: Vec<bool> = Vec::with_capacity(n);
    let mut review: Vec<bool> = Vec::with_capacity(n);
    for (i, item) in doc.items.iter().enumerate() {
        let inherited = item.parent.is_some_and(|p| framework.get(p) == Some(&true));
        let reviewed = item.parent.is_some_and(|p| review.get(p) == Some(&true));
        let reviews = is_review_heading(&item.key);
        framework.push(inherited || reviews || is_framework_heading(item));
        review.push(reviewed || reviews);
        // (What a review reports its bodies did is no one's task.)
        if reviewed || reviews {
            eff[i].clear_who();
            own_units[i] = false;
        }
    }
    // A framework part whose paragraph names units only as the subjects of its sentences
    // ("五、工作要求" over "各镇、各相关部门要高度重视…", c10682; "四、保障措施" over
    // "…市财政局做好…", c10624; "(三)组织保障" over "各主办、承办单位应…", c11407): how
    // the plan is to be carried out, not a task with doers. (A unit's entry of duties
    // stays one: "四、工作要求" over "县住建局:负责做好…".)
    for (i, item) in doc.items.iter().enumerate() {
        let entry = item.subject.as_ref().is_some_and(|s| s.2 == ":");
        if by_subject[i] && !entry && item.children.is_empty() && is_framework_heading(item) {
            own_units[i] = false;
            eff[i].clear_who();
        }
    }
    // Whether some child of an item names its own units: under a heading of aims
    // (主要预期目标), such children are the targets tracked, and so are their siblings.
    let mut units_below: Vec<bool> = vec![false; n];
    for (item, &own) in doc.items.iter().zip(&own_units) {
        if let Some(p) = item.parent.filter(|_| own) {
            units_below[p] = true;
        }
    }
    // A top-level item of a style ranked below another's (a page that starts inside a
    // part: "(一)…(四)", then "四、…" over its own "(一)"): an item of a part whose
    // heading the page lost, not a top-level heading.
    let orphan = |item: &crate::parser::tree::Item| {
        item.depth == 0 && doc.style_rank(item.style).is_some_and(|r| r > 0)
    };
    // Whether the top level opens with a framework part ("一、指导思想", "一、总体要求").
    let opens_with_framework = doc
        .roots
        .first()
        .is_some_and(|&r| framework.get(r) == Some(&true));
    let kinds: Vec<NodeKind> = doc
        .items
        .iter()
        .zip(&own_units)
        .zip(&framework)
        .enumerate()
        .map(|(i, ((item, &own), &framework))| {
            // (Not a heading of aims itself: "(一)总体要求" beside tasks.)
            // (Or the parent names the unit the items are of: "四、职责分工" > "(三)区公用
            // 事业局" > "1.负责…".)
            let siblings_named = || {
                item.parent.is_some_and(|p| units_below[p] || own_units[p])
                    && !is_framework_heading(item)
            };
            // (An unnumbered category row with no rows below it whose text is a whole
            // sentence that goes on after a comma, no category's title, is a row whose
            // other cells were merged with the row's above or cut by the page's end,
            // c8008.)
            let a_row = item.category
                && item.children.is_empty()
                && item.number.is_empty()
                && item.key.contains(',')
                && item.key.trim_end().ends_with('。');
            if !item.children.is_empty() || (item.category && !a_row) {
                NodeKind::Section
            } else if item.depth == 0 && has_nested && resp::heading_who(&item.key).is_some() {
                // "一、夏禹桨区长牵头重点工作" with nothing numbered under it: a group
                // heading like its siblings, not work of its own.
                NodeKind::Section
            } else if own {
                NodeKind::Task
            } else if framework && !siblings_named() {
                // An aim or a principle, not work to track.
                NodeKind::Section
            } else if !has_nested && opens_with_framework && is_part_title(item, i + 1 == n) {
                // "二、目标任务" over a paragraph, beside "一、指导思想": a plan cut in
                // its framework parts, whose headings are parts, not tasks.
                NodeKind::Section
            } else if item.depth > 0 || orphan(item) || !has_nested || states_work(&item.key) {
                NodeKind::Task
            } else {
                NodeKind::Section
            }
        })
        .collect();

    // (The paragraphs of an aim or a principle, "一、工作目标" over "…到2025年底前,…",
    // give it no deadline: it keeps what it has from above.)
    for i in 0..n {
        if dated_by_body[i] && kinds[i] == NodeKind::Section {
            eff[i].deadline = doc.items[i].parent.and_then(|p| eff[p].deadline.clone());
        }
    }

    // A page that is not a list of tasks (a 政策解读, a meeting notice, a 通报): its
    // numbered parts are sections, and no task is made up from them.
    // A page whose title says it is never one (解读, 指南 …) lists none whatever its
    // items name ("(责任科室:办公室)" after a department's standing duties).
    // (The title's key, folded once for both questions.)
    let title_key: Option<String> = title.as_deref().map(super::normalise::key_of);
    // (A document without a title of its own is of the kind of the page's earlier one:
    // "关于成立…领导小组的通知" whose duties are numbered again from 1, c10688.)
    let kind_key = match &title_key {
        Some(_) => title_key.clone(),
        None => doc.earlier_title.as_deref().map(super::normalise::key_of),
    };
    let never_tasks = kind_key.as_deref().is_some_and(is_never_task_list)
        || has_parts_of_another_page(&doc)
        || doc.catalogue
        || doc.makes_rules
        || doc.replies
        || doc.explains
        || doc.appeals
        || doc.questions >= MIN_QUESTIONS_OF_AN_INTERVIEW;
    let mut kinds = kinds;
    let names_anyone = own_units.iter().zip(&by_subject).any(|(&o, &s)| o && !s);
    if never_tasks || (!names_anyone && !is_task_list(title_key.as_deref(), &doc)) {
        kinds.iter_mut().for_each(|k| *k = NodeKind::Section);
        for (e, &subject) in eff.iter_mut().zip(&by_subject) {
            e.deadline = None;
            if never_tasks || subject {
                e.clear_who();
            }
        }
        if let Some(first) = doc.items.first() {
            warnings.push(Warning {
                line: first.line,
                message: NOT_A_TASK_LIST.to_string(),
            });
        }
    }

    // A task without units in a document that names units elsewhere.
    let names_units = doc
        .items
        .iter()
        .zip(&kinds)
        .zip(&eff)
        .any(|((_, k), e)| *k == NodeKind::Task && !e.lead.is_empty());
    if names_units {
        for ((item, k), e) in doc.items.iter().zip(&kinds).zip(&eff) {
            if *k == NodeKind::Task && e.lead.is_empty() && e.coop.is_empty() {
                warnings.push(Warning {
                    line: item.line,
                    message: format!("任务{}未写明责任单位", item.number),
                });
            }
        }
    }

    // Arena to tree: children have larger indices than their parent, so building
    // from the back always finds the children already built.
    let mut built: Vec<Option<Node>> = (0..n).map(|_| None).collect();
    let mut items = doc.items;
    for i in (0..n).rev() {
        let item = &mut items[i];
        let e = std::mem::take(&mut eff[i]);
        let children = item
            .children
            .iter()
            .filter_map(|&c| built.get_mut(c).and_then(Option::take))
            .collect();
        built[i] = Some(Node {
            // Empty for a section named by a table cell without a number.
            number: Some(std::mem::take(&mut item.number)).filter(|n| !n.is_empty()),
            text: std::mem::take(&mut texts[i]),
            kind: kinds[i],
            leaders: e.leaders,
            lead_units: e.lead,
            coop_units: e.coop,
            deadline: e.deadline,
            line: item.line,
            end_line: item.end_line,
            body: std::mem::take(&mut item.body),
            children,
        });
    }
    let nodes = doc
        .roots
        .iter()
        .filter_map(|&r| built.get_mut(r).and_then(Option::take))
        .collect();
    Document {
        title,
        doc_number,
        issuer,
        date,
        period,
        nodes,
    }
}

/// The remark on a document that lists no tasks.
pub const NOT_A_TASK_LIST: &str =
    "未发现任务分工:这份文件没有列出由谁负责的任务(像是政策解读、会议通知或情况通报),只显示其章节";

/// Whether a title (its key) says its page is of a kind that lists no tasks even where
/// it names units: a 政策解读, a news report, a 指南 (see [`NOT_TASK_PAGE_WORDS`]).
fn is_never_task_list(title_key: &str) -> bool {
    meta::names_page_kind(title_key)
        || SHARED_PRACTICES.in_text(title_key)
        || meta::explains_a_document(title_key)
        || RULES_TITLE_ENDS.ends(notice_of(title_key).trim_end_matches('》'))
        || is_rule_set(title_key)
        || sets_a_body_up(title_key)
}

/// Whether a title (its key) is that of a set of rules itself, not of a notice that
/// sets one up: see [`RULE_SET_TITLE_ENDS`].
fn is_rule_set(title_key: &str) -> bool {
    let t = title_key.trim_end_matches(['》', '”', ' ']);
    let t = TRIAL_MARKS
        .suffix_of(t)
        .map_or(t, |m| &t[..t.len() - m.len()]);
    !meta::is_notice_title(t) && RULE_SET_TITLE_ENDS.ends(t)
}

/// Whether a title (its key) is that of a notice that sets a body up or changes its
/// members, with no plan beside it: see [`SETTING_UP_NOTICES`].
fn sets_a_body_up(title_key: &str) -> bool {
    let Some(at) = title_key.find("关于") else {
        return false;
    };
    let subject = notice_of(&title_key[at..]);
    SETTING_UP_NOTICES.starts(subject)
        && SET_UP_BODIES.in_text(subject)
        && !PLAN_IN_TITLE.in_text(subject)
}

/// The title a notice's title names ("关于建立重点工作调度机制的通知" → "关于建立重点工作调
/// 度机制"), or the title as it is.
fn notice_of(title_key: &str) -> &str {
    let t = title_key.trim_end_matches(['》', '”', ' ']);
    t.strip_suffix("的通知").unwrap_or(t)
}

/// Whether a document that names no one for any item is still a list of tasks: not
/// when its title says it is another kind of page (解读, 会议通知, 公示, 通报 …);
/// yes when a top-level heading says its items are tasks (民生实事, 重点任务); not
/// when half its top-level headings are parts of another kind of page (起草背景,
/// 参加人员, 公示范围 …). (A title of a page that never lists tasks was asked about
/// before: [`is_never_task_list`].) `title_key` is the title's key.
fn is_task_list(title_key: Option<&str>, doc: &DocBuild) -> bool {
    if let Some(t) = title_key {
        // ("关于建立重点工作调度机制的通知": a notice of a mechanism is its rules.)
        if NOT_TASK_TITLE_WORDS.in_text(t) || NOT_TASK_TITLE_ENDS.ends(notice_of(t)) {
            return false;
        }
    }
    // (Or a preamble that tells what was done and names no plan: "…方城县财政局在系统内全面
    // 开展了自查自纠" over "一是…二是…", a report of work done.)
    if doc.reports || doc.announces_own_duties || (doc.tells_past && !doc.names_a_plan) {
        return false;
    }
    // A page without a title whose preamble sets a body up (c11049): its items are
    // tasks only where they name who does them (the members' duties for an event,
    // "(二)衛生、執法…等部門負責保障…", c11183), not the body's own 职责 and 机制.
    if doc.sets_a_body_up && title_key.is_none() {
        return false;
    }
    // A 三定 text: its parts are the body's standing duties and offices.
    if top_headings_with(doc, &MAKE_UP_HEADINGS).0 > 0 {
        return false;
    }
    if doc
        .roots
        .iter()
        .filter_map(|&r| doc.items.get(r))
        .any(|i| i.key.chars().count() <= 30 && TASK_HEADING_WORDS.in_text(&i.key))
    {
        return true;
    }
    let (parts, all) = top_headings_with(doc, &NOT_TASK_HEADINGS);
    all == 0 || parts * 2 < all
}

/// How many of the top-level headings are short and hold a word of `words` (the parts
/// of a page that is not a list of tasks: 起草背景, 参加人员, 公示范围 …), and how many
/// top-level headings there are.
fn top_headings_with(doc: &DocBuild, words: &Words) -> (usize, usize) {
    let (mut parts, mut all) = (0, 0);
    for i in doc.roots.iter().filter_map(|&r| doc.items.get(r)) {
        all += 1;
        if i.key.chars().count() <= 20 && words.in_text(&i.key) {
            parts += 1;
        }
    }
    (parts, all)
}

/// Whether most of the top-level headings (at least three of them, or every one of at
/// least two: "一、文件出台的背景和依据" and "二、主要内容" of a page cut after them,
/// held-out c11928) are parts of a 政策解读 ([`EXPLAINER_HEADINGS`]: 制定背景, 起草过程,
/// 主要内容 …): such a page lists no tasks even where it names units ("《清单》由安监站
/// 负责起草").
/// So do top-level headings that ask questions, two or more and half of them ("一、生態補
/// 償機制建設的目標任務是什麼?" and "二、七大領域的重點任務有哪些?", held-out c14039): a
/// page that answers them explains a document.
fn has_parts_of_another_page(doc: &DocBuild) -> bool {
    let (parts, all) = top_headings_with(doc, &EXPLAINER_HEADINGS);
    let questions = doc
        .roots
        .iter()
        .filter_map(|&r| doc.items.get(r))
        .filter(|i| i.key.trim_end().ends_with('?'))
        .count();
    (parts >= 3 && parts * 2 > all)
        || (parts >= 2 && parts == all)
        || (questions >= 2 && questions * 2 >= all)
}

/// Whether a heading names a part of the plan that states aims or principles, not work
/// ("一、总体要求", "(二)基本原则", "五、保障措施"). (An item with nothing below it
/// whose work is done on such a part is a task: [`works_on_a_part`].)
fn is_framework_heading(item: &Item) -> bool {
    let key: &str = &item.key;
    let k = key.trim_end_matches([' ', '。', ':', ';']);
    // (Not a duty whose work names such a part: "负责组织实施全区工作方案".)
    // (Its words may be spaced apart: "第一章 总 则".)
    let short = k.chars().count() <= 16 && {
        let compact: String = k.chars().filter(|&c| c != ' ').collect();
        (FRAMEWORK_HEADINGS.in_text(&compact)
            && !(item.children.is_empty() && works_on_a_part(&compact)))
            || names_the_state(&compact)
            || MAKE_UP_HEADINGS.in_text(&compact)
            || FRAMEWORK_TITLES.words.contains(&compact.as_str())
    };
    // (Or a heading whose title runs into its paragraph, a page whose line breaks were
    // lost: "总体要求通过开展广泛深入的宣传…", "指导思想以党的十九大…"; not "原则上…".)
    let run_in = FRAMEWORK_HEADINGS.starts(k) && !k.starts_with("原则上");
    // (Or a kind of aims named in two chars before 目标: "一、任务目标", held-out c10744,
    // as "工作目标" is; not "目标任务", the targets and tasks.)
    let aims = k.chars().count() == AIMS_HEADING_CHARS && k.ends_with("目标");
    (short || run_in || aims) && !DUTY_VERBS.starts(k)
}

/// Whether a heading ends with a word of how things stand ([`STATE_HEADINGS`]), alone or
/// joined to one more short name ("一、职业健康现状和问题", "第一章 发展基础与环境" and
/// its page number).
fn names_the_state(compact: &str) -> bool {
    let k = compact.trim_end_matches(|c: char| c.is_ascii_digit());
    let joined = k
        .char_indices()
        .rev()
        .take(MAX_JOINED_NAME_CHARS + 1)
        .find(|&(_, c)| PART_NAME_JOINS.contains(&c))
        .map_or(k, |(at, _)| &k[..at]);
    STATE_HEADINGS.ends(k) || STATE_HEADINGS.ends(joined)
}

/// How long a name joined after a part's word may be ("现状和问题"), in chars.
const MAX_JOINED_NAME_CHARS: usize = 4;

/// Whether a task's title names a framework part's word only in what its work is done
/// on: it opens with a verb of work ([`ACTION_VERBS`], [`WORK_TITLE_OPENERS`]) whose
/// object holds the word inside ("严格落实属地职责"; "加强项目的管理", 目的 across 项目的,
/// held-out c13001). Not where the verb and the word make the part's name ("组织实施",
/// "建设原则", "实施保障"), nor where the word heads a name ([`PART_NAME_JOINS`]: "实施
/// …工程的指导思想", "整治目标及原则").
fn works_on_a_part(key: &str) -> bool {
    // (A verb of the work itself never makes a name with the word: "做好组织实施工作".)
    let (verb, after_verb) = match ACTION_VERBS.prefix_of(key) {
        Some(verb) => (verb, Some(' ')),
        None => match WORK_TITLE_OPENERS.prefix_of(key) {
            Some(verb) => (verb, None),
            None => return false,
        },
    };
    let object = &key[verb.len()..];
    let Some(at) = FRAMEWORK_HEADINGS.find_in(object) else {
        return false;
    };
    let before = if at == 0 {
        after_verb
    } else {
        object[..at].chars().next_back()
    };
    before.is_some_and(|b| !PART_NAME_JOINS.contains(&b))
}

/// How many lines that open with a question make a page of questions and answers (one
/// alone may be a task's "问题:" field).
const MIN_QUESTIONS_OF_AN_INTERVIEW: usize = 2;

/// Whether a top-level item is the short title of a part over a paragraph ("二、目标任
/// 务" + "按照全领域、全口径…的要求,…"), or the last heading where the page was cut
/// ("三、实施重点" + "(一)", held-out c12552): no sentence of its own.
fn is_part_title(item: &crate::parser::tree::Item, last: bool) -> bool {
    item.depth == 0
        && (last || !item.body.trim().is_empty())
        && item.key.chars().count() <= MAX_PART_TITLE_CHARS
        && !item.key.contains(['。', ',', ';', ':'])
}

/// The longest title of a part, in chars ("三、清查范围及责任单位").
const MAX_PART_TITLE_CHARS: usize = 12;

/// Whether a heading names a review of work done ("2023年工作回顾", "一、主要做法"): see
/// [`REVIEW_HEADINGS`].
fn is_review_heading(key: &str) -> bool {
    key.chars().count() <= MAX_REVIEW_HEADING_CHARS && REVIEW_HEADINGS.in_text(key)
}

/// The longest heading of a review, in chars ("“十三五”时期主要成就").
const MAX_REVIEW_HEADING_CHARS: usize = 20;

/// The length of a heading of aims of a kind ("任务目标", "奋斗目标"), in chars.
const AIMS_HEADING_CHARS: usize = 4;

/// Whether a collective names the trade of its bodies ("各级工商行政管理部门", "各级质量技
/// 术监督部门", after a word of where: "地方各级自然资源主管部门", held-out c10563), not
/// all bodies or places ("各乡镇", "各地各部门", "各单位").
fn names_a_trade(k: &str) -> bool {
    // (The word of where is short: "地方", "全国", "全省".)
    let after_levels = k
        .find("各级")
        .filter(|&at| k[..at].chars().count() <= MAX_PLACE_BEFORE_LEVELS_CHARS)
        .map(|at| &k[at + "各级".len()..]);
    let rest = after_levels.or_else(|| k.strip_prefix('各')).unwrap_or(k);
    let rest = SHARED_BODY_ENDS
        .suffix_of(rest)
        .map_or(rest, |end| &rest[..rest.len() - end.len()]);
    rest.chars().nth(1).is_some()
        && !rest.contains('各')
        && !rest.chars().all(|c| LEVEL_CHARS.contains(c) || c == '地')
}

/// Whether a collective names every body the plan is sent to ("各单位", "各部门", "各有
/// 关单位", "各级各部门"): a task that opens with them as its subject is theirs to do
/// (held-out c11427 "2、各單位要高度重視…", c11425; as the labels of c11182 read "各级、
/// 各部门要…").
fn names_every_body(k: &str) -> bool {
    let rest = k.strip_prefix("各级").unwrap_or(k);
    let rest = rest.strip_prefix('各').unwrap_or(rest);
    let rest = ["有关", "相关"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    k.starts_with('各') && SHARED_BODY_ENDS.words.contains(&rest)
}

/// Whether a collective names the places of a level that carry out a task ("各村",
/// "各乡镇", "各镇(街道)", "各县(市、区)"), not every place ("各地": [`EVERY_PLACE`]) nor
/// everyone ("各级"): a task that
/// opens with them as its subject is theirs to do (held-out c11125, "4、各村要澄清冬修水
/// 利底子…").
fn names_places_of_a_level(k: &str) -> bool {
    let Some(rest) = k.strip_prefix('各') else {
        return false;
    };
    let places: String = rest.chars().filter(|c| !"()、".contains(*c)).collect();
    !places.is_empty()
        && places != "地"
        && places != "级"
        && places
            .chars()
            .all(|c| LEVEL_CHARS.contains(c) || "村居社街道".contains(c))
}

/// The longest word of where before 各级 in a collective ("地方各级…"), in chars.
const MAX_PLACE_BEFORE_LEVELS_CHARS: usize = 2;

/// Whether a top-level item's own text is a sentence of work ("实施造福工程…,全省全年完成
/// 10万人搬迁任务。"), not a short title over paragraphs ("中心工作").
fn states_work(key: &str) -> bool {
    // (A sentence anywhere in it: "全面推进党的建设。组织好…" goes on after its title.)
    key.contains([',', ';', '。'])
}

/// The item's display text (without a trailing responsibility bracket or clause) and
/// its own responsibilities.
fn read_item(
    item: &Item,
    first_leads: &mut bool,
    year: Option<u32>,
    month: Option<u32>,
    under_duties: bool,
) -> (String, Own) {
    let mut own = Own::default();
    let text = Keyed::new(&item.folded, &item.key);
    let key = text.key();
    let mut text_end = key.len();
    // Whether clauses at the end of the text, not a bracket, gave the roles read first.
    let mut by_trailing_clauses = false;
    if let Some((open, a, b)) = resp::trailing_bracket(key) {
        resp::read_clause(text.slice(a..b), &mut own);
        text_end = open;
    } else if let Some(at) = resp::trailing_clauses(key) {
        // A text that is who does what from its start ("由市发改委负责,市财政局配合。"):
        // all of it is read, and all of it stays the text shown.
        // (Short, one clause list: a sentence of work before is no such text.)
        let before = &key[..at];
        if before.len() <= MAX_WHO_ONLY_BYTES
            && !before.contains('。')
            && resp::reads_as_responsibility(before)
        {
            resp::read_clause(text, &mut own);
        } else {
            resp::read_clause(text.from(at), &mut own);
            text_end = at;
            by_trailing_clauses = true;
        }
    } else if let Some((open, a, b)) = resp::unclosed_bracket(key) {
        resp::read_clause(text.slice(a..b), &mut own);
        text_end = open;
    }
    for (a, b) in resp::inner_brackets(&key[..text_end]) {
        resp::read_clause(text.slice(a..b), &mut own);
    }
    for (f, k) in &item.clauses {
        resp::read_clause(Keyed::new(f, k), &mut own);
    }
    // A paragraph cut inside its bracket ("…能耗下降2.5%(分管副省长、协管副秘书长负责,省
    // 发展改革委牵头,省工业和信息化厅、省"): read when nothing else names anyone.
    if let Some((f, k)) = item.cut_bracket.as_ref().filter(|_| !own.names_anyone()) {
        resp::read_clause(Keyed::new(f, k), &mut own);
    }
    // (A heading whose line break was lost, a space between it and its first sentence:
    // "省监察委员会牵头的工作 强化行政监察…", "于幼军省长负责的工作(李政文秘书长、刘俊谦省长
    // 助理协助) 对主要工作任务负总责…": the heading is the words before the space, less a
    // bracket that closes them.)
    // (A bracket that closes a heading, of who does the work or of who assists, "(李政文
    // 秘书长、刘俊谦省长助理协助)", is read as a clause of its own.)
    let less_bracket = |head: &'_ str| -> usize {
        head.strip_suffix(')')
            .and_then(|h| h.rfind('('))
            .unwrap_or(head.len())
    };
    let lost_break_heading = || {
        let head = &key[..key[..text_end].find(' ')?];
        resp::heading_who(&head[..less_bracket(head)])
    };
    // (Or the heading less a bracket that closes it.)
    let before_bracket = || {
        let head = key[..text_end].trim_end();
        let open = less_bracket(head);
        (open < head.len()).then(|| resp::heading_who(&head[..open]))?
    };
    if let Some((a, b, who)) = resp::heading_who(&key[..text_end])
        .or_else(before_bracket)
        .or_else(lost_break_heading)
    {
        named_by_heading(text.slice(a..b), who, &mut own);
    }
    // ("五、部门主要职责" > "省水利厅承担…": a body named whole opens its duties; so
    // does a paragraph without a number that is a task of its own, "市电业局在保证…前提
    // 下,优先安排…" after "市统计局负责…".)
    // (Not a body and its partner: "市经信委会同市财政局对…验收" is read below.)
    if (under_duties || item.number.is_empty())
        && !own.names_anyone()
        && resp::duty_opening(&key[..text_end]).is_none()
        && !resp::opens_with_partner(key)
    {
        if let Some(end) = resp::named_body_opening(&key[..text_end])
            .or_else(|| resp::named_bodies_opening(&key[..text_end]))
        {
            own.claim_units(resp::duty_units(text.to(end)), Mark::Lead);
        }
    }
    // (Or a working group's title over the lines that name its heads, "(五)宣传工作组"
    // + "组长:高艳(…)": a body that does its share, held-out c11920.)
    let a_group = crate::parser::tree::is_working_group(item);
    if (under_duties || a_group) && !own.names_anyone() && resp::is_units_line(&key[..text_end]) {
        // ("(2)沈阳警备区。", "(11)市检察院、市中级人民法院。": the full stop that
        // closes the line is no part of the last name.)
        let names_end = key[..text_end].trim_end_matches([' ', '。', ';']).len();
        own.claim_units(resp::duty_units(text.to(names_end)), Mark::Lead);
    }
    // Whether the roles read so far were given by a sentence, not by a label.
    let mut roles_by_sentence = false;
    // "由市卫生局牵头负责处理,市公安局…等有关部门支持配合;": clauses after the text's
    // first gave only the partners; the first opens with 由, its unit and a role verb
    // before the work, and names who leads.
    if own.names_only_partners() && AGENT_OPENERS.starts(key) {
        if let Some((a, b, "牵头" | "负责")) = resp::duty_opening(&key[..text_end]) {
            own.claim_units(resp::duty_units(text.slice(a..b)), Mark::Lead);
        }
    }
    // "加强项目督查。由市领导小组办公室牵头,市发改委、财政局配合,不定期…": a sentence
    // after the first that opens with who does the item (the first few sentences only,
    // each read once). The first sentence too when it opens with 由, 请 or a unit and
    // 会同 ("由县财政局牵头,县审计局配合,开展专项检查。"); another first sentence is the
    // work's own ("加强…组织领导落实").
    // (Also when the clauses that end the text named only partners: "制种技术培训。由局
    // 种植业股牵头,县种子管理站、县农科所承担培训,相关种业公司协助完成。", held-out
    // c13862, where the sentence that ends with the partner opens with who leads.)
    if !own.names_anyone() || (by_trailing_clauses && own.names_only_partners()) {
        // (Or a unit and its role verb: "市环保局牵头,市文明办、教育局配合,创建…"; or a
        // work group's entry whose value opens with 由: "信息组:由经理办公室负责,…": the
        // unit after 由 does it, the group's name is the task's.)
        let first = if AGENT_OPENERS.starts(key)
            || resp::opens_with_partner(key)
            || resp::after_manner_clause(&key[..text_end]).is_some()
        {
            Some(0)
        } else if let Some(at) = crate::parser::tree::duty_entry_after_heading(&key[..text_end]) {
            // ("1、政府职责:各旗县区政府负责…", held-out c13002: a heading that names
            // whose duties they are, run in before the duty.)
            Some(at)
        } else {
            match resp::duty_opening(&key[..text_end]) {
                Some((0, _, "牵头" | "负责")) => Some(0),
                Some((0, end, ":")) if key[end..].starts_with(':') => {
                    let at = end + ':'.len_utf8();
                    AGENT_OPENERS.starts(&key[at..]).then_some(at)
                }
                _ => None,
            }
        };
        let looked_at = MAX_SENTENCES_LOOKED_AT + usize::from(first.is_some());
        let starts = first.into_iter().chain(
            key[..text_end]
                .match_indices('。')
                .map(|(at, _)| at + '。'.len_utf8()),
        );
        for from in starts.take(looked_at) {
            // (The sentence alone: its clauses end at its 。.)
            let to = key[from..text_end]
                .find('。')
                .map_or(text_end, |e| from + e + '。'.len_utf8());
            let rest = text.slice(from..to);
            let end = resp::leading_clauses(rest);
            if end > 0 {
                resp::read_clause(rest.to(end), &mut own);
                roles_by_sentence = true;
                // (And the subjects of the sentences after it: "做好防暑。各区要落实…。
                // 供电、供水部门要做好保障。")
                let mark = if own.claims.iter().any(|c| c.mark == Mark::Lead) {
                    Mark::Lead
                } else {
                    Mark::Resp
                };
                claim_later_subjects(text.to(text_end), from, mark, &mut own);
                break;
            }
            // "按照县政府统一部署,公安局交警大队要牵头制定…": the clauses after a clause
            // of how the work is done.
            if let Some(m) = resp::after_manner_clause(rest.key()) {
                let after = rest.slice(m..rest.key().len());
                let end = resp::leading_clauses(after);
                if end > 0 {
                    resp::read_clause(after.to(end), &mut own);
                    roles_by_sentence = true;
                    break;
                }
            }
            // "宣传周期间,省粮食和储备局会同省发展改革委、…在洪楼广场设立…" (held-out
            // c12875): a clause after others that opens with a unit and 会同 says who
            // leads and who takes part, whatever the clauses before it say.
            // (A char search first: most sentences have no 会.)
            let partnered = rest
                .key()
                .contains('会')
                .then(|| resp::clause_starts(rest.key()))
                .into_iter()
                .flatten()
                .find(|&c| resp::opens_with_partner(&rest.key()[c..]))
                .map(|c| rest.slice(c..rest.key().len()))
                .map(|after| (after, resp::leading_clauses(after)))
                .filter(|&(_, end)| end > 0);
            if let Some((after, end)) = partnered {
                resp::read_clause(after.to(end), &mut own);
                roles_by_sentence = true;
                break;
            }
            // "…无健康证。请市文明办协调解决。": 由 or 请, a unit, a verb of the work.
            if let Some((a, b, _)) = AGENT_OPENERS
                .starts(rest.key())
                .then(|| resp::duty_opening(rest.key()))
                .flatten()
            {
                own.claim_units(resp::duty_units(rest.slice(a..b)), Mark::Lead);
                roles_by_sentence = true;
                break;
            }
        }
    }
    // "市经济和信息化委负责…,负责调度…。会同市财政局组织申报…" (c10822): a later sentence
    // gave only the partners of the unit that opens the text with its duty verb.
    // (Or the unit and a colon before its duty verb: "(二)区医保局:负责医保基金监管,区
    // 市场监管局配合。")
    if own.names_only_partners() && !AGENT_OPENERS.starts(key) {
        let subject = match resp::duty_opening(&key[..text_end]) {
            Some((0, b, verb @ ("牵头" | "负责"))) => Some((b, verb)),
            Some((0, b, ":")) => DUTY_VERBS
                .prefix_of(key[b..].trim_start_matches([':', ' ']))
                .map(|verb| (b, verb)),
            _ => None,
        };
        if let Some((b, verb)) = subject {
            claim_subject(text.to(b), subject_mark(verb), &mut own);
        }
    }
    // "(九)工商部门职责:依法确认…", "交通部门职责:负责…" (held-out c13352): a heading
    // that names whose duties they are, run in before duties that name no one.
    if !own.names_anyone() || own.names_only_partners() {
        if let Some(end) = crate::parser::tree::run_in_duties_holder(&key[..text_end]) {
            own.claim_units(resp::duty_units(text.to(end)), Mark::Resp);
        }
    }
    // "会议原则同意县经发局关于…的意见,会后修改完善后…": minutes approve a unit's
    // proposal, which it carries on (weak, as a subject is).
    if !own.names_anyone() {
        if let Some((a, b)) = resp::approved_proposer(&key[..text_end]) {
            own.claim_units(resp::duty_units(text.slice(a..b)), Mark::Lead);
            own.by_subject = true;
        }
    }
    // "…会议议定,由县应急局牵头,各乡镇配合,开展…": who does it, in clauses that open
    // with 由 inside a sentence.
    if !own.names_anyone() {
        match resp::after_you(text.to(text_end)) {
            Some(resp::AfterYou::Clauses(a, b)) => resp::read_clause(text.slice(a..b), &mut own),
            Some(resp::AfterYou::Agent(a, b)) => {
                // "…,由所在乡镇通过招商引资…盘活": the agent of the work, without a role
                // verb (weak, as a subject is: see `Own::by_subject`).
                own.claim_units(resp::duty_units(text.slice(a..b)), Mark::Lead);
                own.by_subject = true;
            }
            None => {}
        }
    }
    // "…。牵头单位为县发改局,配合单位是县财政局": labels with a copula for their colon,
    // read as labels (为 or 是, and ":" plus two spaces, have the same length in bytes).
    if !own.names_anyone() {
        let colons = crate::parser::label::copula_colons(&key[..text_end]);
        if let Some(&first) = colons.first() {
            let mut f = item.folded[..text_end].to_string();
            let mut k = key[..text_end].to_string();
            for &at in &colons {
                for s in [&mut f, &mut k] {
                    // (Each copula has the colon-and-two-spaces' three bytes.)
                    s.replace_range(at..at + '为'.len_utf8(), ":  ");
                }
            }
            let start = crate::parser::label::label_before(&k, first).map_or(first, |l| l.0);
            resp::read_clause(Keyed::new(&f, &k).from(start), &mut own);
            text_end = start;
        }
    }
    // "区住建局负责全区…": a text that opens with its unit and a duty verb, when nothing
    // else names anyone.
    if !own.names_anyone() {
        // (Or after a clause of how the work is done: "按照县政府统一部署,公安局交警大队
        // 要牵头制定…".)
        let opening = resp::duty_opening(&key[..text_end])
            .or_else(|| {
                let m = resp::after_manner_clause(&key[..text_end])?;
                let (a, b, verb) = resp::duty_opening(&key[m..text_end])?;
                Some((m + a, m + b, verb))
            })
            // (Or a modal or a verb of the work after bodies named by their form: "3.交
            // 通运输部门应当保障…", "(一)各区县3月20日下班前报送…", "(六)市农办、市建
            // 设局…主要做好…": a numbered task's own doers; not 对, which opens an
            // article's scope as often: "第四条 各级党委、政府对本区域…负总责", c11625.)
            .or_else(|| {
                (!item.number.is_empty()
                    && item.children.is_empty()
                    && resp::may_open_with_bodies(&key[..text_end]))
                .then(|| resp::subject_opening(&key[..text_end]))
                .flatten()
                .filter(|&(a, b, verb)| verb != "对" && resp::names_bodies_by_form(&key[a..b]))
            });
        if let Some((start, end, verb)) = opening {
            // "1.各审批单位要最大限度授予窗口审批权限…": a demand of the plan that opens a
            // task of its own and names a trade of bodies is addressed to its doers (weak,
            // as a subject is: see `Own::by_subject`), unless they are persons ("各级领导
            // 干部要…") or a role; "1.各地要…", and one that opens a part with items
            // below, are addressed to all.
            let name = &key[start..end];
            let demand = verb == "要" && !item.number.is_empty() && resp::is_collective(name);
            // (Nor a role's name, said to whoever has the role: "各有关责任单位要…".)
            // (Each of a list, "各区、各部门、各单位要…", held-out c13273.)
            let doers = |name: &str| {
                (names_a_trade(name)
                    || names_places_of_a_level(name)
                    || EVERY_PLACE.contains(&name)
                    || names_every_body(name))
                    && !PERSON_GROUP_ENDS.ends(name)
                    && !resp::is_role_name(name)
            };
            if !demand
                || (item.children.is_empty()
                    && (doers(name) || resp::top_level_pieces(name).all(doers)))
            {
                // (负责 as in a sentence, as the clauses below read it; so is a modal or
                // a verb of the work: "X等部门,按照各自职责,做好…,区教体局负责组织…",
                // held-out c12265, names two that each lead a part.)
                let mark = match verb {
                    "牵头" | "主抓" => Mark::Lead,
                    _ => Mark::Resp,
                };
                claim_subject(text.slice(start..end), mark, &mut own);
                own.by_subject |= demand;
                // (And the subjects of its later sentences: "三、各区、各部门、各单位要…。
                // 供电、供水部门要…", held-out c13273.)
                claim_later_subjects(text.to(text_end), end, mark, &mut own);
            }
        }
    }
    // "游膺局长负责联系昆山市": a leader and the verb of a leader's charge open the text.
    if !own.names_anyone() {
        if let Some(end) = resp::leader_opening(&key[..text_end]) {
            own.leaders.push(resp::read_leader(text.to(end)));
        } else if let Some(end) = resp::posts_answering(&key[..text_end]) {
            // "书记、镇长为全镇森林防火第一责任人": the posts that answer for it.
            own.leaders.extend(resp::parse_leaders(text.to(end)));
        }
    }
    // "…,党政办负责外围环境,社会管理办公室负责质量监督,财政所负责资金兑付。": the
    // clauses inside the text that each open with a unit and 负责 (not 要: "各地要…"
    // is a demand; not 牵头, which inside a sentence qualifies a noun: "明确部门牵头
    // 责任领导"), each unit responsible; also beside units named otherwise ("由县发改
    // 局负责组织实施,县财政局负责资金保障"), where a unit named already keeps its role.
    // (A char search first: most texts have no 负.)
    let clauses = key[..text_end]
        .contains('负')
        .then(|| resp::clause_duty_openings(&key[..text_end], &['负']));
    // The units named already, by key (built once, on the first such clause).
    let mut named: Option<std::collections::HashSet<String>> = None;
    for (at, start, end, verb) in clauses.into_iter().flatten() {
        if matches!(verb, "负责" | "负总责") {
            let named = named
                .get_or_insert_with(|| own.claims.iter().map(|c| c.unit.key.clone()).collect());
            // ("…负责统一管理,并会同市财政局、北京市税务局负责组织实施", held-out c11983:
            // the names after 会同 work with the unit named before.)
            let name = text.slice(at + start..at + end);
            let (name, mark) = match resp::partner_opening_len(name.key()) {
                Some(n) if !named.is_empty() => (name.from(n), Mark::Coop),
                _ => (name, Mark::Resp),
            };
            for unit in resp::duty_units(name) {
                // 负责 as in a sentence: the unit leads unless another is said to lead.
                if named.insert(unit.key.clone()) {
                    own.claims.push(resp::Claim { unit, mark });
                } else if let Some(c) = own
                    .claims
                    .iter_mut()
                    .filter(|_| roles_by_sentence)
                    .find(|c| c.unit.key == unit.key && c.mark == Mark::Coop)
                {
                    // Cooperating in one sentence, responsible in another ("由省经贸委负
                    // 责,X配合,…。X负责,省农业厅配合,…"): it leads a part of the item. (A
                    // label's role stands: "配合单位:X" + "X负责资金保障".)
                    c.mark = Mark::Resp;
                }
            }
        }
    }
    // "市民政局:负责…,会同市发改、公安等有关部门依法查处…": the unit named works with the
    // names after 会同.
    if own.names_anyone() && !own.claims.iter().any(|c| c.mark == Mark::Coop) {
        resp::read_partners(text.to(text_end), &mut own);
    } else if !own.names_anyone() && item.children.is_empty() {
        // (Or a text that names only its partners, its doer the issuer itself: "三、连同
        // 城建、综治办等部门拆除学校周边…", a school's duties; not partners that are all
        // collectives, "会同有关部门研究…", which name no one.)
        let mut partners = resp::Own::default();
        resp::read_partners(text.to(text_end), &mut partners);
        if partners
            .claims
            .iter()
            .any(|c| !resp::is_collective(&c.unit.name))
        {
            own.claims.append(&mut partners.claims);
        }
    }
    // "街道办事处要将…;居民委员会、物业服务企业要协助有关部门做好…" (held-out c12265):
    // the clauses whose units 要 help, beside a unit named already, cooperate.
    let helps = key[..text_end].contains('配') || key[..text_end].contains('协');
    if own.names_anyone() && helps && key[..text_end].contains('要') {
        for (at, start, end, _) in resp::clause_duty_openings(&key[..text_end], &['要'])
            .filter(|&(at, _, end, verb)| verb == "要" && resp::helps_after_modal(&key[at + end..]))
        {
            for unit in resp::duty_units(text.slice(at + start..at + end)) {
                if !own.claims.iter().any(|c| c.unit.key == unit.key) {
                    own.claims.push(resp::Claim {
                        unit,
                        mark: Mark::Coop,
                    });
                }
            }
        }
    }
    // "(一)确保栽足种实" over "各乡镇人民政府要严格执行…", or "1.督促落实企业主责。交通运
    // 输、公安交警、应急管理部门要强化…": a task's title, then its work with the units
    // that do it as the subject. (Not a section's: a demand that opens a part of the
    // plan ("三、主要任务" over "各村要立足实际…") is addressed to all, not a task's; not
    // a task whose own text opens with the demand: "1.各地要…", above.)
    if !own.names_anyone() && item.children.is_empty() {
        // (Only the first chars are searched: a long text without a 。 costs no more.)
        // (Spaces a PDF copy put around numbers are not counted: "具体实施阶段(4 月 27 日
        // -10 月 15 日)。", held-out c13315.)
        let title_end = key[..text_end]
            .char_indices()
            .filter(|&(_, c)| c != ' ')
            .nth(MAX_TITLE_SENTENCE_CHARS + 1)
            .map_or(text_end, |(i, _)| i);
        // The subject that opens the text from `from` on, its verb, and the key after
        // its names.
        let subject_after = |from: usize| {
            let rest = text.slice(from..text_end).trim_matches(|c| c == ' ');
            let (a, b, verb) = resp::subject_opening(rest.key())?;
            Some((rest.slice(a..b), verb, &rest.key()[b..]))
        };
        let subject_from = |from: usize| subject_after(from).map(|(name, verb, _)| (name, verb));
        // (Or a colon after the title: "工作布置:区爱卫办制订下发…", held-out c13713.)
        let title_end = key[..title_end]
            .find(['。', ':'])
            .map(|at| at + key[at..].chars().next().map_or(0, char::len_utf8));
        let title_then_work = title_end.and_then(subject_from);
        // (Or after one sentence of why, short: "及早谋划春耕备耕工作。春季农业生产…事关
        // 农民增收。各村、农技站和农机站要提高认识,…", held-out c12340.)
        let title_then_work = title_then_work.or_else(|| {
            let from = title_end?;
            let (a, b) = resp::subject_after_why(&key[from..text_end])?;
            Some((text.slice(from + a..from + b), "要"))
        });
        // (Or the subjects of the work's later sentences, bodies of a trade or bodies
        // named whole, and 要: "1.完善预防保护和监管制度。建立…。制定…。各省级水行政主管部门要结合
        // …", held-out c12406, c12407; those that 要 help others cooperate.)
        if title_then_work.is_none() && item.subject.is_none() && title_end.is_some() {
            let later = later_subjects(text.to(text_end), 0);
            if later.iter().any(|&(_, m)| m == Mark::Resp) {
                own.by_subject = true;
                for (name, mark) in later {
                    claim_subject(name, mark, &mut own);
                }
            }
        }
        let from_paragraph = title_then_work.is_none();
        let subject = title_then_work.or_else(|| {
            let (f, k, verb) = item.subject.as_ref()?;
            Some((Keyed::new(f, k), *verb))
        });
        // (Not a role's name: "承办单位要…" is said to whoever handles it. At the top
        // level too, a task's subject does it, bodies of a kind as well: "一、细化量化,
        // 压实工作责任。各地各有关部门要…" of a notice whose items are its tasks (c8700);
        // a carrying notice's items, "二、明确责任抓落实。各地各部门要…", are set apart
        // from tasks before this.)
        let subject = subject.filter(|&(name, _)| !resp::is_role_name(name.key()));
        if let Some((name, verb)) = subject {
            own.by_subject = true;
            claim_subject(name, subject_mark(verb), &mut own);
            // (And the subjects of its later sentences, each doing its part: "一、加强领
            // 导。各级各部门要成立…。市交通、公安、安监、物价、卫生部门要…", held-out
            // c13274.)
            let after_title = title_end.unwrap_or(0);
            claim_later_subjects(text.to(text_end), after_title, subject_mark(verb), &mut own);
            // (Or, when the subject opens the first paragraph, the units its clauses
            // share the work out to, each of the subject's role, those that help
            // cooperating: "在汛期期间,乡广播站要…;各村要…;乡综治办、派出所要…", c12345.)
            if from_paragraph {
                let shares = item.body_duties.iter().map(|(unit, mark)| resp::Claim {
                    unit: unit.clone(),
                    mark: match mark {
                        Mark::Coop => Mark::Coop,
                        _ => subject_mark(verb),
                    },
                });
                claim_new(&mut own, shares);
            }
        }
    }
    // "(一)高度重视,加强领导。" over "…全局上下要高度重视,办公室负责整个活动的统筹协调
    // …": units given a duty in the task's paragraphs, when nothing else names anyone
    // (weak, as a subject is: see `Own::by_subject`).
    if !own.names_anyone() && item.children.is_empty() && !item.body_duties.is_empty() {
        own.claims
            .extend(item.body_duties.iter().map(|(unit, mark)| resp::Claim {
                unit: unit.clone(),
                mark: *mark,
            }));
        own.by_subject = true;
    }
    // "镇应急办牵头,组织各村(居)委会…。…,联合市场监管部门检查…" (c1907): the partners
    // the paragraphs name work beside the units they name as doing the item.
    if own.names_anyone() && !own.claims.iter().any(|c| c.mark == Mark::Coop) {
        for unit in &item.body_partners {
            if !own.claims.iter().any(|c| c.unit.key == unit.key) {
                own.claims.push(resp::Claim {
                    unit: unit.clone(),
                    mark: Mark::Coop,
                });
            }
        }
    }
    // "1.协调组" + "组长:谭宗华": a working group's heads lead its share, beside the
    // leader a label names over them ("牵头市领导:孙黎明(市委副书记)" + "组     长:史立权
    // (…)", held-out c11482).
    for head in &item.group_heads {
        if !own.leaders.contains(head) {
            own.leaders.push(head.clone());
        }
    }
    if own.deadline.is_none() {
        // (Or a deadline alone in a bracket: "宣传发动阶段(1月—2月)。…".)
        if let Some((a, b)) = deadline::find_inline(&key[..text_end])
            .or_else(|| deadline::in_brackets(&key[..text_end]))
        {
            own.deadline = Some(item.folded[a..b].to_string());
        }
    }
    if own.first_leads_from_here {
        *first_leads = true;
    }
    let _ = (year, month);
    let shown = display_prefix(&item.text, &item.folded, text_end);
    let shown = shown
        .trim_end_matches([' ', ',', ';', '，', '；'])
        .to_string();
    (shown, own)
}

/// The role a subject's verb gives its units: 负责 (as in a sentence: it leads unless
/// another is said to) or another verb of duty (it leads).
fn subject_mark(verb: &str) -> Mark {
    match verb {
        "负责" | "负总责" => Mark::Resp,
        _ => Mark::Lead,
    }
}

/// The subjects of the sentences of `text` after the one that holds byte `from` (each
/// sentence after a 。 or a semicolon found from `from` on) that name bodies by their form and 要 ("…。各省级水行政主管部门要结合…"), each with its mark: those that 要 help
/// others cooperate. (The first [`MAX_LATER_SENTENCES`] sentences only.)
fn later_subjects(text: Keyed<'_>, from: usize) -> Vec<(Keyed<'_>, Mark)> {
    let key = text.key();
    let mut later = Vec::new();
    // (After a title of duties, "(二)明确职责分工。乡团委负责…;乡财政给予必要的经费支持。
    // …;乡民政办结合有关工作,…", held-out c13855: each clause that opens with a body
    // named whole is that body's share, whatever its verb, as under a heading of
    // duties.)
    let duties = from > 0 && is_duty_heading(key[..from].trim_end_matches(['。', ':', ' ']));
    // (And each clause after a semicolon: "县气象局要加强监测…;县交运局、交警大队要加强道路
    // 交通安全管理…;县城管局要…", held-out c13661.)
    for (at, stop) in key[from..]
        .match_indices(['。', ';'])
        .take(MAX_LATER_SENTENCES)
    {
        let rest = text.from(from + at + stop.len()).trim_matches(|c| c == ' ');
        let subject = resp::subject_opening(rest.key()).filter(|&(a, b, verb)| {
            let name = &rest.key()[a..b];
            let strong = names_a_trade(name) || !resp::is_collective(name);
            // (Or a modal of a demand as strong: "各乡镇人民政府(街道办事处)必须切实承担
            // 起…", held-out c14021. Not 应 or 须, which state rules and principles: "各县
            // (市、区)人民政府应…" under 分工原则, c3900.)
            (verb == "要" || DEMAND_MODALS.words.contains(&verb))
                && strong
                && resp::names_bodies_by_form(name)
                && !resp::is_role_name(name)
                && !PERSON_GROUP_ENDS.ends(name)
        });
        if let Some((a, b, _)) = subject {
            let mark = if resp::helps_after_modal(&rest.key()[b..]) {
                Mark::Coop
            } else {
                Mark::Resp
            };
            later.push((rest.slice(a..b), mark));
        } else if let Some(end) = duties
            .then(|| {
                resp::named_body_opening(rest.key())
                    .or_else(|| resp::named_bodies_opening(rest.key()))
            })
            .flatten()
        {
            later.push((rest.to(end), Mark::Resp));
        }
    }
    later
}

/// Claims the subjects of the sentences after the one at byte `from`
/// ([`later_subjects`]) beside the units a first subject named, each unit once, each of
/// the role `mark` the first was given (doing its part of the work as the first does),
/// those that 要 help too
/// ("…。卫生部门要配合食品药品监管部门严格…", c12843: a part of their own).
fn claim_later_subjects(text: Keyed, from: usize, mark: Mark, own: &mut Own) {
    let mut more = Own::default();
    for (name, _) in later_subjects(text, from) {
        claim_subject(name, mark, &mut more);
    }
    claim_new(own, more.claims);
}

/// The most chars of the ending by which a later sentence names a trade already named
/// as its body ("環衛" then "環衛局", "公安" then "公安部門", "消防" then "消防大隊").
const MAX_BODY_ENDING_CHARS: usize = 2;

/// Adds to `own` each of `claims` whose body it claims not yet: not the same name, nor a
/// trade claimed with a body's ending ([`MAX_BODY_ENDING_CHARS`]; "衛生、執法…等部門負
/// 責…。衛生局要…;環衛局要…", c11183). A paragraph may share the work out to many: the
/// names claimed are kept in a set, each new one looked up once.
fn claim_new(own: &mut Own, claims: impl IntoIterator<Item = resp::Claim>) {
    let mut claimed: HashSet<String> = own.claims.iter().map(|c| c.unit.key.clone()).collect();
    for claim in claims {
        let key = claim.unit.key.as_str();
        let known = claimed.contains(key)
            || key
                .char_indices()
                .rev()
                .take(MAX_BODY_ENDING_CHARS)
                .any(|(at, _)| {
                    at > 0 && claimed.contains(&key[..at]) && UNIT_SUFFIXES.ends(&key[at..])
                });
        if !known {
            claimed.insert(claim.unit.key.clone());
            own.claims.push(claim);
        }
    }
}

/// The units of a subject, of the role its verb gives; when one side helps the other
/// ("县公安局配合县交通局开展…"), the helped lead and the helpers cooperate.
fn claim_subject(name: Keyed, mark: Mark, own: &mut Own) {
    match resp::assisted(name) {
        Some((helpers, helped)) => {
            own.claim_units(resp::duty_units(helped), Mark::Lead);
            own.claim_units(resp::duty_units(helpers), Mark::Coop);
        }
        None => own.claim_units(resp::duty_units(name), mark),
    }
}

/// How many top-level leaves per top-level part make a list numbered 1、2、… a flat
/// list whose few parts are the odd ones out (see `finish`).
const MOSTLY_LEAVES: usize = 4;

/// How many sentences of an item's text are looked at for one that opens with who does
/// the item.
const MAX_SENTENCES_LOOKED_AT: usize = 4;

/// How many sentences after a task's title are looked at for the subjects of its work
/// (bounded: a long text costs no more).
const MAX_LATER_SENTENCES: usize = 8;

/// The longest first sentence read as a task's title before the sentence of its work
/// ("督促落实企业主责。").
const MAX_TITLE_SENTENCE_CHARS: usize = 24;

/// The longest text (in bytes, 40 chars) read as nothing but who does what before
/// the clauses that end it ("由市发改委负责," + "市财政局配合。").
const MAX_WHO_ONLY_BYTES: usize = 120;

/// Puts the leader or unit a heading of who names ([`resp::heading_who`]) first among
/// `own`'s, a leader once.
fn named_by_heading(named: Keyed, who: resp::HeadingWho, own: &mut Own) {
    match who {
        resp::HeadingWho::Leader => {
            let l = resp::read_leader(named);
            if !own.leaders.contains(&l) {
                own.leaders.insert(0, l);
            }
        }
        resp::HeadingWho::Unit => own.claims.insert(
            0,
            resp::Claim {
                unit: resp::make_unit(named),
                mark: Mark::Lead,
            },
        ),
    }
}

/// Own responsibilities first, then the parent's that the item does not repeat (a
/// unit is lead or cooperating, never both); the own deadline or the parent's.
fn merge(
    parent: Option<&Effective>,
    own: Own,
    first_leads: bool,
    year: Option<u32>,
    month: Option<u32>,
) -> Effective {
    // A heading that names only a kind of bodies ("(一)区级部门" over "1.区住建局负
    // 责…", held-out c11120) sorts the items below it: their own units lead, and the
    // kind is no lead beside them.
    // (So does a leading group over its working groups' shares, "二、镇…工作领导小组及职
    // 责" over "(二)医疗管控组" + "职责:负责…", held-out c13342: each group does its own.)
    let kind_above = parent.is_some_and(|p| {
        !p.lead.is_empty()
            && p.lead
                .iter()
                .all(|u| resp::is_collective(&u.name) || LEADING_GROUP_ENDS.ends(u.key.as_str()))
    });
    let names_own = own
        .claims
        .iter()
        .any(|c| matches!(c.mark, Mark::Lead | Mark::Resp));
    let led_above =
        parent.is_some_and(|p| p.lead_marked && !p.lead.is_empty()) && !(kind_above && names_own);
    let lead_marked = led_above || own.claims.iter().any(|c| c.mark == Mark::Lead);
    let (own_lead, own_coop) = own.resolve_under(first_leads, led_above);
    // Hash sets, not list scans: a unit list may be as long as the paste.
    let mut leaders = parent.map_or_else(Vec::new, |p| p.leaders.clone());
    let mut seen_leaders: HashSet<Leader> = leaders.iter().cloned().collect();
    for l in own.leaders {
        if seen_leaders.insert(l.clone()) {
            leaders.push(l);
        }
    }
    let inherited_lead = match parent {
        Some(_) if kind_above && !own_lead.is_empty() => &[][..],
        Some(p) => &p.lead[..],
        None => &[][..],
    };
    let inherited_coop = parent.map_or(&[][..], |p| &p.coop[..]);
    // Which units to keep: the first of each key, own before inherited, lead before
    // cooperating (a unit is lead or cooperating, never both).
    let (lead_at, coop_at) = {
        let mut seen = resp::KeySet::default();
        let lead_at: Vec<bool> = own_lead
            .iter()
            .chain(inherited_lead)
            .map(|u| seen.insert(&u.key))
            .collect();
        let coop_at: Vec<bool> = own_coop
            .iter()
            .chain(inherited_coop)
            .map(|u| seen.insert(&u.key))
            .collect();
        (lead_at, coop_at)
    };
    let pick = |units: Vec<Unit>, inherited: &[Unit], keep: &[bool]| -> Vec<Unit> {
        units
            .into_iter()
            .chain(inherited.iter().cloned())
            .zip(keep)
            .filter_map(|(u, &k)| k.then_some(u))
            .collect()
    };
    let lead = pick(own_lead, inherited_lead, &lead_at);
    let coop = pick(own_coop, inherited_coop, &coop_at);
    let deadline = match own.deadline {
        Some(text) => {
            let key = super::normalise::key_of(&text);
            Some(Deadline {
                date: deadline::resolve(&key, year, month),
                text,
            })
        }
        None => parent.and_then(|p| p.deadline.clone()),
    };
    Effective {
        leaders,
        lead,
        coop,
        deadline,
        lead_marked,
    }
}

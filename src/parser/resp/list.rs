//! Lists and sentences of who does what: the value of a label ("省税务局,各市人民政府"),
//! the content of a bracket ("市发改委、市财政局牵头,市住建局配合"), or the clauses of a
//! sentence ("由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成…").
//!
//! A text is cut at the separators outside brackets (、 , ; 。 spaces) into pieces. A
//! role verb at the end of a piece ("牵头", "配合", "按职责分工负责") marks it and every
//! piece before it since the last verb; pieces left without a verb take the default
//! mark of the label. "X会同Y" makes X lead and Y cooperate. A sentence that is a note
//! to the reader ("…下同", "不逐一列出") names no unit.
//!
//! Every function is one pass over its text (pieces are found left to right, each
//! looked at a bounded number of times).

use super::names::{self, is_leader, is_name_in_sentence, looks_like_unit};
use super::{Claim, Field, Own};
use crate::parser::deadline;
use crate::parser::text::Keyed;
use crate::parser::words::{
    first_leads_note, opens_with_work_verb, Mark, Words, ACTION_VERBS, AGENT_WAYS, ASSESS_VERBS,
    BRACKET_MARKS, COPULAS, FIRST_PLACES, LEAD_SIGNS, LEVEL_CHARS, LIST_OPENERS, MODAL_VERBS,
    MODAL_WITH_WORDS, NAME_TAILS, NOTE_ONWARD_WORDS, PARTNER_LEADS, PLACE_BODIES, READER_NOTES,
    ROLE_LABEL_ENDS, ROLE_MANNERS, ROLE_VERBS, ROLE_VERB_ENDS, SHARED_BODY_ENDS,
    SUBJECT_WITH_WORDS, TOPIC_AGENTS, TOPIC_AGENT_COMPOUNDS, UNIT_SUFFIXES, WITH_WORDS,
    WORDS_WITH_AND, WORDS_WITH_DENG, WORK_TITLE_OPENERS,
};

/// What separates a piece from the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// 、 , space, tab, /: one list goes on.
    List,
    /// ; 。: a sentence ends.
    Stop,
    End,
}

/// A piece of a text: its byte range and the separator after it.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    sep: Sep,
    /// Where the next piece starts (after the separator).
    next: usize,
}

/// The pieces of `key` at bracket depth 0.
fn pieces(key: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in key.char_indices() {
        let sep = match c {
            // (The year of a 文号, "皖发〔2022〕9号", is no bracket of names: a page
            // that lost its closing 〕, "皖发〔20229号,省财政厅负责", parts the names all
            // the same.)
            '〔' if key[i + c.len_utf8()..]
                .bytes()
                .take(4)
                .filter(u8::is_ascii_digit)
                .count()
                == 4 =>
            {
                continue
            }
            '(' | '[' | '【' | '〔' | '《' | '“' => {
                depth += 1;
                continue;
            }
            ')' | ']' | '】' | '〕' | '》' | '”' => {
                depth = depth.saturating_sub(1);
                continue;
            }
            _ if depth > 0 => continue,
            // "各市 (地)", "县 (市) 政府": a PDF's copy puts spaces around a name's own
            // bracket; they part no names ("市发改委(牵头) 市财政局": a name after one).
            ' ' if key[i + 1..].starts_with('(')
                || (key[..i].ends_with(')') && ends_a_name(&key[i + 1..])) =>
            {
                continue
            }
            // A PDF's copy with spaces inside words ("市 财政局", "资源规划 局"): a
            // level alone before the space, or a unit's ending alone after words that
            // are no name ("国土所 村(社区)" are two), is one name with the other side.
            ' ' if is_level_alone(&key[start..i])
                || (key[start..i].ends_with(AUTONOMOUS)
                    && key[i + 1..].starts_with(|c| LEVEL_CHARS.contains(c)))
                || (ends_a_name(&key[i + 1..])
                    && !key[i + 1..].starts_with(|c| LEVEL_CHARS.contains(c))
                    && !looks_like_unit(&key[start..i])) =>
            {
                continue
            }
            // Spaces beside a 、 or a comma pad it: "各市 (地) 、县".
            ' ' if key[i + 1..].starts_with(['、', ',', ';', '。', ' '])
                || key[..i].ends_with(['、', ',']) =>
            {
                continue
            }
            // "市直有关部门、单位": a bare kind of body after a collective is more of it,
            // no unit of its own.
            '、' if bare_body_at(&key[i + c.len_utf8()..])
                && names::is_collective(key[start..i].trim()) =>
            {
                continue
            }
            // "省残联、省卫生健康委牵头省教育厅、省民政厅…按职责分工负责" (held-out
            // c12741, a line break that took the comma): 牵头 ends its group where the
            // name of a body of a level follows it at once.
            '头' if key[..i].ends_with('牵') && unit_follows(&key[i + c.len_utf8()..]) => {
                let next = i + c.len_utf8();
                out.push(Span {
                    start,
                    end: next,
                    sep: Sep::List,
                    next,
                });
                start = next;
                continue;
            }
            '、' | ',' | ' ' | '\t' | '/' | '\n' => Sep::List,
            ';' | '。' => Sep::Stop,
            _ => continue,
        };
        let next = i + c.len_utf8();
        out.push(Span {
            start,
            end: i,
            sep,
            next,
        });
        start = next;
    }
    out.push(Span {
        start,
        end: key.len(),
        sep: Sep::End,
        next: key.len(),
    });
    out
}

/// Whether `rest` opens with the name of a body of a level, up to its first
/// separator ("省教育厅、…", "市财政局配合"), looked for within a name's length.
fn unit_follows(rest: &str) -> bool {
    if !rest.starts_with(|c| LEVEL_CHARS.contains(c)) {
        return false;
    }
    let mut window = rest.char_indices().take(names::MAX_UNIT_CHARS + 1);
    let end = match window.find(|&(_, c)| matches!(c, '、' | ',' | ';' | '。' | ')' | '(' | ' '))
    {
        Some((at, _)) => at,
        None if rest.chars().nth(names::MAX_UNIT_CHARS).is_none() => rest.len(),
        None => return false,
    };
    looks_like_unit(name_before_roles(&rest[..end]))
}

/// Whether `rest` opens with a bare kind of body ([`SHARED_BODY_ENDS`]: "单位", "部门")
/// that ends its piece (or that a role verb follows).
fn bare_body_at(rest: &str) -> bool {
    SHARED_BODY_ENDS.prefix_of(rest).is_some_and(|w| {
        let after = &rest[w.len()..];
        after.is_empty()
            || after.starts_with(['、', ',', ';', '。', ')', ' '])
            // ("各部门、单位配合": its role verb after it.)
            || ROLE_VERBS.iter().any(|(v, _)| after.starts_with(v))
            || ROLE_MANNERS.starts(after)
    })
}

/// The party committee of a place, written before its government ("清丰县党委、政府").
const PARTY_COMMITTEES: [&str; 2] = ["党委", "党工委"];

/// A place's government without the place ("政府" after "清丰县党委、").
const PLACE_GOVERNMENTS: [&str; 4] = ["政府", "人民政府", "管委会", "管委"];

/// The word before the level of an autonomous place: "自治 区农牧厅" of a PDF's copy is
/// one name.
const AUTONOMOUS: &str = "自治";

/// Whether `k` is a level's char alone ("市" of "市 财政局").
fn is_level_alone(k: &str) -> bool {
    let mut cs = k.trim_start_matches([' ', '、', ',']).chars();
    cs.next().is_some_and(|c| LEVEL_CHARS.contains(c)) && cs.next().is_none()
}

/// Whether `rest` opens with a unit's ending alone ("政府 (行署)", "政府、…"): what
/// follows a bracket and a space is then the end of the name before the bracket.
fn ends_a_name(rest: &str) -> bool {
    let word = rest
        .split(['、', ',', ' ', '\t', '/', '\n', ';', '。', '('])
        .next()
        .unwrap_or("");
    UNIT_SUFFIXES.prefix_of(word) == Some(word)
}

/// Places that a list beginning with 各 names one after another ("各县、市、区政府"):
/// the kinds of places of a division ("各縣、特區、區人民政府", held-out c10462).
const EACH_PLACES: &[&str] = &[
    "省",
    "市",
    "州",
    "县",
    "区",
    "旗",
    "镇",
    "乡",
    "街道",
    "乡镇",
    "特区",
    "自治县",
    "自治州",
    "自治旗",
    // The kinds of a province's level ("各省、自治区、直辖市", held-out c13004) and a
    // 盟 of 内蒙古 ("各盟、市人民政府").
    "自治区",
    "直辖市",
    "盟",
    // Places below a county and beside its towns ("各镇街、园区", held-out c13221;
    // "各开发区、镇(街道)", "各村、社区").
    "镇街",
    "园区",
    "开发区",
    "社区",
    "村",
];
/// What such a list's last place may end with.
const EACH_TAILS: &[&str] = &[
    "",
    "政府",
    "人民政府",
    "党委",
    "委",
    "管委会",
    "办事处",
    "党委政府",
    // A 盟's or 地区's government ("各盟行政公署、市人民政府").
    "行政公署",
    "行署",
];

/// Words that open a list of places named one after another ("各县、市、区政府",
/// "相关市、县政府"): 各 before any short name, the others before a place alone.
const EACH_OPENERS: &[&str] = &["各", "相关", "有关", "所在"];

/// `s` without spaces and without the short brackets that give a place's other name
/// ("县(市)", "市(地)", "政府(行署)", "县〔区〕"), for the tests of [`join_each_lists`].
fn without_place_brackets(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['(', '〔', ' ']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let close_char = match c {
            '(' => Some(')'),
            '〔' => Some('〕'),
            _ => None,
        };
        if let Some(close_char) = close_char {
            if let Some(close) = rest.find(close_char) {
                let inner = &rest[c.len_utf8()..close];
                if inner.chars().count() <= 4 && !inner.contains(['(', '〔']) {
                    rest = &rest[close + close_char.len_utf8()..];
                    continue;
                }
            }
        }
        if c != ' ' {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    std::borrow::Cow::Owned(out)
}

/// Joins "各县、市、区政府" into one piece: a short piece that starts with 各 (or
/// 相关, 有关 before a place), then places alone, the last with what they all are. One
/// collective entry, as written.
/// A place alone in a list opened by 各 ([`EACH_PLACES`]), the last with what they all
/// are ([`EACH_TAILS`]): "市", "县(市、区)", "区人民政府(管委会)".
fn is_each_place(s: &str) -> bool {
    // The role verb of the list after its last place ("各州、市人民政府配合").
    let s = &s[..strip_verbs(s).0];
    // What the list's last place is joined to ("…县(市)政府及开发区管委会").
    let s = s.split("及").next().unwrap_or(s);
    // A bracket after a place is part of the entry ("区人民政府(管委会)", "县(市)").
    let s = without_place_brackets(s);
    EACH_PLACES.iter().any(|p| {
        s.strip_prefix(p)
            .is_some_and(|tail| EACH_TAILS.contains(&tail))
    })
}

/// Whether `k` opens a list of places named one after another ([`EACH_OPENERS`]: "各县",
/// "各市(州)", "相关市").
fn opens_each_list(k: &str) -> bool {
    // (After a unit and 和: "省财政厅和各市、县人民政府" is the unit and one entry.)
    let k = AND_WORDS
        .iter()
        .filter_map(|w| k.rfind(w).map(|at| &k[at + w.len()..]))
        .min_by_key(|tail| tail.len())
        .unwrap_or(k);
    let k = without_place_brackets(k);
    EACH_OPENERS.iter().any(|o| {
        k.strip_prefix(o).is_some_and(|rest| {
            if *o == "各" {
                (1..=3).contains(&rest.chars().count())
            } else {
                EACH_PLACES.contains(&rest)
            }
        })
    })
}

/// Whether `pieces` (a name's pieces between its 、) are one list of places opened by
/// 各 and a place alone ("各市(州)", "县(市、区)"): one collective entry, as
/// [`join_each_lists`] reads it. (Not "各乡(镇)政府、街道办事处": a government, then
/// another body.)
pub fn is_each_place_list<'a>(mut pieces: impl Iterator<Item = &'a str>) -> bool {
    let bare_place = |p: &str| {
        without_place_brackets(p)
            .strip_prefix('各')
            .is_some_and(|place| EACH_PLACES.contains(&place))
    };
    pieces.next().is_some_and(bare_place) && {
        let mut any = false;
        pieces.all(|p| {
            any = true;
            is_each_place(p)
        }) && any
    }
}

fn join_each_lists(key: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        let s = spans[i];
        let k = key[s.start..s.end].trim();
        let mut j = i;
        if s.sep == Sep::List && k.len() <= 24 && opens_each_list(k) {
            while j + 1 < spans.len()
                && spans[j].sep == Sep::List
                && key[spans[j].end..spans[j].next].contains('、')
                && is_each_place(key[spans[j + 1].start..spans[j + 1].end].trim())
            {
                j += 1;
            }
        }
        // "清丰县党委、政府", "开发区党工委、管委会": a place's party committee and its
        // government, the place written once: one entry (a bare 政府 names no one).
        let joins_government = j == i
            && s.sep == Sep::List
            && key[s.end..s.next].contains('、')
            && PARTY_COMMITTEES.iter().any(|p| k.ends_with(p))
            && k.chars().count() > 3;
        if joins_government {
            if let Some(n) = spans.get(i + 1) {
                let body = &key[n.start..n.end];
                let body = body[..strip_verbs(body).0].trim();
                if PLACE_GOVERNMENTS.contains(&body) {
                    j += 1;
                } else if let Some((gov, rest)) = government_and_more(body) {
                    // "各乡镇(街道)党委、政府和县开发区管委会负责" (held-out c13815): the
                    // government, then another unit joined by 和: the pair is one
                    // entry, the unit after 和 another.
                    let at = n.start
                        + (key[n.start..n.end].len() - key[n.start..n.end].trim_start().len());
                    out.push(Span {
                        start: s.start,
                        end: at + gov,
                        sep: Sep::List,
                        next: at + rest,
                    });
                    out.push(Span {
                        start: at + rest,
                        end: n.end,
                        sep: n.sep,
                        next: n.next,
                    });
                    i += 2;
                    continue;
                }
            }
        }
        out.push(Span {
            start: s.start,
            end: spans[j].end,
            sep: spans[j].sep,
            next: spans[j].next,
        });
        i = j + 1;
    }
    out
}

/// A piece that opens with a place's government, then 和 (及, 与) and a unit ("政府和县
/// 开发区管委会"): the byte ends of the government and where the unit starts.
fn government_and_more(piece: &str) -> Option<(usize, usize)> {
    let gov = PLACE_GOVERNMENTS
        .iter()
        .filter(|g| piece.starts_with(*g))
        .map(|g| g.len())
        .max()?;
    let word = AND_WORDS.iter().find(|w| piece[gov..].starts_with(*w))?;
    let rest = gov + word.len();
    looks_like_unit(&piece[rest..]).then_some((gov, rest))
}

/// What a place is ("绥芬河市政府": 市), before what its body is.
const PLACE_KINDS: &[char] = &['省', '市', '州', '盟', '县', '区', '旗', '镇', '乡'];

/// Which pieces are places named before a last place that carries the body they all
/// share ("哈尔滨、黑河、绥芬河市政府": 哈尔滨 and 黑河 are 市政府 too). Such a piece
/// is a short bare name, followed by 、 and more of them up to a piece that is a place
/// (two to four chars), its kind, and a body of [`EACH_TAILS`] ("绥芬河市政府"), or a
/// trade and a body's ending of [`SHARED_BODY_ENDS`] ("公安、交通部门负责": 公安 is a
/// 部门 too). Entries are kept as written. One backward pass.
fn bare_places(key: &str, spans: &[Span]) -> Vec<bool> {
    let piece = |s: &Span| key[s.start..s.end].trim();
    let is_bare = |k: &str| {
        (2..=4).contains(&k.chars().count())
            && k.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            && !is_name_in_sentence(k)
            && !is_leader(k)
    };
    let carries_body = |k: &str| {
        let k = &k[..strip_verbs(k).0];
        let place_body = EACH_TAILS.iter().filter(|t| !t.is_empty()).any(|t| {
            k.strip_suffix(t).is_some_and(|place| {
                let mut cs = place.chars();
                cs.next_back().is_some_and(|c| PLACE_KINDS.contains(&c))
                    && (2..=4).contains(&cs.count())
            })
        });
        // "公安、交通部门": a trade and a generic body's ending written once.
        let trade_body = SHARED_BODY_ENDS.suffix_of(k).is_some_and(|end| {
            let trade = &k[..k.len() - end.len()];
            (2..=6).contains(&trade.chars().count()) && !trade.contains(['等', '各', '有', '相'])
        });
        place_body || trade_body
    };
    let mut out = vec![false; spans.len()];
    // Whether the piece after the current one carries the body or is bare before it.
    let mut before_body = false;
    for (i, s) in spans.iter().enumerate().rev() {
        let k = piece(s);
        let listed = s.sep == Sep::List && key[s.end..s.next].contains('、');
        out[i] = listed && before_body && is_bare(k);
        before_body = out[i] || carries_body(k);
    }
    out
}

/// The role verb at the end of `k[..end]` with the words of manner before it
/// ([`ROLE_MANNERS`]: "按照职责分工落实", "分别牵头"), or a role given by 为 and a
/// responsibility label ("县财政局为配合单位"): its length in bytes and its mark.
fn role_verb_before(k: &str, end: usize) -> Option<(usize, Mark)> {
    let k = &k[..end];
    let last = k.chars().next_back()?;
    if !ROLE_VERB_ENDS.has(last) {
        return ROLE_LABEL_ENDS
            .has(last)
            .then(|| role_by_label(k))
            .flatten()
            .map(|at| (k.len() - at.0, at.1));
    }
    let Some((w, mark)) = ROLE_VERBS
        .iter()
        .filter(|(w, _)| k.ends_with(w))
        .max_by_key(|(w, _)| w.len())
    else {
        return role_by_label(k).map(|at| (k.len() - at.0, at.1));
    };
    let mut start = k.len() - w.len();
    // Each word of manner is at least two chars: the loop ends within the name.
    while let Some(m) = ROLE_MANNERS.suffix_of(&k[..start]) {
        start -= m.len();
    }
    Some((k.len() - start, *mark))
}

/// "X为牵头单位", "Y是配合部门": where the copula (为, 是) before a responsibility label at the end
/// of `k` is, and the mark the label gives (a leader label: the name oversees).
fn role_by_label(k: &str) -> Option<(usize, Mark)> {
    // The label is short: 为 is among the last MAX_LABEL_CHARS + 1 chars.
    let tail = k
        .char_indices()
        .rev()
        .nth(crate::parser::label::MAX_LABEL_CHARS)
        .map_or(0, |(i, _)| i);
    let at = tail + k[tail..].rfind(COPULAS)?;
    let mark = match crate::parser::label::responsibility(&k[at + '为'.len_utf8()..])? {
        Field::Leader => Mark::Oversee,
        f => f.unit_mark()?,
    };
    // "X作为牵头单位": 作为 as a whole.
    let at = k[..at].strip_suffix('作').map_or(at, str::len);
    (at > 0).then_some((at, mark))
}

/// The role verbs at the end of `k` (as many as are chained: "负责组织实施"), stripped:
/// the rest and the mark they give (a leading verb over a cooperating one over a
/// responsible one). An action verb after a role verb belongs to the chain
/// ("牵头督导", "配合做好").
fn strip_verbs(k: &str) -> (usize, Option<Mark>) {
    let mut end = k.len();
    let mut mark: Option<Mark> = None;
    let mut assessed = false;
    for _ in 0..3 {
        let (w, m) = match role_verb_before(k, end) {
            Some(v) => v,
            None => {
                let Some(action) = ACTION_VERBS.suffix_of(&k[..end]) else {
                    break;
                };
                let Some(v) = role_verb_before(k, end - action.len()) else {
                    break;
                };
                (action.len() + v.0, v.1)
            }
        };
        // The last verb says the names assess the work ("负责考核", "牵头考评"): they
        // do not do it, whatever verbs come before.
        assessed |= mark.is_none() && ASSESS_VERBS.ends(&k[..end]);
        end -= w;
        mark = Some(match (mark, m) {
            _ if assessed => Mark::Oversee,
            (Some(Mark::Lead), _) | (_, Mark::Lead) => Mark::Lead,
            (Some(Mark::Coop), _) | (_, Mark::Coop) => Mark::Coop,
            (Some(Mark::Resp), _) | (_, Mark::Resp) => Mark::Resp,
            _ => Mark::Oversee,
        });
    }
    (end, mark)
}

/// The names at the start of `s` when a verb of the work follows them ("市财政局制定实
/// 施方案" → "市财政局"); all of `s` otherwise.
fn names_before_work(s: Keyed) -> Keyed {
    let k = s.key();
    if looks_like_unit(k) {
        return s;
    }
    k.char_indices()
        .skip(2)
        .take(MAX_ROLE_THEN_WORK_CHARS)
        .find(|&(i, c)| {
            // (Or a word of how or when the work is done: "会同市财政局对项目进行验收",
            // "会同市相关部门每年一季度对…验收".)
            // (Or the time the work has: "会同县水利局、县气象局于5月底前组织…".)
            // (Or any verb after a kind of body, which ends a name: "会同相关部门建立…
            // 考核评价机制", held-out c12844; not "有关部门和单位", "部门负责人".)
            (work_opens_at(k, i, c) || (SHARED_BODY_ENDS.ends(&k[..i]) && !goes_on_name(&k[i..])))
                && looks_like_unit(&k[..i])
        })
        .map_or(s, |(i, _)| s.to(i))
}

/// Whether the work itself opens at byte `i` of `k` (its char `c`), after names: a verb
/// of the work ([`ACTION_VERBS`], [`WORK_TITLE_OPENERS`]: "市财政局" + "制定…"), a
/// word of how it is done ([`AGENT_WAYS`]: "依法查处…"), or its time ("于5月底前…").
pub(super) fn work_opens_at(k: &str, i: usize, c: char) -> bool {
    // (Not a verb that is the start of the body's own name: "市委" + "组织部".)
    let verb = |w: Option<&str>| w.is_some_and(|w| !name_goes_on_after(k, i + w.len()));
    (ACTION_VERBS.may_start(c) && verb(ACTION_VERBS.prefix_of(&k[i..])))
        || (WORK_TITLE_OPENERS.may_start(c) && verb(WORK_TITLE_OPENERS.prefix_of(&k[i..])))
        || (AGENT_WAYS.may_start(c) && AGENT_WAYS.prefix_of(&k[i..]).is_some())
        || ((c == '于' || c.is_ascii_digit()) && time_opens(&k[i..]))
}

/// Whether the name in `k` goes on through the word that ends at byte `end`: one char
/// more makes a body's name ("市委组织部": 组织 is no verb there).
fn name_goes_on_after(k: &str, end: usize) -> bool {
    k[end..]
        .chars()
        .next()
        .is_some_and(|c| looks_like_unit(&k[..end + c.len_utf8()]))
}

/// Whether `rest` goes on with the name before it or names its people: a joining
/// word or mark ("和单位", "、市财政局", "等"), a bracket, or 负责人, 人员.
fn goes_on_name(rest: &str) -> bool {
    rest.starts_with([
        '和', '及', '与', '、', '等', '(', ',', ';', '。', '所', '的',
    ]) || rest.starts_with("负责人")
        || rest.starts_with("人员")
        || rest.starts_with("工作人员")
        || rest.is_empty()
}

/// Whether `rest` opens with a time, after 于 or not ("于5月底前", "2024年6月底前").
pub(super) fn time_opens(rest: &str) -> bool {
    super::deadline_at_start(rest.strip_prefix('于').unwrap_or(rest)).is_some()
}

/// The name before a with-word ("由X要会同Y" → "X"): without an opening 由 or the
/// modal 要 before the with-word.
pub(super) fn with_subject<'k>(before: &'k str, with_word: &str) -> &'k str {
    let s = before.trim_start_matches('由');
    &s[..with_subject_end(s, with_word)]
}

/// Where the names before `with_word` end: before the modal of the subject's own
/// ("市文旅局应当会同…") and its role verb before 并 ("市外侨办负责并会同…"); before a
/// [`SUBJECT_WITH_WORDS`] word, also before its adverb ("市公安局要积极会同…"; not "县农
/// 业农村部门要主动协调相关部门", which is the unit's own work).
fn with_subject_end(k: &str, with_word: &str) -> usize {
    let mut end = names_end_before_and(k);
    // (Each word once, in the order they stand: the modal before the adverb.)
    if let Some(w) = PARTNER_LEADS
        .suffix_of(&k[..end])
        .filter(|_| SUBJECT_WITH_WORDS.words.contains(&with_word))
    {
        end -= w.len();
    }
    if let Some(w) = MODAL_VERBS
        .suffix_of(&k[..end])
        .or_else(|| k[..end].ends_with('要').then_some("要"))
    {
        end -= w.len();
    }
    end
}

/// "市外侨办负责并会同…", "X牵头并会同…": the subject's own role verb of leading and 并
/// before 会同 are no part of its name. The end of the names.
fn names_end_before_and(k: &str) -> usize {
    if let Some(names) = k.strip_suffix('并') {
        let (end, mark) = strip_verbs(names);
        if end > 0 && matches!(mark, Some(Mark::Lead | Mark::Resp)) {
            return end;
        }
    }
    k.len()
}

/// How far into a piece a role verb followed by a verb of the work is looked for.
const MAX_ROLE_THEN_WORK_CHARS: usize = 40;

/// "市直有关部门和各县区配合做好相关工作": names, a role verb, then the work itself (a
/// verb of the work and what it is about). The end of the names and the role, for the
/// first role verb that a verb of the work follows.
fn role_then_work(k: &str) -> Option<(usize, Mark)> {
    let mut prev = ' ';
    k.char_indices()
        .take(MAX_ROLE_THEN_WORK_CHARS)
        // (Bit tests first: a role verb's last char, then a work verb's first.)
        .filter(|&(_, c)| {
            let hit = (ROLE_VERB_ENDS.has(prev) || ROLE_LABEL_ENDS.has(prev))
                && ACTION_VERBS.may_start(c);
            prev = c;
            hit
        })
        .filter(|&(i, _)| i >= 6)
        .find_map(|(i, _)| {
            ACTION_VERBS.prefix_of(&k[i..])?;
            let (w, mark) = role_verb_before(k, i)?;
            (i > w).then_some((i - w, mark))
        })
}

/// A name with what is around it removed: openers (由, 并; "该项任务由"), tails (等, 分别), a role
/// mark in brackets ("(牵头)") or a lead sign ("★"), and a note of the 列第一位 rule.
/// Returns the name and the mark its own words give it.
fn clean<'a>(mut s: Keyed<'a>, own: &mut Own) -> (Keyed<'a>, Option<Mark>) {
    let mut mark = None;
    let sp = |c: char| c == ' ' || c == '\t' || c == '\n';
    s = s.trim_matches(sp);
    loop {
        let before = s.len();
        // "上述问题由X", "该项任务由X": the work pointed at, before the 由 (taken next).
        if let Some(at) = super::pointed_work(s.key()).filter(|&at| s.key()[at..].starts_with('由'))
        {
            s = s.from(at);
        }
        // "校内整治由学校", "周边秩序整治以乡综治办": the work, then who does it.
        if let Some(at) = after_topic(s.key()) {
            s = s.from(at);
        }
        if let Some(rest) = LIST_OPENERS
            .prefix_of(s.key())
            .and_then(|o| s.strip_prefix(o))
        {
            if !rest.is_empty() {
                s = rest;
            }
        }
        // A bracket that opens before the name and never closes ("(市经信委牵头落实"
        // where the page was cut): no part of the name.
        if s.key().starts_with('(') && !s.key().contains(')') {
            s = s.from(1);
        }
        // And one that closes after it and never opened ("(共20分,考评责任单位为市公积金
        // 管理中心)": the label stood inside a bracket, held-out c11966).
        if s.key().ends_with(')') && !s.key().contains('(') {
            s = s.to(s.len() - 1);
        }
        // (Not two or more, "****体育局": a name masked by the page, no sign.)
        let masked = s.key().starts_with("**");
        if let Some(c) = s
            .key()
            .chars()
            .next()
            .filter(|c| LEAD_SIGNS.contains(c) && !masked)
        {
            s = s.from(c.len_utf8());
            mark = Some(Mark::Lead);
        }
        // After the name too ("区政府办公室*、区财政局").
        if let Some(c) = s
            .key()
            .chars()
            .next_back()
            .filter(|c| LEAD_SIGNS.contains(c))
        {
            s = s.to(s.len() - c.len_utf8());
            mark = Some(Mark::Lead);
        }
        s = s.trim_matches(sp);
        if s.len() == before {
            break;
        }
    }
    // A note in brackets at the end: the 列第一位 rule, or a role mark.
    if let Some((open, inner)) = last_bracket(s.key()) {
        if first_leads_note(inner) {
            own.first_leads_here = true;
            if NOTE_ONWARD_WORDS.in_text(inner) {
                own.first_leads_from_here = true;
            }
            s = s.to(open);
        } else if READER_NOTES.in_text(inner) {
            // "各县(市、区)林业主管部门(以下均需各县(市、区)林业主管部门配合,不再列出)":
            // a note of the reader, no part of the name.
            s = s.to(open);
        } else if let Some(m) = bracket_mark(inner.trim()) {
            mark = m.or(mark);
            s = s.to(open);
        } else if looks_like_unit(&s.key()[..open]) && {
            // "县发改局(张三)", "(张三局长)", "(局长:张三)": the unit's person (its head
            // or its contact), not part of its name.
            let person = inner.split_once(':').map_or(inner, |(_, p)| p).trim();
            names::is_person(person) && !looks_like_unit(person)
        } {
            s = s.to(open);
        }
    }
    // "包片单位县气象局", "沿线包片单位县职教中心": a phrase that says what kind of unit
    // it is, then the unit's own name (from its level on).
    // (A char search first: most names have neither word.)
    for w in ["单位", "部门"]
        .into_iter()
        .filter(|_| s.key().contains(['位', '门']))
    {
        let k = s.key();
        if let Some(at) = k.find(w).map(|at| at + w.len()).filter(|&at| at < k.len()) {
            let rest = &k[at..];
            if rest.starts_with(|c: char| LEVEL_CHARS.contains(c)) && looks_like_unit(rest) {
                s = s.from(at);
                break;
            }
        }
    }
    // Tails: "X等", "X分别"; a verb left after a tail ("X等按职责分工负责").
    for _ in 0..3 {
        let before = s.len();
        if let Some(rest) = NAME_TAILS
            .suffix_of(s.key())
            .and_then(|t| s.strip_suffix(t))
        {
            if !rest.is_empty() {
                s = rest;
            }
        }
        // (A list cut by the page's end after its last and-word: "参与单位:各级团组织、
        // 各学校团组织和", held-out c11903.)
        if let Some(rest) = AND_WORDS.iter().find_map(|w| s.strip_suffix(w)) {
            if !rest.is_empty() {
                s = rest;
            }
        }
        s = s.trim_matches(sp);
        if s.len() == before {
            break;
        }
    }
    (s, mark)
}

/// The shortest work named before the units that do it inside a clause, in chars.
const MIN_TOPIC_CHARS: usize = 2;

/// Where the units start in a clause that names the work first and then who does it,
/// after a word that hands it to them ([`TOPIC_AGENTS`]): "校内整治由学校" → "学校",
/// "周边治安交通秩序整治以乡综治办" → "乡综治办". Only where the words before are
/// words of the work (a list of them too: "无证经营、流动摊贩整治以土地办") and no unit,
/// those after are one, and 由 or 以 is no part of another word ("自由", "以上").
pub(super) fn after_topic(k: &str) -> Option<usize> {
    k.char_indices()
        .skip(MIN_TOPIC_CHARS)
        .filter(|&(i, c)| TOPIC_AGENTS.may_start(c) && TOPIC_AGENTS.prefix_of(&k[i..]).is_some())
        .find_map(|(i, c)| {
            let rest = &k[i + c.len_utf8()..];
            let topic = &k[..i];
            // The units, not a role's name ("由各包案领导和责任单位负责": whoever has
            // the role).
            let last = rest.rsplit(['和', '、']).next().unwrap_or(rest);
            (!topic.ends_with('自')
                && topic
                    .chars()
                    .all(|c| c == '、' || crate::parser::text::is_ideograph(c))
                && !TOPIC_AGENT_COMPOUNDS.starts(rest)
                // (A thing that is named like a unit may be the work's topic before 由:
                // "高新技术馆由省科技厅牵头", held-out c10623; not before 以.)
                && (c == '由' || !looks_like_unit(topic))
                && looks_like_unit(rest)
                && crate::parser::label::responsibility(last).is_none())
            .then_some(i + c.len_utf8())
        })
}

/// The role a bracket after a name gives it ("市发改局(牵头)", "市财政局(协同)",
/// "县住建局(配合单位)"): Some(None) for a note that gives none ("按职责分工负责").
fn bracket_mark(inner: &str) -> Option<Option<Mark>> {
    if let Some((_, m)) = BRACKET_MARKS.iter().find(|(w, _)| *w == inner) {
        return Some(*m);
    }
    // (A label's words are a few chars: a cheap test first.)
    if inner.len() > 6 * 3 {
        return None;
    }
    super::field_of(inner).unit_mark().map(Some)
}

/// `name` without a note to the reader in a bracket at its end ("区防减救灾委相关成员
/// 单位(详见附件4)": [`READER_NOTES`]), or as it is.
pub(super) fn without_reader_note(name: Keyed<'_>) -> Keyed<'_> {
    match last_bracket(name.key()) {
        Some((open, inner)) if READER_NOTES.in_text(inner) => {
            name.to(open).trim_matches(|c| c == ' ')
        }
        _ => name,
    }
}

/// The last bracket of `k` when `k` ends with it: where it opens, and its content.
fn last_bracket(k: &str) -> Option<(usize, &str)> {
    let close = k.chars().next_back()?;
    let open = match close {
        ')' => '(',
        ']' => '[',
        '】' => '【',
        '〕' => '〔',
        _ => return None,
    };
    // The bracket that the last char closes, brackets inside it skipped ("(以下均需各县
    // (市、区)林业主管部门配合,不再列出)").
    let inner_end = k.len() - close.len_utf8();
    let mut depth = 0usize;
    let at = k[..inner_end].char_indices().rev().find_map(|(i, c)| {
        if c == close {
            depth += 1;
        } else if c == open {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        }
        None
    })?;
    Some((at, &k[at + open.len_utf8()..inner_end]))
}

/// The chars of `s` outside brackets (a note inside a name's bracket is the name's).
fn outside_brackets(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['(', '[', '【', '〔', '《', '“']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut depth = 0usize;
    s.chars()
        .filter(|&c| {
            match c {
                '(' | '[' | '【' | '〔' | '《' | '“' => depth += 1,
                ')' | ']' | '】' | '〕' | '》' | '”' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect::<String>()
        .into()
}

/// Whether `piece` may end with a role verb, or with a verb of the work after one
/// ("负责组织": only where a role verb's last char comes before it); a role given by a
/// copula and a label only when the text has a copula (`copula`: "X为牵头单位").
pub fn may_end_role(piece: &str, copula: bool) -> bool {
    let Some(c) = piece.chars().next_back() else {
        return false;
    };
    if ROLE_VERB_ENDS.has(c) || (copula && ROLE_LABEL_ENDS.has(c)) {
        return true;
    }
    ACTION_VERBS.may_end(c)
        && ACTION_VERBS.suffix_of(piece).is_some_and(|a| {
            piece[..piece.len() - a.len()]
                .chars()
                .next_back()
                .is_some_and(|c| ROLE_VERB_ENDS.has(c))
        })
}

/// A cheap test before reading a text as sentences of who does what: some piece of it
/// (before a separator, or at the end) ends with the last char of a role verb.
pub fn may_have_verbs(key: &str) -> bool {
    let copula = crate::parser::label::has_copula(key);
    for (i, c) in key.char_indices() {
        if matches!(c, '、' | ',' | ';' | '。' | ' ' | ')' | ']' | '】')
            && may_end_role(&key[..i], copula)
        {
            return true;
        }
    }
    // "X会同Y制定…", "X要联合Y开展…": a with-word says who leads and who takes part,
    // whatever verb follows.
    may_end_role(key, copula) || SUBJECT_WITH_WORDS.in_text(key)
}

/// How strictly names are taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The value of a label, or a bracket: every piece is a name (a unit unless it
    /// names a leader), pieces without a verb take the label's mark.
    Value(Mark),
    /// Free text: only clauses with a role verb whose every piece is a name count.
    Sentence,
    /// A bracket's content tested for being who does what: as [`Mode::Sentence`],
    /// and a deadline may stand among the clauses ("X牵头,2023年6月底前完成").
    Bracket,
}

impl Mode {
    /// Whether names must be sentence names with a verb.
    fn strict(self) -> bool {
        matches!(self, Mode::Sentence | Mode::Bracket)
    }
}

/// A name read from a piece, before its group's verb is known.
struct Pending<'a> {
    name: Keyed<'a>,
    /// The mark of the name's own words ("(牵头)", "★").
    mark: Option<Mark>,
    /// The name is a leader's ("分管副省长", "杨志武副市长").
    leader: bool,
    /// The name goes on with a list of 会同 partners ("会同中央农办、农业部、财政部…"):
    /// the next piece may be a partner too.
    partner: bool,
}

/// Reads `text` as a list or sentence of who does what into `own`. In
/// [`Mode::Sentence`] reading stops at the first clause that is not one (a clause of
/// work): returns the byte where reading stopped (the text's length when it all read).
pub fn read(text: Keyed, mode: Mode, own: &mut Own) -> usize {
    let key = text.key();
    let spans = join_each_lists(key, pieces(key));
    let bare = if mode.strict() {
        bare_places(key, &spans)
    } else {
        Vec::new()
    };
    let mut pending: Vec<Pending> = Vec::new();
    // A value that lists its names with 、 uses its commas between clauses: "责任单位:
    // 县住建局、各乡镇人民政府,县财政局配合" (the names before the comma are the label's,
    // the clause after it has its own verb).
    let clauses_by_commas = matches!(mode, Mode::Value(_));
    // Whether a 、 or , has separated names of this text (see [`ends_a_value`]).
    let mut listed_with_marks = false;
    let mut read_to = 0;
    // Whether the current sentence (since the last 。/;) is a note to the reader.
    let mut i = 0;
    // Where the current sentence (up to a 。 or ;) ends; looked at once per sentence.
    let mut sentence_checked_to = 0;
    // The note of the current sentence: (first piece of the note, sentence end, states
    // the first-leads rule, "下同").
    let mut note: Option<(usize, usize, bool, bool)> = None;
    while i < spans.len() {
        // A sentence that ends in a note to the reader: the note names no unit, and is
        // skipped whole (its rule kept); the names before it are read ("X、Y等负责,列第一位
        // 者为牵头单位,下同").
        if i >= sentence_checked_to {
            let sentence_end = spans[i..]
                .iter()
                .position(|s| s.sep != Sep::List)
                .map_or(spans.len() - 1, |p| i + p);
            sentence_checked_to = sentence_end + 1;
            let sentence = outside_brackets(&key[spans[i].start..spans[sentence_end].end]);
            let first_leads = first_leads_note(&sentence);
            note = None;
            if first_leads || READER_NOTES.in_text(&sentence) {
                let starts_note = |s: &Span| {
                    let piece = &key[s.start..s.end];
                    FIRST_PLACES.in_text(piece) || READER_NOTES.in_text(piece)
                };
                let mut from = (i..=sentence_end)
                    .find(|&j| starts_note(&spans[j]))
                    .unwrap_or(i);
                // The note's words before its place word name no one ("一项任务涉及多个
                // 部门的,原则上由排名首位的部门牵头负责").
                // (Nor a clause of what the tasks concern, though it holds a name: "具体任
                // 务均涉及相关市(州)人民政府,不再做分工,下同", as issue 11 quotes it.)
                let names_someone = |piece: &str| {
                    names_anyone(piece)
                        && is_name_in_sentence(name_before_roles(piece.trim()).trim())
                };
                while from > i && !names_someone(&key[spans[from - 1].start..spans[from - 1].end]) {
                    from -= 1;
                }
                // "…牵头负责。下同": the note's 下同 may stand as a sentence of its own.
                let onward = NOTE_ONWARD_WORDS.in_text(&sentence)
                    || key[spans[sentence_end].next..]
                        .trim_start()
                        .starts_with("下同");
                note = Some((from, sentence_end, first_leads, onward));
            }
        }
        if let Some((_, sentence_end, first_leads, onward)) = note.filter(|n| n.0 == i) {
            note = None;
            if first_leads {
                own.first_leads_here = true;
                if onward {
                    own.first_leads_from_here = true;
                }
            }
            if mode.strict() && !pending.is_empty() {
                break;
            }
            // Words before the note in its sentence that name no one are the note's
            // ("明确牵头部门的,其他有关部门配合,不逐一列出").
            // ("具体任务均涉及相关市(州)人民政府,不再做分工,下同": a clause about units.)
            pending.retain(|p| {
                p.leader || (looks_like_unit(p.name.key()) && is_name_in_sentence(p.name.key()))
            });
            flush(&mut pending, mode, own);
            read_to = spans[sentence_end].next;
            i = sentence_end + 1;
            continue;
        }
        let span = spans[i];
        let piece = text.slice(span.start..span.end);
        if bare.get(i).copied().unwrap_or(false) {
            // A place whose "市政府" is written once, after the last place.
            // (Its opener taken off: "由公安、交通部门负责".)
            let (name, mark) = clean(piece, own);
            pending.push(Pending {
                name,
                mark,
                leader: false,
                partner: false,
            });
            i += 1;
            continue;
        }
        if matches!(mode, Mode::Value(_))
            && listed_with_marks
            && ends_a_value(key, spans[i - 1], piece.key())
        {
            break;
        }
        // "牵头部门:市交通局。建设进度相对较慢的县区为舒城县。": after the value's
        // sentence, a sentence that opens with no name is the text's, not the value's.
        if matches!(mode, Mode::Value(_))
            && i > 0
            && spans[i - 1].sep == Sep::Stop
            && !opens_with_a_name(piece.key())
        {
            break;
        }
        listed_with_marks |= key[span.end..span.next].contains(['、', ',']);
        let ok = read_piece(piece, mode, &mut pending, own);
        if !ok {
            // "…,省粮食和储备局会同省发展改革委、…、妇联,在洪楼广场设立…" (held-out
            // c12875): the work after a comma closes the names a with-word marked,
            // as a verb of the work right after them does.
            let after_comma = i > 0 && key[spans[i - 1].end..spans[i - 1].next].contains(',');
            if mode == Mode::Sentence && after_comma && with_word_group(&pending) {
                close_group(&mut pending, Some(Mark::Coop), own);
                read_to = span.start;
            }
            break;
        }
        if pending.is_empty() {
            // A verb closed the group: everything up to here is read.
            read_to = span.next;
        }
        if span.sep == Sep::Stop {
            if mode.strict() && !pending.is_empty() {
                break;
            }
            flush(&mut pending, mode, own);
            read_to = span.next;
        } else if clauses_by_commas && key[span.end..span.next].contains(',') {
            flush(&mut pending, mode, own);
        }
        i += 1;
    }
    match mode {
        Mode::Value(_) => {
            flush(&mut pending, mode, own);
            key.len()
        }
        // "(县委宣传部、县应急局分工负责;各乡镇)": units alone after a semicolon close a
        // bracket of who does it, the level that carries the work out: units the work
        // is given to, as a 责任单位 label's.
        Mode::Bracket
            if i == spans.len()
                && !pending.is_empty()
                && own.names_anyone()
                && read_to > 0
                && key[..read_to].trim_end().ends_with(';')
                && pending
                    .iter()
                    .all(|p| !p.leader && looks_like_unit(p.name.key())) =>
        {
            close_group(&mut pending, Some(Mark::Resp), own);
            key.len()
        }
        Mode::Sentence | Mode::Bracket => read_to.min(key.len()),
    }
}

/// The names on each side of a with-word ("X会同Y", "X要与Y配合"): the subject leads,
/// the other takes part; the names listed before the subject lead with it ("市外侨办、
/// 市台办会同有关部门…"). False when either side is no name.
fn push_with_pair<'a>(
    subject: Keyed<'a>,
    partner: Keyed<'a>,
    mode: Mode,
    pending: &mut Vec<Pending<'a>>,
    own: &mut Own,
) -> bool {
    for p in pending
        .iter_mut()
        .filter(|p| p.mark.is_none() && !p.partner)
    {
        p.mark = Some(Mark::Lead);
    }
    push_name(subject, Some(Mark::Lead), mode, pending, own)
        && push_name(partner, Some(Mark::Coop), mode, pending, own)
}

/// The longest subject before a modal and 与 that no unit's ending marks ("新闻媒体").
const MAX_WITH_SUBJECT_CHARS: usize = 8;

/// Whether the names pending are a with-word's ("X会同Y、Z"): each marked or listed
/// on after the partner, each a name (not "有关市人民政府组成专项规划", the work run
/// into the list), one to lead and one to take part.
fn with_word_group(pending: &[Pending]) -> bool {
    pending
        .iter()
        .all(|p| (p.mark.is_some() || p.partner) && (p.leader || looks_like_unit(p.name.key())))
        && pending.iter().any(|p| p.mark == Some(Mark::Lead))
        && pending.iter().any(|p| p.mark == Some(Mark::Coop))
}

/// A piece without the role verbs at its end and the tail of its names ("基层处等按职
/// 责分工落实" → "基层处", "农业局等" → "农业局").
pub(super) fn name_before_roles(k: &str) -> &str {
    let name = &k[..strip_verbs(k).0];
    NAME_TAILS
        .suffix_of(name)
        .map_or(name, |t| &name[..name.len() - t.len()])
}

/// Whether a piece of a list names a unit, a collective or a leader, before its role
/// verbs ("农办负责"), not a clause ("一项任务涉及多个部门的").
fn names_anyone(piece: &str) -> bool {
    let name = name_before_roles(piece.trim()).trim();
    looks_like_unit(name) || names::is_collective(name) || is_leader(name)
}

/// Whether a piece after a stop (。 or ;) inside a label's value still names someone:
/// a name (a unit's or a collective), a leader, a deadline, or a name before its role
/// verbs ("市财政局配合"), not a clause of the text ("建设进度相对较慢的县区为舒城县").
fn opens_with_a_name(piece: &str) -> bool {
    let k = piece.trim();
    let (end, verb) = strip_verbs(k);
    let name = k[..end].trim();
    k.is_empty()
        || is_name_in_sentence(name)
        || is_leader(name)
        || (verb.is_some() && name.is_empty())
        || deadline::is_deadline_text(k)
        || deadline::is_time_after_names(k)
}

/// Whether a label's value that listed its names with 、 or , ends before `piece`:
/// after a space (a line break lost, or the next cell of a table run into the value)
/// comes a piece that is no unit, collective, leader, role verb or deadline
/// ("配合单位:市公安局、各区政府 鄞州 海曙 合计 10 …": the value ends at 鄞州). A value
/// that separates its names by spaces only goes on ("鄞州 海曙 江东").
fn ends_a_value(key: &str, before: Span, piece: &str) -> bool {
    let k = piece.trim();
    !k.is_empty()
        && key[before.end..before.next].trim().is_empty()
        && !looks_like_unit(k)
        && !names::is_collective(k)
        && !is_leader(k)
        && strip_verbs(k).0 > 0
        && !deadline::is_deadline_text(k)
}

/// Whether a piece is the 文号 of the document a measure comes from ("(皖发〔2022〕9号,
/// 省财政厅负责)" in a 政策清单), also with its closing 〕 lost ("皖发〔20229号"): a
/// note, no name.
fn is_doc_reference(k: &str) -> bool {
    let k = k.trim();
    if crate::parser::meta::doc_number(k).is_some_and(|(a, b)| a == 0 && b == k.len()) {
        return true;
    }
    let Some((issuer, number)) = k.strip_suffix('号').and_then(|n| n.split_once('〔')) else {
        return false;
    };
    !issuer.is_empty()
        && number.chars().filter(char::is_ascii_digit).count() >= 5
        && number.chars().all(|c| c.is_ascii_digit() || c == '〕')
}

/// Reads one piece. False when, in a sentence, the piece is no name (reading stops).
fn read_piece<'a>(
    piece: Keyed<'a>,
    mode: Mode,
    pending: &mut Vec<Pending<'a>>,
    own: &mut Own,
) -> bool {
    let piece = piece.trim_matches(|c| c == ' ' || c == '\t');
    if piece.is_empty() || is_doc_reference(piece.key()) {
        return true;
    }
    let k = piece.key();
    let time = || match mode {
        Mode::Sentence => deadline::is_deadline_text(k),
        _ => deadline::is_time_after_names(k),
    };
    // (Not names, then the time their work has: "县气象局于5月底前组织开展…" after
    // 会同.)
    let names_then_time = || {
        let names = names_before_work(piece).key();
        names.len() < k.len() && looks_like_unit(names) && time_opens(&k[names.len()..])
    };
    if !looks_like_unit(k) && time() && !names_then_time() {
        if mode == Mode::Sentence {
            return false;
        }
        if mode == Mode::Bracket && pending.is_empty() {
            return true;
        }
        if own.deadline.is_none() {
            own.deadline = Some(piece.folded().to_string());
        }
        return true;
    }
    let (end, verb) = match strip_verbs(k) {
        (_, None) => role_then_work(k).map_or((k.len(), None), |(e, m)| (e, Some(m))),
        read => read,
    };
    // "县水利局要牵头做好…,县应急局要积极配合": a modal before the role verb is no part
    // of the name. (Before 配合 only after a name read: "县(区)财税部门和乡镇要密切配
    // 合" alone says they work together, c10584, and ends no list.)
    let read_before = !pending.is_empty() || !own.claims.is_empty();
    let end = match verb {
        Some(Mark::Coop) if !read_before => end,
        Some(_) => {
            let name = &k[..end];
            end - MODAL_VERBS
                .suffix_of(name)
                .or_else(|| name.ends_with('要').then_some("要"))
                .map_or(0, str::len)
        }
        None => end,
    };
    // "…牵头,会同X、Y推进", "…,会同X推进": the names after 会同 go on to a verb of the
    // work itself, which closes them as cooperating.
    // (Also after a partner named since: "会同中央农办、农业部、财政部等部门研究…" lists
    // on after its first partner. Only the last name is asked: linear in the list.)
    let after_with = || {
        pending
            .last()
            .is_some_and(|p| p.mark == Some(Mark::Coop) || p.partner)
            || WITH_WORDS.iter().any(|w| k.starts_with(w))
    };
    let mut partner = false;
    let (end, verb) = match ACTION_VERBS.suffix_of(&k[..end]) {
        Some(action) if verb.is_none() && after_with() => (end - action.len(), Some(Mark::Coop)),
        // (Or the work goes on after its verb: "…会同X、Y制定实施方案".)
        None if verb.is_none() && after_with() => {
            let names = names_before_work(piece.to(end)).key().len();
            partner = names == end;
            (names, (names < end).then_some(Mark::Coop))
        }
        _ => (end, verb),
    };
    let body = piece.to(end);
    // "X、Y应与Z积极配合": X and Y work with Z, as after 会同.
    if verb == Some(Mark::Coop) && body.key().contains('与') {
        if let Some((at, w)) = MODAL_WITH_WORDS
            .iter()
            .find_map(|w| body.key().find(w).map(|at| (at, *w)))
            .filter(|&(at, _)| at > 0)
        {
            let (left, right) = (body.to(at), body.from(at + w.len()));
            // (The subject may be a kind of body that no ending marks: "新闻媒体".)
            let subject = |k: &str| {
                looks_like_unit(k)
                    || (k.chars().nth(MAX_WITH_SUBJECT_CHARS).is_none()
                        && !k.contains(['的', ',', '。']))
            };
            if subject(left.key()) && looks_like_unit(right.key()) {
                if !push_with_pair(left, right, mode, pending, own) {
                    return false;
                }
                close_group(pending, Some(Mark::Coop), own);
                return true;
            }
        }
    }
    // "X会同Y(负责)": X leads, Y cooperates.
    let with = body.key().contains(['会', '联', '协']);
    if let Some((at, w)) = WITH_WORDS
        .iter()
        .filter(|_| with)
        .filter_map(|w| body.key().find(w).map(|at| (at, *w)))
        .min_by_key(|(at, _)| *at)
        .filter(|(at, _)| *at > 0)
        // "市容环境综合整治联合执法工作组": a with-word inside a name, after no name;
        // "省供销合作社联合社": before no name.
        // (Nor 联合 or 协调 before the work itself: "并指定有关地方和部门联合组织专题工作
        // 小组", held-out c13042, "jointly"; after 会同 a trade's name may stand alone.)
        .filter(|(at, w)| {
            let left = with_subject(&body.key()[..*at], w);
            let right = names_before_work(body.from(at + w.len()));
            let named = |k: &str| looks_like_unit(k) || is_leader(k) || is_name_in_sentence(k);
            let partners = |k: &str| {
                *w == "会同" || k.is_empty() || (looks_like_unit(k) && !opens_with_work_verb(k))
            };
            named(left)
                && (right.key().chars().nth(1).is_some() || right.is_empty())
                && partners(right.key())
        })
    {
        let (left, right) = (body.to(at), body.from(at + w.len()));
        // "市农业农村局要会同市财政局制定实施方案": a modal before 会同 is no part of
        // the name, and the work after the names is none of them.
        let left = left.to(with_subject_end(left.key(), w));
        let whole = right.key().len();
        let right = names_before_work(right);
        if !push_with_pair(left, right, mode, pending, own) {
            return false;
        }
        // "X会同Y、Z制定…": with no verb yet, the partners' list may go on (the names
        // keep their marks when the sentence ends without one).
        if verb.is_some() || right.key().len() < whole {
            close_group(pending, verb.or(Some(Mark::Resp)), own);
        }
        return true;
    }
    // "会同X" after a clause of its own ("由区发改局牵头,会同区财政局实施"): X cooperates.
    if let Some(rest) = WITH_WORDS.iter().find_map(|w| body.strip_prefix(w)) {
        // "协调推进各建设主体做好…": 协调 of a verb of the work, not of names.
        if ACTION_VERBS.starts(rest.key()) {
            return false;
        }
        if !rest.is_empty() && !push_name(rest, Some(Mark::Coop), mode, pending, own) {
            return false;
        }
        if verb.is_some() {
            close_group(pending, verb, own);
        }
        return true;
    }
    // "责任单位:县发改局、县财政局,县发改局牵头": a verb after a list that names one of
    // the list again marks that one; the list before keeps the label's mark.
    if let (Mode::Value(default), Some(_)) = (mode, verb) {
        let k = body.key().trim();
        if !k.is_empty() && pending.iter().any(|p| p.name.key() == k) {
            close_group(pending, Some(default), own);
        }
    }
    // "无证经营、违章经营、流动摊贩整治以土地办负责": the work listed before the
    // units is no name.
    if after_topic(body.key()).is_some() {
        pending.retain(|p| p.leader || looks_like_unit(p.name.key()));
    }
    if !body.is_empty() && !push_name(body, None, mode, pending, own) {
        return false;
    }
    if partner {
        if let Some(p) = pending.last_mut() {
            p.partner = true;
        }
    }
    if verb.is_some() {
        close_group(pending, verb, own);
    }
    true
}

/// Adds the names of one piece (after its verb was taken off) to the group.
fn push_name<'a>(
    body: Keyed<'a>,
    mark: Option<Mark>,
    mode: Mode,
    pending: &mut Vec<Pending<'a>>,
    own: &mut Own,
) -> bool {
    let (name, own_mark) = clean(body, own);
    let mark = own_mark.or(mark);
    if name.is_empty() {
        return true;
    }
    if let Some((head, rest)) = split_etc(name) {
        if !push_one(head, Cleaned::No, mark, mode, pending, own) {
            return false;
        }
        // "X等省直有关部门和各市人民政府": the collective and a unit joined to it (split
        // once, not read again: a name of many 等 is read in bounded depth).
        return rest.is_none_or(|rest| match split_and(rest) {
            Some((a, b)) => {
                push_one(a, Cleaned::No, mark, mode, pending, own)
                    && push_one(b, Cleaned::No, mark, mode, pending, own)
            }
            None => push_one(rest, Cleaned::No, mark, mode, pending, own),
        });
    }
    // "各地各有关部门", "各县区各部门": the places and the bodies, two collectives
    // written without a 、 (not "各级各部门": 各级 says which bodies).
    if let Some(at) = each_places_then_each(name.key()) {
        return push_one(name.to(at), Cleaned::No, mark, mode, pending, own)
            && push_one(name.from(at), Cleaned::No, mark, mode, pending, own);
    }
    // "区发改局区统计局": two units of one level run together (a table cell that lost
    // its line break): cut where a unit's ending meets the level the name began with.
    if let Some(at) = run_together_at(name.key()) {
        return push_one(name.to(at), Cleaned::No, mark, mode, pending, own)
            && push_name(name.from(at), mark, mode, pending, own);
    }
    if let Some((a, b)) = split_and(name) {
        // The second may join a third ("环保厅和内蒙古电力监管办及相关盟市"): it is read
        // as a name again (a unit's length bounds the depth).
        return push_one(a, Cleaned::No, mark, mode, pending, own)
            && push_name(b, mark, mode, pending, own);
    }
    push_one(name, Cleaned::Yes, mark, mode, pending, own)
}

/// Where the second collective starts in "各地各有关部门" (the 各 after a collective
/// of places: 各地, 各县区, 各乡镇, 各县(市、区)), if the name is two such run together.
pub fn each_places_then_each(k: &str) -> Option<usize> {
    let rest = k.strip_prefix('各')?;
    let at = rest.find('各')?;
    let places = without_place_brackets(&rest[..at]);
    let mut p: &str = &places;
    while !p.is_empty() {
        let step = std::iter::once("地")
            .chain(EACH_PLACES.iter().copied())
            .filter(|w| p.starts_with(w))
            .map(str::len)
            .max()?;
        p = &p[step..];
    }
    let second = &rest[at..];
    (!places.is_empty() && second.chars().nth(1).is_some() && names::is_collective(second))
        .then_some('各'.len_utf8() + at)
}

/// "X等市级有关部门": X and the collective; "X等", "X等单位": X alone.
/// "X等和各市人民政府": X, and after 和 a unit of its own.
pub fn split_etc(name: Keyed) -> Option<(Keyed, Option<Keyed>)> {
    let k = name.key();
    let at = k
        .match_indices('等')
        .map(|(at, _)| at)
        .find(|&at| !within_word_with_deng(k, at))
        .filter(|&at| at > 0)?;
    let rest = name.from(at + '等'.len_utf8());
    // ("X、Y等单位以及相关乡镇": the kind of body 等 ends with, then a joined unit,
    // held-out c12541.)
    let rest = SHARED_BODY_ENDS
        .prefix_of(rest.key())
        .filter(|end| {
            AND_WORDS
                .iter()
                .any(|w| rest.key()[end.len()..].starts_with(w))
        })
        .map_or(rest, |end| rest.from(end.len()));
    if let Some(w) = AND_WORDS.iter().find(|w| rest.key().starts_with(**w)) {
        let joined = rest.from(w.len());
        return Some((name.to(at), looks_like_unit(joined.key()).then_some(joined)));
    }
    Some((
        name.to(at),
        names::is_collective(rest.key()).then_some(rest),
    ))
}

/// Whether the 等 at byte `at` of `k` is a char of a word ([`WORDS_WITH_DENG`]: "高等",
/// "等级"), not "etc.".
fn within_word_with_deng(k: &str, at: usize) -> bool {
    within_word(&WORDS_WITH_DENG, "等", k, at)
}

/// Whether the `part` at byte `at` of `k` is inside a word of `words` ("高等" for 等,
/// "和谐" for 和).
fn within_word(words: &Words, part: &str, k: &str, at: usize) -> bool {
    words.words.iter().any(|w| {
        w.find(part)
            .is_some_and(|i| k[..at].ends_with(&w[..i]) && k[at..].starts_with(&w[i..]))
    })
}

/// The words that join two units ("经济投资局和航空口岸局"), longer first (以及 before
/// 及).
const AND_WORDS: &[&str] = &["以及", "和", "与", "及", "或"];

/// "经济投资局和航空口岸局": two units joined by 和/与/及 (both sides units); not when
/// the second is a body of the same place ("各县党委和人民政府", "高新区党工委和管委会":
/// one entry), nor a name with 和 inside ("住房和城乡建设局": 住房 is none).
pub fn split_and(name: Keyed) -> Option<(Keyed, Keyed)> {
    let k = name.key();
    AND_WORDS.iter().find_map(|w| {
        let at = k
            .match_indices(w)
            .map(|(at, _)| at)
            .find(|&at| !within_word(&WORDS_WITH_AND, w, k, at))
            .filter(|&at| at > 0)?;
        let (a, b) = (name.to(at), name.from(at + w.len()));
        (looks_like_unit(a.key())
            && looks_like_unit(b.key())
            // (Nor a bare kind of body: "省有关部门和单位" is one entry.)
            && !PLACE_BODIES.contains(&b.key().trim())
            && !SHARED_BODY_ENDS.words.contains(&b.key().trim()))
        .then_some((a, b))
    })
}

/// Where a second unit starts in `k` when two names of the same level were written
/// without a separator ("区发改局区统计局", "市海洋渔业局市农业农村局"): after a unit
/// ending, at the level char the name starts with, with both parts names of units.
fn run_together_at(k: &str) -> Option<usize> {
    let level = k.chars().next().filter(|c| LEVEL_CHARS.contains(*c))?;
    let mut at = level.len_utf8();
    // Each cut candidate is looked at once, and each test is bounded by the name's
    // length (a name is short: MAX_UNIT_CHARS).
    if k.len() > 4 * names::MAX_UNIT_CHARS {
        return None;
    }
    while let Some(p) = k[at..].find(level) {
        let cut = at + p;
        let (a, b) = (&k[..cut], &k[cut..]);
        // (Not after a place or a list: "市级各有关部门及各县市区政府".)
        let after_place = a
            .chars()
            .next_back()
            .is_some_and(|c| LEVEL_CHARS.contains(c));
        if !after_place
            && !a.contains(['各', '及', '和', '与', '、', '('])
            && looks_like_unit(a)
            && looks_like_unit(b)
        {
            return Some(cut);
        }
        at = cut + level.len_utf8();
    }
    None
}

fn push_one<'a>(
    name: Keyed<'a>,
    cleaned: Cleaned,
    mark: Option<Mark>,
    mode: Mode,
    pending: &mut Vec<Pending<'a>>,
    own: &mut Own,
) -> bool {
    // A part split off a name ("X等…", "X和Y") may have its own tail or mark; a
    // whole name was cleaned already.
    let (name, own_mark) = match cleaned {
        Cleaned::No => clean(name, own),
        Cleaned::Yes => (name, None),
    };
    let mark = own_mark.or(mark);
    let k = name.key();
    // One char is no name (the end of a name cut off by the page: "区").
    if k.chars().nth(1).is_none() {
        return true;
    }
    if is_leader(k) {
        pending.push(Pending {
            name,
            mark,
            leader: true,
            partner: false,
        });
        return true;
    }
    let is_name = match mode {
        Mode::Value(_) => k.chars().count() <= names::MAX_UNIT_CHARS && !k.contains(':'),
        Mode::Sentence | Mode::Bracket => is_name_in_sentence(k),
    };
    if !is_name {
        return false;
    }
    pending.push(Pending {
        name,
        mark,
        leader: false,
        partner: false,
    });
    true
}

/// Whether a name passed on has had its openers, tails and marks taken off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cleaned {
    Yes,
    No,
}

/// A verb closes the group: its mark goes to every pending name without one.
fn close_group(pending: &mut Vec<Pending>, verb: Option<Mark>, own: &mut Own) {
    // A post without a name right before a post and a name ("市委副书记、市长肖平"): the
    // posts of one person (held-out c10846), joined into its post.
    let mut posts_before: Option<String> = None;
    let mut drained = pending.drain(..).peekable();
    while let Some(p) = drained.next() {
        if p.leader {
            // A leader who assists ("(李政文秘书长、刘俊谦省长助理协助)") is no 牵头领导.
            if p.mark.or(verb) == Some(Mark::Coop) {
                continue;
            }
            let mut l = names::read_leader(p.name);
            if let Some(before) = posts_before.take() {
                l.post = l.post.map(|post| format!("{before}、{post}"));
            }
            let bare_post = l.post.is_none() && !names::is_person_name(p.name.key());
            let mut named_next = || {
                drained
                    .peek()
                    .filter(|n| n.leader && n.mark == p.mark)
                    .is_some_and(|n| names::read_leader(n.name).post.is_some())
            };
            if bare_post && named_next() {
                posts_before = Some(l.name);
                continue;
            }
            if !own.leaders.contains(&l) {
                own.leaders.push(l);
            }
            continue;
        }
        let mark = p.mark.or(verb).unwrap_or(Mark::Resp);
        own.claims.push(Claim {
            unit: names::make_unit(p.name),
            mark,
        });
    }
}

/// Names left without a verb: in a value they take the label's mark; in a sentence
/// they are no clause and are dropped.
fn flush(pending: &mut Vec<Pending>, mode: Mode, own: &mut Own) {
    match mode {
        Mode::Value(default) => close_group(pending, Some(default), own),
        Mode::Sentence | Mode::Bracket => {
            // Names whose own words gave them a role ("X会同Y") keep it.
            pending.retain(|p| p.mark.is_some());
            close_group(pending, None, own);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::model::Unit;

    fn claims(s: &str, mode: Mode) -> (Vec<(String, Mark)>, Own, usize) {
        let mut own = Own::default();
        let end = read(Keyed::plain(s), mode, &mut own);
        let c = own
            .claims
            .iter()
            .map(|c| (c.unit.name.clone(), c.mark))
            .collect();
        (c, own, end)
    }

    /// Units alone after a semicolon close a bracket of who does it: the level that
    /// carries the work out (held-out c10300, "(…分工负责;各乡镇)"); in a sentence
    /// they are no clause of who does what.
    #[test]
    fn units_alone_after_a_semicolon_close_a_bracket() {
        let (c, _, end) = claims("县委宣传部、县应急局分工负责;各乡镇", Mode::Bracket);
        let names: Vec<&str> = c.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["县委宣传部", "县应急局", "各乡镇"]);
        assert_eq!(end, "县委宣传部、县应急局分工负责;各乡镇".len());
        let (c, ..) = claims("县委宣传部、县应急局分工负责;各乡镇", Mode::Sentence);
        assert_eq!(c.len(), 2);
    }

    /// A place's other name in a 文号's brackets ("县〔区〕") is a name's bracket as
    /// "县(区)" is (held-out c10042: "各市、县〔区〕落实" after the cooperating units).
    #[test]
    fn a_place_bracket_written_with_tortoise_shells() {
        let (c, ..) = claims(
            "自治区卫生健康委牵头,宣传部、网信办按职责分工负责,各市、县〔区〕落实",
            Mode::Bracket,
        );
        let names: Vec<&str> = c.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["自治区卫生健康委", "宣传部", "网信办", "各市、县〔区〕"]
        );
    }

    /// A place's party committee and its government, the place written once, are one
    /// entry (held-out c3702); a lone government after another unit is not joined.
    #[test]
    fn a_party_committee_and_its_government() {
        let (c, ..) = claims(
            "市林业局,清丰县党委、政府,开发区党工委、管委会",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(
            names(&c, Mark::Resp),
            ["市林业局", "清丰县党委、政府", "开发区党工委、管委会"]
        );
        let (c, ..) = claims("县财政局、县政府办", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["县财政局", "县政府办"]);
        // The government, then 和 and another unit (held-out c13815): the pair, and
        // the unit after 和 on its own.
        let (c, ..) = claims(
            "各乡镇(街道)党委、政府和县开发区管委会负责",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(
            names(&c, Mark::Resp),
            ["各乡镇(街道)党委、政府", "县开发区管委会"]
        );
    }

    fn names(v: &[(String, Mark)], m: Mark) -> Vec<&str> {
        v.iter()
            .filter(|c| c.1 == m)
            .map(|c| c.0.as_str())
            .collect()
    }

    #[test]
    fn every_unit_before_a_verb_takes_it() {
        let (c, ..) = claims(
            "市发改委、市财政局牵头,市住建局配合",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(names(&c, Mark::Lead), ["市发改委", "市财政局"]);
        assert_eq!(names(&c, Mark::Coop), ["市住建局"]);
    }

    /// Words of manner before a role verb belong to it, in any combination
    /// ("按照职责分工抓好落实", "分别牵头", "具体承办"); 承办 is a role verb.
    #[test]
    fn words_of_manner_before_a_role_verb() {
        let (c, _, end) = claims("县发改局、县财政局按照职责分工抓好落实", Mode::Sentence);
        assert_eq!(names(&c, Mark::Resp), ["县发改局", "县财政局"]);
        assert_eq!(end, "县发改局、县财政局按照职责分工抓好落实".len());
        // (Held-out c1700: "由兴东集团按程序组织实施".)
        let (c, ..) = claims("由兴东集团按程序组织实施", Mode::Sentence);
        assert_eq!(names(&c, Mark::Resp), ["兴东集团"]);
        let (c, ..) = claims("具体由县发改局承办,县财政局积极配合", Mode::Sentence);
        assert_eq!(names(&c, Mark::Resp), ["县发改局"]);
        assert_eq!(names(&c, Mark::Coop), ["县财政局"]);
        let (c, ..) = claims(
            "县发改局、县住建局分别牵头,县财政局共同参与",
            Mode::Sentence,
        );
        assert_eq!(names(&c, Mark::Lead), ["县发改局", "县住建局"]);
        assert_eq!(names(&c, Mark::Coop), ["县财政局"]);
        // A clause of work is still not a name: reading stops there.
        let (c, _, end) = claims("加强督促检查,切实抓好落实", Mode::Sentence);
        assert!(c.is_empty() && end == 0, "{c:?} {end}");
    }

    /// 领办 (a 提案's handling: 领办, 主办, 协办) is a role verb; "部门和单位" after a
    /// place is one entry, not a unit and a bare "单位".
    #[test]
    fn lingban_and_departments_and_units() {
        let (c, ..) = claims("市政协提案委领办,相关专委会协助", Mode::Sentence);
        assert_eq!(names(&c, Mark::Lead), ["市政协提案委"]);
        assert_eq!(names(&c, Mark::Coop), ["相关专委会"]);
        let (c, ..) = claims("有关设区市、省有关部门和单位", Mode::Value(Mark::Lead));
        assert_eq!(names(&c, Mark::Lead), ["有关设区市", "省有关部门和单位"]);
    }

    /// Names after 会同 go on to a verb of the work, which closes them as cooperating.
    #[test]
    fn names_after_huitong_up_to_a_verb_of_the_work() {
        let (c, ..) = claims("县发改局牵头,会同县财政局、县住建局推进", Mode::Sentence);
        assert_eq!(names(&c, Mark::Lead), ["县发改局"]);
        assert_eq!(names(&c, Mark::Coop), ["县财政局", "县住建局"]);
        let (c, ..) = claims("县发改局牵头,会同县财政局推进", Mode::Sentence);
        assert_eq!(names(&c, Mark::Coop), ["县财政局"]);
        // Without 会同 a verb of the work alone gives no role.
        let (c, ..) = claims("县发改局牵头,县财政局推进", Mode::Sentence);
        assert!(names(&c, Mark::Coop).is_empty());
    }

    /// A verb after a list that names one of the list again marks that one only.
    #[test]
    fn a_verb_that_names_a_listed_unit_again_marks_it_alone() {
        let (c, ..) = claims("县发改局、县财政局,县发改局牵头", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["县发改局", "县财政局"]);
        assert_eq!(names(&c, Mark::Lead), ["县发改局"]);
        // Names not listed before all take the verb, as always.
        let (c, ..) = claims(
            "市发改委、市财政局牵头,市住建局配合",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(names(&c, Mark::Lead), ["市发改委", "市财政局"]);
    }

    /// A verb of the work after a role verb shares its role ("负责整改", "牵头落实");
    /// the work pointed at before 由 is no part of the name ("该项任务由X牵头"); 协调
    /// before a verb of the work names no one ("协调推进各建设主体单位做好").
    #[test]
    fn the_work_around_a_role_is_no_name() {
        let (c, _, end) = claims("由县住建局负责整改,县财政局配合落实", Mode::Sentence);
        assert_eq!(names(&c, Mark::Resp), ["县住建局"]);
        assert_eq!(names(&c, Mark::Coop), ["县财政局"]);
        assert_eq!(end, "由县住建局负责整改,县财政局配合落实".len());
        let (c, ..) = claims("该项任务由县住建局牵头", Mode::Sentence);
        assert_eq!(names(&c, Mark::Lead), ["县住建局"]);
        let (c, ..) = claims("协调推进各后街建设主体单位做好", Mode::Sentence);
        assert!(c.is_empty(), "{c:?}");
    }

    /// A chain that ends in a verb of assessing ("负责考核", "考评") makes its names
    /// assessors (held-out c1707: "由镇工办负责考核" after each item of a 目标责任书),
    /// not doers; "牵头督导" still leads.
    #[test]
    fn names_that_assess_the_work_do_not_do_it() {
        let (c, ..) = claims("由镇工办负责考核", Mode::Sentence);
        assert_eq!(names(&c, Mark::Oversee), ["镇工办"]);
        let (c, ..) = claims("由市二医院、党政办负责考核", Mode::Sentence);
        assert_eq!(names(&c, Mark::Oversee), ["市二医院", "党政办"]);
        let (c, ..) = claims("市生态环境局牵头督导,市公安局配合", Mode::Sentence);
        assert_eq!(names(&c, Mark::Lead), ["市生态环境局"]);
    }

    /// "X为牵头单位" in a sentence: 为 and a responsibility label are the role verb.
    #[test]
    fn a_role_by_wei_and_a_label_in_a_sentence() {
        let (c, ..) = claims("县发改局为牵头单位,县财政局为配合单位", Mode::Sentence);
        assert_eq!(names(&c, Mark::Lead), ["县发改局"]);
        assert_eq!(names(&c, Mark::Coop), ["县财政局"]);
        let (c, ..) = claims("县发改局作为责任单位", Mode::Sentence);
        assert_eq!(names(&c, Mark::Resp), ["县发改局"]);
        // Not a label after 为: no role ("成为全省示范单位" is a goal).
        let (c, ..) = claims("力争成为全省示范单位", Mode::Sentence);
        assert!(c.is_empty(), "{c:?}");
    }

    /// "X为牵头单位": the name, then 为 and a label that says its role.
    #[test]
    fn a_name_is_a_role_by_a_label_after_wei() {
        let (c, ..) = claims(
            "县发改局为牵头单位,县财政局为配合单位",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(names(&c, Mark::Lead), ["县发改局"]);
        assert_eq!(names(&c, Mark::Coop), ["县财政局"]);
        // Other words after 为 are the name's ("作为", "为民服务中心").
        let (c, ..) = claims("县为民服务中心负责", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["县为民服务中心"]);
    }

    /// A person in brackets after a unit is not part of its name.
    #[test]
    fn a_contact_person_after_a_unit_is_not_its_name() {
        let (c, ..) = claims("县发改局(张三)、县财政局(李四)", Mode::Value(Mark::Lead));
        assert_eq!(names(&c, Mark::Lead), ["县发改局", "县财政局"]);
        // Its head, with the post before or after the name, or as a field.
        let (c, ..) = claims(
            "县发改局(局长:张三)、县财政局(李四局长)",
            Mode::Value(Mark::Lead),
        );
        assert_eq!(names(&c, Mark::Lead), ["县发改局", "县财政局"]);
        let (c, ..) = claims("县委组织部(县人才办)", Mode::Value(Mark::Lead));
        assert_eq!(names(&c, Mark::Lead), ["县委组织部(县人才办)"]);
    }

    /// 督办 and 督导 name who oversees the task: a leader is its leader, a unit neither
    /// leads nor cooperates; after a role verb they are the role's work (牵头督导).
    #[test]
    fn overseers_are_not_lead_or_cooperating_units() {
        let (c, own, _) = claims(
            "县发改局牵头,县财政局参与,县政府办督办;王五副县长督导",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(names(&c, Mark::Lead), ["县发改局"]);
        assert_eq!(names(&c, Mark::Coop), ["县财政局"]);
        let leaders: Vec<&str> = own.leaders.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(leaders, ["王五"]);
        let (lead, coop) = own.resolve(false);
        assert!(lead.iter().chain(&coop).all(|u| u.name != "县政府办"));
        let (c, ..) = claims("市发改委牵头督导", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Lead), ["市发改委"]);
    }

    /// 主抓 is a leading verb, like 牵头; 股 ends a unit's name (规划股).
    #[test]
    fn zhuzhua_leads_and_gu_is_a_unit() {
        let (c, ..) = claims("县发改局主抓,规划股配合", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Lead), ["县发改局"]);
        assert_eq!(names(&c, Mark::Coop), ["规划股"]);
    }

    #[test]
    fn a_value_whose_comma_opens_a_clause_of_its_own() {
        // The names before the comma are the label's; the clause after it has its verb.
        for (value, lead, coop) in [
            (
                "县住建局、各乡镇人民政府,县财政局配合。",
                vec!["县住建局", "各乡镇人民政府"],
                vec!["县财政局"],
            ),
            ("县住建局,县财政局配合", vec!["县住建局"], vec!["县财政局"]),
            (
                "市发改委,市财政局,市商务局",
                vec!["市发改委", "市财政局", "市商务局"],
                vec![],
            ),
        ] {
            let (c, ..) = claims(value, Mode::Value(Mark::Lead));
            assert_eq!(names(&c, Mark::Lead), lead, "{value}");
            assert_eq!(names(&c, Mark::Coop), coop, "{value}");
        }
    }

    /// Posts without a name before a post and a name are that person's ("市委副书记、
    /// 市长肖平实地督办", held-out c10846); two posts alone are two leaders; 实地 is a
    /// word of manner before the role verb.
    #[test]
    fn posts_before_a_named_post_are_one_person_s() {
        let leaders = |s: &str| {
            let (_, own, _) = claims(s, Mode::Value(Mark::Resp));
            own.leaders
                .iter()
                .map(|l| (l.name.clone(), l.post.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            leaders("由市委副书记、市长肖平实地督办,市发改局牵头"),
            [("肖平".to_string(), Some("市委副书记、市长".to_string()))]
        );
        assert_eq!(
            leaders("分管副省长、协管副秘书长负责"),
            [
                ("分管副省长".to_string(), None),
                ("协管副秘书长".to_string(), None)
            ]
        );
        assert_eq!(
            leaders("副市长王明、副市长李强负责"),
            [
                ("王明".to_string(), Some("副市长".to_string())),
                ("李强".to_string(), Some("副市长".to_string()))
            ]
        );
    }

    #[test]
    fn sentences_of_issue_11() {
        let (c, ..) = claims(
            "省发展改革委牵头,各地、各部门配合。",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(names(&c, Mark::Lead), ["省发展改革委"]);
        assert_eq!(names(&c, Mark::Coop), ["各地", "各部门"]);
        let (c, own, _) = claims(
            "分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省财政厅参与",
            Mode::Value(Mark::Resp),
        );
        let leaders: Vec<&str> = own.leaders.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(leaders, ["分管副省长", "协管副秘书长"]);
        assert_eq!(names(&c, Mark::Lead), ["省发展改革委"]);
        assert_eq!(names(&c, Mark::Coop), ["省工业和信息化厅", "省财政厅"]);
        let (c, ..) = claims("由市住建局牵头,市自然资源局配合", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Lead), ["市住建局"]);
        assert_eq!(names(&c, Mark::Coop), ["市自然资源局"]);
        let (c, ..) = claims(
            "由区发改局牵头,会同区财政局、区统计局实施",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(names(&c, Mark::Lead), ["区发改局"]);
        assert_eq!(names(&c, Mark::Coop), ["区财政局"]);
        assert_eq!(names(&c, Mark::Resp), ["区统计局"]);
        let (c, ..) = claims("市住建局会同市财政局负责", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Lead), ["市住建局"]);
        assert_eq!(names(&c, Mark::Coop), ["市财政局"]);
        let (c, ..) = claims("市发改局、市财政局按职责分工负责", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["市发改局", "市财政局"]);
        // Names, a role verb, then the work itself (held-out c1407: "相关专委会协助做
        // 好督办工作"): the names take the role, the work is no name.
        let (c, ..) = claims(
            "市生态环境局负责,市直有关部门和各县区配合做好相关工作",
            Mode::Sentence,
        );
        assert_eq!(names(&c, Mark::Resp), ["市生态环境局"]);
        assert_eq!(names(&c, Mark::Coop), ["市直有关部门", "各县区"]);
        let (c, ..) = claims(
            "由分管副主席领办,相关专委会协助做好督办工作",
            Mode::Sentence,
        );
        assert_eq!(names(&c, Mark::Coop), ["相关专委会"]);
        // 负主体责任 is a role verb: the body that answers for the work leads it.
        let (c, ..) = claims(
            "各县(市、区)政府负主体责任,市农业农村局负责指导",
            Mode::Sentence,
        );
        assert_eq!(names(&c, Mark::Lead), ["各县(市、区)政府"]);
        assert_eq!(names(&c, Mark::Resp), ["市农业农村局"]);
        // A with-word inside a name, after words that name no one (held-out c1906):
        // the whole is one unit.
        let (c, ..) = claims("由市容环境综合整治联合执法工作组负责", Mode::Sentence);
        assert_eq!(names(&c, Mark::Resp), ["市容环境综合整治联合执法工作组"]);
        assert!(names(&c, Mark::Coop).is_empty());
    }

    #[test]
    fn a_value_ends_where_a_table_runs_into_it() {
        let (c, ..) = claims(
            "市公安局、市城管局,各区政府 鄞州 海曙、江东 合计 新辟线路年度目标 2 5 10",
            Mode::Value(Mark::Coop),
        );
        assert_eq!(names(&c, Mark::Coop), ["市公安局", "市城管局", "各区政府"]);
        // Names separated by spaces only are a list of their own.
        let (c, ..) = claims("鄞州 海曙 江东", Mode::Value(Mark::Coop));
        assert_eq!(names(&c, Mark::Coop), ["鄞州", "海曙", "江东"]);
        let (c, ..) = claims("市公安局、市城管局 市财政局 配合", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Coop), ["市公安局", "市城管局", "市财政局"]);
    }

    #[test]
    fn a_note_about_units_names_none() {
        let (c, ..) = claims(
            "省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(names(&c, Mark::Resp), ["省发展改革委", "省市场监管局"]);
    }

    #[test]
    fn places_before_a_shared_body() {
        let (c, ..) = claims(
            "哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责",
            Mode::Bracket,
        );
        assert_eq!(
            names(&c, Mark::Resp),
            [
                "哈尔滨机场扩建指挥部",
                "哈尔滨",
                "黑河",
                "绥芬河市政府",
                "省农垦总局"
            ]
        );
        // Not without the body after them, nor when the list stops before it.
        let (c, ..) = claims("培训、宣传、市教育局负责", Mode::Bracket);
        assert!(c.is_empty(), "{c:?}");
        // (A sentence stops at a piece that names no one: nothing is read.)
        let (c, ..) = claims("哈尔滨、黑河;绥芬河市政府负责", Mode::Bracket);
        assert!(c.is_empty(), "{c:?}");
    }

    /// A PDF's copy with spaces inside names (c2909): "市 财政局" is one name, and
    /// so is "资源规划 局"; "国土所 村(社区)" are two, as are "鄞州 海曙".
    #[test]
    fn spaces_inside_names() {
        let (c, ..) = claims(
            "市 住建局 、资源规划 局、 大数据局",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(
            names(&c, Mark::Resp),
            ["市住建局", "资源规划局", "大数据局"]
        );
        let (c, ..) = claims("农村办 国土所 村(社区)", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["农村办", "国土所", "村(社区)"]);
        let (c, ..) = claims("鄞州 海曙", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["鄞州", "海曙"]);
        // A note of the reader in a bracket after a name, brackets inside it (c4905).
        let (c, ..) = claims(
            "局相关业务科室,各县(市、区)林业主管部门(以下均需各县(市、区)林业主管部门配合,不再列出)",
            Mode::Value(Mark::Coop),
        );
        assert_eq!(
            names(&c, Mark::Coop),
            ["局相关业务科室", "各县(市、区)林业主管部门"]
        );
        // An autonomous place's word before its level (held-out c3002).
        let (c, ..) = claims("自治 区农牧厅、财政厅", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["自治区农牧厅", "财政厅"]);
    }

    /// "X等省直有关部门和各市人民政府" (c2700): X, the collective, and the unit joined
    /// to it by 和.
    #[test]
    fn etc_then_and() {
        let (c, ..) = claims(
            "省农业厅等省直有关部门和各市人民政府",
            Mode::Value(Mark::Coop),
        );
        assert_eq!(
            names(&c, Mark::Coop),
            ["省农业厅", "省直有关部门", "各市人民政府"]
        );
    }

    /// "各地各有关部门" (held-out c7301): the places and the bodies, two entries; 各级
    /// says which bodies, one.
    #[test]
    fn two_collectives_run_together() {
        for (value, want) in [
            ("各地各有关部门", vec!["各地", "各有关部门"]),
            ("各县区各部门", vec!["各县区", "各部门"]),
            ("各县(市、区)各有关部门", vec!["各县(市、区)", "各有关部门"]),
            ("各级各部门", vec!["各级各部门"]),
            ("各级各类学校", vec!["各级各类学校"]),
        ] {
            let (c, ..) = claims(value, Mode::Value(Mark::Resp));
            assert_eq!(names(&c, Mark::Resp), want, "{value}");
        }
    }

    /// "X等和各市、县人民政府", "X和各市、县人民政府" (held-out c7200): X, then the
    /// governments of every city and county as one entry, after 等和 as after 、.
    #[test]
    fn each_places_after_and() {
        for value in [
            "省财政厅、地税局等和各市、县人民政府",
            "省财政厅、地税局和各市、县人民政府",
            "省财政厅、地税局、各市、县人民政府",
        ] {
            let (c, ..) = claims(value, Mode::Value(Mark::Coop));
            assert_eq!(
                names(&c, Mark::Coop),
                ["省财政厅", "地税局", "各市、县人民政府"],
                "{value}"
            );
        }
        let (c, ..) = claims("省财政厅等和省审计厅", Mode::Value(Mark::Coop));
        assert_eq!(names(&c, Mark::Coop), ["省财政厅", "省审计厅"]);
        // (A name with 和 inside stays whole.)
        let (c, ..) = claims("住房和城乡建设局、各县、区政府", Mode::Value(Mark::Coop));
        assert_eq!(names(&c, Mark::Coop), ["住房和城乡建设局", "各县、区政府"]);
    }

    /// Trades before a body's ending written once (c2705: "由公安、交通部门负责,有关部门
    /// 配合"): the sentence reads on to its cooperating units.
    #[test]
    fn trades_before_a_shared_body() {
        let (c, ..) = claims("由公安、交通部门负责,有关部门配合", Mode::Sentence);
        assert_eq!(names(&c, Mark::Resp), ["公安", "交通部门"]);
        assert_eq!(names(&c, Mark::Coop), ["有关部门"]);
        let (c, ..) = claims("建设、施工单位配合", Mode::Sentence);
        assert_eq!(names(&c, Mark::Coop), ["建设", "施工单位"]);
        // Not before a collective ("各有关部门"), nor before work.
        let (c, ..) = claims("宣传、各有关部门负责", Mode::Bracket);
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn clean_names() {
        let (c, ..) = claims("国务院各部门分别负责,年内持续推进", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["国务院各部门"]);
        let (c, ..) = claims(
            "省商务厅、河南银保监局等相关部门按职责分工负责",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(
            names(&c, Mark::Resp),
            ["省商务厅", "河南银保监局", "相关部门"]
        );
        let (c, ..) = claims("★区发改委、统计局", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Lead), ["区发改委"]);
        assert_eq!(names(&c, Mark::Resp), ["统计局"]);
        let (c, ..) = claims("各镇(街道)、市委组织部(市人才办)", Mode::Value(Mark::Resp));
        assert_eq!(
            names(&c, Mark::Resp),
            ["各镇(街道)", "市委组织部(市人才办)"]
        );
    }

    #[test]
    fn notes_to_the_reader_name_no_unit() {
        let (c, own, _) = claims(
            "分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(names(&c, Mark::Lead), ["省科技厅"]);
        assert!(names(&c, Mark::Coop).is_empty());
        assert!(names(&c, Mark::Resp).is_empty());
        assert!(!own.first_leads_here);
        let (c, ..) = claims(
            "市人力资源社会保障局、市财政局,各区(市)政府。以下任务均需各区(市)政府落实,不再一一列出。",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(
            names(&c, Mark::Resp),
            ["市人力资源社会保障局", "市财政局", "各区(市)政府"]
        );
        let (_, own, _) = claims(
            "省科技厅、省发改委等负责。列第一位的为牵头部门,其他部门和单位按职责分工负责,下同",
            Mode::Value(Mark::Resp),
        );
        assert!(own.first_leads_here && own.first_leads_from_here);
    }

    #[test]
    fn sentences_stop_at_the_work() {
        let s = "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《实施方案》,经市政府审定。";
        let (c, own, end) = claims(s, Mode::Sentence);
        assert_eq!(own.leaders[0].name, "杨志武");
        assert_eq!(names(&c, Mark::Lead), ["市发改委"]);
        assert_eq!(names(&c, Mark::Coop), ["相关部门"]);
        assert_eq!(&s[end..], "尽快完成《实施方案》,经市政府审定。");
        let (c, _, end) = claims("加快推进工作落实,确保按期完成。", Mode::Sentence);
        assert!(c.is_empty());
        assert_eq!(end, 0);
    }

    #[test]
    fn each_place_lists_are_one_entry() {
        let (c, ..) = claims("市税务局、各县、市、区政府", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["市税务局", "各县、市、区政府"]);
        let (c, ..) = claims("各市(州)、县(市、区)", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["各市(州)、县(市、区)"]);
        let (c, ..) = claims("区发改局区统计局", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["区发改局", "区统计局"]);
        let (c, ..) = claims("市市场监管局、市委市政府", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["市市场监管局", "市委", "市政府"]);
        let (c, ..) = claims("省林业厅牵头,各州、市人民政府配合", Mode::Sentence);
        assert_eq!(names(&c, Mark::Coop), ["各州、市人民政府"]);
        let (c, ..) = claims("各县、区人民政府(管委会)", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["各县、区人民政府(管委会)"]);
        let (c, ..) = claims("各镇、街道", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["各镇、街道"]);
        let (c, ..) = claims("各地、各部门", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["各地", "各部门"]);
        // Every kind of place: a province's level (held-out c13004), a town's parts
        // (held-out c13221).
        let (c, ..) = claims("卫生部、各省、自治区、直辖市", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["卫生部", "各省、自治区、直辖市"]);
        let (c, ..) = claims("区水利局、各镇街、园区", Mode::Value(Mark::Coop));
        assert_eq!(names(&c, Mark::Coop), ["区水利局", "各镇街、园区"]);
        let (c, ..) = claims("拆违控违办、各村、社区", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["拆违控违办", "各村、社区"]);
        // Opened by 相关, and places with their other names in brackets.
        let (c, ..) = claims("省发改委、相关市、县政府", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["省发改委", "相关市、县政府"]);
        let (c, ..) = claims("市财政局、各区、县(市)政府", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["市财政局", "各区、县(市)政府"]);
        let (c, ..) = claims("各市(地)、县(市)政府(行署)", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["各市(地)、县(市)政府(行署)"]);
        let (c, ..) = claims(
            "市财政局等有关部门,各区、县(市)政府及开发区管委会",
            Mode::Value(Mark::Resp),
        );
        assert_eq!(
            names(&c, Mark::Resp),
            ["市财政局", "有关部门", "各区、县(市)政府", "开发区管委会"]
        );
        let (c, ..) = claims("有关部门、区政府", Mode::Value(Mark::Resp));
        assert_eq!(names(&c, Mark::Resp), ["有关部门", "区政府"]);
    }

    #[test]
    fn units_are_units() {
        let u: Unit = names::make_unit(Keyed::plain("各镇(街道)"));
        assert!(u.collective);
    }
}

//! Names: what a piece of a list is (a unit, a leader), its clean form, and the
//! grouping key of a unit.

use crate::parser::model::{Leader, Unit};
use crate::parser::normalise::{is_traditional_utf8, key_char};
use crate::parser::text::{has_sentence_mark, is_ideograph, Keyed};
use crate::parser::words::{
    BARE_TITLES, COLLECTIVE_WORDS, DOUBLE_SURNAMES, GRADED_KINDS, GRADE_WORDS, LEADER_TITLES,
    LEADING_VERBS, MEETING_ENDS, MODAL_VERBS, NOT_BODY_ENDS, NOT_MODALS, NOT_NAME_WORDS,
    PERSON_GROUP_ENDS, POSTS, POST_ENDS, SETTING_UP_VERBS, SHARED_BODY_ENDS, SURNAMES,
    UNIT_SUFFIXES,
};

/// The longest leader entry, in chars ("市委常委、常务副市长王明" is one).
pub const MAX_LEADER_CHARS: usize = 24;

/// The longest unit name, in chars: a longer piece is a sentence, not a name.
pub const MAX_UNIT_CHARS: usize = 40;

/// The grouping key of a unit name: width, Traditional forms, spaces and bracket
/// shapes folded, so that "市委组织部（市人才办）" and "市委组织部(市人才办)" group.
pub fn unit_key(name: &str) -> String {
    // Sized once: almost every fold keeps or shrinks a char's UTF-8 length.
    let mut key = String::with_capacity(name.len());
    let b = name.as_bytes();
    // Bytes from `run` to `i` are kept as they are, and copied in one go when a
    // char that changes (or the end) is reached.
    let (mut run, mut i) = (0, 0);
    while i < b.len() {
        let kept = match b[i] {
            b'A'..=b'Z' | b'[' | b']' => 0,
            // Printable ASCII is unchanged by every fold but the lowercasing.
            0x21..=0x7E => 1,
            // U+4000..U+9FFF (nearly every char of a name) is changed by the
            // Traditional fold only.
            0xE4..=0xE9 => match b.get(i..i + 3) {
                Some(&[b0, b1, b2]) if !is_traditional_utf8(b0, b1, b2) => 3,
                _ => 0,
            },
            _ => 0,
        };
        if kept > 0 {
            i += kept;
            continue;
        }
        key.push_str(name.get(run..i).unwrap_or_default());
        let Some(c) = name.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        run = i;
        if let Some(k) = unit_key_char(c) {
            key.push(k);
        }
    }
    key.push_str(name.get(run..).unwrap_or_default());
    key
}

/// What one char of a unit name becomes in its key (None: dropped).
fn unit_key_char(c: char) -> Option<char> {
    let c = if c.is_ascii_graphic() { c } else { key_char(c) };
    if c.is_whitespace() {
        return None;
    }
    Some(match c {
        '[' | '【' | '〔' | '〖' => '(',
        ']' | '】' | '〕' | '〗' => ')',
        c => c.to_ascii_lowercase(),
    })
}

/// A collective entry rather than one unit: 各镇(街道), 市级有关部门, 区政府各部门,
/// 各直属单位, 有关镇(街道), 区防指成员单位.
pub fn is_collective(key: &str) -> bool {
    key.starts_with('各') || key.ends_with("各级") || COLLECTIVE_WORDS.in_text(key)
}

/// Whether `k` ends like a unit name (局, 委, 中心, 街道 …), a bracket at its end
/// looked through ("各镇(街道)", "市委组织部(市人才办)", "县发改局(粮食局)").
pub fn has_unit_suffix(k: &str) -> bool {
    if UNIT_SUFFIXES.ends(k) {
        // (Not a thing or a place: "无害化卫生厕所", "公共场所".)
        return !NOT_BODY_ENDS.ends(k);
    }
    // (Or in a 文号's brackets: "各市、县〔区〕".)
    let Some((inner, open_char)) = k
        .strip_suffix(')')
        .map(|i| (i, '('))
        .or_else(|| k.strip_suffix('〕').map(|i| (i, '〔')))
    else {
        return false;
    };
    let Some(open) = inner.rfind(open_char) else {
        return false;
    };
    // (A PDF's copy may put a space before the bracket: "县 (市) 政府 (行署)".)
    let (name, note) = (k[..open].trim_end(), &inner[open + open_char.len_utf8()..]);
    // (A name with a bracket of its own ends like a unit before its note: "县(市)政府
    // (行署)"; otherwise the note or a 各 must say it is one.)
    !name.is_empty()
        && !name.contains('%')
        && (UNIT_SUFFIXES.ends(name)
            || (!name.contains('(') && (UNIT_SUFFIXES.ends(note) || name.starts_with('各'))))
}

/// Ends like the name of a unit (市发改局, 各镇(街道), 人行慈溪支行), of a name's length.
pub fn looks_like_unit(key: &str) -> bool {
    let k = key.trim();
    has_unit_suffix(k)
        && (2..=MAX_UNIT_CHARS).contains(&k.chars().count())
        && !k.contains(['。', ':'])
        && !is_grade(k)
        // (Not persons of no body: "干部" ends like 部.)
        && !PERSON_GROUP_ENDS.words.contains(&k)
        && !names_no_one(k)
}

/// A government of no place: "由政府牵头" names no one (held-out c10102; the corpus
/// rules, c3702); nor does a group's number alone, "二组", "第三组" (the teams of a
/// 督查 list, c10181), nor a meeting's ("…研判部署会", c10263).
fn names_no_one(k: &str) -> bool {
    let group_number = k.strip_suffix('组').is_some_and(|n| {
        let n = n.strip_prefix('第').unwrap_or(n);
        n.parse::<u32>().is_ok() || crate::parser::numbering::cn_value(n).is_some()
    });
    matches!(k, "政府" | "人民政府") || group_number || MEETING_ENDS.ends(k) || counted(k)
}

/// A bare kind of body named by a count ("一个部门", "多个部门", "两个单位": "同一件事由
/// 一个部门负责的要求", held-out c12714): how many, not which. (Not places counted:
/// "14个乡镇人民政府", "八个社区" are those of the place.)
fn counted(k: &str) -> bool {
    let Some(at) = k.find('个') else {
        return false;
    };
    let (n, kind) = (&k[..at], &k[at + '个'.len_utf8()..]);
    SHARED_BODY_ENDS.words.contains(&kind)
        && !n.is_empty()
        && (n == "多"
            || n == "几"
            || n.bytes().all(|b| b.is_ascii_digit())
            || crate::parser::numbering::cn_value(n).is_some()
            || n == "两")
}

/// A grade an assessment gives and the kind of body graded ("优胜单位", "达标单位",
/// "先进集体"): a heading of a list of results, no unit's name.
fn is_grade(k: &str) -> bool {
    GRADE_WORDS
        .prefix_of(k)
        .is_some_and(|g| GRADED_KINDS.contains(&&k[g.len()..]))
}

/// A name that a sentence may give as a unit: a unit's ending or a collective, short,
/// and with none of the words a clause of work has (的, 是, 要 …).
pub fn is_name_in_sentence(key: &str) -> bool {
    let k = key.trim();
    let n = k.chars().count();
    (2..=24).contains(&n)
        && !has_clause_chars(k)
        && !has_clause_de(k)
        && !NOT_NAME_WORDS.in_text(k)
        // (Nor the work of setting a body up: "成立领导小组,…" before "…为成员单位".)
        // (After 并 too: "…,并安排相关科室具体负责".)
        && !SETTING_UP_VERBS.starts(k.strip_prefix('并').unwrap_or(k))
        // (Nor a modal's clause: "必须明确本单位" of "…,必须明确本单位负责…的分管领
        // 导", held-out c13926; "应急管理局" is a name.)
        && modal_at(k).is_none()
        && (has_unit_suffix(k) || is_collective(k))
        && !is_role_name(k)
        && !names_no_one(k)
}

/// The modal verb `s` opens with ([`MODAL_VERBS`]), unless a word that only starts like
/// one ([`NOT_MODALS`]: 应急, 需求).
pub(super) fn modal_at(s: &str) -> Option<&'static str> {
    MODAL_VERBS.prefix_of(s).filter(|_| !NOT_MODALS.starts(s))
}

/// A role's name, said of whoever has the role ("牵头部门", "各有关责任单位", "承办单
/// 位"): a responsibility label's words, after 各 and 有关/相关. No unit's name. A
/// group's members ("各成员单位") are a collective unit, named as such in tasks.
pub fn is_role_name(k: &str) -> bool {
    let k = k.strip_prefix('各').unwrap_or(k);
    let k = ["有关", "相关"]
        .iter()
        .find_map(|w| k.strip_prefix(w))
        .unwrap_or(k);
    crate::parser::label::responsibility(k)
        .is_some_and(|f| f != crate::parser::label::Field::Member)
}

/// Chars of a clause of work that no name has (是, 要, 将, 按 …; 要 of 主要 excepted:
/// "主要负责同志", and 在 of 所在: "所在乡镇").
fn has_clause_chars(k: &str) -> bool {
    const CLAUSE_CHARS: [char; 13] = [
        '是', '要', '将', '把', '对', '在', '按', '了', '均', '。', ':', '"', '“',
    ];
    k.char_indices().any(|(i, c)| {
        CLAUSE_CHARS.contains(&c)
            && !(c == '要' && k[..i].ends_with('主'))
            && !(c == '在' && k[..i].ends_with('所'))
    })
}

/// A 的 of a clause of work ("落实的任务"); the 的 of 党的 (省局党的建设领导小组, 市委党的
/// 建设工作领导小组办公室) belongs to many a unit's name.
fn has_clause_de(k: &str) -> bool {
    k.match_indices('的')
        .any(|(at, _)| !k[..at].ends_with(['党', '黨']))
}

/// Whether a piece names a leader: a post ("分管副省长", "市长", "省政府分管领导同志")
/// or a person with a post ("杨志武副市长", "副市长王明", "王明(副市长)").
pub fn is_leader(key: &str) -> bool {
    let k = key.trim();
    // Cheap tests first: most pieces are units, known by their last char.
    if k.len() > MAX_LEADER_CHARS * 4
        || (!LEADER_TITLES.ends(k) && !k.ends_with(')') && has_unit_suffix(k))
    {
        return false;
    }
    let n = k.chars().count();
    if !(2..=MAX_LEADER_CHARS).contains(&n) || has_sentence_mark(k) {
        return false;
    }
    if let Some(inner) = k.strip_suffix(')') {
        // "王明(副市长)".
        if let Some(open) = inner.find('(') {
            return is_leader(&inner[open + 1..]) && is_person_name(&k[..open]);
        }
        return false;
    }
    if LEADER_TITLES.ends(k) {
        // Not a clause that ends in a post ("各地各部门要进一步健全主要负责同志"), nor a
        // title alone ("同志"), nor bodies and a verb of leading ("区政协党组和主席会议组织
        // 领导"), nor a person given a post ("镇长白振昌任组长", held-out c11943).
        return !has_clause_chars(k)
            && !BARE_TITLES.words.contains(&k)
            && !LEADING_VERBS.ends(k)
            && !is_appointment(k);
    }
    if has_unit_suffix(k) {
        return false;
    }
    // "副市长王明": a post, then a person's name.
    let l = split_name_post(Keyed::plain(k));
    l.post.as_deref().is_some_and(|p| LEADER_TITLES.ends(p)) && is_person_name(&l.name)
}

/// "镇长白振昌任组长", "刘志帅兼任办公室主任": someone given a post (任 and a post after
/// it; not the 任 of 主任).
fn is_appointment(k: &str) -> bool {
    k.match_indices('任').any(|(i, w)| {
        let rest = &k[i + w.len()..];
        i > 0 && !k[..i].ends_with('主') && !rest.is_empty() && LEADER_TITLES.ends(rest)
    })
}

/// Whether a piece names a person: a name ([`is_person_name`]) or a leader with or
/// without one ([`is_leader`]).
pub fn is_person(key: &str) -> bool {
    is_person_name(key) || is_leader(key)
}

/// A person's name: 2 to 4 chars, a known surname first; not a unit's name of three or
/// four chars whose first is a surname too ("农业股", "林业局", "文化站").
pub fn is_person_name(key: &str) -> bool {
    let k = key.trim();
    if is_transliterated_name(k) {
        return true;
    }
    let n = k.chars().count();
    if !(2..=4).contains(&n) || POSTS.starts(k) || (n >= 3 && has_unit_suffix(k)) {
        return false;
    }
    DOUBLE_SURNAMES.iter().any(|s| k.starts_with(s))
        || k.chars().next().is_some_and(|c| SURNAMES.contains(c))
}

/// "县水利局局长王五", "市住建局副局长李四": a unit, then a post and a person's name.
/// The unit and the person with the post.
pub fn unit_then_person(s: Keyed) -> Option<(Keyed, Keyed)> {
    let key = s.key();
    if key.chars().count() > MAX_UNIT_CHARS + MAX_LEADER_CHARS {
        return None;
    }
    // The first place where a post starts after a unit and leaves a name after it.
    key.char_indices()
        .skip(2)
        .map(|(i, _)| i)
        .find(|&i| {
            POSTS.starts(&key[i..]) && looks_like_unit(&key[..i]) && {
                let l = split_name_post(s.from(i));
                l.post.is_some() && is_person_name(&l.name)
            }
        })
        .map(|i| (s.to(i), s.from(i)))
}

/// A unit from its name (folded view) and key.
pub fn make_unit(name: Keyed) -> Unit {
    let folded = without_abbreviation(name.folded());
    Unit {
        name: without_inner_spaces(&folded),
        key: unit_key(&folded),
        collective: is_collective(name.key()),
    }
}

/// Words in a name's bracket that define a short name for it ("以下简称区县").
const ABBREVIATION_WORDS: &[&str] = &["以下简称", "下称"];

/// A name without the short name its bracket defines ("各区县〔自治县,以下简称区县〕政
/// 府" → "各区县〔自治县〕政府", held-out c10522; "市发展和改革委员会(以下简称市发改委)"
/// → "市发展和改革委员会"): the definition names no one; a bracket left empty goes.
fn without_abbreviation(name: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let Some(at) = ABBREVIATION_WORDS.iter().find_map(|w| name.find(w)) else {
        return Cow::Borrowed(name);
    };
    let opens = ['(', '（', '〔', '['];
    let closes = [')', '）', '〕', ']'];
    let Some(open) = name[..at].rfind(opens) else {
        return Cow::Borrowed(name);
    };
    let Some(close) = name[at..].find(closes).map(|c| at + c) else {
        return Cow::Borrowed(name);
    };
    let inner_start = open + name[open..].chars().next().map_or(1, char::len_utf8);
    // From the comma before the words (the bracket's other content kept), else the
    // whole bracket.
    let cut_from = name[inner_start..at]
        .rfind([',', '，', ';', '；'])
        .map(|c| inner_start + c);
    let close_end = close + name[close..].chars().next().map_or(1, char::len_utf8);
    let mut out = String::with_capacity(name.len());
    match cut_from {
        Some(from) => {
            out.push_str(&name[..from]);
            out.push_str(&name[close..]);
        }
        None => {
            out.push_str(&name[..open]);
            out.push_str(&name[close_end..]);
        }
    }
    Cow::Owned(out)
}

/// A name without the spaces a PDF's copy puts between its chars ("市 财政局" →
/// "市财政局"): a space between two chars that are not ASCII goes; "XX Park" keeps its.
fn without_inner_spaces(name: &str) -> String {
    if !name.contains(' ') {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut prev: Option<char> = None;
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let next = chars.peek().copied();
            if prev.is_some_and(|p| !p.is_ascii())
                && next.is_some_and(|n| !n.is_ascii() || n == ' ')
            {
                continue;
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// Splits "胡海达常务副市长" into name 胡海达 and post 常务副市长, "王明(副市长)" into
/// 王明 and 副市长, and "副市长王明" into 王明 and 副市长. A post alone ("市长") is the
/// name with no post; a name alone has no post.
pub fn split_name_post(s: Keyed) -> Leader {
    let (folded, key) = (s.folded(), s.key());
    if let Some(l) = bracketed_post(s) {
        return l;
    }
    if POSTS.starts(key) {
        return post_then_name(s).unwrap_or_else(|| Leader {
            name: folded.to_string(),
            post: None,
        });
    }
    // "张副市长": a surname and a post name one person; no name to cut off.
    if key
        .char_indices()
        .nth(1)
        .is_some_and(|(i, _)| POSTS.starts(&key[i..]))
    {
        return Leader {
            name: folded.to_string(),
            post: None,
        };
    }
    // "胡海达常务副市长": a name of 2 to 4 chars, then a post.
    for (i, _) in key.char_indices().skip(2).take(3) {
        let rest = &key[i..];
        if rest.chars().count() >= 2 && POSTS.starts(rest) {
            return Leader {
                name: folded[..i].to_string(),
                post: Some(folded[i..].to_string()),
            };
        }
    }
    Leader {
        name: folded.to_string(),
        post: None,
    }
}

/// A leader as a document names one: [`split_name_post`], and "王五同志" is 王五 (同志
/// is how he is addressed), "县发改局局长" a unit's post (no person named 县发改局).
/// (Kept apart from `split_name_post`, which the page links for its fix editor.)
pub fn read_leader(s: Keyed) -> Leader {
    let s = s
        .strip_suffix("同志")
        .filter(|n| is_person_name(n.key()))
        .unwrap_or(s);
    let key = s.key();
    // "市政府副市长李明": a post (a unit's, too), then the person's name.
    if let Some(l) = post_then_name(s).filter(|l| is_person_name(&l.name)) {
        return l;
    }
    // Where `split_name_post` would cut a name from its post: a unit's name there.
    let unit_post = !key.contains('(')
        && key
            .char_indices()
            .skip(2)
            .take(3)
            .find(|&(i, _)| key[i..].chars().count() >= 2 && POSTS.starts(&key[i..]))
            .is_some_and(|(i, _)| has_unit_suffix(&key[..i]));
    if unit_post {
        return Leader {
            name: s.folded().to_string(),
            post: None,
        };
    }
    split_name_post(s)
}

/// "王明(副市长)", "王五(市政府副秘书长)": a name of 2 to 4 chars and the post in brackets.
fn bracketed_post(s: Keyed) -> Option<Leader> {
    let key = s.key();
    let inner = key.strip_suffix(')')?;
    let open = inner.find('(')?;
    let (name, post) = (&key[..open], &inner[open + 1..]);
    let name_ok = ((2..=4).contains(&name.chars().count()) && !POSTS.starts(name))
        || is_transliterated_name(name);
    let post_ok = !post.trim().is_empty() && !post.contains(['(', ')']);
    let folded = s.folded();
    (name_ok && post_ok).then(|| Leader {
        name: folded[..open].trim().to_string(),
        post: Some(folded[open + 1..inner.len()].trim().to_string()),
    })
}

/// The marks between the parts of a name written in characters for its sounds
/// ("努尔买买提·阿布来提", as 维吾尔, 蒙古 and 藏 names are).
const NAME_PART_MARKS: [char; 4] = ['·', '•', '・', '‧'];

/// The most chars of one part of such a name.
const MAX_NAME_PART_CHARS: usize = 10;

/// A name of two or more parts joined by a middle dot ("努尔买买提·阿布来提", "阿布力肯·
/// 阿布都热合曼"): each part 2 to 10 ideographs.
fn is_transliterated_name(name: &str) -> bool {
    name.contains(NAME_PART_MARKS)
        && name.split(NAME_PART_MARKS).all(|part| {
            (2..=MAX_NAME_PART_CHARS).contains(&part.chars().count())
                && part.chars().all(is_ideograph)
        })
}

/// "副市长王明", "常务副市长王明": a post, then a name of 2 to 4 chars after the
/// post's last word.
fn post_then_name(s: Keyed) -> Option<Leader> {
    let key = s.key();
    let is_name = |s: &str| {
        (2..=4).contains(&s.chars().count()) && !POST_ENDS.in_text(s) && !POSTS.in_text(s)
    };
    // The longest post that leaves a name.
    let i = key
        .char_indices()
        .map(|(i, _)| i)
        .skip(1)
        .filter(|&i| POST_ENDS.ends(&key[..i]) && is_name(&key[i..]))
        .last()?;
    Some(Leader {
        name: s.folded()[i..].to_string(),
        post: Some(s.folded()[..i].to_string()),
    })
}

/// Whether a leader is a post alone ("副市长", "市委常委").
pub fn is_post_only(l: &Leader) -> bool {
    l.post.is_none() && POSTS.starts(&l.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A grade and the kind of body graded heads a list of results (held-out c4403):
    /// no unit; a trade and the kind of body is one.
    #[test]
    fn grades_are_no_units() {
        for k in ["优胜单位", "达标单位", "先进集体", "不合格乡镇", "干部"] {
            assert!(!looks_like_unit(k), "{k}");
        }
        for k in ["交通部门", "海伦市政府", "先进制造业促进中心"] {
            assert!(looks_like_unit(k), "{k}");
        }
    }

    /// Things and places that end as a body's name does (held-out c10824's "(均为无害化
    /// 卫生厕所)"): no units; the bodies they end like still are.
    #[test]
    fn things_that_end_like_bodies_are_no_units() {
        for k in [
            "无害化卫生厕所",
            "公共场所",
            "不足之处",
            "文化广场",
            "村委会议室",
        ] {
            assert!(!looks_like_unit(k), "{k}");
        }
        for k in [
            "镇财政所",
            "街道办事处",
            "县人民医院",
            "村卫生室",
            "县农机推广站",
        ] {
            assert!(looks_like_unit(k), "{k}");
        }
    }

    /// A park's managing body by its park's name (c3300's 高新园(邹区镇)); a park that is
    /// built is no unit (口袋公园, and 幼儿园 left out: c428 counts those built).
    #[test]
    fn parks_that_manage() {
        for k in ["高新园", "常州科技园", "西太湖产业园"] {
            assert!(looks_like_unit(k), "{k}");
        }
        for k in ["口袋公园", "新建成投用清江幼儿园"] {
            assert!(!looks_like_unit(k), "{k}");
        }
    }

    #[test]
    fn a_post_of_a_unit_before_a_name() {
        let l = read_leader(Keyed::plain("市政府副市长李明"));
        assert_eq!(
            (l.name.as_str(), l.post.as_deref()),
            ("李明", Some("市政府副市长"))
        );
        let l = read_leader(Keyed::plain("县水利局局长王五"));
        assert_eq!(l.name, "王五");
        // A unit's post without a person stays whole.
        assert_eq!(
            read_leader(Keyed::plain("县水利局局长")).name,
            "县水利局局长"
        );
    }

    #[test]
    fn kinds_of_names() {
        for unit in [
            "市发改局",
            "各镇(街道)",
            "人行郑州中心支行",
            "河南银保监局",
            "各地",
            "省局党的建设领导小组各成员单位",
            "市广播电视台",
            "县气象台",
            "市台办",
            "应急管理局",
        ] {
            assert!(is_name_in_sentence(unit), "{unit}");
        }
        for not in [
            "尽快完成报批",
            "加快建设的工业园区",
            "按照要求",
            "加强党的建设的单位",
            // A modal's clause that ends as a name does (held-out c13926).
            "必须明确本单位",
            // The work of naming a body to a role, after 并 or not (held-out c14000).
            "并安排相关科室",
            "安排相关科室",
        ] {
            assert!(!is_name_in_sentence(not), "{not}");
        }
        for leader in [
            "分管副省长",
            "协管副秘书长",
            "杨志武副市长",
            "副市长王明",
            "王明(副市长)",
            "省政府分管领导同志",
            "主要负责同志",
            "市长",
        ] {
            assert!(is_leader(leader), "{leader}");
        }
        // A clause of work that ends in a post (held-out c1606) is no leader.
        for not in [
            "市发改委",
            "市长办公室",
            "各部门",
            "各地各部门要进一步健全主要负责同志",
        ] {
            assert!(!is_leader(not), "{not}");
        }
        assert!(is_person_name("王明") && is_person_name("欧阳晓明"));
        assert!(!is_person_name("发改委") && !is_person_name("副市长"));
        assert!(!is_person_name("农业股") && !is_person_name("林业局"));
    }

    #[test]
    fn keys_fold_width_script_and_brackets() {
        assert_eq!(unit_key("市委组织部（市人才办）"), "市委组织部(市人才办)");
        assert_eq!(unit_key("區發改局 "), "区发改局");
        assert_eq!(unit_key("【ABC】局"), "(abc)局");
    }

    /// A name's bracket that defines its short name loses the definition (held-out
    /// c10522); its other content stays.
    #[test]
    fn abbreviations_are_no_part_of_a_name() {
        assert_eq!(
            without_abbreviation("各区县〔自治县,以下简称区县〕政府"),
            "各区县〔自治县〕政府"
        );
        assert_eq!(
            without_abbreviation("市发展和改革委员会(以下简称市发改委)"),
            "市发展和改革委员会"
        );
        assert_eq!(
            without_abbreviation("县(市、区)人民政府"),
            "县(市、区)人民政府"
        );
    }
}

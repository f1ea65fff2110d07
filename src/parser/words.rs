//! The vocabularies the responsibility stage reads by, as data: one list per kind of
//! word, each in one place. Adding a word is a one-line change here (and one test).
//!
//! Words are in the recognition key's script (Simplified, full-width punctuation
//! folded, see [`mod@super::normalise`]); a Traditional text is read through the same
//! lists.
//!
//! How labels are read from these words (see `resp::label`): a responsibility label is
//! fillers and role words, then one entity word, before a colon — 牵头单位 (牵头 +
//! 单位), 牵头责任单位 (牵头 + 责任 + 单位), 分管市领导 (分管 + 市 + 领导), 协同责任单位
//! (协同 + 责任 + 单位). The role words decide the role: any cooperating word makes
//! it cooperating, else any leading word leading, else 责任 alone "responsible"
//! (lead, unless the task also names leading units); an entity word of a person
//! makes it a leader label.

/// Chars by their code point modulo 256: a fast filter built at compile time from a
/// word list (the first or last chars of its words). A char may pass that starts or
/// ends no word (the list is then looked at), never the other way round.
#[derive(Debug, Clone, Copy)]
pub struct CharSet([u64; 4]);

impl CharSet {
    const EMPTY: CharSet = CharSet([0; 4]);

    const fn with(mut self, c: u32) -> CharSet {
        let b = (c & 255) as usize;
        self.0[b >> 6] |= 1 << (b & 63);
        self
    }

    /// The first chars of `words`.
    pub const fn first_of(words: &[&str]) -> CharSet {
        let mut set = CharSet::EMPTY;
        let mut i = 0;
        while i < words.len() {
            set = set.with(first_char(words[i]));
            i += 1;
        }
        set
    }

    /// The last chars of `words`.
    pub const fn last_of(words: &[&str]) -> CharSet {
        let mut set = CharSet::EMPTY;
        let mut i = 0;
        while i < words.len() {
            set = set.with(last_char(words[i]));
            i += 1;
        }
        set
    }

    /// The last chars of the words of `pairs`.
    pub const fn last_of_pairs<T: Copy>(pairs: &[(&str, T)]) -> CharSet {
        let mut set = CharSet::EMPTY;
        let mut i = 0;
        while i < pairs.len() {
            set = set.with(last_char(pairs[i].0));
            i += 1;
        }
        set
    }

    #[inline]
    pub fn has(&self, c: char) -> bool {
        let b = (c as u32 & 255) as usize;
        self.0[b >> 6] & (1 << (b & 63)) != 0
    }
}

/// The code point of the char at byte `i` of `b` (valid UTF-8, a char start).
const fn char_at(b: &[u8], i: usize) -> u32 {
    let x = b[i] as u32;
    if x < 0x80 {
        x
    } else if x < 0xE0 {
        ((x & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F)
    } else if x < 0xF0 {
        ((x & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F)
    } else {
        ((x & 0x07) << 18)
            | ((b[i + 1] as u32 & 0x3F) << 12)
            | ((b[i + 2] as u32 & 0x3F) << 6)
            | (b[i + 3] as u32 & 0x3F)
    }
}

const fn first_char(s: &str) -> u32 {
    char_at(s.as_bytes(), 0)
}

const fn last_char(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut i = b.len() - 1;
    while b[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    char_at(b, i)
}

/// A word list with the filters of its first and last chars, and its words by first
/// and by last char (built from the list on first use).
#[derive(Debug)]
pub struct Words {
    pub words: &'static [&'static str],
    first: CharSet,
    last: CharSet,
    index: std::sync::OnceLock<Index>,
}

/// The words by their first and by their last char: sorted by that char, longest
/// first within it, found by binary search.
#[derive(Debug, Default)]
struct Index {
    by_first: Vec<(char, &'static str)>,
    by_last: Vec<(char, &'static str)>,
}

/// The words of `list` keyed `c`, longest first.
fn keyed<'a>(list: &'a [(char, &'static str)], c: char) -> &'a [(char, &'static str)] {
    let a = list.partition_point(|(k, _)| *k < c);
    let b = a + list[a..].partition_point(|(k, _)| *k == c);
    &list[a..b]
}

impl Words {
    pub const fn new(words: &'static [&'static str]) -> Words {
        Words {
            words,
            first: CharSet::first_of(words),
            last: CharSet::last_of(words),
            index: std::sync::OnceLock::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut ix = Index::default();
            for w in self.words {
                if let (Some(f), Some(l)) = (w.chars().next(), w.chars().next_back()) {
                    ix.by_first.push((f, w));
                    ix.by_last.push((l, w));
                }
            }
            for list in [&mut ix.by_first, &mut ix.by_last] {
                crate::sort::sort_by_key(list, |(c, w)| (*c, std::cmp::Reverse(w.len())));
            }
            ix
        })
    }

    /// The longest word `s` ends with.
    pub fn suffix_of(&self, s: &str) -> Option<&'static str> {
        let c = s.chars().next_back()?;
        if !self.last.has(c) {
            return None;
        }
        keyed(&self.index().by_last, c)
            .iter()
            .find(|(_, w)| s.ends_with(w))
            .map(|(_, w)| *w)
    }

    /// The longest word `s` starts with.
    pub fn prefix_of(&self, s: &str) -> Option<&'static str> {
        let c = s.chars().next()?;
        if !self.first.has(c) {
            return None;
        }
        keyed(&self.index().by_first, c)
            .iter()
            .find(|(_, w)| s.starts_with(w))
            .map(|(_, w)| *w)
    }

    /// Whether some word may start with `c` (the filter: no word does when false).
    pub fn may_start(&self, c: char) -> bool {
        self.first.has(c)
    }

    /// Whether some word may end with `c` (a filter, as [`Words::may_start`]).
    pub fn may_end(&self, c: char) -> bool {
        self.last.has(c)
    }

    pub fn ends(&self, s: &str) -> bool {
        self.suffix_of(s).is_some()
    }

    pub fn starts(&self, s: &str) -> bool {
        self.prefix_of(s).is_some()
    }

    /// Whether a word of the list is anywhere in `s`: one pass over the chars, words
    /// compared only where one may start.
    pub fn in_text(&self, s: &str) -> bool {
        self.find_in(s).is_some()
    }

    /// Where the first word of the list in `s` starts (a byte offset), as
    /// [`Words::in_text`] finds it.
    pub fn find_in(&self, s: &str) -> Option<usize> {
        self.occurrences(s).next().map(|(i, _)| i)
    }

    /// Each word of the list in `s`, left to right, with where it starts (a byte
    /// offset): at each start the longest word. One pass over the chars, words compared
    /// only where one may start.
    pub fn occurrences<'s>(
        &'s self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, &'static str)> + 's {
        s.char_indices()
            .filter(|&(_, c)| self.first.has(c))
            .filter_map(|(i, _)| self.prefix_of(&s[i..]).map(|w| (i, w)))
    }
}

/// What a role word in a label says of the units listed after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleWord {
    /// 牵头, 主责: the units lead.
    Lead,
    /// 负责: alone, a verb of taking charge ("负责:X", "具体负责:X"), the units lead;
    /// before a unit word ("负责单位") it names the units responsible, as 责任 does:
    /// they lead unless the task names leading units, and under "列第一位者为牵头单位"
    /// only the first leads (held-out c9917).
    Charge,
    /// 责任, 实施, 承办: the units are responsible: they lead unless the same task
    /// names leading units, then they cooperate.
    Resp,
    /// 主办: the units that host the work lead it alone (or beside 协办单位); beside a
    /// 牵头 unit they do the work it leads, as 责任单位 does (held-out c4305: 牵头单位:
    /// 市农办;主办单位:市编办、…). A label of this word alone ("主办:") is one.
    Host,
    /// 配合, 协同, 参与 …: the units cooperate.
    Coop,
    /// 成员: the units are members of a group; beside the group's 牵头 unit they
    /// cooperate ("牵头部门:镇乡村振兴办" over "成员单位:镇机关各部门;…", held-out
    /// c10220), alone they name no role in a task.
    Member,
    /// 分管, 联系, 包保 …: a leader's relation to the task (only with a leader entity).
    Oversee,
    /// 考评, 考核: who scores the work; a unit of such a label does none of it.
    Assess,
}

/// Words of concern that make a cooperating label only when they are all of its words
/// before the entity ("牵头单位:市文物局" + "相关单位:市水务局", held-out c13410): inside
/// a name they are no role ("区级相关部门配合", "市直相关单位:" over a notice).
pub static CONCERNED_ROLE_WORDS: Words = Words::new(&["相关"]);

/// Role words of labels.
pub const LABEL_ROLE_WORDS: &[(&str, RoleWord)] = &[
    ("牵头", RoleWord::Lead),
    ("主责", RoleWord::Lead),
    ("主管", RoleWord::Lead),
    ("主抓", RoleWord::Lead),
    ("负责", RoleWord::Charge),
    ("领衔", RoleWord::Lead),
    // "主要责任单位" beside "责任单位": the main ones lead.
    ("主要责任", RoleWord::Lead),
    ("责任", RoleWord::Resp),
    ("主办", RoleWord::Host),
    ("实施", RoleWord::Resp),
    ("承办", RoleWord::Resp),
    ("落实", RoleWord::Resp),
    ("执行", RoleWord::Resp),
    // "任务单位:院团委", "任务部门:宣传部": the units the task is given to (held-out
    // c11880).
    ("任务", RoleWord::Resp),
    ("推进", RoleWord::Resp),
    // "组织单位" of an activity: the units that hold it.
    ("组织", RoleWord::Resp),
    ("配合", RoleWord::Coop),
    ("协同", RoleWord::Coop),
    ("协办", RoleWord::Coop),
    // 主办 and 会办 share a 建议提案's handling: 会办 units take part.
    ("会办", RoleWord::Coop),
    ("参与", RoleWord::Coop),
    ("参加", RoleWord::Coop),
    ("协助", RoleWord::Coop),
    ("会同", RoleWord::Coop),
    ("协作", RoleWord::Coop),
    // A town's counterpart of a county's lead unit ("县牵头单位:县爱卫办,镇对接单位:镇
    // 城乡公路管理所", held-out c11566): it works with the lead.
    ("对接", RoleWord::Coop),
    ("提供", RoleWord::Coop),
    ("成员", RoleWord::Member),
    ("分管", RoleWord::Oversee),
    ("联系", RoleWord::Oversee),
    ("包保", RoleWord::Oversee),
    ("挂钩", RoleWord::Oversee),
    ("协管", RoleWord::Oversee),
    ("督办", RoleWord::Oversee),
    // "考评责任单位", "考核单位": who scores the work (held-out c11966, c11584), no
    // unit that does it.
    ("考评", RoleWord::Assess),
    ("考核", RoleWord::Assess),
    ("包抓", RoleWord::Oversee),
    ("包联", RoleWord::Oversee),
];

/// What the last word of a label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    /// 单位, 部门, 处室 …: units.
    Unit,
    /// 领导: leaders.
    Leader,
    /// 人: a person; a leader label only as 责任人.
    Person,
    /// 主体: the body that answers for the work; its units lead, beside 责任单位 too
    /// ("〔责任主体:各乡(镇)党委;责任单位:自治县文明办、…〕", held-out c11521), as a
    /// name's "(主体)" and "负主体责任" say.
    Principal,
}

/// Entity words: the last word of a responsibility label.
pub const LABEL_ENTITY_WORDS: &[(&str, Entity)] = &[
    ("单位", Entity::Unit),
    ("部门", Entity::Unit),
    ("处室", Entity::Unit),
    ("科室", Entity::Unit),
    ("股室", Entity::Unit),
    ("机构", Entity::Unit),
    ("主体", Entity::Principal),
    ("领导", Entity::Leader),
    ("领导同志", Entity::Leader),
    ("人", Entity::Person),
];

/// Words a label may hold besides role and entity words: the level (省/市/县 …, 市直), or a
/// word that does not change the role (主要, 具体).
pub static LABEL_FILLERS: Words = Words::new(&[
    "省",
    "市",
    "州",
    "县",
    "区",
    "镇",
    "乡",
    "旗",
    "街道",
    "省级",
    "市级",
    "州级",
    "县级",
    "区级",
    "镇级",
    "乡级",
    // (The bodies directly under a level: "(市直责任单位:…)", held-out c13512.)
    "省直",
    "市直",
    "州直",
    "县直",
    "区直",
    "旗直",
    "省属",
    "市属",
    "县属",
    "区属",
    "省政府",
    "市政府",
    "县政府",
    "区政府",
    "政府",
    "省委",
    "市委",
    "县委",
    "区委",
    "主要",
    "具体",
    "直接",
    "第一",
    "工作",
    "任务",
    "项目",
    "重点",
    "及",
    "和",
    "与",
    "/",
]);

/// What a label's role is about, longer than the one word any label may open with:
/// 问题整改责任单位, 项目建设牵头单位.
pub static LABEL_OBJECTS: Words = Words::new(&["问题整改", "项目建设", "数据报送", "整改落实"]);

/// Person fields that look like responsibility labels but are not (a contact, a clerk).
pub const NOT_ROLE_PERSON_LABELS: &[&str] = &[
    "主要责任人",
    "联系人",
    "经办人",
    "审核人",
    "签发人",
    "发布人",
    "起草人",
    "执笔人",
    "填报人",
    "核稿人",
    "负责人",
    "项目负责人",
    "项目责任人",
    "联络人",
    "报送人",
    // Who follows the task up for the 督查室 (a 督办单's field), not who leads it.
    "督办人",
    "督查人",
];

/// A deadline label is read by its words, like a responsibility label: what is to be
/// done by then ([`DEADLINE_QUALIFIERS`], any number), then one or more time words,
/// then optionally 要求: 完成时限, 计划完成时间, 办结时限, 时间节点, 完成时限要求,
/// 整改期限. A time word that is no deadline by itself (`Alone::No`: "时间:" on a web
/// page is when it was published) needs a qualifier or a second time word.
pub const DEADLINE_TIME_WORDS: &[(&str, Alone)] = &[
    ("时限", Alone::Yes),
    ("期限", Alone::Yes),
    ("时间安排", Alone::Yes),
    ("时间", Alone::No),
    ("节点", Alone::No),
    ("日期", Alone::No),
    ("时间表", Alone::No),
];

/// Words after a deadline label's time words that make it one by itself: a time
/// asked for ("时间要求"), a time schedule ("时间进度", a plan's column of when each
/// task is done; 进度 alone, "完成进度", is progress).
pub const DEADLINE_TAILS: &[&str] = &["要求", "进度"];

/// Whether a deadline time word is a deadline label by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alone {
    Yes,
    No,
}

/// The words before a deadline label's time word (see [`DEADLINE_TIME_WORDS`]). Only
/// words of doing and finishing: "发布时间" and "成文日期" are no deadlines.
pub const DEADLINE_QUALIFIERS: &[&str] = &[
    "完成", "计划", "办结", "办理", "截止", "推进", "实施", "整改", "落实", "建设", "工作", "预计",
    // "活动时间:6月1日至6月7日": when an activity of the plan is held.
    "活动",
    // "项目实施时间:2026年1月-2026年10月": the project's, before another qualifier.
    "项目",
];

/// Labels of the date a law or a notice takes effect, in a page's record of the document
/// ("【实施日期】 2007-02-08" beside 发布日期 on a law site): no deadline of work,
/// although 实施 qualifies a deadline elsewhere ("实施时间:3月至12月").
pub const EFFECTIVE_DATE_LABELS: &[&str] = &["实施日期", "施行日期", "生效日期"];

/// Header words of a table's follow-up columns (progress, status, remarks, scores, next
/// steps, how it is overseen): what was done about a task, never who does it or by
/// when, even where they name units or dates.
pub const FOLLOW_UP_COLUMN_WORDS: &[&str] = &[
    "进展",
    "进度",
    "情况",
    "说明",
    "备注",
    "分值",
    "是否",
    "问题",
    "打算",
    "成效",
    "举措完成",
    "状态",
    "后续",
    "监督",
    "下一步",
    "下步",
];

/// Endings of a column's name that say it holds the work ("责任目标", "责任事项",
/// held-out c10881), whatever word of duty comes before them.
pub const WORK_COLUMN_ENDS: &[&str] = &["目标", "任务", "事项", "内容", "措施"];

/// Header words of a column that says where the work is done (建设地点, 实施地点,
/// 项目位置): its towns and districts are places, not units that do the work.
pub const PLACE_COLUMN_WORDS: &[&str] = &["地点", "地址", "位置", "所在地", "实施地"];

/// Header words of a column of facts about the task (money, size): neither who does
/// it nor by when (年度投资金额, 总投资, 建设规模).
pub const FACT_COLUMN_WORDS: &[&str] = &["投资", "金额", "资金", "万元", "规模", "面积"];

/// How a header starts when its column is the reader's own (this app's 台账 export:
/// 我的期限, the date the user set for a task): not the document's deadline.
pub const OWN_COLUMN_WORDS: &[&str] = &["我的", "本人"];

/// The first cell of a table's row of totals ("合 计 | 3069.7 | 0 | 1000 |"): sums of
/// the rows, no task.
pub const TOTAL_ROW_WORDS: &[&str] = &["合计", "小计", "总计", "共计"];

/// Labels whose value is a sentence of who does what: "部门分工:省发展改革委牵头,各地、
/// 各部门配合。"
pub const ASSIGNMENT_LABELS: &[&str] = &[
    "部门分工",
    "责任分工",
    "职责分工",
    "任务分工",
    "分工",
    "责任分解",
    "牵头及责任单位",
    "牵头及配合单位",
    "责任单位及分工",
    "责任主体与协同单位",
    "责任主体及协同单位",
];

/// How a role verb marks the units before it in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// "X牵头": X leads.
    Lead,
    /// "X负责", "X按职责分工负责", or a 责任单位 label: X leads unless the task names
    /// leading units; then X cooperates.
    Resp,
    /// "X配合", "X参与": X cooperates.
    Coop,
    /// "县政府办督办", "王五副县长督导": X oversees the task; a leader so named is the
    /// task's leader, a unit neither leads nor cooperates.
    Oversee,
    /// A 成员单位 label: X is a member of the group doing the task; X cooperates when
    /// the task names leading units, else it has no role.
    Member,
}

/// The last chars of [`ROLE_VERBS`].
pub const ROLE_VERB_ENDS: CharSet = CharSet::last_of_pairs(ROLE_VERBS);

/// The last chars of the entity words: of a role given by 为 and a label ("X为牵头单
/// 位", see `resp::list`).
pub const ROLE_LABEL_ENDS: CharSet = CharSet::last_of_pairs(LABEL_ENTITY_WORDS);

/// Role verbs that end a clause of a sentence and mark the units before it. Words of
/// manner before them ([`ROLE_MANNERS`]: "按职责分工负责", "分别牵头", "积极配合") and
/// chains of them ("牵头负责", "负责落实", "配合做好") are read by `resp::list`, not
/// listed here.
pub const ROLE_VERBS: &[(&str, Mark)] = &[
    ("牵头", Mark::Lead),
    ("牵头抓总", Mark::Lead),
    ("总牵头", Mark::Lead),
    ("负总责", Mark::Lead),
    // "各县(市、区)政府负主体责任": the body that answers for the work leads it.
    ("负主体责任", Mark::Lead),
    ("负主责", Mark::Lead),
    ("主办", Mark::Lead),
    ("主责", Mark::Lead),
    ("主抓", Mark::Lead),
    // "县长王五亲自抓,副县长刘一具体负责": the head who takes it in hand leads.
    ("亲自抓", Mark::Lead),
    ("领办", Mark::Lead),
    // "由县建设局为主,规划、建设、整治…": the unit the work rests on leads it.
    ("为主", Mark::Lead),
    ("负责", Mark::Resp),
    ("各负其责", Mark::Resp),
    ("按职责分工", Mark::Resp),
    ("组织实施", Mark::Resp),
    ("抓好落实", Mark::Resp),
    ("落实", Mark::Resp),
    ("实施", Mark::Resp),
    ("承办", Mark::Resp),
    ("配合", Mark::Coop),
    ("协同", Mark::Coop),
    ("协助", Mark::Coop),
    ("参与", Mark::Coop),
    ("协办", Mark::Coop),
    ("参加", Mark::Coop),
    ("督办", Mark::Oversee),
    ("督导", Mark::Oversee),
    ("考核", Mark::Oversee),
    ("考评", Mark::Oversee),
    // "由县农业农村局、财政局…负责监督": they watch the work, others do it. (Not 监督
    // alone: "接受社会监督" names no one.)
    ("负责监督", Mark::Oversee),
];

/// Role verbs of assessing ([`ROLE_VERBS`]): last in a chain ("负责考核", "牵头考评"),
/// they make the names assessors of the work, not its doers.
pub static ASSESS_VERBS: Words = Words::new(&["考核", "考评", "负责监督"]);

/// Words of manner that may stand before a role verb and belong to it: "按照职责分工
/// 抓好落实", "分别牵头", "共同负责", "积极配合", "具体承办" (any number of them).
pub static ROLE_MANNERS: Words = Words::new(&[
    "按职责分工",
    "按照职责分工",
    "按职责",
    "按照职责",
    "按职能分工",
    "按照职能分工",
    "按职能职责",
    "按照职能职责",
    "按职能",
    "按照职能",
    "依职责",
    "依据职责",
    "根据职责",
    "根据职责分工",
    "按程序",
    "按照程序",
    "依程序",
    "按规定",
    "按要求",
    "分工",
    "分别",
    "共同",
    "具体",
    "积极",
    "各自",
    "认真",
    "切实",
    "密切",
    "主动",
    "全力",
    // "区人防办与地震局、各街道办事处充分协调配合" (held-out c13652).
    "充分",
    "通力",
    "紧密",
    "协调",
    // "市长徐立毅亲自牵头8项重点工作".
    "亲自",
    // "市长肖平实地督办" (held-out c10846).
    "实地",
    // "等有关部门支持配合".
    "支持",
]);

/// Verbs after the unit that opens a paragraph of its duties ("区住建局负责全区…",
/// "区委农办要结合…"): such paragraphs, one after another, list the units' tasks.
pub static DUTY_VERBS: Words = Words::new(&["负责", "牵头", "主抓", "要", "负总责", "承担"]);

/// Grades an assessment gives ("优胜单位:海伦市政府,…", "达标单位:…"): before the kind
/// of body graded ([`GRADED_KINDS`]) they head a list of results, not a unit's duties.
pub static GRADE_WORDS: Words = Words::new(&[
    "优胜",
    "达标",
    "先进",
    "优秀",
    "合格",
    "不合格",
    "基本合格",
    "良好",
    "较好",
    "一般",
    "较差",
    "落后",
    "后进",
    "表扬",
    "通报表扬",
    "批评",
    "通报批评",
    "排名靠前",
    "排名靠后",
]);

/// The kinds of body a grade is given to ("优胜单位", "先进集体", "达标乡镇").
pub const GRADED_KINDS: &[&str] = &[
    "单位",
    "部门",
    "集体",
    "乡镇",
    "县区",
    "县(市、区)",
    "县(市)区",
    "街道",
    "村",
    "社区",
];

/// Words of a clause that no unit's name holds, whatever it ends with: "具体任务均涉及相
/// 关市(州)人民政府", "坚持属地为主、分级分部门负责" (a principle, held-out c11742, not
/// two units that lead), "由吴和同志任办公室主任" (a person given a post, c11645).
/// (Nor the words of a handing over after a check: "经绿化委员会办公室验收合格后移交白马关景区
/// 负责管护", held-out c13702, is a clause before the body that 负责s.)
pub static NOT_NAME_WORDS: Words = Words::new(&["涉及", "坚持", "为主", "同志", "合格", "移交"]);

/// Verbs that set a body up or name one to a role: "成立X领导小组,负责…" is the work of
/// setting it up, and the words after the verb are its object, no unit's entry; so is
/// "明确市城管执法委为…主管部门,负责…" (held-out c13610) the work of naming it.
pub static SETTING_UP_VERBS: Words =
    // ("设置区级犬只收治中心,负责…", held-out c13370.)
    Words::new(&[
        "成立", "组建", "设立", "建立", "组成", "设置", "明确", "指定", "确定",
        // "…加挂工作站牌,并安排相关科室具体负责" (held-out c14000).
        "安排",
    ]);

/// Words that open a clause of purpose ("为确保工作落到实处,…"): what follows is no
/// unit's name, however it ends (落到实处 ends like 处).
pub static PURPOSE_OPENERS: Words = Words::new(&[
    "为确保",
    "为了",
    "为使",
    "为进一步",
    "为切实",
    "为全面",
    "为加强",
    "为推进",
    "为做好",
    "为保证",
    "为保障",
]);

/// Labels of a unit's duties after its name and a full stop ("综合协调组。 工作职责:负责…").
pub static DUTY_LABELS: Words = Words::new(&["工作职责", "主要职责", "职责", "工作任务"]);

/// How a heading over a post holder's duties ends ("(二)自治县常务副县长协助县长做好全
/// 县的安全生产工作。主要职责是:", "(一)县长安全生产工作职责"): the items below are the
/// duties of the post that opens it.
pub static DUTIES_HEADING_ENDS: Words = Words::new(&[
    "职责是",
    "职责如下",
    "职责",
    "职责为",
    "工作职责",
    "主要职责",
    // A body's functions ("县级党委政法委主要有以下职能:", held-out c10542).
    "职能",
    // A body's share of the work ("(九)县公安局主要工作任务:", held-out c13454; not a
    // sentence's "承担市政府赋予的其他任务", nor "通州区政府主责任务(312项)" over a part).
    "工作任务",
    // A post's part of a 责任制 ("一、主要负责人责任", "二、分管领导责任", held-out c10680;
    // "二、党委书记第一责任人责任", c10664).
    "责任",
]);

/// The posts of a body's own leadership named by their role, not their title: a
/// heading of duties that opens with one ("一、主要负责人责任", "二、分管领导责任",
/// held-out c10680) names the leader of the items below.
pub static ROLE_POSTS: Words = Words::new(&["主要负责人", "分管负责人", "主要领导", "分管领导"]);

/// Words between a body's name and the word of its duties in a heading or an
/// announcement ("县级党委政法委主要有以下职能", "县应急管理局的主要职责"), read from
/// the end.
pub static DUTIES_HEADING_FILLERS: Words = Words::new(&["以下", "如下", "有", "主要", "的"]);

/// Titles of a place in a group, not of a post ("成员单位职责", "领导小组成员职责"): a
/// heading of duties that opens with one names no post holder.
pub static GROUP_TITLES: Words = Words::new(&["成员", "委员", "组长", "同志", "领导"]);

/// The places a roster gives its members ("由镇长为组长、分管领导为副组长、…为成员的
/// 领导小组", held-out c13228): after a label's words and a copula ("分管领导为副组长")
/// they say who holds which place in a group, no label's value.
pub static ROSTER_PLACES: Words = Words::new(&[
    "组长",
    "副组长",
    "成员",
    "组员",
    "委员",
    "副主任",
    "召集人",
    "副召集人",
    "总指挥",
    "副总指挥",
    "指挥长",
    "副指挥长",
]);

/// Verbs of duty after a unit's name and a comma that open its entry ("交通部门,负责…").
pub static COMMA_DUTY_VERBS: Words = Words::new(&["负责", "负总责", "牵头"]);

/// Words of minutes that approve a unit's proposal ("会议原则同意县财政局关于…的意见"):
/// the unit named after them carries it on.
pub static APPROVALS: Words = Words::new(&["会议原则同意", "会议同意", "原则同意"]);

/// Words after the unit whose proposal minutes approve: "县经发局关于…", "县卫健局提出
/// 的…", "县住建局、经发局提交的《…》".
pub static PROPOSAL_WORDS: Words = Words::new(&["关于", "提出", "提交", "报送", "上报", "《"]);

/// Words of a heading over the units' duties ("二、工作职责", "(三)职责分工",
/// "部门分工"): its paragraphs that open with a unit and its duty are its tasks.
pub static DUTY_PART_WORDS: Words = Words::new(&["职责", "分工", "责任"]);

/// Endings of the names of a body's own offices ("局综合科", "财会股", "办公室"): a
/// subject that ends so names an office, not a phrase of the work.
pub static OFFICE_ENDS: Words = Words::new(&["科", "股", "办公室"]);

/// Words that hand the work named before them to the units after them, inside a
/// clause: "校内整治由学校负责", "周边秩序整治以乡综治办为主".
pub static TOPIC_AGENTS: Words = Words::new(&["由", "以"]);

/// Chars after 由 or 以 that make it part of another word ("以上", "以下", "以及",
/// "由于", "由此"): no hand-over of the work.
pub static TOPIC_AGENT_COMPOUNDS: Words = Words::new(&[
    "上", "下", "及", "内", "外", "后", "前", "便", "来", "于", "此", "免", "致",
]);

/// Verbs of obligation after the subject that opens a task's work ("镇村干部务必…",
/// "各乡镇应当…"): like 要, they make the subject the one that does the work, where a
/// subject is looked for.
pub static MODAL_VERBS: Words = Words::new(&["务必", "必须", "应当", "应", "须", "需"]);

/// Modals of [`MODAL_VERBS`] that make a demand as strong as 要 does: the subject of a
/// later sentence of a task with one does its share ("各乡镇人民政府(街道办事处)必须切实
/// 承担起…", held-out c14021). Not 应 or 须, the words of rules and principles.
pub static DEMAND_MODALS: Words = Words::new(&["务必", "必须"]);

/// Words that open with a char of [`MODAL_VERBS`] and are none ("应急管理", "应对", "需
/// 求"): in a list of trades, "公安、应急管理、…等部门" (held-out c12265) has no modal.
pub static NOT_MODALS: Words = Words::new(&["应急", "应对", "应用", "应届", "需求", "须知"]);

/// What may follow a duty verb without making it one: "负责人", "负责同志", "要求",
/// "要点" (a unit's officials and demands, not its duties), "负责制" (a system of
/// responsibility: "乡实行干部联村负责制").
pub static NOT_DUTY_AFTER: Words = Words::new(&["人", "同志", "求", "点", "制"]);

/// How the names of groups of persons end ("各级领导干部", "全体党员"): persons, not
/// bodies, when a demand addresses them ("各级领导干部要切实增强法治意识…").
pub static PERSON_GROUP_ENDS: Words =
    Words::new(&["干部", "人员", "党员", "同志", "群众", "职工", "领导"]);

/// Words that close a duty verb's clause when it describes persons by their duty
/// ("各单位负责安全生产工作的领导为成员", "负责此项工作的同志"): no unit's duty.
pub static PERSONS_BY_DUTY: Words =
    Words::new(&["的领导", "的同志", "的负责人", "的人员", "的干部"]);

/// Objects of a duty that open like those words ("省统计局负责人口普查的日常工作": 人口,
/// not 负责人): after a duty verb they make it one again.
pub static DUTY_OBJECTS_LIKE_NOT: Words = Words::new(&[
    "人口", "人才", "人居", "人防", "人力", "人大", "人民", "人事", "人社",
    // "由县商务局负责制定…": verbs that open like 制 of 负责制.
    "制定", "制订", "制作", "制止", "制发",
]);

/// Verbs of the work itself that may follow a role verb and share its role:
/// "牵头统筹", "配合做好", "负责组织". Alone they give no role. (督导 and 督办 are role
/// verbs of their own: they name who oversees.)
pub static ACTION_VERBS: Words = Words::new(&[
    "督促", "推进", "推动", "组织", "协调", "指导", "统筹", "做好", "抓好", "完成", "开展", "跟踪",
    "把关", "研究", "制定", "制订", "整改", "加快", "加强", "强化",
]);

/// Whether `k` opens with a verb of the work, of either list ([`ACTION_VERBS`],
/// [`WORK_TITLE_OPENERS`]): "开展…", "打造…".
pub fn opens_with_work_verb(k: &str) -> bool {
    ACTION_VERBS.starts(k) || WORK_TITLE_OPENERS.starts(k)
}

/// Verbs (and adverbs of manner) that open the title of a piece of work ("完善公共法律服
/// 务中心", "优化产业布局"), beside [`ACTION_VERBS`] ("加强…建设"), which are not
/// written again here: a first sentence that opens with one is a task's title, not the
/// name of the body that does it, however its last word ends.
pub static WORK_TITLE_OPENERS: Words = Words::new(&[
    "建立",
    "完善",
    "实施",
    "全面",
    "积极",
    "深入",
    "健全",
    "加大",
    "坚持",
    "提高",
    "进一步",
    "深化",
    "落实",
    "提升",
    "大力",
    "认真",
    "持续",
    "支持",
    "优化",
    "严格",
    "聚焦",
    "新建",
    "建设",
    "明确",
    "成立",
    "继续",
    "全力",
    "打造",
    "规范",
    "扎实",
    "切实",
    "建成",
    "促进",
    "着力",
    "构建",
    "培育",
    "启动",
    "保障",
    "增强",
    "贯彻",
    "坚决",
    "清理",
    "充分",
    "围绕",
    "实现",
    "集中",
    "鼓励",
    "推行",
    "整治",
    "实行",
    "发挥",
    "确保",
    "创新",
    "扩大",
    "发展",
    "改善",
    "提供",
    "设立",
    "畅通",
    "用好",
    "改造",
    "创建",
    "巩固",
    "引导",
    "探索",
    "拓展",
    "壮大",
    "筹建",
    "努力",
    "举办",
    "召开",
    "出台",
    "查处",
    // (Not 编制, as often a noun: "编制部门", c13043.)
]);

/// How the name of a document ends ("…任务分解表", "…实施方案", "《…》"): an entry of a
/// list of attachments that ends otherwise ("1.普陀区第七轮(2018-2020年)环境保护和建设")
/// goes on on the next line.
pub static DOCUMENT_NAME_ENDS: Words = Words::new(&[
    "表",
    "清单",
    "方案",
    "计划",
    "意见",
    "办法",
    "要点",
    "细则",
    "名单",
    "目录",
    "通知",
    "规划",
    "纲要",
    "标准",
    "指南",
    "台账",
    "》",
    "规定",
    "制度",
    "报告",
    "决定",
    "责任书",
    "说明",
]);

/// Words that end a sentence announcing the list below it ("…,分别为:", "…如下:").
pub static LIST_ANNOUNCEMENTS: Words = Words::new(&["分别为", "分别是", "如下", "包括"]);

/// The ends of the names of a place below the county that a problem list hands its
/// problems to ("尹川村 …", "大槐树镇路段问题", "城关街道存在的问题").
pub const LOCAL_PLACE_ENDS: &[&str] = &["村", "社区", "镇", "乡", "街道"];

/// Words that open a clause of the topic before a sentence's subject: "关于2018年重点
/// 项目建设推进问题,项目办、政府督查室要…" (minutes' decisions), "针对…问题,X要…".
pub static TOPIC_OPENERS: Words = Words::new(&["关于", "针对", "对于", "围绕"]);

/// Words that close a clause of when or on what footing, opened by 在, before its comma
/// ("在冰雪天气时,", "在春节期间,", "在灾害发生后,", "在此基础上,"): the subject of the work
/// may follow it, as after a clause of how.
pub static FRAME_ENDS: Words = Words::new(&[
    "时",
    "期间",
    "之际",
    "之中",
    "中",
    "后",
    "以后",
    "之后",
    "前",
    "之前",
    "基础上",
    "以来",
]);

/// Words after the unit named by 由 that open how it does the work, not yet its verb:
/// "由所在乡镇通过招商引资…盘活", "由县财政局按照规定拨付", "由市住建局对项目进行验收".
/// After 由 the unit is the agent all the same.
pub static AGENT_WAYS: Words = Words::new(&[
    "通过",
    "按照",
    "根据",
    "依据",
    "依法",
    "结合",
    "对",
    "向",
    "在",
    "统一",
    "及时",
    "每年",
    "每季度",
    "每月",
    "定期",
]);

/// Words of when the work is done that may stand between a comma and the 由 of its agent
/// ("…专项基金,每年由县财政根据实际需要集中安排", held-out c10807).
pub static TIMES_BEFORE_AGENT: Words = Words::new(&[
    "每年",
    "每半年",
    "每季度",
    "每月",
    "每周",
    "定期",
    "届时",
    "年内",
]);

/// Role marks in brackets after a name that role words do not give: "市工信局(主体)"
/// (of a 责任主体与协同单位 column), and the notes that give no role. (Role words with or
/// without their entity, "(牵头)", "(协同)", "(配合单位)", are read as a label's words.)
pub const BRACKET_MARKS: &[(&str, Option<Mark>)] = &[
    ("主体", Some(Mark::Lead)),
    // Each unit does its part: a note, not a role.
    ("负责", None),
    ("按职责分工负责", None),
    ("按职责负责", None),
    ("按照职责分工负责", None),
    ("分工负责", None),
    ("按职责分工", None),
    ("按职责", None),
    // "市生态环境局(按职能分工)" (held-out c12980).
    ("按职能分工负责", None),
    ("按职能分工", None),
    ("按职能", None),
];

/// Marks before or after a unit name that make it the lead unit ("★区发改委",
/// "区政府办公室*"); between an item's number and its separator they mark a key item
/// ("1*.", see [`super::numbering`]).
pub const LEAD_SIGNS: &[char] = &['★', '☆', '*', '▲', '△'];

/// Words in front of a list that are not part of its first name: "由X负责", "请X牵头",
/// "——X牵头". (The work pointed at before 由, "上述任务由", is read by its words: see
/// [`ABOVE_POINTERS`].)
pub static LIST_OPENERS: Words = Words::new(&[
    "由", "请", "责成", "交由", "并由", "并", "以及", "及", "和", "同时", "均由", "具体", "——", "—",
]);

/// Words that join a clause to the sentence before it, before the clause's unit ("其中
/// X负责80万元", "此外由X负责").
pub static CLAUSE_JOINERS: Words = Words::new(&["其中", "此外", "另外"]);

/// Words that name the agent of the work after them, as 由 does: "由X负责", "请X协调
/// 解决", "责成X抓好落实", "交由X负责". (Also in [`LIST_OPENERS`].)
pub static AGENT_OPENERS: Words = Words::new(&["由", "请", "责成", "交由"]);

/// Words after a name that are not part of it: "X等", "X分别", "X主要做好…", "X、Y联
/// 合开展…" (jointly, as 共同: held-out c13651).
pub static NAME_TAILS: Words = Words::new(&[
    "等",
    "分别",
    "共同",
    "联合",
    "各自",
    "具体",
    "主要",
    "按职责",
    "等单位",
    // Adverbs of "as well" before the modal ("其他各部门、各单位也要…", "县林业局还要…",
    // held-out c13700). (Not 都: "成都".)
    "也",
    "还",
    "亦",
    "同时",
]);

/// Words with 等 inside that is no "etc." after a name: "各高等学校", "中等职业学校"
/// (held-out c11380: "各高等学校" was cut to "各高").
pub static WORDS_WITH_DENG: Words = Words::new(&["高等", "中等", "初等", "同等", "对等", "等级"]);

/// Words with a joining char inside (和, 与, 及, 或) that joins no two units: "市城乡和谐
/// 社区建设领导小组" is one body (held-out c12664), not "市城乡" and "谐社区…".
pub static WORDS_WITH_AND: Words = Words::new(&["和谐", "和平", "和美", "共和", "及时", "与会"]);

/// Verbs between two units that make the first help the second: "县公安局配合县交通局开展
/// 联合执法" (the second leads, the first cooperates; "X会同Y" is the other way round).
pub static ASSIST_WORDS: Words = Words::new(&["配合", "协助"]);

/// Verbs of a change from one state to another after 由 ("由被动执法转变为主动执法", "由
/// 事后查办转变为事先预警", held-out c10642): 由 there says from what, and names no agent.
pub static CHANGE_VERBS: Words = Words::new(&["转变为", "转变成", "转为", "变为", "改为", "转向"]);

/// Words that open a clause of the partners of a unit named before it: "市民政局负责…,
/// 会同市发改、公安等有关部门依法查处…".
pub static PARTNER_OPENERS: Words = Words::new(&["会同", "联合", "协同", "连同"]);

/// Verbs that open a clause of partners only right after the leading unit's 牵头 ("由县
/// 委宣传部牵头,组织文明办、住建局等单位,…", held-out c11902; "镇应急办牵头,组织各村
/// (居)委会…", c1907): the bodies the leader brings in cooperate. (Elsewhere "组织各乡镇
/// 开展…" says who does the work.)
pub static LED_PARTNER_OPENERS: Words = Words::new(&["组织", "协调"]);

/// The verb of leading after which [`LED_PARTNER_OPENERS`] open a clause of partners.
pub const LEADING_VERB: &str = "牵头";

/// Words of the unit's own before a clause of partners ("负责会同公安、城管部门查处…",
/// "并协同…", "…,要会同县科工局、…做好调度", held-out c14046).
pub static PARTNER_LEADS: Words = Words::new(&["负责", "并", "积极", "主动", "同时", "要"]);

/// The with-words that, after a unit opening a sentence, name its partners whatever
/// verb of the work follows: "市文旅局要会同市交通运输局打造…", "市教育局要联合市卫健委
/// 开展…". (Not 协调 or 协同, as often the work itself: "牵头协调工作", "系统协同".)
pub static SUBJECT_WITH_WORDS: Words = Words::new(&["会同", "联合"]);

/// A word between two units that makes the second cooperate with the first: "X会同Y".
pub const WITH_WORDS: &[&str] = &["会同", "联合", "协调"];

/// A modal and 与 between two units before a verb of helping ("宣传部门、新闻媒体应与交
/// 通主管部门积极配合", held-out c12916): the first are the subjects, the second those
/// they work with, as after [`WITH_WORDS`].
pub const MODAL_WITH_WORDS: &[&str] = &["应当与", "要与", "应与", "须与", "需与"];

/// Words of a note to the reader inside a responsibility bracket: "(…下同)",
/// "(其他有关部门配合,不逐一列出)". Such a sentence names no unit of the task.
pub static READER_NOTES: Words = Words::new(&[
    "下同",
    "不逐一列出",
    "不再逐一列出",
    "不再列出",
    "不再做分工",
    "不再分工",
    // "区防减救灾委相关成员单位(详见附件4)": where the reader finds them (held-out c11746).
    "详见",
    "见附件",
    "不再一一列出",
    "不再单独列出",
    "不单独列出",
    "以下均",
    "以下都",
    "以下任务",
    "以下各项",
    "以下事项",
    "以下工作",
    "以下项目",
    "以下政策",
    // "本条及以下责任单位均包括各县市区政府(管委会),不再重复列举" (held-out c14051).
    "不再重复列举",
    "不再重复列出",
    "不再一一列举",
    "不再列举",
]);

/// Words of a place in a list that a note names as the lead: "列第一位者为牵头单位",
/// "首位单位为牵头单位". A note is a first-leads note when it has one of these and a
/// lead word (see [`first_leads_note`]).
pub static FIRST_PLACES: Words =
    Words::new(&["第一", "首位", "首个", "排首", "居首", "最前", "前位"]);

/// Words of a first-leads note that make its rule hold for the lists after it too
/// ("(首位单位为牵头单位,下同)", "(以下如无特别说明,排名第一的为牵头单位)").
pub static NOTE_ONWARD_WORDS: Words = Words::new(&["下同", "以下", "后同"]);

/// Words of a note that make the placed unit the lead.
pub static NOTE_LEAD_WORDS: Words = Words::new(&["牵头", "主办", "主责", "负总责", "为主"]);

/// Whether `text` has a role verb ([`ROLE_VERBS`]: 牵头, 负责, 配合 …) anywhere.
pub fn has_role_verb(text: &str) -> bool {
    ROLE_VERBS.iter().any(|(w, _)| text.contains(w))
}

/// A note that states the rule "the unit listed first leads": a place word and a lead
/// word ("列第一位的为牵头部门", "(首位单位为牵头单位,下同)").
pub fn first_leads_note(text: &str) -> bool {
    FIRST_PLACES.in_text(text) && NOTE_LEAD_WORDS.in_text(text)
}

/// A document's rule that the unit listed first leads, as its preamble or a note
/// before its items states it: a first-leads note whose lead word names units
/// ("列在任务分工首位的为牵头单位,其他为主要参加单位", "列第一位者为牵头部门,下同"), not a
/// person's ("党委书记是第一责任人,负总责").
pub fn first_leads_rule(text: &str) -> bool {
    first_leads_note(text)
        && NOTE_LEAD_WORDS.words.iter().any(|w| {
            text.match_indices(w).any(|(i, _)| {
                ["单位", "部门"]
                    .iter()
                    .any(|e| text[i + w.len()..].starts_with(e))
            })
        })
}

/// Bodies that every place has, named without the place when they follow another
/// body of it ("各县党委和人民政府", "高新区党工委和管委会"), or alone over their
/// duties ("(一)党委主要职责", held-out c11620).
pub const PLACE_BODIES: &[&str] = &[
    "人民政府",
    "政府",
    "管委会",
    "党委",
    "党工委",
    "办事处",
    "委员会",
    "党组",
    "党支部",
    "党总支",
    "人大",
    "政协",
];

/// Endings of words that end as a unit's name does ([`UNIT_SUFFIXES`]: 所, 场, 处, 院,
/// 室) but name a thing or a place, never a body: "(均为无害化卫生厕所)" (held-out
/// c10824), "公共场所", "不足之处", "会议室".
pub static NOT_BODY_ENDS: Words = Words::new(&[
    "厕所",
    "场所",
    "住所",
    "处所",
    "之处",
    "好处",
    "难处",
    "广场",
    "现场",
    "会场",
    "立场",
    "庭院",
    "小院",
    "大院",
    "会议室",
    "阅览室",
    "官司",
    "上司",
]);

/// The chars a unit's name begins with to say its level: 省发改委, 市财政局, 区统计局.
pub const LEVEL_CHARS: &str = "省市州县区旗镇乡";

/// Endings of unit names.
pub static UNIT_SUFFIXES: Words = Words::new(&[
    "局",
    "委",
    "办",
    "部",
    "厅",
    "署",
    "中心",
    "政府",
    "街道",
    // "各镇街" (towns and 街道, held-out c11746).
    "镇街",
    "镇",
    "乡",
    "集团",
    "公司",
    "管委会",
    "单位",
    "部门",
    "指挥部",
    "大队",
    "支行",
    "分行",
    "银行",
    "院",
    "所",
    "会",
    "团",
    "社",
    "站",
    "处",
    "科",
    "股",
    "队",
    "组",
    "室",
    "馆",
    "高新园",
    "工业园",
    "产业园",
    "科技园",
    "校",
    // A ministry's department (政策法规司, 养老服务司: held-out c10240's brackets).
    "司",
    "厂",
    "场",
    "区",
    "县",
    "市",
    "村",
    "社区",
    "海关",
    "总队",
    "支队",
    "分局",
    "办事处",
    "法院",
    "检察院",
    "机关",
    "专班",
    "党委",
    "党组",
    "工委",
    "系统",
    "企业",
    "学校",
    "医院",
    "电网",
    "供电公司",
    "电视台",
    "电台",
    "气象台",
    "台办",
    "监狱",
    // A state grain reserve's depot (中储粮株洲直属库, held-out c4600).
    "直属库",
    "联",
    "协",
    // The youth league's national body: 共青团中央, 团中央 (held-out c11001). (Not
    // 中央 alone: "落实党中央、国务院…决策部署" names whose decisions, not who works.)
    "团中央",
    // Organisations of the party and the masses ("全镇各级群团组织要…", held-out
    // c11347; "各基层党组织"); not 组织 alone, a verb as often ("精心组织").
    "党组织",
    "群团组织",
    "团组织",
    "少先队组织",
    "社会组织",
    "各地",
    "各级",
]);

/// The places a plan is sent to, each as a whole ("4.各地要将公路安全设施维护纳入…",
/// held-out c12821): a task that opens with them as its subject is theirs to do, as
/// the labels read "各地根据…" too.
pub const EVERY_PLACE: &[&str] = &["各地", "各地区"];

/// Words that make a unit entry collective wherever they are in it.
pub static COLLECTIVE_WORDS: Words = Words::new(&[
    "有关",
    "相关",
    "各部门",
    "各单位",
    "各直属单位",
    "成员单位",
    // "行业主管部门", "有关主管部门": the bodies in charge of each trade.
    "主管部门",
    "各级",
    "各地",
    // The bodies of a level or under a government: 区级部门, 市级单位, 市直部门, 县直单位
    // (held-out c11120's heading over its departments' duties).
    "级部门",
    "级单位",
    "直部门",
    "直单位",
]);

/// Posts of leaders, as they start ("副市长王明") or make a whole entry ("市长").
pub static POSTS: Words = Words::new(&[
    "常务副",
    "副",
    "常委",
    "市长",
    "区长",
    "县长",
    "镇长",
    "乡长",
    "省长",
    "州长",
    "旗长",
    "主任",
    "书记",
    "秘书长",
    "区政府",
    "市政府",
    "县政府",
    "省政府",
    "区委",
    "市委",
    "县委",
    "省委",
    "党组",
    "部长",
    "局长",
    "主席",
    "处长",
    "厅长",
    "调研员",
    "巡视员",
    "市长助理",
    "区长助理",
    "政府",
    "分管",
    "协管",
    "联系",
    "包保",
    "挂钩",
]);

/// How a heading of a problem list ends after the place the problems were found in
/// ("大槐树镇路段问题", "城关镇存在的问题"): the place answers for them.
pub static PLACE_PROBLEM_TAILS: Words = Words::new(&[
    "问题",
    "存在问题",
    "存在的问题",
    "发现问题",
    "发现的问题",
    "路段问题",
    "辖区问题",
    "区域问题",
]);

/// How the name of a meeting ends ("…重点任务分解研判部署会", "县长办公会"): a meeting,
/// no unit, though it ends like one (会 of 委员会, 工会).
pub static MEETING_ENDS: Words = Words::new(&[
    "部署会",
    "推进会",
    "座谈会",
    "调度会",
    "培训会",
    "现场会",
    "协调会",
    "例会",
    "交流会",
    "动员会",
    "研讨会",
    "汇报会",
    "通报会",
    "观摩会",
    "总结会",
    "办公会",
    "发布会",
]);

/// Words for a unit's own head after its name, without a name of a person ("盘龙区政府
/// 主要领导", "市公安消防支队主要负责人"): in a value of units and persons the unit is
/// who does the work, its head no leader of it.
pub static UNIT_HEAD_WORDS: Words = Words::new(&[
    "主要领导",
    "主要领导同志",
    "主要负责人",
    "主要负责同志",
    "负责人",
    "负责同志",
]);

/// Leader titles that alone name no one: "由同志牵头负责" is a page whose names were
/// removed, not a leader called 同志. At the end of a subject they name leaders at large,
/// not one post ("区级领导", "主要负责同志"): no person who answers for the work.
pub static BARE_TITLES: Words = Words::new(&["同志", "领导", "领导同志"]);

/// Verbs of leading that end like a post ("由区政协党组和主席会议组织领导", "在县委统一
/// 领导下"): a piece that ends with one names no leader.
pub static LEADING_VERBS: Words = Words::new(&["组织领导", "统一领导", "加强领导", "全面领导"]);

/// The verbs of a post's charge after 对 and its object ("村党组织书记对本村防溺水工作负
/// 总责"): the post answers for the work.
pub static POST_CHARGES: Words = Words::new(&["负总责", "负责", "负主要责任", "负领导责任"]);

/// The last words of a leader's post: a piece that ends with one names a leader
/// ("分管副省长", "省政府分管领导同志"). ("增长" ends with 长, so 长 alone is none.)
pub static LEADER_TITLES: Words = Words::new(&[
    "市长",
    "县长",
    "区长",
    "省长",
    "镇长",
    "乡长",
    "州长",
    "旗长",
    "盟长",
    "秘书长",
    "部长",
    "局长",
    "厅长",
    "处长",
    "科长",
    "主任",
    "书记",
    "常委",
    "委员",
    "主席",
    "助理",
    "领导",
    "领导同志",
    "同志",
    "调研员",
    "巡视员",
    "院长",
    "检察长",
    "庭长",
    "行长",
    "社长",
    "董事长",
    "总经理",
    "组长",
    "专员",
    "督察长",
    "成员",
]);

/// The last words of a post: a person's name ends with none of them.
pub static POST_ENDS: Words = Words::new(&[
    "长",
    "主任",
    "书记",
    "常委",
    "委员",
    "成员",
    "助理",
    "主席",
    "员",
    "部长",
    "领导",
    "领导同志",
    "同志",
]);

/// Common single-char surnames (for telling a person's name from a unit's short name).
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

/// Two-char surnames.
pub const DOUBLE_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "钟离",
];

/// Heading words that say the items below are a leader's ("胡海达常务副市长负责主抓工作",
/// "尹学群市长牵头的重点工作"): a leader, one of these verbs, then the work.
pub static HEADING_LEADER_VERBS: Words = Words::new(&[
    "负责主抓",
    "牵头负责",
    "负责",
    "牵头",
    "分管",
    "主抓",
    "领衔",
    "联系",
    "包保",
    "挂钩",
    "承办",
]);

/// Words that end the heading of a leader's items ("…重点工作", "…事项").
pub const HEADING_LEADER_WORKS: &[&str] = &["工作", "事项", "任务", "项目", "重点工作"];

/// Headings of the parts of a body's standing make-up (a 三定 text: "三、内设机构" over
/// "(一)第一秘书科。负责…"): no work, like a framework part, and a page that has one
/// at its top level lists the body's standing duties, no tasks (held-out c4308).
pub static MAKE_UP_HEADINGS: Words = Words::new(&["内设机构", "机构设置", "人员编制"]);

/// Headings that name a part of a plan that states no work only when they are the whole
/// heading: "二、组织领导" over the roster of a 领导小组 (who leads the campaign), not
/// "一、加强双拥工作的组织领导" over the tasks of doing so.
pub static FRAMEWORK_TITLES: Words = Words::new(&["组织领导"]);

/// Chars before the word of a framework part that make the word the head of a name
/// ("实施…工程的指导思想", "整治目标及原则", "目标和原则"): the heading names the part,
/// however it opens; after anything else, a verb's object holds the word ("落实属地职责").
pub const PART_NAME_JOINS: &[char] = &['的', '和', '与', '及', '、'];

/// Headings of the parts of a plan that state aims and principles rather than work:
/// their items are tasks only when they name who does them.
pub static FRAMEWORK_HEADINGS: Words = Words::new(&[
    "总体要求",
    "指导思想",
    // "一、总体思路" over a paragraph of the plan's approach (held-out c12373, c12475).
    "总体思路",
    "原则",
    // (Also whole, for a heading run into its first item: "三、基本原则(一)党政同责,部门
    // 联动。", held-out c12586.)
    "基本原则",
    // A 规定's or 办法's general and closing provisions ("第一章 总则" over its purpose,
    // scope and principles, held-out c11624, c11625): rules, not work.
    "总则",
    "附则",
    "主要目标",
    "工作目标",
    // "一、目标要求" over the plan's aims (held-out c12635).
    "目标要求",
    // "一、督办目的", "工作目的": why, not what.
    "目的",
    // "四、参加人员": who takes part, not work (held-out c1407).
    "参加人员",
    // "二、县级河湖长主要履行以下职责": standing duties, not work of a period
    // (held-out c2005).
    "职责",
    "发展目标",
    "总体目标",
    "预期目标",
    "保障措施",
    "组织保障",
    "工作要求",
    "组织实施",
    "工作保障",
    "实施保障",
    // "四、工作规则", "议事规则": how a 联席会议 meets, not work (held-out c8005).
    "规则",
    // "一、2023年财政预算执行情况" over what was spent (held-out c12597): a report.
    "执行情况",
    "完成情况",
]);

/// Words that end the heading of a part on how things stand ("一、村集体经济发展现状" over
/// "1.基本情况。我乡共有××个村…", held-out c14009; "一、发展基础", "一、基本情况"): a
/// framework part as [`FRAMEWORK_HEADINGS`]' are, but only as the heading's last word:
/// inside, a verb's object holds them ("(一)实地调研,摸清现状底数", "提升气象高质量发展
/// 基础能力").
pub static STATE_HEADINGS: Words = Words::new(&["现状", "基本情况", "发展基础"]);

/// Headings of a review of work done ("十三五"主要成就, 2023年工作回顾; "一、主要做法"
/// over what a place has done, held-out c12719): the items below report, however they
/// name the bodies that did the work; none is a task. (A heading of how things went,
/// 完成情况, is a framework part: its items may still name who is to finish them, as a
/// 民生实事 progress notice's do, c11360.)
pub static REVIEW_HEADINGS: Words = Words::new(&[
    "主要成就",
    "工作回顾",
    "主要成效",
    "主要做法",
    // "一、2022年工作情况" over "现将有关工作汇报如下", "一、2023年城市防汛工作开展情况"
    // (held-out c13087, c13088): how a year's work went.
    "年工作情况",
    "工作开展情况",
]);

/// How the names of a task's text fields end ("任务目标:", "建设内容:", "工作措施:"):
/// such a name run into a unit's name after a label's colon is a label of its own.
pub static FIELD_NAME_ENDS: Words = Words::new(&[
    "目标", "内容", "措施", "举措", "要求", "标准", "进度", "成效", "任务",
]);

/// How a notice says it hands a document out to its readers ("现将《…》印发给你们",
/// "…印发你们,请认真贯彻执行").
pub static HANDING_OUT: Words = Words::new(&[
    "印发给你们",
    "印发你们",
    "予以印发",
    "现予印发",
    // "《…工作方案》…已经市人民政府同意印发,为抓好贯彻落实,现就有关事项通知如下"
    // (held-out c12639).
    "同意印发",
    // "…现转发给你们,同时结合我市实际提出以下意见" (held-out c12722).
    "转发给你们",
]);

/// How a notice says it hands its readers a breakdown of the year's tasks ("现将…目标任务
/// 分解落实到市长、各位副市长…", "…243项工作任务予以分解印发"): the breakdown is the
/// document it carries, attached or after it, and the notice's own items tell how to
/// carry it out.
pub static BREAKDOWN_HANDED_DOWN: Words =
    Words::new(&["分解下达", "分解下发", "分解印发", "分解落实到"]);

/// How a notice announces demands of its own after what it hands out ("…任务分解下达给
/// 你们,并提出以下要求"): the items that follow are those demands.
pub static DEMANDS_ANNOUNCED: Words = Words::new(&[
    "提出以下要求",
    "提出如下要求",
    "提出以下意见",
    "提出如下意见",
]);

/// Words in the title of a page that is not a list of tasks (when no item names who
/// does it).
pub static NOT_TASK_TITLE_WORDS: Words = Words::new(&[
    "会议通知",
    // "…关于《…实施计划》的批复": a reply that approves a plan (held-out c11189); its
    // demands name units only as their subjects.
    "的批复",
    // "对政协…第2号提案的答复", "关于…建议的答复": a reply (see [`REPORT_OPENINGS`]).
    "的答复",
    // "关于做好…民生实事建议项目征集工作的通知": it asks for proposals.
    "征集",
    "召开",
    "公示",
    "通报",
    "总结",
    "情况报告",
    // "某市城管局关于市城区防汛工作情况的汇报" (held-out c13088): a report to those above.
    "的汇报",
    "工作汇报",
    "规则",
    "条例",
    "章程",
    "规定",
    "管理办法",
]);

/// How a line of an interview or a 政策解读 in questions and answers opens ("Q:实施方案
/// 设定的目标任务是什么?", "问:请您介绍一下《方案》的起草过程"): a page of two or more
/// such questions answers them, and lists no tasks even where an answer names the
/// plan's measures (held-out c12526) or who leads them.
pub static QUESTION_OPENERS: Words = Words::new(&["问:", "Q:", "q:", "提问:", "记者:"]);

/// Verbs with which a page tells how a quoted document is divided ("《实施方案》分为总体
/// 目标、重点任务和保障措施三个部分", "《方案》共有五个部分27条"): beside 部分, the page
/// explains the document and lists no tasks of its own (held-out c12658).
pub static PARTS_TOLD: Words = Words::new(&["分为", "共分", "共有", "包括", "包含"]);

/// Verbs with which a page says what a quoted document, the subject of its sentence,
/// sets out ("《指导意见》…提出建设健康乡村的重点任务:", held-out c14019): the items
/// after retell that document's tasks, and the page lists none of its own.
pub static DOCUMENT_SETS_OUT: Words = Words::new(&["提出", "明确", "部署", "确定"]);

/// Words of a page that hands out the quoted document's tasks ("《政府工作报告》提出的
/// 目标任务分解如下:"): then the items are its own.
pub static HANDS_OUT_TASKS: Words = Words::new(&["分解", "分工", "责任", "落实"]);

/// How a preamble announces an appeal ("…特发出以下倡议:", held-out c14049): the items
/// after call on everyone ("辖区内的机关、事业单位要率先垂范…"), as a 倡议书's do.
pub static APPEAL_OPENINGS: Words = Words::new(&["发出以下倡议", "发出如下倡议", "倡议如下"]);

/// Words in the title of a page that never lists tasks, even where its items name
/// units: a 政策解读 quotes the plan's "由X牵头", a news report a meeting's decisions, a
/// 信息公开指南 a department's standing duties "(责任科室:办公室)".
pub static NOT_TASK_PAGE_WORDS: Words = Words::new(&[
    "解读",
    "新闻",
    "报道",
    "答记者问",
    "发布会",
    "讲话",
    "综述",
    "访谈",
    "指南",
    // "…杞县防汛行动纪实" (held-out c14069): an account of what was done.
    "纪实",
    // "节约用电倡议书": an appeal to everyone, no list of who does what.
    "倡议",
]);

/// Generic endings of bodies that a list of trades writes once, after its last trade
/// ("由公安、交通部门负责": 公安部门 and 交通部门; "建设、施工单位配合").
pub static SHARED_BODY_ENDS: Words = Words::new(&["部门", "单位", "机构"]);

/// Words of a news report's dateline ("本报讯 近日,…", "云南网讯(记者 李海球)…",
/// "(记者 吴单)6月28日,…"), looked for at the start of a line: a report on work done,
/// whose "一是…二是…" paragraphs tell what was done, not items to track.
pub static NEWS_DATELINES: Words = Words::new(&["本报讯", "网讯", "台讯", "记者"]);

/// Words a news report opens a sentence of its first paragraph with, before a comma
/// ("日前,县农水局牵头编制了…", "近日,…", held-out c12408, c10665): like a dateline
/// ([`NEWS_DATELINES`]).
pub static NEWS_OPENERS: Words = Words::new(&["日前", "近日"]);

/// Words of a title that says its page shares what places have done for others to learn
/// from ("实施城市更新行动可复制经验做法清单(第四批)", held-out c12518, c11848): its items
/// report practices and name the bodies that led them, but hand no work to anyone.
pub static SHARED_PRACTICES: Words = Words::new(&["经验做法", "典型案例", "典型经验"]);

/// Endings of titles of pages that are not lists of tasks: the rules of a standing
/// mechanism (工作推进机制, 台账制度), whose items, naming no one, say how work is done,
/// not what is to be done. (Inside a title they may be the work's object:
/// "构建…精准培育机制促进…实施方案".)
pub static NOT_TASK_TITLE_ENDS: Words = Words::new(&["机制", "制度"]);

/// Endings of titles of a body's standing rules ("…督办工作规定", "…管理暂行规定",
/// c8503): its articles say who handles what, always, and list no tasks even where
/// they name units ("督办工作由局办公室负责"). (A 机制 or 制度 may hand out its duties
/// as tasks, c5304: see [`NOT_TASK_TITLE_ENDS`].) So are a 管理办法's articles ("石泉县驻
/// 村工作队管理办法", whose "县委组织部牵头抓总,…密切配合" is a standing arrangement,
/// held-out c12607; c8305, c9963); an 考核办法 may list targets as tasks (c11580).
pub static RULES_TITLE_ENDS: Words = Words::new(&["规定", "管理办法"]);

/// Endings of a title that is itself a body's rules ("县委政法委员会会议制度", "地质灾害
/// 网格化管理十项制度", "林长巡林巡查制度(试行)", held-out c10545, c10564): its items
/// say how things are always done. Not a notice that sets one up ("关于建立市殡葬改革
/// 工作联席会议制度的通知", c2600, whose items are tasks), nor a 机制 (c5304).
pub static RULE_SET_TITLE_ENDS: Words = Words::new(&["制度"]);

/// Words that open the subject of a notice that sets a body up or changes its members
/// ("关于成立聂桥镇气象灾害防御工作领导小组的通知", "关于调整…爱国卫生运动领导小组及成员
/// 单位职责分工的通知", c10688, c10344, c2806): its items are the body's members and
/// standing duties, not tasks.
pub static SETTING_UP_NOTICES: Words =
    Words::new(&["关于成立", "关于调整", "关于组建", "关于设立", "关于充实"]);

/// The bodies such a notice sets up ([`SETTING_UP_NOTICES`]).
pub static SET_UP_BODIES: Words =
    Words::new(&["领导小组", "指挥部", "专班", "委员会", "工作组", "联席会议"]);

/// Words in a title that say a plan comes with the body set up ("关于成立…领导小组并印发
/// 工作方案的通知"): then its items may be tasks.
pub static PLAN_IN_TITLE: Words = Words::new(&["方案", "计划", "要点", "任务", "清单"]);

/// Words in a notice's title that say it is about a document or a list, not about
/// work of its own ("关于做好2018年政府工作报告主要目标任务和为民办实事的通知", "关于做好
/// 2017年度代表建议重点督办工作的通知", "关于加强入园项目跟踪管理有关问题的通知"): its
/// items tell how to carry that out. A notice whose title names none of them ("关于进一步
/// 做好农村燃气安全管理工作的通知", held-out c11105) asks for the work its items name.
pub static NOTICE_OF_A_DOCUMENT: Words = Words::new(&[
    "报告",
    "方案",
    "规划",
    "纲要",
    "计划",
    "清单",
    "要点",
    "意见",
    "任务",
    "实事",
    "建议",
    "提案",
    "名单",
    "分工",
    "分解",
    "督查",
    "督办",
    // (Not 有关事项: "关于开展…消费活动有关事项的通知" over "一、经费保障。…二、活动组织。
    // 活动开始前一周,各市将…" lists the matters, its own work, held-out c14056.)
    "有关问题",
]);

/// Brackets after a title that say how long it holds ("…制度(试行)").
pub static TRIAL_MARKS: Words = Words::new(&["(试行)", "(暂行)"]);

/// Words of a preamble that say the page replies to a deputy's proposal or a member's
/// motion ("现责成我局认真研究,…具体答复如下:", held-out c12809; "您提出的《…的建议》已收
/// 悉,现回复如下:", c13427): it tells what was done and is planned, a report
/// ([`REPORT_OPENINGS`]) that hands out no work whoever its items name ("城区老旧公厕改造
/// …已由城建局牵头全面启动").
pub static REPLY_OPENINGS: Words = Words::new(&["答复如下", "回复如下", "函复如下"]);

/// Words of a preamble that say the page reports on work or explains it rather than
/// assigns it ("现将有关情况通报如下", "现对《通知》进行政策解读"): like a title of
/// [`NOT_TASK_TITLE_WORDS`].
pub static REPORT_OPENINGS: Words = Words::new(&[
    "通报如下",
    "报告如下",
    "汇报如下",
    "解读如下",
    "进行政策解读",
    "进行解读",
    "情况予以公布",
    "情况公布如下",
    // A news report's dateline: "(金砖跨境)2月17日消息,…印发《…方案》" over the plan's
    // points (held-out c11249), "本报5月3日讯".
    "日消息",
    "日讯",
    // A commendation: "市政协对20件2022年度优秀提案予以通报表扬" over the list of those
    // commended (held-out c10482). (Not a plan's promise, "对完成情况好的予以表彰奖励".)
    "予以通报表扬",
    "予以通报表彰",
    // A 政府工作报告 as delivered: "各位代表:现在,我代表县人民政府向大会报告工作,请予
    // 审议" (its review and its plans, not a list of who does what).
    "各位代表",
    "请予审议",
]);

/// Words by which a preamble (or a title) names a plan, a notice or a list of tasks
/// ("制定本方案", "现将…通知如下", "民生实事", "目标责任书"): a page that names none and
/// tells what was done is a report on work.
pub static PLANNING_WORDS: Words = Words::new(&[
    "制定",
    "制订",
    "现将",
    "如下",
    "通知",
    "方案",
    "意见",
    "要点",
    "计划",
    "安排",
    "实事",
    "责任书",
    "任务",
]);

/// Words of a plan's own preamble ("为贯彻落实…,结合实际,现制订本工作方案。"): after a
/// carrying notice's items on a page that lost the plan's title, the plan starts there.
pub static PLAN_PREAMBLES: Words = Words::new(&[
    "制定本方案",
    "制订本方案",
    "制定本工作方案",
    "制订本工作方案",
    "制定本实施方案",
    "制订本实施方案",
    "制定本计划",
    "制订本计划",
]);

/// Words that close a preamble before the kind of the document it opens ("现提出以下实
/// 施意见", "提出如下意见"; see [`DOCUMENT_NAME_ENDS`]), beside those that name the
/// document made ([`MAKING_THIS`]: "特制定本方案"): its first part follows.
pub static PREAMBLE_CLOSERS: Words = Words::new(&["以下", "如下", "提出"]);

/// Words with which a preamble names the document it opens ("…,制定本工作制度。"):
/// what follows up to the sentence's end is its kind ([`RULE_SET_TITLE_ENDS`]).
pub static MAKING_THIS: Words = Words::new(&["制定本", "制订本"]);

/// Verbs that tell a meeting was held ("…召开…", "…隆重开幕", "…举行", a leader
/// "听取了…的汇报"): beside [`MEETING_REPORT_WORDS`], a preamble that tells of the
/// meeting.
pub static MEETING_HELD_VERBS: Words = Words::new(&["召开", "开幕", "举行", "听取了"]);

/// Words of a preamble that tells of a meeting held, beside 召开 or a word like it
/// ([`MEETING_HELD_VERBS`]; "徐舍镇召开节前燃气安全生产工作推进会。…等参加会议"): a
/// news report of the meeting, whose numbered demands are no list of tasks where they
/// name no one by a label ("镇建设局要…"). Minutes (纪要) are not such a report.
pub static MEETING_REPORT_WORDS: Words = Words::new(&[
    "参加会议",
    "参加了会议",
    "出席会议",
    "参会",
    "主持会议",
    // "…相继召开两次党委会,…会议由党委书记周虹九主持" (held-out c10888).
    "会议由",
    "会议强调",
    // The report's formula for what the meeting said ("…会议在杭州召开。会议传达学习…",
    // held-out c10784).
    "会议指出",
    "会议要求",
    "会议传达",
    "会上",
    "的汇报",
]);

/// The ways a 政府信息公开 box of facts says a page is disclosed ("主动公开"): the line
/// above one is the box's category (主题分类, "工作计划与总结"), not the page's title.
pub static DISCLOSURE_MODES: Words =
    Words::new(&["主动公开", "依申请公开", "不予公开", "部分公开"]);

/// Columns of a 政务公开 catalogue's header: how, where and when each kind of
/// information is disclosed. A table with one lists standing entries, not tasks.
pub static DISCLOSURE_COLUMNS: Words = Words::new(&[
    "公开方式",
    "公开形式",
    "公开时限",
    "公开渠道",
    "公开范围",
    "公开时间",
]);

/// The last words of a working group's name ("协调组", "整治工作组", "攻坚专班"): an
/// item so named is the group's share of the work.
pub static GROUP_ENDS: Words = Words::new(&["组", "专班"]);

/// The last words of the name of a plan's leading group ("工作领导小组", "领导组"): its
/// roster heads the whole work, not a working group's share.
pub static LEADING_GROUP_ENDS: Words = Words::new(&["领导小组", "领导组"]);

/// The heads of a working group, on lines of its item ("组长:谭宗华", "负责人:田"): the
/// item's leaders.
pub static GROUP_HEAD_WORDS: Words =
    Words::new(&["组长", "副组长", "常务副组长", "负责人", "召集人"]);

/// Words of a meeting's record that hands out its decisions ("…主持召开…常务会议,会议传
/// 达…,并议定:", held-out c10382; minutes, 纪要): its items are tasks, though it tells of
/// the meeting as a report does ([`MEETING_REPORT_WORDS`]). (Or the vote of a 人大
/// that picks the year's 民生实事: "会上票决产生了10项民生实事", c11365, c415.)
pub static MEETING_DECISION_WORDS: Words = Words::new(&["纪要", "议定", "票决"]);

/// The endings of the bodies of a trade named as a subject ("劳动保障部门要…", "公安机关
/// 要…", held-out c10642).
pub static TRADE_BODY_ENDS: Words = Words::new(&["部门", "机关"]);

/// How the names of bodies other than a government's own end ("镇派出所", "县消防大
/// 队", "区行政服务中心", "县供电分公司"): with their level before them, a subject's
/// name.
pub static NAMED_BODY_ENDS: Words =
    Words::new(&["所", "大队", "中队", "站", "中心", "院", "馆", "公司"]);

/// The endings of the names of bodies of government (a department, an office, a
/// government): a heading that names one alone is its items' unit ("十六、省商务厅").
pub static GOVERNMENT_BODY_ENDS: Words = Words::new(&[
    "厅",
    "局",
    "委",
    "办",
    "委员会",
    "办公室",
    "人民政府",
    "管委会",
    "管理委员会",
]);

/// The endings of bodies a government sets up for a work ("乡级防汛指挥部", "县创文领导
/// 小组"): a heading of their duties ("一、乡级防汛指挥部主要职责") names the doer of the
/// items below, as a department's does (a heading that names one alone is often a
/// part of a plan about it, not its duties).
pub static AD_HOC_BODY_ENDS: Words = Words::new(&["指挥部", "领导小组", "工作专班"]);

/// Words that stand between a responsibility label and its value in a sentence, as a
/// colon would ("牵头单位为县发改局", "责任单位是县住建局"), or between a name and the
/// label it is given ("县发改局为牵头单位"). One char each, of the colon's width.
pub const COPULAS: &[char] = &['为', '是'];

/// Measure words and units that follow a count ("2座", "3个", "5万"): a number before
/// one is a quantity in a text, not the next row of a table whose cells ran together.
pub const MEASURE_WORDS: &str =
    "年月日号时分秒个项家所条次人户元米吨名处台套批期类级万亿千百倍周天岁位辆件座栋间亩里斤克升度部张本篇份册场届轮章节版宗块片株棵头只匹架艘列班支队组季";

/// Words that point at the items above a sentence ("以上工作由县发改局牵头,县财政局
/// 配合", "上述任务由县教育局负责,2024年底前完成"): with a [`WORK_NOUNS`] word after
/// them, what the sentence says of who does them is said of each of them.
pub static ABOVE_POINTERS: Words = Words::new(&["以上", "上述"]);

/// Words that point at the item a sentence is in ("此项工作由县发改局负责", "该项任务
/// 由…牵头"): with a [`WORK_NOUNS`] word after them, the subject of the sentence.
pub static THIS_POINTERS: Words = Words::new(&["此项", "该项", "这项", "本项", "此", "该"]);

/// What a pointer before a label points at ("该目标责任单位为…", "该项任务牵头单位是…").
pub static POINTED_WORK: Words = Words::new(&["目标", "任务", "工作", "项目", "指标", "事项"]);

/// Nouns of the work a pointer points at: "以上工作", "上述问题", "该项任务".
pub static WORK_NOUNS: Words = Words::new(&[
    "工作", "任务", "问题", "项目", "事项", "各项", "措施", "活动",
]);

/// Field names that give a task's own name in a record of fields ("项目名称:新建城区幼
/// 儿园" + "建设内容:…" + "责任单位:…", or "01 项目名称:…"): the value is the task.
pub static TASK_NAME_FIELDS: Words = Words::new(&[
    "项目名称",
    "任务名称",
    "事项名称",
    "实事名称",
    "实事项目",
    "工作任务",
    "重点任务",
    "具体任务",
    "任务内容",
    // A rectification list's record: "问题编号5:省级自然保护区‘瘦身’问题突出。" over
    // "责任单位:…" and "整改目标:…" (held-out c12002).
    "问题编号",
]);

/// Words of a top heading that say its items are tasks even when no one is named for
/// them ("一、纳入民生实事项目管理的内容").
pub static TASK_HEADING_WORDS: Words = Words::new(&[
    "实事",
    "重点任务",
    "工作任务",
    "任务清单",
    "重点工作",
    "重点项目",
    "工作要点",
    "活动内容",
    // "四、整治措施" after "一、整治时间" and "三、整治范围" (held-out c13075): the
    // plan's work, whatever its other parts are called. (Not "主要任务": a 解读 has
    // one beside its 背景依据 and 起草过程, held-out c12349.)
    "主要措施",
    "工作措施",
    "整治措施",
    "具体措施",
]);

/// Headings of the parts of a 政策解读 (制定背景, 起草过程, 主要内容 …): a page whose
/// top-level headings are mostly these explains a document, whatever units it names.
pub static EXPLAINER_HEADINGS: Words = Words::new(&[
    "背景",
    "起草",
    "依据",
    "主要内容",
    "名词解释",
    "亮点",
    "解读",
]);

/// Headings of the parts of a page that is not a list of tasks (a 政策解读, a meeting
/// notice, a 公示, a 通报).
pub static NOT_TASK_HEADINGS: Words = Words::new(&[
    "背景",
    "起草",
    "依据",
    "目的",
    "意义",
    "主要内容",
    // ("一、检查内容" over what inspectors will look at: criteria of a check, c12108.)
    "检查内容",
    "会议时间",
    "会议地点",
    "时间",
    "地点",
    "参加人员",
    "参会人员",
    "出席",
    "议程",
    "范围",
    "方式",
    "联系",
    "总体情况",
    "基本情况",
    "有关要求",
    "工作要求",
    "有关事项",
    "说明",
    "问答",
    "亮点",
    "名词解释",
    "总则",
    "附则",
]);

#[cfg(test)]
mod tests {
    use super::*;

    /// The first word found, where it starts: the earliest start of any word.
    #[test]
    fn words_found_in_a_text() {
        assert_eq!(DUTY_PART_WORDS.find_in("查处职责分工"), Some("查处".len()));
        assert_eq!(DUTY_PART_WORDS.find_in("分工与职责"), Some(0));
        assert_eq!(FRAMEWORK_HEADINGS.find_in("项目的管理"), Some("项".len()));
        assert_eq!(FRAMEWORK_HEADINGS.find_in("推进项目建设"), None);
        assert!(FRAMEWORK_HEADINGS.in_text("二、基本原则"));
    }

    /// The filters let through every word's first and last char.
    #[test]
    fn filters_pass_every_word() {
        for w in [
            &UNIT_SUFFIXES,
            &LEADER_TITLES,
            &POSTS,
            &LIST_OPENERS,
            &NAME_TAILS,
            &READER_NOTES,
            &ROLE_MANNERS,
            &ABOVE_POINTERS,
            &THIS_POINTERS,
            &WORK_NOUNS,
        ] {
            for word in w.words {
                assert!(w.first.has(word.chars().next().unwrap()), "{word}");
                assert!(w.last.has(word.chars().next_back().unwrap()), "{word}");
                assert!(w.ends(word) && w.starts(word) && w.in_text(&format!("x{word}y")));
            }
        }
        for (v, _) in ROLE_VERBS {
            assert!(ROLE_VERB_ENDS.has(v.chars().next_back().unwrap()), "{v}");
        }
    }

    /// Every list is free of repeats (a repeat would be a sign of two places).
    #[test]
    fn lists_have_no_repeats() {
        fn check(name: &str, words: &[&str]) {
            let mut seen = std::collections::HashSet::new();
            for w in words {
                assert!(seen.insert(*w), "{name}: {w} twice");
                assert!(!w.is_empty(), "{name}: empty word");
            }
        }
        let roles: Vec<&str> = LABEL_ROLE_WORDS.iter().map(|w| w.0).collect();
        check("LABEL_ROLE_WORDS", &roles);
        let verbs: Vec<&str> = ROLE_VERBS.iter().map(|w| w.0).collect();
        check("ROLE_VERBS", &verbs);
        check("LABEL_FILLERS", LABEL_FILLERS.words);
        let time_words: Vec<&str> = DEADLINE_TIME_WORDS.iter().map(|w| w.0).collect();
        check("DEADLINE_TIME_WORDS", &time_words);
        check("DEADLINE_QUALIFIERS", DEADLINE_QUALIFIERS);
        check("PLACE_COLUMN_WORDS", PLACE_COLUMN_WORDS);
        check("FACT_COLUMN_WORDS", FACT_COLUMN_WORDS);
        check("ASSIGNMENT_LABELS", ASSIGNMENT_LABELS);
        check("FRAMEWORK_HEADINGS", FRAMEWORK_HEADINGS.words);
        check("STATE_HEADINGS", STATE_HEADINGS.words);
        check("FRAMEWORK_TITLES", FRAMEWORK_TITLES.words);
        check("PERSON_GROUP_ENDS", PERSON_GROUP_ENDS.words);
        check("LEADING_VERBS", LEADING_VERBS.words);
        check("MAKE_UP_HEADINGS", MAKE_UP_HEADINGS.words);
        check("NOT_TASK_TITLE_WORDS", NOT_TASK_TITLE_WORDS.words);
        check("NOT_TASK_PAGE_WORDS", NOT_TASK_PAGE_WORDS.words);
        check("QUESTION_OPENERS", QUESTION_OPENERS.words);
        check("MAKING_THIS", MAKING_THIS.words);
        check("REVIEW_HEADINGS", REVIEW_HEADINGS.words);
        check("PARTS_TOLD", PARTS_TOLD.words);
        check("DEMAND_MODALS", DEMAND_MODALS.words);
        check("APPEAL_OPENINGS", APPEAL_OPENINGS.words);
        check("DOCUMENT_SETS_OUT", DOCUMENT_SETS_OUT.words);
        check("HANDS_OUT_TASKS", HANDS_OUT_TASKS.words);
        check("NOT_TASK_TITLE_ENDS", NOT_TASK_TITLE_ENDS.words);
        check("RULES_TITLE_ENDS", RULES_TITLE_ENDS.words);
        check("RULE_SET_TITLE_ENDS", RULE_SET_TITLE_ENDS.words);
        check("SETTING_UP_NOTICES", SETTING_UP_NOTICES.words);
        check("SET_UP_BODIES", SET_UP_BODIES.words);
        check("PLAN_IN_TITLE", PLAN_IN_TITLE.words);
        check("PREAMBLE_CLOSERS", PREAMBLE_CLOSERS.words);
        check("FRAME_ENDS", FRAME_ENDS.words);
        check("NOTICE_OF_A_DOCUMENT", NOTICE_OF_A_DOCUMENT.words);
        check("NEWS_DATELINES", NEWS_DATELINES.words);
        check("NEWS_OPENERS", NEWS_OPENERS.words);
        check("SHARED_PRACTICES", SHARED_PRACTICES.words);
        check("NOT_TASK_HEADINGS", NOT_TASK_HEADINGS.words);
        check("TASK_HEADING_WORDS", TASK_HEADING_WORDS.words);
        check("UNIT_SUFFIXES", UNIT_SUFFIXES.words);
        check("NOT_BODY_ENDS", NOT_BODY_ENDS.words);
        check("POSTS", POSTS.words);
        check("LEADER_TITLES", LEADER_TITLES.words);
        for w in [
            &LIST_OPENERS,
            &NAME_TAILS,
            &READER_NOTES,
            &FIRST_PLACES,
            &NOTE_LEAD_WORDS,
            &LABEL_OBJECTS,
            &ACTION_VERBS,
            &DUTY_VERBS,
            &NOT_DUTY_AFTER,
            &AGENT_WAYS,
            &TIMES_BEFORE_AGENT,
            &COLLECTIVE_WORDS,
            &POST_ENDS,
            &ABOVE_POINTERS,
            &THIS_POINTERS,
            &WORK_NOUNS,
            &ASSESS_VERBS,
            &PURPOSE_OPENERS,
            &NOTE_ONWARD_WORDS,
            &DEMANDS_ANNOUNCED,
            &PLANNING_WORDS,
            &BREAKDOWN_HANDED_DOWN,
            &DUTIES_HEADING_ENDS,
            &GROUP_TITLES,
            &ROSTER_PLACES,
        ] {
            check("list", w.words);
        }
        let mut seen = std::collections::HashSet::new();
        for c in SURNAMES.chars() {
            assert!(seen.insert(c), "surname {c} twice");
        }
    }
}

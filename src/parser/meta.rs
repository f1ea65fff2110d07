//! Stage 6 helpers: document metadata (文号, dates, issuer, title, period).
//! All functions take a trimmed recognition key (see [`mod@super::normalise`]).

use super::numbering::cn_digit;
use super::text::is_ideograph;
use super::words::{Words, LEADER_TITLES, NOT_TASK_PAGE_WORDS};

/// 文号 such as `慈政办发〔2023〕9号` or `海政办发[2023]2号`, found anywhere in the line.
/// Returns its byte range in `key`.
pub fn doc_number(key: &str) -> Option<(usize, usize)> {
    for (open, _) in key.match_indices(['〔', '[', '(', '【']) {
        let close_expected = match key[open..].chars().next()? {
            '〔' => '〕',
            '[' => ']',
            '(' => ')',
            _ => '】',
        };
        let after_open = open + key[open..].chars().next()?.len_utf8();
        let rest = &key[after_open..];
        let year: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if year.len() != 4 {
            continue;
        }
        let rest = &rest[4..];
        if !rest.starts_with(close_expected) {
            continue;
        }
        let rest = &rest[close_expected.len_utf8()..];
        let num = rest.chars().take_while(char::is_ascii_digit).count();
        if num == 0 || !rest[num..].starts_with('号') {
            continue;
        }
        let end = after_open + 4 + close_expected.len_utf8() + num + '号'.len_utf8();
        // Prefix: the issuer abbreviation, CJK chars right before the bracket.
        let prefix = key[..open]
            .chars()
            .rev()
            .take_while(|c| is_ideograph(*c))
            .take(12);
        let start = open - prefix.map(char::len_utf8).sum::<usize>();
        if start == open {
            continue;
        }
        return Some((start, end));
    }
    None
}

/// The first date in the line: 2024年5月13日, 2023-02-10, 2023.2.10, 2023/2/10,
/// 二〇二三年二月十日. As YYYY-MM-DD.
pub fn find_date(key: &str) -> Option<String> {
    let chars: Vec<char> = key.chars().collect();
    for i in 0..chars.len() {
        if let Some((y, m, d, _)) = date_at(&chars, i) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    None
}

/// True when the whole line is a date (a signature or 成文日期 line).
pub fn is_date_line(key: &str) -> bool {
    let chars: Vec<char> = key.trim().chars().collect();
    date_at(&chars, 0).is_some_and(|(.., end)| end == chars.len())
}

fn date_at(c: &[char], i: usize) -> Option<(u32, u32, u32, usize)> {
    if i > 0 && c[i - 1].is_ascii_digit() {
        return None;
    }
    let (y, j) = year_at(c, i)?;
    let sep = *c.get(j)?;
    let (m, d, end) = if sep == '年' {
        let (m, k) = small_number(c, j + 1)?;
        if c.get(k) != Some(&'月') {
            return None;
        }
        let (d, l) = small_number(c, k + 1)?;
        if !matches!(c.get(l), Some('日' | '号')) {
            return None;
        }
        (m, d, l + 1)
    } else if matches!(sep, '-' | '.' | '/') {
        let (m, k) = arabic(c, j + 1, 2)?;
        if c.get(k) != Some(&sep) {
            return None;
        }
        let (d, l) = arabic(c, k + 1, 2)?;
        (m, d, l)
    } else {
        return None;
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d, end))
}

/// A four-digit year in Arabic or Chinese digits (二〇二三).
fn year_at(c: &[char], i: usize) -> Option<(u32, usize)> {
    if let Some((y, j)) = arabic(c, i, 4) {
        return (j - i == 4 && (1900..=2199).contains(&y)).then_some((y, j));
    }
    let mut y = 0;
    for k in 0..4 {
        // Digit by digit, as years are written (二〇二三); a Cyrillic or Latin O or a 0
        // often stands for 〇 in typed copies, while 两 is never a year digit.
        let d = match *c.get(i + k)? {
            'О' | 'O' | '0' => 0,
            '两' => return None,
            ch => cn_digit(ch)?,
        };
        y = y * 10 + d;
    }
    (1900..=2199).contains(&y).then_some((y, i + 4))
}

fn arabic(c: &[char], i: usize, max: usize) -> Option<(u32, usize)> {
    let mut v = 0;
    let mut j = i;
    while let Some(d) = c.get(j).and_then(|d| d.to_digit(10)) {
        if j - i == max {
            return None;
        }
        v = v * 10 + d;
        j += 1;
    }
    (j > i).then_some((v, j))
}

/// 1..=31 in Arabic or Chinese digits (十二, 二十五, 三十一).
fn small_number(c: &[char], i: usize) -> Option<(u32, usize)> {
    if let Some(r) = arabic(c, i, 2) {
        return Some(r);
    }
    super::numbering::cn_number(c, i).filter(|(v, _)| *v <= 31)
}

/// An issuer on its own line: "慈溪市人民政府办公室", or a header "XX人民政府办公室文件".
pub fn issuer_line(key: &str) -> Option<&str> {
    let k = key.trim();
    let k = k.strip_suffix("文件").unwrap_or(k);
    let len = k.chars().count();
    if !(4..=30).contains(&len) || k.contains([',', '。', ':', ';', '、', '《', ' ', '(']) {
        return None;
    }
    const SUFFIXES: &[&str] = &[
        "办公室",
        "办公厅",
        "人民政府",
        "委员会",
        "政府",
        "局",
        "厅",
        "领导小组",
    ];
    SUFFIXES.iter().any(|s| k.ends_with(s)).then_some(k)
}

/// Words that name a kind of plan; a title contains one.
/// Words of document titles (a title line has one).
static TITLE_WORDS: Words = Words::new(&[
    "要点",
    "分解",
    "方案",
    "清单",
    "计划",
    "报告",
    // "关于市城区防汛工作情况的汇报" (held-out c13088).
    "汇报",
    "意见",
    "安排",
    "任务",
    "项目",
    "通知",
    "办法",
    "细则",
    "纲要",
    "规划",
    "摘要",
    "责任",
    "分工",
    "台账",
    "决定",
    "通报",
    "督办",
    "实事",
    "重点工作",
    "责任书",
    "考核",
    "指标",
    "规则",
    "条例",
    "章程",
    "规定",
    "机制",
    "制度",
]);

/// A line that can be a document title: short, no sentence punctuation, not a number.
pub fn is_title_like(key: &str) -> bool {
    let k = without_page_caption(key.trim());
    let len = k.chars().count();
    ((4..=60).contains(&len)
        && !punctuated_outside_quotes(k)
        && super::numbering::recognise(k).is_none()
        && (TITLE_WORDS.in_text(k) || (len >= MIN_PAGE_TITLE_CHARS && names_page_kind(k)))
        && !is_date_line(k))
        || is_speaker_headline(k)
}

/// Whether a line has a sentence's punctuation outside quotes and book-title marks: a
/// title may quote a slogan or a name that has its own ("关于市重点民生实事项目“规范城市养
/// 犬行为,建立养犬长效机制”落实情况公示", held-out c13378).
/// (A sentence's end is one anywhere: a quoted question is a news story's headline.)
fn punctuated_outside_quotes(k: &str) -> bool {
    let mut quoted = false;
    k.chars().any(|c| {
        match c {
            '“' | '《' => quoted = true,
            '”' | '》' => quoted = false,
            '。' | '!' | '?' => return true,
            ';' | ':' | ',' => return !quoted,
            _ => {}
        }
        false
    })
}

/// "民盟辽宁省委会主委刘中民:在…主题教育动员会上的讲话" (held-out c10847): a speaker, a
/// colon, and a headline that names a kind of page that lists no tasks (讲话, 访谈 …),
/// longer than other titles.
fn is_speaker_headline(k: &str) -> bool {
    let Some((speaker, headline)) = k.split_once(':') else {
        return false;
    };
    // (Not a site's link to another page: "政策解读链接:点击查看政策解读".)
    (1..=MAX_SPEAKER_CHARS).contains(&speaker.chars().count())
        && !NOT_TASK_PAGE_WORDS.in_text(speaker)
        && !speaker.ends_with("链接")
        && (MIN_PAGE_TITLE_CHARS..=MAX_HEADLINE_CHARS).contains(&headline.chars().count())
        && !headline.contains(['。', ';', '!', '?', ':', ','])
        && names_page_kind(headline)
}

/// The longest speaker (post and name) before a headline's colon, in chars.
const MAX_SPEAKER_CHARS: usize = 24;
/// The longest headline after a speaker, in chars.
const MAX_HEADLINE_CHARS: usize = 80;

/// Whether a title names a kind of page that lists no tasks ([`NOT_TASK_PAGE_WORDS`]:
/// "…政策解读", "…新闻发布会", "…信息公开指南"), at its end, where a title names its
/// page's kind: inside it such a word may be part of a unit's name ("市文化新闻出版局").
pub fn names_page_kind(title_key: &str) -> bool {
    let k = title_key.trim_end_matches(['》', '”', ')', ' ']);
    let tail = k
        .char_indices()
        .rev()
        .nth(PAGE_KIND_TAIL_CHARS - 1)
        .map_or(k, |(i, _)| &k[i..]);
    // (Or a tag of the kind before it: "【文字解读】后湖管理区清洁家园行动方案", held-out
    // c11788.)
    let tag = k
        .trim_start()
        .strip_prefix('【')
        .and_then(|r| r.split_once('】'))
        .map(|(inner, _)| inner)
        .filter(|inner| inner.chars().count() <= PAGE_KIND_TAIL_CHARS);
    NOT_TASK_PAGE_WORDS.in_text(tail) || tag.is_some_and(|t| NOT_TASK_PAGE_WORDS.in_text(t))
}

/// Whether a headline says that someone explains a document ("聊城市政府副秘书长、办公室
/// 主任郭守印同志解读2020年市政府工作报告…方案", "区交通运输局局长俞林忠解读2023年…工作
/// 计划"): 解读 between a leader's post (and name) and the document, the headline of a
/// 政策解读.
pub fn explains_a_document(key: &str) -> bool {
    let Some(at) = key.find("解读") else {
        return false;
    };
    let (before, after) = (&key[..at], &key[at + "解读".len()..]);
    after.chars().count() >= MIN_EXPLAINED_TITLE_CHARS
        && !before.contains(['《', '“', '"'])
        && before
            .char_indices()
            .any(|(i, _)| LEADER_TITLES.prefix_of(&before[i..]).is_some())
}

/// The fewest chars of the document named after 解读 in a headline.
const MIN_EXPLAINED_TITLE_CHARS: usize = 6;

/// The value of a page's headline given as a field of its box of facts, "负责人政策解读:
/// 区交通运输局局长俞林忠解读2023年区交通运输局工作计划 |": the field names a kind of page
/// and the value is a headline of that kind (see [`explains_a_document`]). (A plan's
/// "政策解读:《…》政策解读" is a link to another page.)
pub fn headline_cell(row: &str) -> Option<&str> {
    let first = row.split(['|', '│', '\t']).next()?.trim();
    let (field, value) = first.split_once(':')?;
    let value = value.trim();
    (NOT_TASK_PAGE_WORDS.ends(field.trim()) && explains_a_document(value)).then_some(value)
}

/// How far from a title's end the kind of its page is looked for: the longest word of
/// a kind and a short word after it ("…新闻发布会实录").
const PAGE_KIND_TAIL_CHARS: usize = 6;

/// The fewest chars of a title named by a kind of page that lists no tasks ("天水市
/// 卫生健康委员会政府信息公开指南", "…答记者问"): shorter lines with such words are a
/// site's links ("办事指南", "新闻中心").
const MIN_PAGE_TITLE_CHARS: usize = 8;

/// "慈溪市人民政府办公室关于印发…的通知": the notice that carries the document (also
/// with its 文号 in a bracket after it: "…的通知(南经管发〔2020〕81号)").
pub fn is_notice_title(key: &str) -> bool {
    let k = without_doc_number(key.trim());
    k.contains("关于") && (k.contains("印发") || k.ends_with("通知")) && !k.contains(['。', ','])
}

/// A document-sharing site's caption of a page of its viewer ("天津知识产权十四五规划_第1页",
/// "政府秸秆禁烧工作方案.docx_第3页"), or a title with the site's page of a long article
/// ("…讲话(第2/2页)", held-out c10847): the document's title in it, without the page
/// and the file's extension; the line as it is otherwise.
pub fn without_page_caption(line: &str) -> &str {
    // "…动员会上的讲话(第2/2页)": a site's page of a long article.
    if let Some(inner) = line.strip_suffix([')', '）']) {
        if let Some(open) = inner.rfind(['(', '（']) {
            let page = inner[open..]
                .trim_start_matches(['(', '（'])
                .strip_prefix('第')
                .and_then(|p| p.strip_suffix(['页', '頁']));
            if page.is_some_and(|p| p.split('/').all(is_number)) {
                return inner[..open].trim_end();
            }
        }
    }
    let Some(at) = line.rfind("_第") else {
        return line;
    };
    let page = line[at + "_第".len()..].strip_suffix(['页', '頁']);
    if !page.is_some_and(is_number) {
        return line;
    }
    let title = &line[..at];
    FILE_EXTENSIONS
        .iter()
        .find_map(|e| {
            let cut = title.len().checked_sub(e.len())?;
            (title.is_char_boundary(cut) && title[cut..].eq_ignore_ascii_case(e))
                .then(|| &title[..cut])
        })
        .unwrap_or(title)
}

/// Whether `n` is a page's number in ASCII digits ("12").
fn is_number(n: &str) -> bool {
    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
}

/// The extensions of a document's file that a viewer's caption may keep.
const FILE_EXTENSIONS: &[&str] = &[".docx", ".doc", ".pdf", ".wps", ".txt"];

/// A title without the bracket of its 文号 after it ("…的通知(南经管发〔2020〕81号)").
pub fn without_doc_number(k: &str) -> &str {
    let Some(inner) = k.strip_suffix(')') else {
        return k;
    };
    match inner.rfind('(') {
        Some(open)
            if doc_number(&inner[open..]).is_some_and(|(_, end)| open + end == inner.len()) =>
        {
            k[..open].trim_end()
        }
        _ => k,
    }
}

/// The title in a web page's box of facts about a document: a row of cells between
/// bars whose first cell is the field 名称 or 标题 ("[ 名 称 ] | X |", "标 题: | X |").
/// Works on any view of the row (the field's words are no Traditional keywords).
pub fn title_cell(row: &str) -> Option<&str> {
    let mut cells = row.split(['|', '│', '\t']);
    let field: String = cells
        .next()?
        .chars()
        .filter(|c| !matches!(c, ' ' | '[' | ']' | '【' | '】' | ':'))
        .collect();
    if !TITLE_FIELDS.contains(&field.as_str()) {
        return None;
    }
    let title = cells.next()?.trim();
    (title.chars().count() >= MIN_TITLE_CELL_CHARS).then_some(title)
}

/// The fields of a web page's box of facts that hold the document's title.
const TITLE_FIELDS: [&str; 4] = ["名称", "标题", "文件名称", "文件标题"];

/// The fewest chars of a title taken from a box of facts.
const MIN_TITLE_CELL_CHARS: usize = 4;

/// Whether a document's title names a table ("…重点工作任务分解表", "…一览表"; not
/// "…代表").
pub fn names_a_table(title: &str) -> bool {
    let t = title.trim_end();
    t.ends_with('表') && !t.ends_with("代表")
}

/// Titles quoted in 《》 in the line (the cover letter names the documents it carries).
pub fn quoted_titles(key: &str) -> impl Iterator<Item = &str> {
    key.split('《')
        .skip(1)
        .filter_map(|s| s.split_once('》').map(|(t, _)| t))
        .filter(|t| !t.is_empty())
}

/// The period a title covers: "2023年2月份", "2024年5月", "2021年", "2023年上半年", "2023年第一季度".
pub fn period(title: &str) -> Option<String> {
    let start = title.char_indices().find(|(i, c)| {
        c.is_ascii_digit()
            && title[*i..].len() >= 5
            && title.as_bytes().get(i + 4) == "年".as_bytes().first()
    })?;
    let rest = &title[start.0..];
    let year = rest.get(..4)?;
    if !year.bytes().all(|b| b.is_ascii_digit()) || !rest[4..].starts_with('年') {
        return None;
    }
    let mut end = 4 + '年'.len_utf8();
    let tail = &rest[end..];
    let month: String = tail
        .chars()
        .take_while(char::is_ascii_digit)
        .take(2)
        .collect();
    if !month.is_empty() && tail[month.len()..].starts_with('月') {
        end += month.len() + '月'.len_utf8();
        if rest[end..].starts_with('份') {
            end += '份'.len_utf8();
        }
    } else {
        for w in [
            "上半年",
            "下半年",
            "第一季度",
            "第二季度",
            "第三季度",
            "第四季度",
            "一季度",
            "二季度",
            "三季度",
            "四季度",
        ] {
            if tail.starts_with(w) {
                end += w.len();
                break;
            }
        }
    }
    Some(rest[..end].to_string())
}

/// Year and (if the period is a month) month of a period or date string.
pub fn year_month(s: &str) -> (Option<u32>, Option<u32>) {
    let digits: String = s.chars().take(4).collect();
    let year = digits
        .parse::<u32>()
        .ok()
        .filter(|y| (1900..=2199).contains(y));
    let rest = s.get(4..).unwrap_or("");
    let rest = rest.trim_start_matches(['年', '-']);
    let m: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let month = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
    let month = if s.contains('月') || s.len() == 10 {
        month
    } else {
        None
    };
    (year, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<&str> {
        doc_number(s).map(|(a, b)| &s[a..b])
    }

    /// A page's kind is named at its title's end; inside, such a word may be a unit's
    /// (held-out c3206: a member "李宏夫 市文化新闻出版局副局长" was read as a news title).
    #[test]
    fn page_kinds_at_a_title_s_end() {
        for t in [
            "《关于加快发展的实施意见》政策解读",
            "天水市卫生健康委员会政府信息公开指南",
            "国务院新闻办新闻发布会实录",
            // An account of what was done (held-out c14069).
            "防汛紧急通知与应对措施杞县防汛行动纪实",
            // Or in a tag before it (held-out c11788).
            "【文字解读】后湖管理区清洁家园行动方案",
        ] {
            assert!(names_page_kind(t), "{t}");
        }
        // A tag that names no kind of page is no such tag.
        assert!(!names_page_kind("【重点】后湖管理区清洁家园行动方案"));
        for t in [
            "李宏夫 市文化新闻出版局副局长",
            "市新闻出版局关于印发工作要点的通知",
        ] {
            assert!(!names_page_kind(t), "{t}");
            assert!(!is_title_like(t) || t.ends_with("通知"), "{t}");
        }
    }

    #[test]
    fn notice_titles_with_their_doc_number() {
        let t = "关于南宁经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知(南经管发〔2020〕81号)";
        assert!(is_notice_title(t));
        assert!(without_doc_number(t).ends_with("分工方案的通知"));
        // A bracket of anything else stays.
        assert_eq!(
            without_doc_number("重点工作任务(2020年)"),
            "重点工作任务(2020年)"
        );
        assert!(!is_notice_title("关于加强管理(第2号)"));
    }

    #[test]
    fn viewer_page_captions() {
        assert_eq!(
            without_page_caption("天津知识产权十四五规划_第1页"),
            "天津知识产权十四五规划"
        );
        assert_eq!(
            without_page_caption("政府秸秆禁烧工作方案.docx_第3页"),
            "政府秸秆禁烧工作方案"
        );
        assert_eq!(without_page_caption("十项制度_第12頁"), "十项制度");
        assert_eq!(without_page_caption("方案_第一页"), "方案_第一页");
        assert_eq!(without_page_caption("方案"), "方案");
        assert_eq!(
            without_page_caption("动员会上的讲话(第2/2页)"),
            "动员会上的讲话"
        );
        assert_eq!(
            without_page_caption("动员会上的讲话（第1页）"),
            "动员会上的讲话"
        );
        assert_eq!(without_page_caption("工作要点(第二批)"), "工作要点(第二批)");
    }

    #[test]
    fn doc_numbers() {
        assert_eq!(num("慈政办发〔2023〕9号"), Some("慈政办发〔2023〕9号"));
        assert_eq!(
            num("- 文件编号:海政办发〔2023〕2号"),
            Some("海政办发〔2023〕2号")
        );
        assert_eq!(num("甬政发[2021]15号文"), Some("甬政发[2021]15号"));
        assert_eq!(num("(2023)年"), None);
        assert_eq!(num("〔2023〕9号"), None);
    }

    #[test]
    fn dates() {
        assert_eq!(find_date("2024年5月13日").as_deref(), Some("2024-05-13"));
        assert_eq!(
            find_date("- 成文日期:2023-02-10").as_deref(),
            Some("2023-02-10")
        );
        assert_eq!(
            find_date("二〇二三年二月十日").as_deref(),
            Some("2023-02-10")
        );
        assert_eq!(
            find_date("2018-02-04 10:25 稿源").as_deref(),
            Some("2018-02-04")
        );
        assert_eq!(find_date("12024年5月13日"), None);
        assert!(is_date_line("2021年3月25日"));
        assert!(!is_date_line("2021年3月25日前完成"));
    }

    /// A 政府信息公开 page's box of facts gives the title in its 名称 or 标题 row.
    #[test]
    fn titles_in_a_box_of_facts() {
        assert_eq!(
            title_cell(
                "[ 名 称 ] | 靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知 |"
            ),
            Some("靖政发〔2025〕17号 靖边县人民政府 关于建立重点工作调度机制的通知")
        );
        assert_eq!(
            title_cell("标 题: | 关于进一步落实林长制工作任务的通知 |"),
            Some("关于进一步落实林长制工作任务的通知")
        );
        assert_eq!(
            title_cell("[ 发布机构 ] | 靖边县人民政府办公室 | [ 发文日期 ] |"),
            None
        );
        assert_eq!(title_cell("标题 | |"), None);
        // A headline given as a field that names a kind of page (held-out c9505); a
        // plan's link to its explainer is no headline of the page.
        assert_eq!(
            headline_cell(
                "负责人政策解读:区交通运输局局长俞林忠解读2023年区交通运输局工作计划 | |||"
            ),
            Some("区交通运输局局长俞林忠解读2023年区交通运输局工作计划")
        );
        assert_eq!(
            headline_cell("政策解读:广元市安全生产治本攻坚三年行动方案(2024—2026年)"),
            None
        );
        assert_eq!(
            headline_cell("政策解读:关于《2024年重点工作任务分工方案》的解读 |"),
            None
        );
        assert!(explains_a_document(
            "聊城市政府副秘书长、办公室主任郭守印同志解读2020年市政府工作报告重点工作任务部门分工方案"
        ));
        assert!(!explains_a_document(
            "《沈阳市生态环境局关于扎实开展工作的通知》解读"
        ));
        assert!(!explains_a_document("2024年政策解读工作实施方案"));
    }

    #[test]
    fn issuers_titles_periods() {
        assert_eq!(
            issuer_line("慈溪市人民政府办公室文件"),
            Some("慈溪市人民政府办公室")
        );
        assert_eq!(
            issuer_line("宁波市海曙区人民政府办公室"),
            Some("宁波市海曙区人民政府办公室")
        );
        assert_eq!(issuer_line("一、中心工作"), None);
        assert!(is_title_like("2023年海曙区民生实事项目目标任务责任分解"));
        // A quoted slogan's own comma (held-out c13378, c13306); not a quoted question,
        // nor a comma after quotes left open.
        assert!(is_title_like(
            "常德市公安局西湖分局关于市重点民生实事项目“规范城市养犬行为,建立养犬长效机制”落实情况公示"
        ));
        assert!(is_title_like(
            "XX区“并肩治乱整秩序,共同担当保大庆”专项行动方案"
        ));
        assert!(!is_title_like(
            "“电视户户通工程会不会延误全年任务的按时完成?”"
        ));
        assert!(!is_title_like("为确保完成“煤改电”工作任务,现成立工作专班"));
        // A speaker and the headline of a speech (held-out c10847), not a site's link.
        assert!(is_title_like(
            "民盟辽宁省委会主委刘中民:在民盟辽宁省委会开展“凝心铸魂强根基、团结奋进新征程”主题教育动员会上的讲话(第2/2页)"
        ));
        assert!(!is_title_like("政策解读链接:点击查看政策解读"));
        assert!(!is_title_like("其他解读链接:点击查看其他解读"));
        assert!(is_title_like("政府工作报告(摘要)"));
        assert!(!is_title_like("一、“专曙优学”项目"));
        assert!(is_title_like("重点工作督办通报(第1期)"));
        // A kind of page that lists no tasks names a title when the line is long
        // enough; a site's link is not one.
        assert!(is_title_like("天水市卫生健康委员会政府信息公开指南"));
        assert!(!is_title_like("办事指南"));
        assert!(is_title_like("市政府2024年十件民生实事"));
        assert!(is_title_like("关于2024年重点工作推进情况的督办通报"));
        assert!(is_notice_title(
            "慈溪市人民政府办公室关于印发 2023年2月份市政府工作要点的通知"
        ));
        assert_eq!(
            period("2023年2月份市政府工作要点").as_deref(),
            Some("2023年2月份")
        );
        assert_eq!(
            period("2021年政府工作报告目标任务责任分解").as_deref(),
            Some("2021年")
        );
        assert_eq!(period("政府工作报告(摘要)"), None);
        assert_eq!(year_month("2023年2月份"), (Some(2023), Some(2)));
        assert_eq!(year_month("2021年"), (Some(2021), None));
        assert_eq!(year_month("2023-02-10"), (Some(2023), Some(2)));
        let t: Vec<&str> = quoted_titles("《a》和《b》").collect();
        assert_eq!(t, ["a", "b"]);
    }
}

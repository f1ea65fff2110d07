//! Stage 2: page noise. Lines that are web furniture (navigation, share buttons,
//! copyright...) or document furniture (抄送, 印发 line, 公开属性...) are recognised here,
//! each with the reason shown to the user. Works on a trimmed recognition key; needs
//! no context (the tree stage adds the context-dependent cases: 抄送 continuation
//! lines, signature blocks, related news after the end).
//!
//! The rules are data: [`RULES`], in order, each a reason and a test over a word list
//! (a line starting with a word, a field "word:", a word anywhere in a short line) or
//! a check of the line's shape (page numbers, e-mail addresses). The word lists carry
//! the filters that make most lines pass each rule with a bit test.

use super::words::Words;

/// Why a line is noise; `text` is the reason shown to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noise {
    pub reason: &'static str,
    /// The document's own text has ended when this line appears (抄送, 责任编辑, 打印...).
    pub ends_document: bool,
}

pub const NAV: &str = "网页导航";
pub const PAGE_TOOLS: &str = "网页功能";
pub const EDITOR: &str = "责任编辑";
pub const PAGE_INFO: &str = "网页信息";
pub const SHARE: &str = "分享";
pub const EMAIL: &str = "电子邮箱";
pub const COPYRIGHT: &str = "版权信息";
pub const KEYWORDS: &str = "关键词";
pub const RELATED: &str = "相关新闻";
pub const METADATA: &str = "公开属性";
pub const CC: &str = "抄送";
pub const PRINTED: &str = "印发信息";
pub const ATTACHMENT: &str = "附件";
pub const ADDRESSEE: &str = "主送机关";
pub const PAGE_NUMBER: &str = "页码";
pub const IMAGE: &str = "图片";
/// The number a document viewer puts before each chunk of a document's text (see
/// `lines::viewer_chunk_runs`).
pub const VIEWER_CHUNK: &str = "网页分段编号";
/// A paragraph mark a document-sharing site's text copy puts where a line broke (see
/// `lines::cut_paragraph_marks`).
pub const PARAGRAPH_MARK: &str = "网页段落标记";
/// A forum's junk string against copying (see `lines::junk_opening`).
pub const JUNK: &str = "网页乱码";
/// A document-sharing site's terms of paid download, numbered like a plan's items.
pub const SITE_TERMS: &str = "网站声明";

/// The endings of an image's file name, whose name a copied page keeps where the image
/// was ("640.webp.jpg"). Matched without regard to case.
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "bmp"];

/// Furniture lines are short: a word searched anywhere in a line is searched only in
/// lines of at most this many bytes (long lines are task sentences).
const SHORT_LINE_BYTES: usize = 150;

/// How a rule tests a line (its key, leading bullets and spaces trimmed).
#[derive(Clone, Copy)]
pub enum Test {
    /// The line starts with one of the words.
    Starts(&'static Words),
    /// One of the words, then (spaces and) a colon: "索引号:…".
    Field(&'static Words),
    /// A short line holds one of the words.
    Contains(&'static Words),
    /// A shape no word list says: the line as given (bullets kept) and trimmed.
    Check(fn(&str, &str) -> bool),
}

/// One rule: a reason, whether the document's text has ended, and the test.
pub struct Rule {
    pub reason: &'static str,
    pub ends_document: bool,
    pub test: Test,
}

const fn rule(reason: &'static str, ends_document: bool, test: Test) -> Rule {
    Rule {
        reason,
        ends_document,
        test,
    }
}

static CC_WORDS: Words = Words::new(&["抄送", "抄报"]);
/// Metadata list keys of government web pages (索引号, 主题分类, 成文日期...).
static METADATA_KEYS: Words = Words::new(&[
    "索引号",
    "索 引 号",
    "主题分类",
    "公开方式",
    "发布单位",
    "发布机构",
    "成文日期",
    "发文日期",
    "文件编号",
    "发文字号",
    "文号",
    "规范性文件统一编号",
    "统一编号",
    "有效性",
    "政策原文",
    "政策解读",
    "发布日期",
    "公开范围",
    "公开时限",
    "生成日期",
    "所属机构",
    "信息来源",
    "主题词",
    "组配分类",
    "体裁分类",
    "信息分类",
    "公开日期",
    "发文机关",
    "效力状态",
]);
static EDITOR_STARTS: Words = Words::new(&["责任编辑"]);
static EDITOR_FIELDS: Words = Words::new(&["编辑", "审核", "校对"]);
static COPYRIGHT_WORDS: Words = Words::new(&[
    "Copyright",
    "copyright",
    "版权所有",
    "ICP备",
    "ICP证",
    "公网安备",
]);
static COPYRIGHT_STARTS: Words = Words::new(&["版权保护", "技术支持", "网站标识码", "关于我们"]);
/// A site's credits; among tasks, 主办单位:X is X leading (see the tree stage).
static COPYRIGHT_FIELDS: Words = Words::new(&["主办", "主办单位", "主管", "承办", "承办单位"]);
static NAV_STARTS: Words = Words::new(&["当前位置", "您的位置", "您现在的位置", "您当前的位置"]);
/// Page tool words, matched against the whole line with its spaces removed.
static PAGE_TOOL_WORDS: Words = Words::new(&[
    "朗读",
    "打印",
    "打印该文",
    "打印本页",
    "关闭窗口",
    "关闭",
    "字号",
    "字体",
    "大中小",
    "收藏",
    "返回顶部",
    "[打印该文]",
    "[关闭窗口]",
    "【打印】",
    "【关闭】",
    "【打印本页】",
    "【关闭窗口】",
    "视力保护色",
    "分享到",
    "扫一扫在手机打开当前页",
    // "用手机扫描二维码在手机上继续观看" + "手机查看" (held-out c12002).
    "手机查看",
    "默认",
    "纠错",
]);
static SHARE_WORDS: Words = Words::new(&["二维码", "扫一扫", "微信公众号"]);
static SHARE_STARTS: Words = Words::new(&["分享到"]);
/// "分享:" before a page's share buttons (its labels lost in the copy).
static SHARE_FIELDS: Words = Words::new(&["分享"]);
/// A page's share button alone on its line.
const SHARE_ALONE: &[&str] = &["分享", "分享按钮"];
static PAGE_INFO_STARTS: Words = Words::new(&[
    "报料热线",
    "联系电话",
    "详细咨询",
    "浏览次数",
    "点击数",
    "阅读次数",
    "发布时间",
    "数字电子报",
]);
static PAGE_INFO_FIELDS: Words = Words::new(&["来源", "稿源", "字号"]);
static KEYWORD_STARTS: Words = Words::new(&["站点关键词"]);
static KEYWORD_FIELDS: Words = Words::new(&["关键词", "标签"]);
static RELATED_STARTS: Words = Words::new(&[
    "相关新闻",
    "相关阅读",
    "相关链接",
    "相关文章",
    "推荐阅读",
    "热点新闻",
    "24小时最新新闻",
    "最新新闻",
    "上一篇",
    "下一篇",
    "热门推荐",
]);
/// The sentences of a document-sharing site's terms, above the document it shows
/// ("1、原创力文档(book118)网站文档一经付费…", "4、该文档为VIP文档,如果想要下载…"):
/// searched in lines of any length, since each term is a long sentence.
static SITE_TERMS_WORDS: Words = Words::new(&[
    "原创力文档",
    "VIP文档",
    "成为VIP",
    "VIP会员",
    "本站所有内容",
    "本站不退款",
    "版权申诉",
    "文档贡献者",
    // "1、下载文档前请自行甄别文档内容的完整性…", "2、“仅部分预览”的文档…", "3、如文档
    // 侵犯您的权益…" (held-out c12007 and three more pages of such sites).
    "下载文档前",
    "仅部分预览",
    "如文档侵犯",
    // "温馨提示:" over "1. 部分包含数学公式或PPT动画的文件,查看预览时…", "2. 本文档由用户
    // 上传,版权归属用户,汇文网负责整理代发布…", "3. 下载前请仔细阅读文档内容…", "4. 下载
    // 文档时可能由于网络波动…" (held-out c12962, and five more pages of that site).
    "部分包含数学公式",
    "本文档由用户上传",
    "下载前请仔细阅读文档",
    "下载文档时",
]);
/// Headings of a site's terms ("豫都网版权与免责声明"): the site's credits, and the
/// numbered lines after them are the site's, not the page's.
static SITE_TERMS_HEADINGS: Words = Words::new(&["免责声明", "版权声明"]);

/// Whether a line heads a site's numbered terms ([`SITE_TERMS_HEADINGS`]).
pub fn heads_site_terms(k: &str) -> bool {
    k.len() <= SHORT_LINE_BYTES && SITE_TERMS_HEADINGS.in_text(k)
}

/// Whether a line is a sentence of a document site's terms ([`SITE_TERMS_WORDS`]).
/// Every such sentence speaks of the site's 文档 or of formulas that show badly: two
/// substring searches rule out the lines of any document before the words are looked
/// for char by char.
fn is_site_terms(k: &str) -> bool {
    (k.contains("文档") || k.contains("数学公式")) && SITE_TERMS_WORDS.in_text(k)
}

static ATTACHMENT_FIELDS: Words = Words::new(&["附件", "附"]);

/// Whether a line is markup alone, a mirror site's empty tags against copying
/// ("<tbody id=\"rxb7u\"><output id=\"rxb7u\"></output></tbody>"), after a list
/// number or bullet the copy gave it ("1. <th id=\"rxb7u\"></th>").
fn is_markup_only(k: &str) -> bool {
    // (Asked of every line: a byte test first, most lines open with no number or '<'.)
    let Some(at) = k
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b'.' || b == b' '))
    else {
        return false;
    };
    if k.as_bytes()[at] != b'<' {
        return false;
    }
    let mut rest = &k[at..];
    while let Some(tag) = rest.strip_prefix('<') {
        let named = tag
            .trim_start_matches('/')
            .starts_with(|c: char| c.is_ascii_alphabetic());
        let Some(end) = tag.find('>').filter(|_| named) else {
            return false;
        };
        rest = tag[end + 1..].trim_start();
    }
    rest.is_empty()
}

/// The rules, in the order they are tried.
pub static RULES: &[Rule] = &[
    rule(JUNK, false, Test::Check(|_, k| is_markup_only(k))),
    rule(CC, true, Test::Starts(&CC_WORDS)),
    rule(PRINTED, true, Test::Check(|_, k| is_printed_line(k))),
    rule(METADATA, false, Test::Check(|_, k| is_publication_note(k))),
    rule(PAGE_NUMBER, false, Test::Check(|_, k| is_page_number(k))),
    rule(IMAGE, false, Test::Check(|_, k| is_image_name(k))),
    rule(METADATA, false, Test::Field(&METADATA_KEYS)),
    rule(METADATA, false, Test::Check(|_, k| is_metadata_row(k))),
    rule(EDITOR, true, Test::Starts(&EDITOR_STARTS)),
    rule(EDITOR, true, Test::Field(&EDITOR_FIELDS)),
    rule(COPYRIGHT, true, Test::Contains(&COPYRIGHT_WORDS)),
    rule(COPYRIGHT, true, Test::Contains(&SITE_TERMS_HEADINGS)),
    rule(COPYRIGHT, true, Test::Starts(&COPYRIGHT_STARTS)),
    rule(COPYRIGHT, true, Test::Field(&COPYRIGHT_FIELDS)),
    rule(NAV, false, Test::Starts(&NAV_STARTS)),
    rule(
        NAV,
        false,
        Test::Check(|_, k| is_breadcrumb(k) || is_bar_menu(k)),
    ),
    rule(PAGE_TOOLS, true, Test::Check(|_, k| is_page_tools(k))),
    rule(SHARE, false, Test::Check(|_, k| is_share_line(k))),
    rule(SITE_TERMS, false, Test::Check(|_, k| is_site_terms(k))),
    rule(SHARE, false, Test::Starts(&SHARE_STARTS)),
    rule(SHARE, false, Test::Field(&SHARE_FIELDS)),
    rule(SHARE, false, Test::Check(|_, k| SHARE_ALONE.contains(&k))),
    rule(
        SHARE,
        false,
        Test::Check(|_, k| k.starts_with("微信") && k.chars().count() <= 12),
    ),
    rule(PAGE_INFO, false, Test::Starts(&PAGE_INFO_STARTS)),
    rule(PAGE_INFO, false, Test::Field(&PAGE_INFO_FIELDS)),
    rule(PAGE_INFO, false, Test::Check(|_, k| is_timestamp_source(k))),
    rule(
        EMAIL,
        false,
        Test::Check(|_, k| k.len() <= 240 && k.contains('@') && is_email(k)),
    ),
    rule(KEYWORDS, true, Test::Starts(&KEYWORD_STARTS)),
    rule(KEYWORDS, true, Test::Field(&KEYWORD_FIELDS)),
    rule(
        KEYWORDS,
        true,
        Test::Check(|key, k| key.starts_with('•') && k.matches(' ').count() >= 5),
    ),
    rule(RELATED, true, Test::Check(|_, k| is_related_heading(k))),
    rule(ATTACHMENT, true, Test::Field(&ATTACHMENT_FIELDS)),
    rule(
        ATTACHMENT,
        true,
        Test::Check(|_, k| is_attachment_heading(k)),
    ),
    rule(ADDRESSEE, false, Test::Check(|_, k| is_addressee(k))),
];

impl Test {
    fn holds(self, key: &str, k: &str) -> bool {
        match self {
            Test::Starts(w) => w.starts(k),
            Test::Field(w) => w.prefix_of(k).is_some_and(|p| after_is_colon(k, p)),
            Test::Contains(w) => k.len() <= SHORT_LINE_BYTES && w.in_text(k),
            Test::Check(f) => f(key, k),
        }
    }
}

/// Classifies one trimmed, non-blank recognition key.
pub fn classify(key: &str) -> Option<Noise> {
    let k = key.trim_start_matches(['-', '•', '*', '·', ' ']);
    // Words searched anywhere are searched in short lines only, and only when one of
    // the chars that start them is there (one pass for all such rules).
    let contains_possible = k.len() <= SHORT_LINE_BYTES
        && k.chars().any(|c| {
            RULES
                .iter()
                .any(|r| matches!(r.test, Test::Contains(w) if w.may_start(c)))
        });
    RULES
        .iter()
        .filter(|r| contains_possible || !matches!(r.test, Test::Contains(_)))
        .find(|r| r.test.holds(key, k))
        .map(|r| Noise {
            reason: r.reason,
            ends_document: r.ends_document,
        })
}

/// "索引号 640502001/2017-62520 文号 督查通报第13期 生成日期 2017-10-17": a page's
/// metadata keys and values in a row, parted by spaces, not colons (a web table's row
/// copied as text): a key at the start and another among the words after it.
fn is_metadata_row(k: &str) -> bool {
    k.len() <= 2 * SHORT_LINE_BYTES
        && METADATA_KEYS.prefix_of(k).is_some_and(|p| {
            let rest = &k[p.len()..];
            rest.starts_with([' ', '\t'])
                && rest
                    .split([' ', '\t'])
                    .any(|w| METADATA_KEYS.words.contains(&w))
        })
}

/// "(此件公开发布)", "此件公开…": the publication note of a government document.
fn is_publication_note(k: &str) -> bool {
    k.starts_with('(') && k.contains("此件") && k.chars().count() <= 20 || k.starts_with("此件公开")
}

/// "当前位置:主页 > 慈溪政策 > 正文": a breadcrumb; also its second line, when the page
/// broke it after 首页 ("> 重点领域 > 民生实事项目 > 项目征集").
pub fn is_breadcrumb(k: &str) -> bool {
    k.len() <= SHORT_LINE_BYTES
        && k.contains('>')
        && k.matches('>').count() >= 2
        && (k.contains("首页") || k.contains("主页") || k.starts_with('>'))
}

/// "首页 | 新闻中心 | 民生面对面 |": a menu between bars. Its entries are short names,
/// never sentences: a paragraph that a copied page closes with a bar is not one.
fn is_bar_menu(k: &str) -> bool {
    k.contains('|')
        && (k.ends_with('|') || k.matches('|').count() >= 2)
        && k.split('|').all(|entry| {
            !entry.contains('。') && entry.len() <= MAX_MENU_ENTRY_CHARS * 4 && {
                entry.trim().chars().count() <= MAX_MENU_ENTRY_CHARS
            }
        })
}

/// The longest entry of a bar menu, in chars.
const MAX_MENU_ENTRY_CHARS: usize = 40;

/// "朗读", "[打印该文] [关闭窗口]", "【字号:大 中 小】 【打印】 【关闭】": page tools.
fn is_page_tools(k: &str) -> bool {
    // Every tool line has at most 24 chars once spaces are removed (72 bytes), and
    // starts with a tool word or a bracket around one.
    if k.len() > 96
        || !k
            .chars()
            .next()
            .is_some_and(|c| PAGE_TOOL_WORDS.may_start(c) || matches!(c, '[' | '【'))
    {
        return false;
    }
    // Short lines rarely have spaces: only those are copied without them.
    let compact: std::borrow::Cow<str> = if k.contains(' ') {
        k.chars().filter(|c| *c != ' ').collect::<String>().into()
    } else {
        k.into()
    };
    if compact.len() > 72 {
        return false;
    }
    let chars = compact.chars().count();
    chars <= 24
        && (PAGE_TOOL_WORDS.prefix_of(&compact) == Some(&*compact)
            || (compact.contains("字号") && compact.contains('小'))
            || (chars <= 16
                && (compact.contains("[打印")
                    || compact.contains("【打印")
                    || compact.contains("关闭窗口"))))
}

/// "相关新闻", "上一篇:…": the list of other articles after a page's text.
fn is_related_heading(k: &str) -> bool {
    k.len() <= 160 && RELATED_STARTS.starts(k) && k.chars().count() <= 40
}

/// "- 2 -", "—3—", "第 2 页 共 10 页", "2/10".
fn is_page_number(k: &str) -> bool {
    if k.len() > 40 {
        return false;
    }
    let core = k.trim_matches(|c: char| matches!(c, '-' | '—' | '–' | ' ' | '－'));
    let digits = core.chars().filter(char::is_ascii_digit).count();
    if core.chars().count() > 14 || digits == 0 {
        return false;
    }
    let bare = digits == core.chars().count() && digits <= 3 && core.len() < k.len();
    let paged = core.starts_with('第') && core.contains('页');
    let ratio = digits + 1 == core.chars().count() && core.contains('/') && core.len() <= 7;
    bare || paged || ratio
}

fn after_is_colon(k: &str, m: &str) -> bool {
    k.get(m.len()..)
        .is_some_and(|r| r.trim_start().starts_with(':'))
}

/// "慈溪市人民政府办公室 2024年5月14日印发".
fn is_printed_line(k: &str) -> bool {
    let t = k.trim_end_matches([' ', '。']);
    t.ends_with("印发") && t.contains('年') && t.contains('日') && t.chars().count() <= 50
}

/// "2018-02-04 10:25 稿源:慈溪日报".
fn is_timestamp_source(k: &str) -> bool {
    let b = k.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && (k.contains("来源") || k.contains("稿源") || k.contains("作者"))
}

/// "640.webp.jpg", "IMG_2023.PNG": an image's file name alone on its line.
fn is_image_name(k: &str) -> bool {
    k.len() <= MAX_IMAGE_NAME_BYTES
        && k.is_ascii()
        && !k.contains(' ')
        && k.rsplit_once('.').is_some_and(|(name, ext)| {
            !name.is_empty() && IMAGE_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(ext))
        })
}

/// The longest line read as an image's file name.
const MAX_IMAGE_NAME_BYTES: usize = 80;

fn is_email(k: &str) -> bool {
    let Some(at) = k.find('@') else { return false };
    let (user, domain) = k.split_at(at);
    !user.is_empty() && domain.contains('.') && k.chars().count() <= 60 && !k.contains(['。', ','])
}

/// "扫一扫在手机打开当前页", "用微信扫描二维码分享至好友和朋友圈": a line of a page's share
/// buttons. Never a sentence or an item: a task may be about the very things
/// ("4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |").
fn is_share_line(k: &str) -> bool {
    k.len() <= SHORT_LINE_BYTES
        && SHARE_WORDS.in_text(k)
        && !k.contains(['。', '|'])
        && super::numbering::recognise(k).is_none()
}

/// "附件", "附件2", "附件 2", "附件二", "附表", "附表1:…": the line that heads an
/// attachment. The word and a number, then nothing or a colon, so that a sentence
/// starting with 附件 is not one.
fn is_attachment_heading(k: &str) -> bool {
    let Some(rest) = k.strip_prefix("附件").or_else(|| k.strip_prefix("附表")) else {
        return false;
    };
    let rest = rest.trim_start();
    let is_digit =
        |c: char| c.is_ascii_digit() || super::numbering::cn_digit(c).is_some() || c == '十';
    let number = rest.chars().take_while(|&c| is_digit(c)).count();
    let after = rest[rest
        .char_indices()
        .nth(number)
        .map_or(rest.len(), |(i, _)| i)..]
        .trim_start();
    number <= 3 && (after.is_empty() || after.starts_with(':'))
}

/// "各镇人民政府、各街道办事处,市政府各部门、各直属单位:".
fn is_addressee(k: &str) -> bool {
    k.ends_with(':')
        && k.starts_with('各')
        && (k.contains('、') || k.contains(','))
        && k.chars().count() <= 100
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(s: &str) -> Option<&'static str> {
        classify(s).map(|n| n.reason)
    }

    #[test]
    fn web_furniture() {
        assert_eq!(reason("首页 | 新闻中心 | 民生面对面 | 民e通 |"), Some(NAV));
        assert_eq!(reason("当前位置:主页 > 慈溪政策 > 正文"), Some(NAV));
        assert_eq!(reason("> 重点领域 > 民生实事项目 > 项目征集"), Some(NAV));
        // A paragraph that the copied page closes with a bar is no menu.
        assert_eq!(
            reason("县政府将重点抓好15件大事。分别是: (1)加快建设县医院迁建项目。 |"),
            None
        );
        assert_eq!(reason("朗读"), Some(PAGE_TOOLS));
        assert_eq!(reason("手机查看"), Some(PAGE_TOOLS));
        assert_eq!(reason("[打印该文] [关闭窗口]"), Some(PAGE_TOOLS));
        assert_eq!(reason("责任编辑:范田圆 胡兴家"), Some(EDITOR));
        assert_eq!(reason("报料热线:63012345"), Some(PAGE_INFO));
        assert_eq!(reason("cxnews@yeah.net"), Some(EMAIL));
        assert_eq!(
            reason("浙ICP备06028381号-1 Copyright(C) 2005-2024"),
            Some(COPYRIGHT)
        );
        assert_eq!(reason("站点关键词"), Some(KEYWORDS));
        assert_eq!(reason("24小时最新新闻"), Some(RELATED));
        assert_eq!(reason("2018-02-04 10:25 稿源:慈溪日报"), Some(PAGE_INFO));
        assert_eq!(reason("打开微信扫一扫左边的二维码"), Some(SHARE));
        for k in ["分享:", "分享", "分享按钮"] {
            assert_eq!(reason(k), Some(SHARE), "{k}");
        }
        assert_eq!(reason("分享经验做法,推广典型。"), None);
        // A document site's terms above the document (held-out c6801), however long.
        for k in [
            "1. 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用,不得用于商业用途,未经授权,严禁复制、发行、汇编、翻译或者网络传播等,侵权必究。。",
            "4. 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
            // (Held-out c12007.)
            "1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
            "3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。",
        ] {
            assert_eq!(reason(k), Some(SITE_TERMS), "{k}");
        }
        assert_eq!(reason("3.为重点企业提供VIP服务通道。"), None);
        // "附:" opens a list of attachments as "附件:" does (held-out c6802); a word
        // that starts with 附 is none.
        assert_eq!(
            reason("附:1、创建国家卫生城市目标任务分解.docx"),
            Some(ATTACHMENT)
        );
        assert_eq!(reason("附近居民:做好垃圾分类"), None);
        // Share buttons, also after a date the page ran into them; a task about the same
        // things is none (held-out c5602).
        for k in [
            "用微信扫描二维码分享至好友和朋友圈",
            "二○○八年七月扫一扫在手机打开当前页",
            "关注微信公众号",
        ] {
            assert_eq!(reason(k), Some(SHARE), "{k}");
        }
        for k in [
            "4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |",
            "(三)开通政务微信公众号",
            "推广使用健康码二维码。",
        ] {
            assert_eq!(reason(k), None, "{k}");
        }
        assert_eq!(
            reason("【字号:大 中 小】 【打印】 【关闭】"),
            Some(PAGE_TOOLS)
        );
        assert_eq!(reason("- 2 -"), Some(PAGE_NUMBER));
        assert_eq!(reason("—12—"), Some(PAGE_NUMBER));
        assert_eq!(reason("第 2 页 共 10 页"), Some(PAGE_NUMBER));
        assert_eq!(reason("2"), None);
        assert_eq!(reason("640.webp.jpg"), Some(IMAGE));
        assert_eq!(reason("IMG_0012.PNG"), Some(IMAGE));
        assert_eq!(reason("1.推进图片库建设.jpg"), None);
        assert_eq!(reason("3.jpg格式的文件"), None);
    }

    #[test]
    fn document_furniture() {
        assert_eq!(reason("抄送:市委各部门,市人大常委会办公室"), Some(CC));
        assert_eq!(
            reason("慈溪市人民政府办公室 2024年5月14日印发"),
            Some(PRINTED)
        );
        assert_eq!(reason("(此件公开发布)"), Some(METADATA));
        // A mirror's empty tags (held-out c9950), after a list number too.
        assert_eq!(
            reason("<tbody id=\"rxb7u\"><output id=\"rxb7u\"></output></tbody>"),
            Some(JUNK)
        );
        assert_eq!(reason("1. <th id=\"rxb7u\"></th>"), Some(JUNK));
        assert_eq!(reason("• <li id=\"rxb7u\"></li>"), Some(JUNK));
        assert_ne!(reason("1. <p>加强安全生产监管</p>"), Some(JUNK));
        assert_ne!(reason("1.人均GDP<5万元的县"), Some(JUNK));
        // A page's metadata in a row, keys and values parted by spaces (held-out c7100).
        for k in [
            "索引号 640502001/2017-62520 文号 督查通报第13期 生成日期 2017-10-17",
            "公开方式 主动公开 发布机构 沙坡头区人民政府办公室 责任部门 沙坡头区政府办",
        ] {
            assert_eq!(reason(k), Some(METADATA), "{k}");
        }
        assert_eq!(reason("政策解读 关于促进民间投资的若干措施"), None);
        for s in [
            "附件",
            "附件2",
            "附件 2",
            "附件二",
            "附表",
            "附表1:",
            "附件十一",
            "附件2:2024年民生实事项目",
        ] {
            assert_eq!(reason(s), Some(ATTACHMENT), "{s}");
        }
        assert_eq!(reason("附件2所列项目要按期完成"), None);
        assert_eq!(reason("- 索 引 号:002943395/2023-87632"), Some(METADATA));
        assert_eq!(reason("- 成文日期:2023-02-10"), Some(METADATA));
        assert_eq!(
            reason("各镇人民政府、各街道办事处,市政府各部门、各直属单位:"),
            Some(ADDRESSEE)
        );
    }

    #[test]
    fn content_is_not_noise() {
        for s in [
            "一、中心工作",
            "(一)加强重大项目谋划生成和落地推进,实施市级重点工程120个以上。",
            "牵头单位:市发改局,配合单位:市经信局",
            "2023年2月份市政府工作要点",
            "做好第135届广交会三期展会系列工作。",
            "经市政府同意,现将《2023年2月份市政府工作要点》印发给你们,请结合实际,认真抓好落实。",
        ] {
            assert_eq!(reason(s), None, "{s}");
        }
    }

    /// Every word of every rule is recognised as that rule's, alone (and, for
    /// fields, with its colon): the rule table and its filters agree.
    #[test]
    fn every_listed_word_is_recognised() {
        for rule in RULES {
            let (words, suffix) = match rule.test {
                Test::Starts(w) => (w, ""),
                Test::Field(w) => (w, ":x"),
                Test::Contains(w) => (w, ""),
                Test::Check(_) => continue,
            };
            for w in words.words {
                let line = format!("{w}{suffix}");
                let got = classify(&line).map(|n| n.reason);
                assert!(got.is_some(), "{line} is not furniture");
            }
        }
    }
}

//! Stage 2: page noise. Lines that are web furniture (navigation, share buttons,
//! copyright...) or document furniture (抄送, 印发 line, 公开属性...) are recognised here,
//! each with the reason shown to the user. Works on a trimmed recognition key; needs
//! no context (the tree stage adds the context-dependent cases: 抄送 continuation
//! lines, signature blocks, related news after the end).

use super::lines::starts_with_any;

/// Why a line is noise; `text` is the reason shown to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noise {
    pub reason: &'static str,
    /// The document's own text has ended when this line appears (抄送, 责任编辑, 打印...).
    pub ends_document: bool,
}

const fn n(reason: &'static str, ends_document: bool) -> Option<Noise> {
    Some(Noise {
        reason,
        ends_document,
    })
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

/// Metadata list keys of government web pages (索引号, 主题分类, 成文日期...).
const METADATA_KEYS: &[&str] = &[
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
];

const PAGE_TOOL_WORDS: &[&str] = &[
    "朗读",
    "打印",
    "打印该文",
    "打印本页",
    "关闭窗口",
    "关闭",
    "字号",
    "字体",
    "大中小",
    "大 中 小",
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
    "默认",
    "纠错",
];

/// Classifies one trimmed, non-blank recognition key.
pub fn classify(key: &str) -> Option<Noise> {
    classify_marked(key, marks(key))
}

/// [`classify`] given `marks(key)`, which the line split finds while it folds the
/// line (see [`MARKED`]).
///
/// Most lines are content, so every rule is guarded by a cheap test that its match
/// implies: the first char of the line for the `starts_with` rules, and the marker
/// chars for the `contains` rules.
pub fn classify_marked(key: &str, marks: u16) -> Option<Noise> {
    let k = key.trim_start_matches(['-', '•', '*', '·', ' ']);
    let f = k.chars().next().unwrap_or('\0');
    if f == '抄' && (k.starts_with("抄送") || k.starts_with("抄报")) {
        return n(CC, true);
    }
    if is_printed_line(k) {
        return n(PRINTED, true);
    }
    if f == '(' && k.contains("此件") && k.chars().count() <= 20 || k.starts_with("此件公开")
    {
        return n(METADATA, false);
    }
    if is_page_number(k) {
        return n(PAGE_NUMBER, false);
    }
    if matches!(
        f,
        '索' | '主'
            | '公'
            | '发'
            | '成'
            | '文'
            | '规'
            | '统'
            | '有'
            | '政'
            | '生'
            | '所'
            | '信'
            | '组'
            | '体'
            | '效'
    ) && starts_with_any(k, METADATA_KEYS)
        && METADATA_KEYS
            .iter()
            .any(|m| k.starts_with(m) && after_is_colon(k, m))
    {
        return n(METADATA, false);
    }
    if matches!(f, '责' | '编' | '审' | '校')
        && (k.starts_with("责任编辑")
            || k.starts_with("编辑:")
            || k.starts_with("审核:")
            || k.starts_with("校对:"))
    {
        return n(EDITOR, true);
    }
    // Furniture lines are short; long lines (task sentences) skip the scans below,
    // and a word is looked for only when its marker char occurs (公 is common in
    // content lines, 公网安备 is not). The trimmed chars are no markers.
    let m = if k.len() <= 150 { marks } else { 0 };
    let copyright = [
        ("Copyright", UPPER_C),
        ("copyright", LOWER_C),
        ("版权所有", BAN),
        ("ICP备", UPPER_I),
        ("ICP证", UPPER_I),
        ("公网安备", GONG),
    ];
    if copyright
        .iter()
        .any(|&(w, bit)| m & bit != 0 && k.contains(w))
        || matches!(f, '版' | '主' | '承' | '技' | '网' | '关')
            && (k.starts_with("版权保护")
                || k.starts_with("主办:")
                || k.starts_with("主办单位:")
                || k.starts_with("主管:")
                || k.starts_with("承办:")
                || k.starts_with("技术支持")
                || k.starts_with("网站标识码")
                || k.starts_with("关于我们"))
    {
        return n(COPYRIGHT, true);
    }
    if matches!(f, '当' | '您')
        && (k.starts_with("当前位置")
            || k.starts_with("您的位置")
            || k.starts_with("您现在的位置")
            || k.starts_with("您当前的位置"))
        || (m & GT != 0
            && k.matches('>').count() >= 2
            && (k.contains("首页") || k.contains("主页")))
    {
        return n(NAV, false);
    }
    let bars = || marks & BAR != 0 && k.matches('|').count() >= 2;
    if k.ends_with('|') || bars() || k.starts_with("首页 |") {
        return n(NAV, false);
    }
    // Every page tool word has at most 24 chars once spaces are removed. Short lines
    // rarely have spaces: only those are copied without them.
    if k.len() <= 96 {
        let spaced;
        let compact = if k.contains(' ') {
            spaced = k.replace(' ', "");
            &spaced
        } else {
            k
        };
        let chars = compact.chars().count();
        if chars <= 24
            && (PAGE_TOOL_WORDS.contains(&compact)
                || (marks & HAO != 0 && compact.contains("字号") && compact.contains('小'))
                || (chars <= 16
                    && (marks & YIN != 0
                        && (compact.contains("[打印") || compact.contains("【打印"))
                        || marks & CHUANG != 0 && compact.contains("关闭窗口"))))
        {
            return n(PAGE_TOOLS, true);
        }
    }
    if m & ER != 0 && k.contains("二维码")
        || m & SAO != 0 && k.contains("扫一扫")
        || m & WEI != 0 && k.contains("微信公众号")
        || f == '分' && k.starts_with("分享到")
        || f == '微' && k.starts_with("微信") && k.chars().count() <= 12
    {
        return n(SHARE, false);
    }
    if matches!(
        f,
        '报' | '联' | '详' | '来' | '稿' | '浏' | '点' | '阅' | '发' | '数' | '字'
    ) && (k.starts_with("报料热线")
        || k.starts_with("联系电话")
        || k.starts_with("详细咨询")
        || k.starts_with("来源:")
        || k.starts_with("稿源:")
        || k.starts_with("浏览次数")
        || k.starts_with("点击数")
        || k.starts_with("阅读次数")
        || k.starts_with("发布时间")
        || k.starts_with("数字电子报")
        || k.starts_with("字号:"))
        || is_timestamp_source(k)
    {
        return n(PAGE_INFO, false);
    }
    if k.len() <= 240 && marks & AT != 0 && is_email(k) {
        return n(EMAIL, false);
    }
    if matches!(f, '站' | '关' | '标')
        && (k.starts_with("站点关键词") || k.starts_with("关键词:") || k.starts_with("标签:"))
        || (key.starts_with('•') && k.matches(' ').count() >= 5)
    {
        return n(KEYWORDS, true);
    }
    if matches!(f, '相' | '推' | '热' | '2' | '最' | '上' | '下')
        && k.len() <= 160
        && k.chars().count() <= 40
        && [
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
        ]
        .iter()
        .any(|w| k.starts_with(w))
    {
        return n(RELATED, true);
    }
    if f == '附' && (k.starts_with("附件:") || is_attachment_heading(k)) {
        return n(ATTACHMENT, true);
    }
    if is_addressee(k) {
        return n(ADDRESSEE, false);
    }
    None
}

/// Marker chars of the copyright, navigation, page tool, share and email rules of
/// [`classify_marked`], one bit each: each word those rules look for has one, so a
/// word need not be looked for without it.
const UPPER_C: u16 = 1;
const LOWER_C: u16 = 2;
const UPPER_I: u16 = 4;
const GT: u16 = 8;
const BAN: u16 = 16;
const GONG: u16 = 32;
const ER: u16 = 64;
const SAO: u16 = 128;
const WEI: u16 = 256;
const BAR: u16 = 512;
const AT: u16 = 1024;
const HAO: u16 = 2048;
const YIN: u16 = 4096;
const CHUANG: u16 = 8192;

/// The marker chars, each with its bit. ASCII or 3-byte UTF-8 (the line split
/// spots them with its fold tables).
pub const MARKED: [(char, u16); 14] = [
    ('C', UPPER_C),
    ('c', LOWER_C),
    ('I', UPPER_I),
    ('>', GT),
    ('|', BAR),
    ('@', AT),
    ('版', BAN),
    ('公', GONG),
    ('二', ER),
    ('扫', SAO),
    ('微', WEI),
    ('号', HAO),
    ('印', YIN),
    ('窗', CHUANG),
];

/// The bit of `c` in [`MARKED`], or 0.
#[inline]
pub fn mark(c: char) -> u16 {
    match c {
        'C' => UPPER_C,
        'c' => LOWER_C,
        'I' => UPPER_I,
        '>' => GT,
        '|' => BAR,
        '@' => AT,
        '版' => BAN,
        '公' => GONG,
        '二' => ER,
        '扫' => SAO,
        '微' => WEI,
        '号' => HAO,
        '印' => YIN,
        '窗' => CHUANG,
        _ => 0,
    }
}

/// The marker chars that occur in `key`, as bits.
pub fn marks(key: &str) -> u16 {
    key.chars().fold(0, |m, c| m | mark(c))
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

fn is_email(k: &str) -> bool {
    let Some(at) = k.find('@') else { return false };
    let (user, domain) = k.split_at(at);
    !user.is_empty() && domain.contains('.') && k.chars().count() <= 60 && !k.contains(['。', ','])
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

    /// The classifier before its prefilters, to check them against.
    fn reference(key: &str) -> Option<Noise> {
        let k = key.trim_start_matches(['-', '•', '*', '·', ' ']);
        if k.starts_with("抄送") || k.starts_with("抄报") {
            return n(CC, true);
        }
        if is_printed_line(k) {
            return n(PRINTED, true);
        }
        if k.starts_with('(') && k.contains("此件") && k.chars().count() <= 20
            || k.starts_with("此件公开")
        {
            return n(METADATA, false);
        }
        if is_page_number(k) {
            return n(PAGE_NUMBER, false);
        }
        if starts_with_any(k, METADATA_KEYS)
            && METADATA_KEYS
                .iter()
                .any(|m| k.starts_with(m) && after_is_colon(k, m))
        {
            return n(METADATA, false);
        }
        if k.starts_with("责任编辑")
            || k.starts_with("编辑:")
            || k.starts_with("审核:")
            || k.starts_with("校对:")
        {
            return n(EDITOR, true);
        }
        // Furniture lines are short; long lines (task sentences) skip the scans below.
        let short =
            k.len() <= 150 && k.contains(['版', 'I', '公', '二', '扫', '微', 'C', 'c', '>', '@']);
        let copyright = [
            "Copyright",
            "copyright",
            "版权所有",
            "ICP备",
            "ICP证",
            "公网安备",
        ];
        if short && copyright.iter().any(|w| k.contains(w))
            || k.starts_with("版权保护")
            || k.starts_with("主办:")
            || k.starts_with("主办单位:")
            || k.starts_with("主管:")
            || k.starts_with("承办:")
            || k.starts_with("技术支持")
            || k.starts_with("网站标识码")
            || k.starts_with("关于我们")
        {
            return n(COPYRIGHT, true);
        }
        if k.starts_with("当前位置")
            || k.starts_with("您的位置")
            || k.starts_with("您现在的位置")
            || k.starts_with("您当前的位置")
            || (short && k.matches('>').count() >= 2 && (k.contains("首页") || k.contains("主页")))
        {
            return n(NAV, false);
        }
        if k.matches('|').count() >= 2 || k.starts_with("首页 |") || k.ends_with('|') {
            return n(NAV, false);
        }
        let compact: String = if k.len() <= 96 {
            k.chars().filter(|c| *c != ' ').collect()
        } else {
            String::new()
        };
        if PAGE_TOOL_WORDS.iter().any(|w| compact == *w)
            || (compact.chars().count() <= 24 && compact.contains("字号") && compact.contains('小'))
            || (compact.chars().count() <= 16
                && (compact.contains("[打印")
                    || compact.contains("【打印")
                    || compact.contains("关闭窗口")))
        {
            return n(PAGE_TOOLS, true);
        }
        if short && (k.contains("二维码") || k.contains("扫一扫") || k.contains("微信公众号"))
            || k.starts_with("分享到")
            || k.starts_with("微信") && k.chars().count() <= 12
        {
            return n(SHARE, false);
        }
        if k.starts_with("报料热线")
            || k.starts_with("联系电话")
            || k.starts_with("详细咨询")
            || k.starts_with("来源:")
            || k.starts_with("稿源:")
            || k.starts_with("浏览次数")
            || k.starts_with("点击数")
            || k.starts_with("阅读次数")
            || k.starts_with("发布时间")
            || k.starts_with("数字电子报")
            || k.starts_with("字号:")
            || is_timestamp_source(k)
        {
            return n(PAGE_INFO, false);
        }
        if k.len() <= 240 && is_email(k) {
            return n(EMAIL, false);
        }
        if k.starts_with("站点关键词")
            || k.starts_with("关键词:")
            || k.starts_with("标签:")
            || (key.starts_with('•') && k.matches(' ').count() >= 5)
        {
            return n(KEYWORDS, true);
        }
        if [
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
        ]
        .iter()
        .any(|w| k.starts_with(w) && k.chars().count() <= 40)
        {
            return n(RELATED, true);
        }
        if k.starts_with("附件:") || is_attachment_heading(k) {
            return n(ATTACHMENT, true);
        }
        if is_addressee(k) {
            return n(ADDRESSEE, false);
        }
        None
    }

    #[test]
    fn marks_are_listed() {
        for (c, bit) in MARKED {
            assert_eq!(mark(c), bit, "{c}");
            assert!(c.is_ascii() || c.len_utf8() == 3, "{c}");
        }
        let all = MARKED.iter().fold(0, |m, (_, b)| m | b);
        assert_eq!(all.count_ones() as usize, MARKED.len());
        assert_eq!(marks("x版Cc>"), BAN | UPPER_C | LOWER_C | GT);
    }

    fn reason(s: &str) -> Option<&'static str> {
        classify(s).map(|n| n.reason)
    }

    #[test]
    fn web_furniture() {
        assert_eq!(reason("首页 | 新闻中心 | 民生面对面 | 民e通 |"), Some(NAV));
        assert_eq!(reason("当前位置:主页 > 慈溪政策 > 正文"), Some(NAV));
        assert_eq!(reason("朗读"), Some(PAGE_TOOLS));
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
        assert_eq!(
            reason("【字号:大 中 小】 【打印】 【关闭】"),
            Some(PAGE_TOOLS)
        );
        assert_eq!(reason("- 2 -"), Some(PAGE_NUMBER));
        assert_eq!(reason("—12—"), Some(PAGE_NUMBER));
        assert_eq!(reason("第 2 页 共 10 页"), Some(PAGE_NUMBER));
        assert_eq!(reason("2"), None);
    }

    #[test]
    fn document_furniture() {
        assert_eq!(reason("抄送:市委各部门,市人大常委会办公室"), Some(CC));
        assert_eq!(
            reason("慈溪市人民政府办公室 2024年5月14日印发"),
            Some(PRINTED)
        );
        assert_eq!(reason("(此件公开发布)"), Some(METADATA));
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

    /// The prefilters never change a decision: every rule's words, alone and in
    /// context, every fixture line, and random mixes of the chars the rules test.
    #[test]
    fn prefilters_agree_with_reference() {
        let mut words: Vec<String> = Vec::new();
        let src = include_str!("noise.rs");
        let body = &src[..src.find("#[cfg(test)]").unwrap_or(src.len())];
        for part in body.split('"').skip(1).step_by(2) {
            words.push(part.to_string());
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut lines: Vec<String> = Vec::new();
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                lines.extend(
                    super::super::lines::split(&t, &mut String::new())
                        .iter()
                        .map(|l| l.key().to_string()),
                );
            }
        }
        assert!(lines.len() > 500);
        let mut cases = lines;
        for w in &words {
            for (a, b) in [
                ("", ""),
                ("- ", ""),
                ("• ", ""),
                ("", ":x"),
                ("", " :x"),
                ("", "|a|b"),
                ("", " > 首页 > x"),
                ("", "a@b.cn"),
                ("(", "此件)"),
                ("2024年5月14日", "印发"),
                ("各", "、x:"),
                ("", " 1 2 3 4 5 6"),
                ("", &"很".repeat(30)),
                ("", &"很".repeat(60)),
            ] {
                cases.push(format!("{a}{w}{b}"));
                cases.push(format!("{a}{w}{b}{w}"));
            }
        }
        for c in &cases {
            assert_eq!(classify(c), reference(c), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn prefilters_agree_on_random_mixes(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "-", "•", "*", "·", " ", "|", ">", "@", ".", ":", ",", "。", "、", "(", ")",
                "I", "C", "c", "0", "2", "版", "公", "二", "扫", "微", "首页", "主页", "抄送",
                "此件", "印发", "年", "日", "第", "页", "/", "—", "字号", "小", "[打印", "【打印",
                "关闭窗口", "朗读", "打印", "Copyright", "ICP备", "二维码", "扫一扫", "微信",
                "来源", "2018-02-04", "附件", "各", "相关新闻", "文号", "发布单位", "很",
            ]), 0..14)
        ) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(classify(&s), reference(&s), "{:?}", s);
        }
    }
}

//! Stage 1: character folding and line splitting.
//!
//! Every fold here maps one char to exactly one char, so positions counted in chars
//! are the same in the original line, the display text and the recognition key.
//! Three views of a line are used:
//! - *display* ([`fold_display`]): full-width digits/letters to ASCII, every kind of
//!   space to U+0020; Chinese punctuation kept. This is what [`normalise`] returns and
//!   what node texts are cut from.
//! - *folded* ([`fold_punct`] on top): full-width ASCII punctuation (，（）：；．) to
//!   ASCII. Unit and leader names are cut from it ("as written, full-width folded").
//! - *key* ([`to_simplified`] on top): Traditional characters of the vocabulary the
//!   parser looks for mapped to Simplified. A mapped char has the same UTF-8 length
//!   as its source, so byte offsets in the key are valid in the folded view.

/// Folds full-width ASCII letters and digits and all space characters.
pub fn fold_display(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => shift_fullwidth(c),
        '\u{3000}' | '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{FEFF}' | '\u{180E}' | '\u{2060}' => ' ',
        '\t' => '\t',
        c if (c as u32) < 0x20 || c == '\u{7F}' => ' ',
        c => c,
    }
}

/// [`fold_display`] plus full-width ASCII punctuation to ASCII.
pub fn fold_punct(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => shift_fullwidth(c),
        '\u{FE59}' => '(',
        '\u{FE5A}' => ')',
        '\u{2022}' | '\u{00B7}' | '\u{30FB}' => '\u{2022}',
        c => fold_display(c),
    }
}

/// The chars of three UTF-8 bytes (U+0800..U+FFFF) that [`fold_display`] or
/// [`fold_punct`] change, as inclusive ranges (a test checks them against the folds).
pub(super) const FOLDED_3_BYTE: [(u32, u32); 9] = [
    (0x180E, 0x180E),
    (0x2000, 0x200B),
    (0x202F, 0x202F),
    (0x205F, 0x2060),
    (0x3000, 0x3000),
    (0x30FB, 0x30FB),
    (0xFE59, 0xFE5A),
    (0xFEFF, 0xFEFF),
    (0xFF01, 0xFF5E),
];

fn shift_fullwidth(c: char) -> char {
    char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
}

/// Folds a whole text for display: [`fold_display`] on every char, line breaks
/// (CRLF, CR, LF) to LF. Line numbers are unchanged, and `normalise` is idempotent.
pub fn normalise(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for (i, line) in split_lines(input).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.extend(line.chars().map(fold_display));
    }
    out
}

/// Vowels with a tone mark, as pinyin annotations write them.
const TONE_VOWELS: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";

/// Whether `c` may be in a pinyin annotation ("xué").
fn is_pinyin_char(c: char) -> bool {
    c.is_ascii_lowercase() || TONE_VOWELS.contains(c)
}

/// The longest pinyin annotation, in chars ("zhuàng").
const MAX_PINYIN_CHARS: usize = 7;

/// The text without the pinyin annotations some web sites insert after characters
/// ("學(xué)習(xí)" → "學習"): a bracket right after a CJK character holding only
/// pinyin letters, with a tone mark. Line breaks are kept, so line numbers do not
/// change. Borrowed when there is nothing to remove (no tone mark at all).
pub fn strip_pinyin(input: &str) -> std::borrow::Cow<'_, str> {
    if !input.chars().any(|c| TONE_VOWELS.contains(c) && c != 'ü') {
        return std::borrow::Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut prev_cjk = false;
    let mut rest = input;
    while let Some(c) = rest.chars().next() {
        if prev_cjk && (c == '(' || c == '（') {
            if let Some(len) = annotation_len(rest) {
                rest = &rest[len..];
                continue;
            }
        }
        out.push(c);
        prev_cjk = ('\u{4E00}'..='\u{9FFF}').contains(&c);
        rest = &rest[c.len_utf8()..];
    }
    std::borrow::Cow::Owned(out)
}

/// The byte length of "(xué)" at the start of `s`, if it is a pinyin annotation.
fn annotation_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, open) = chars.next()?;
    let close = if open == '(' { ')' } else { '）' };
    let mut toned = false;
    for (n, (i, c)) in chars.enumerate() {
        if c == close || (c == ')' || c == '）') {
            return (n > 0 && toned).then_some(i + c.len_utf8());
        }
        if n >= MAX_PINYIN_CHARS || !is_pinyin_char(c) {
            return None;
        }
        toned |= !c.is_ascii_lowercase();
    }
    None
}

/// Splits on LF, CRLF and lone CR. "a\n" gives "a" and "" (so that joining with LF
/// gives the same line count back).
pub fn split_lines(input: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(input);
    std::iter::from_fn(move || {
        let s = rest?;
        // Two memchr scans (LF, then CR before it) are much faster than one scan
        // for either byte.
        let lf = s.find('\n');
        match s[..lf.unwrap_or(s.len())].find('\r').or(lf) {
            Some(i) => {
                let bytes = s.as_bytes();
                let next = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                rest = s.get(next..);
                s.get(..i)
            }
            None => {
                rest = None;
                Some(s)
            }
        }
    })
}

/// Maps Traditional characters of the parser's vocabulary (labels, unit and post
/// words, common surnames) to Simplified. Both sides are BMP CJK: 3 bytes in UTF-8.
#[inline]
pub fn to_simplified(c: char) -> char {
    let u = c as usize;
    if !(0x4E00..=0xFFFF).contains(&u) || T2S_BITS[u >> 6] & (1 << (u & 63)) == 0 {
        return c;
    }
    simplified_of(c)
}

/// Whether the 3-byte UTF-8 sequence `b0 b1 b2` encodes a char of [`T2S`]: the
/// [`to_simplified`] test straight on the bytes, without decoding the char first.
#[inline]
pub fn is_traditional_utf8(b0: u8, b1: u8, b2: u8) -> bool {
    has_utf8(&T2S_BITS, b0, b1, b2)
}

/// Whether the char of the 3-byte UTF-8 sequence `b0 b1 b2` is in the BMP char set
/// `bits` (one bit per char, as [`traditional_bits`] makes).
#[inline]
pub(super) fn has_utf8(bits: &[u64; 1024], b0: u8, b1: u8, b2: u8) -> bool {
    let u = ((b0 as usize & 0x0F) << 12) | ((b1 as usize & 0x3F) << 6) | (b2 as usize & 0x3F);
    bits[u >> 6] & (1 << (u & 63)) != 0
}

#[inline(never)]
fn simplified_of(c: char) -> char {
    match T2S.binary_search_by(|&(t, _)| t.cmp(&c)) {
        Ok(i) => T2S[i].1,
        Err(_) => c,
    }
}

/// The recognition key of one char: all folds.
pub fn key_char(c: char) -> char {
    to_simplified(fold_punct(c))
}

/// One bit per BMP char: set when the char is in [`T2S`] (a fast reject).
static T2S_BITS: [u64; 1024] = traditional_bits();

/// The set of [`T2S_BITS`], for tables that extend it.
pub(super) const fn traditional_bits() -> [u64; 1024] {
    let mut bits = [0u64; 1024];
    let mut i = 0;
    while i < T2S.len() {
        let u = T2S[i].0 as usize;
        bits[u >> 6] |= 1 << (u & 63);
        i += 1;
    }
    bits
}

/// Sorted by the Traditional char.
const T2S: &[(char, char)] = &[
    ('並', '并'),
    ('來', '来'),
    ('係', '系'),
    ('倉', '仓'),
    ('個', '个'),
    ('們', '们'),
    ('値', '值'),
    ('偉', '伟'),
    ('側', '侧'),
    ('偵', '侦'),
    ('傑', '杰'),
    ('備', '备'),
    ('傢', '家'),
    ('傳', '传'),
    ('債', '债'),
    ('傷', '伤'),
    ('價', '价'),
    ('億', '亿'),
    ('優', '优'),
    ('儲', '储'),
    ('內', '内'),
    ('兩', '两'),
    ('創', '创'),
    ('劃', '划'),
    ('劉', '刘'),
    ('劑', '剂'),
    ('動', '动'),
    ('務', '务'),
    ('勞', '劳'),
    ('區', '区'),
    ('協', '协'),
    ('參', '参'),
    ('吳', '吴'),
    ('員', '员'),
    ('問', '问'),
    ('啟', '启'),
    ('單', '单'),
    ('嚮', '向'),
    ('嚴', '严'),
    ('國', '国'),
    ('圍', '围'),
    ('園', '园'),
    ('圓', '圆'),
    ('圖', '图'),
    ('團', '团'),
    ('執', '执'),
    ('報', '报'),
    ('場', '场'),
    ('墾', '垦'),
    ('壇', '坛'),
    ('壓', '压'),
    ('壩', '坝'),
    ('夥', '伙'),
    ('奮', '奋'),
    ('孫', '孙'),
    ('學', '学'),
    ('實', '实'),
    ('寧', '宁'),
    ('審', '审'),
    ('寫', '写'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('屆', '届'),
    ('層', '层'),
    ('屬', '属'),
    ('島', '岛'),
    ('嶺', '岭'),
    ('帶', '带'),
    ('幫', '帮'),
    ('幹', '干'),
    ('廠', '厂'),
    ('廣', '广'),
    ('廳', '厅'),
    ('張', '张'),
    ('強', '强'),
    ('後', '后'),
    ('從', '从'),
    ('徹', '彻'),
    ('慶', '庆'),
    ('應', '应'),
    ('戰', '战'),
    ('掛', '挂'),
    ('擔', '担'),
    ('據', '据'),
    ('擬', '拟'),
    ('攜', '携'),
    ('數', '数'),
    ('時', '时'),
    ('書', '书'),
    ('會', '会'),
    ('東', '东'),
    ('條', '条'),
    ('業', '业'),
    ('構', '构'),
    ('樓', '楼'),
    ('標', '标'),
    ('機', '机'),
    ('檔', '档'),
    ('檢', '检'),
    ('權', '权'),
    ('歲', '岁'),
    ('歸', '归'),
    ('殘', '残'),
    ('氣', '气'),
    ('測', '测'),
    ('湯', '汤'),
    ('滬', '沪'),
    ('滿', '满'),
    ('漢', '汉'),
    ('潛', '潜'),
    ('濟', '济'),
    ('濱', '滨'),
    ('灣', '湾'),
    ('災', '灾'),
    ('為', '为'),
    ('無', '无'),
    ('煙', '烟'),
    ('營', '营'),
    ('爭', '争'),
    ('牽', '牵'),
    ('獎', '奖'),
    ('環', '环'),
    ('產', '产'),
    ('甯', '宁'),
    ('畝', '亩'),
    ('畫', '画'),
    ('療', '疗'),
    ('發', '发'),
    ('盡', '尽'),
    ('監', '监'),
    ('盤', '盘'),
    ('盧', '卢'),
    ('碼', '码'),
    ('礦', '矿'),
    ('稅', '税'),
    ('種', '种'),
    ('穀', '谷'),
    ('積', '积'),
    ('穩', '稳'),
    ('節', '节'),
    ('範', '范'),
    ('築', '筑'),
    ('篩', '筛'),
    ('糧', '粮'),
    ('紀', '纪'),
    ('約', '约'),
    ('紅', '红'),
    ('級', '级'),
    ('細', '细'),
    ('終', '终'),
    ('組', '组'),
    ('結', '结'),
    ('絡', '络'),
    ('統', '统'),
    ('經', '经'),
    ('綜', '综'),
    ('綠', '绿'),
    ('網', '网'),
    ('線', '线'),
    ('編', '编'),
    ('縣', '县'),
    ('總', '总'),
    ('績', '绩'),
    ('織', '织'),
    ('繞', '绕'),
    ('繼', '继'),
    ('續', '续'),
    ('羅', '罗'),
    ('聯', '联'),
    ('職', '职'),
    ('聽', '听'),
    ('膠', '胶'),
    ('膽', '胆'),
    ('與', '与'),
    ('舉', '举'),
    ('舊', '旧'),
    ('華', '华'),
    ('萬', '万'),
    ('葉', '叶'),
    ('蕭', '萧'),
    ('薦', '荐'),
    ('藝', '艺'),
    ('蘇', '苏'),
    ('蘭', '兰'),
    ('處', '处'),
    ('號', '号'),
    ('虧', '亏'),
    ('衛', '卫'),
    ('衝', '冲'),
    ('補', '补'),
    ('裡', '里'),
    ('製', '制'),
    ('複', '复'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('覽', '览'),
    ('觀', '观'),
    ('計', '计'),
    ('記', '记'),
    ('設', '设'),
    ('許', '许'),
    ('診', '诊'),
    ('評', '评'),
    ('詢', '询'),
    ('試', '试'),
    ('話', '话'),
    ('該', '该'),
    ('認', '认'),
    ('誠', '诚'),
    ('說', '说'),
    ('調', '调'),
    ('談', '谈'),
    ('請', '请'),
    ('論', '论'),
    ('諧', '谐'),
    ('謀', '谋'),
    ('謝', '谢'),
    ('證', '证'),
    ('識', '识'),
    ('譯', '译'),
    ('議', '议'),
    ('護', '护'),
    ('讓', '让'),
    ('財', '财'),
    ('貨', '货'),
    ('貫', '贯'),
    ('責', '责'),
    ('貸', '贷'),
    ('費', '费'),
    ('貿', '贸'),
    ('賀', '贺'),
    ('資', '资'),
    ('賦', '赋'),
    ('質', '质'),
    ('賬', '账'),
    ('購', '购'),
    ('趕', '赶'),
    ('趙', '赵'),
    ('車', '车'),
    ('軌', '轨'),
    ('軍', '军'),
    ('軟', '软'),
    ('較', '较'),
    ('輔', '辅'),
    ('輕', '轻'),
    ('輸', '输'),
    ('轄', '辖'),
    ('辦', '办'),
    ('農', '农'),
    ('這', '这'),
    ('連', '连'),
    ('進', '进'),
    ('運', '运'),
    ('過', '过'),
    ('達', '达'),
    ('違', '违'),
    ('遠', '远'),
    ('適', '适'),
    ('選', '选'),
    ('遺', '遗'),
    ('還', '还'),
    ('邊', '边'),
    ('鄉', '乡'),
    ('鄧', '邓'),
    ('鄭', '郑'),
    ('醫', '医'),
    ('釋', '释'),
    ('針', '针'),
    ('銀', '银'),
    ('鋼', '钢'),
    ('錄', '录'),
    ('鍋', '锅'),
    ('鍾', '钟'),
    ('鎮', '镇'),
    ('鏈', '链'),
    ('鐵', '铁'),
    ('鑒', '鉴'),
    ('長', '长'),
    ('門', '门'),
    ('開', '开'),
    ('閒', '闲'),
    ('間', '间'),
    ('閻', '阎'),
    ('關', '关'),
    ('陳', '陈'),
    ('陸', '陆'),
    ('陽', '阳'),
    ('隊', '队'),
    ('階', '阶'),
    ('際', '际'),
    ('隨', '随'),
    ('險', '险'),
    ('雙', '双'),
    ('雜', '杂'),
    ('離', '离'),
    ('雲', '云'),
    ('電', '电'),
    ('靈', '灵'),
    ('靜', '静'),
    ('韌', '韧'),
    ('頁', '页'),
    ('項', '项'),
    ('順', '顺'),
    ('領', '领'),
    ('頭', '头'),
    ('頻', '频'),
    ('題', '题'),
    ('類', '类'),
    ('顧', '顾'),
    ('風', '风'),
    ('飛', '飞'),
    ('養', '养'),
    ('館', '馆'),
    ('馬', '马'),
    ('駐', '驻'),
    ('騰', '腾'),
    ('體', '体'),
    ('鬆', '松'),
    ('鬥', '斗'),
    ('魚', '鱼'),
    ('鳥', '鸟'),
    ('麼', '么'),
    ('黃', '黄'),
    ('點', '点'),
    ('黨', '党'),
    ('齊', '齐'),
    ('齡', '龄'),
    ('龍', '龙'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_length_preserving() {
        for w in T2S.windows(2) {
            assert!(w[0].0 < w[1].0, "{:?} before {:?}", w[0], w[1]);
        }
        for &(t, s) in T2S {
            assert_eq!(t.len_utf8(), s.len_utf8(), "{t}");
        }
    }

    #[test]
    fn folded_3_byte_ranges_are_exact() {
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let listed = FOLDED_3_BYTE
                .iter()
                .any(|&(a, b)| (a..=b).contains(&(c as u32)));
            let folded = fold_display(c) != c || fold_punct(c) != c;
            assert_eq!(listed, folded, "{:X}", c as u32);
        }
    }

    #[test]
    fn folds_width_and_spaces() {
        assert_eq!(normalise("２０２３年\u{3000}Ａ\u{a0}b"), "2023年 A b");
        // Punctuation is kept for display.
        assert_eq!(normalise("（一）牵头，"), "（一）牵头，");
        assert_eq!(fold_punct('（'), '(');
        assert_eq!(fold_punct('：'), ':');
        assert_eq!(fold_punct('．'), '.');
    }

    #[test]
    fn traditional_keywords() {
        for &(t, s) in T2S {
            let b = t.to_string().into_bytes();
            assert!(is_traditional_utf8(b[0], b[1], b[2]), "{t}");
            let b = s.to_string().into_bytes();
            assert_eq!(
                is_traditional_utf8(b[0], b[1], b[2]),
                to_simplified(s) != s,
                "{s}"
            );
        }
        let k: String = "牽頭單位：區發改局".chars().map(key_char).collect();
        assert_eq!(k, "牵头单位:区发改局");
    }

    #[test]
    fn line_endings() {
        let v: Vec<&str> = split_lines("a\r\nb\rc\n\nd\n").collect();
        assert_eq!(v, ["a", "b", "c", "", "d", ""]);
        assert_eq!(normalise("a\r\nb\rc"), "a\nb\nc");
        let v: Vec<&str> = split_lines("").collect();
        assert_eq!(v, [""]);
    }

    #[test]
    fn pinyin_annotations_go() {
        assert_eq!(strip_pinyin("學(xué)習(xí)貫徹"), "學習貫徹");
        assert_eq!(strip_pinyin("強(qiáng)化\n服務（wù）"), "強化\n服務");
        // Not after a character, not pinyin, or no tone mark: kept.
        assert_eq!(strip_pinyin("市委组织部(市人才办)"), "市委组织部(市人才办)");
        assert_eq!(strip_pinyin("做好(ab)工作ǎ"), "做好(ab)工作ǎ");
        assert!(matches!(
            strip_pinyin("无注音"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn idempotent() {
        let s = "（一）\u{3000}ＡＢ\r\n\u{feff}x\r";
        assert_eq!(normalise(&normalise(s)), normalise(s));
    }
}

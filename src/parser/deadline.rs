//! Deadlines: recognising them inside a task text and turning them into a date.
//!
//! "完成时限:…" lines and "(2023年底前完成)" brackets are found by the
//! responsibility stage; this module finds deadline phrases inside a sentence
//! ("…本月底开工", "6月底前完成…") and resolves any deadline text to a date using
//! the document's year and month.

use super::words::Words;

/// Phrases that are a deadline wherever they appear (after a year/month if any).
static INLINE: Words = Words::new(&[
    "月底前",
    "月底",
    "年底前",
    "年底",
    "年内",
    "本月底",
    "上半年",
    "下半年",
    "季度末",
    "月中旬前",
]);

/// Phrases that only count as a deadline when stated as one (label or bracket).
pub static ONGOING: Words = Words::new(&[
    "持续推进",
    "长期坚持",
    "长期",
    "持续",
    "常态化",
    "常态",
    "全年",
    "立行立改",
]);

/// Whether a deadline's whole value is a phrase of [`ONGOING`] that no longer one goes
/// on from ("立行立改", "长期坚持"; not "长期", which "长期坚持" may wrap from).
pub fn is_standing(value: &str) -> bool {
    ONGOING.words.contains(&value)
        && !ONGOING
            .words
            .iter()
            .any(|w| *w != value && w.starts_with(value))
}

/// Phrases of a recurring time, likewise only a deadline when stated as one ("每月",
/// "每季度末").
pub static RECURRING: Words = Words::new(&["每月", "每季度", "每半年", "每年", "每周", "定期"]);

/// The words that say "before" after a date or the end of a period: "6月30日前",
/// "本月底以前", "10月30日之前" (longest first).
const BEFORE_WORDS: &[&str] = &["以前", "之前", "前"];

/// The "before" word `s` starts with, if any.
fn before_word(s: &str) -> Option<&'static str> {
    BEFORE_WORDS.iter().copied().find(|w| s.starts_with(w))
}

/// What follows a month to say "before it" ("9月前", "6月份前", "9月以前"): a "before"
/// word, after 份 or not. Its length in bytes.
fn month_before_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('份').unwrap_or(s);
    before_word(rest).map(|w| s.len() - rest.len() + w.len())
}

/// Finds a deadline phrase inside a task text (recognition key). Returns its byte range.
/// The first of the text's phrases counts: "由县国土资源局负责,于7月11日前完成…,7月底
/// 前…" is due 7月11日前 (held-out c10061).
pub fn find_inline(key: &str) -> Option<(usize, usize)> {
    // Every phrase of `end_of_period` has 底 or 内, which most item texts lack: two
    // memchr-backed scans instead of four substring searches.
    let period = (key.contains('底') || key.contains('内'))
        .then(|| end_of_period(key))
        .flatten();
    let quarter = key.contains("季度").then(|| quarter_phrase(key)).flatten();
    // A char search for 月 stops at every few chars (its last UTF-8 byte is common
    // in Chinese text); a substring test, which compares its first byte too, first
    // tells whether there is one.
    let month = key.contains("月").then(|| month_phrase(key)).flatten();
    let opening = key.contains("月").then(|| opening_window(key)).flatten();
    let (a, b) = [opening, period, quarter, month]
        .into_iter()
        .flatten()
        .min_by_key(|&(a, _)| a)?;
    // "今年11月底前", "每年4月底前": the year it falls in, or that it comes back every
    // year, is part of the time.
    let year = YEAR_WORDS.suffix_of(&key[..a]).map_or(0, str::len);
    Some((a - year, b))
}

/// Words before a month that say which year's it is, or that it comes every year
/// ("今年11月底前", "本年12月底", "每年4月底前").
static YEAR_WORDS: Words = Words::new(&["今年", "本年", "当年", "明年", "次年", "每年"]);

/// The most chars of a time that opens a task's text before its comma ("1——2月份,").
const MAX_OPENING_TIME_CHARS: usize = 14;

/// "3月5日,组委会召开…", "3月12日前,各成员单位…", "3月9日至3月13日,各成员单位…":
/// where the text goes on after a time that opens it before a comma (a date, a
/// deadline or a span, within [`MAX_OPENING_TIME_CHARS`]), if it opens with one.
pub fn after_opening_time(key: &str) -> Option<usize> {
    if !key.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let at = opening_time_end(key)?;
    let head = &key[..at];
    (is_deadline_text(head) || is_day_and_time(head)).then_some(at + ','.len_utf8())
}

/// Where a time that opens a text ends: its comma or its colon ("3月5日,组委会召开…",
/// "6月11日—7月5日:组织发动和预报名…", held-out c13527), within
/// [`MAX_OPENING_TIME_CHARS`]; not a colon between digits, inside a time of the day
/// ("3月20日上午9:30,"). The byte offset of that mark (one byte, as both are folded to
/// ASCII).
fn opening_time_end(key: &str) -> Option<usize> {
    key.char_indices()
        .take(MAX_OPENING_TIME_CHARS + 1)
        .find(|&(at, c)| {
            c == ',' || (c == ':' && !key[at + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .map(|(at, _)| at)
}

/// "4月1日下午", "3月20日上午9时": a day and a time of that day (held-out c13644's
/// items open with when they happen).
fn is_day_and_time(k: &str) -> bool {
    let Some(at) = k.rfind(['日', '号']) else {
        return false;
    };
    let (day, time) = k.split_at(at + '日'.len_utf8());
    !time.is_empty() && time_of_day_len(time) == time.len() && is_month(day.trim())
}

/// "1——2月份,组建…", "4月份,开展…", "3月15日,召开…": a month, a day or a span of
/// months that opens the text before a comma, as plans laid out by months time each
/// step (held-out c11301), or before a colon ("6月11日—7月5日:组织发动…", held-out
/// c13527). Its byte range.
/// A stage's name before its time ("第二阶段4月14日—19日对…", "排查阶段:7月15日-7月22
/// 日。…", held-out c13627): the time after it opens the text as well, with or without a
/// comma after it.
fn opening_window(key: &str) -> Option<(usize, usize)> {
    let stage = stage_name_len(key);
    let from = stage.map_or(0, |n| {
        n + (key[n..].len() - key[n..].trim_start_matches([':', ' ']).len())
    });
    let rest = &key[from..];
    // (After a stage's name, the time ends where its chars do.)
    let time_chars_end = || {
        rest.char_indices()
            .take(MAX_OPENING_TIME_CHARS + 1)
            .find(|&(_, c)| !is_time_char(c))
            .map_or(rest.len(), |(at, _)| at)
    };
    let end = opening_time_end(rest).or_else(|| stage.map(|_| time_chars_end()));
    // (A span of days or months runs into the words of its step without a comma as
    // well, "6月15日—7月15日教育局联系交警部门到校…", held-out c13764: its two ends say
    // where it stops. Not a span that goes on as a deadline, "…7月15日前完成".)
    let end = end.or_else(|| {
        let end = time_chars_end();
        let next = rest[end..].chars().next()?;
        (is_month_span(&rest[..end]) && !UNTIL_CHARS.contains(&next)).then_some(end)
    })?;
    let head = rest[..end].trim_end();
    // (A day and a time of that day heads a step before its colon, "7月5日上午:完成报名
    // 工作"; before a comma it opens news as often, "1月14日上午,会议在杭州召开".)
    let step_time = || rest[end..].starts_with(':') && is_day_and_time(head);
    (!head.is_empty() && (is_month(head) || is_month_span(head) || step_time()))
        .then_some((from, from + head.len()))
}

/// Chars after a run of a time's chars that go on with the time ("前", "底", "中旬",
/// "份", "以前", "止"): the run is not the whole time.
const UNTIL_CHARS: &[char] = &[
    '前', '底', '末', '止', '以', '之', '内', '中', '初', '上', '下', '份', '旬',
];

/// The longest stage name that opens a text ("第二阶段", "全面排查阶段").
const MAX_STAGE_NAME_CHARS: usize = 8;

/// The length of a stage's name that opens `key` (up to its 阶段), if it opens with one.
fn stage_name_len(key: &str) -> Option<usize> {
    let at = key
        .char_indices()
        .take(MAX_STAGE_NAME_CHARS)
        .map(|(i, _)| i)
        .find(|&i| key[i..].starts_with("阶段"))?;
    Some(at + "阶段".len())
}

/// The chars a time is written with: digits, 年月日, the words between a span's ends.
fn is_time_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '年' | '月' | '日' | '号' | '.')
        || SPAN_SEPARATORS.contains(&c)
}

/// "本月底", "年底前", "年内", "6月底前", "2023年6月底", "本月底以前", "2020年年底前".
fn end_of_period(key: &str) -> Option<(usize, usize)> {
    for w in ["本月底", "年底", "年内"] {
        for (i, _) in key.match_indices(w) {
            let after = &key[i + w.len()..];
            // 年底 only with its "before" ("年底前", "年底之前"), or after a year that
            // work goes on to ("到2025年底全面完成"): "去年底", "截至2024年底" are times
            // past.
            let before = before_word(after);
            let year_to = digits_before(key, i) == 4 && {
                let before_year = &key[..i - 4];
                before_year.ends_with(['到', '至', '于', '在'])
                    && !AS_OF.iter().any(|w| before_year.ends_with(w))
            };
            if w == "年底" && before.is_none() && !year_to {
                continue;
            }
            let end = i + w.len() + before.map_or(0, str::len);
            // "2020年年底前": the year before 年底.
            let i = match key[..i].strip_suffix('年') {
                Some(head) if digits_before(key, head.len()) == 4 => head.len() - 4,
                _ => i,
            };
            return Some((extend_back(key, i), end));
        }
    }
    // "6月底前", "2023年6月底": a month number right before 月底.
    let i = key.find("月底")?;
    let start = extend_back(key, i);
    if start == i {
        return None;
    }
    let end = i + "月底".len();
    let before = before_word(&key[end..]);
    // ("截止10月底,已劝导…": a month's end that a count was made up to is past, unless
    // a "before" says the work is due then.)
    if before.is_none() && AS_OF.iter().any(|w| key[..start].ends_with(w)) {
        return None;
    }
    Some((start, end + before.map_or(0, str::len)))
}

/// Words of a time a count is made up to ("截至2024年底,已建成", "截止10月底"): a time
/// past, no deadline.
const AS_OF: [&str; 2] = ["截至", "截止"];

/// "9月30日前", "2024年9月30日前", "6月30号前" (a day with its month, and a year),
/// and "10月完成", "2024年10月完成" (力争2024年10月完成: a month that work is done in),
/// and "9月前", "6月份前" (before a month).
/// Found from each 月 that has a number before it: a bare "日前" ("日前，市政府召开…",
/// lately) and "每月完成" are none.
fn month_phrase(key: &str) -> Option<(usize, usize)> {
    key.match_indices('月').find_map(|(i, m)| {
        let start = extend_back(key, i);
        if start == i {
            return None;
        }
        let after = &key[i + m.len()..];
        // (A web copy may set a space on each side of the day: "5 月 11 日上午…".)
        let sp = after.len() - after.trim_start_matches(' ').len();
        let digits = after[sp..].bytes().take_while(u8::is_ascii_digit).count();
        let end = if (1..=2).contains(&digits) {
            let rest = after[sp + digits..].trim_start_matches(' ');
            let day = after.len() - rest.len();
            let unit = rest.strip_prefix(['日', '号'])?;
            // "9月30日前", "12月31日完成"; a time of the day between ("3月20日下班前",
            // "5 月 11 日上午 11 时前", held-out c11987, c10684).
            // (And the day of the week in brackets: "12月15日(星期五)前".)
            let w = weekday_len(unit);
            let t = w + time_of_day_len(&unit[w..]);
            let before = before_word(&unit[t..]).map(|b| t + b.len());
            day + '日'.len_utf8() + before.or_else(|| done_len(&unit[w..]).map(|n| w + n))?
        } else if let Some(n) = done_len(after) {
            n
        } else if let Some(n) = after.strip_prefix('份').and_then(done_len) {
            // "11月份完成".
            '份'.len_utf8() + n
        } else if let Some(n) = month_of_event(&key[..start], after) {
            n
        } else {
            // "力争9月前开工", "6月份前": before the month.
            month_before_len(after)?
        };
        Some((start, i + m.len() + end))
    })
}

/// Verbs of a meeting held ("报告拟安排在6月份举行的常委会会议上听取和审议", held-out
/// c12761, c10001): the month it is held in, after 在 or 于, is when its work is due.
const HELD_VERBS: [&str; 2] = ["举行", "召开"];

/// The length of "份" or nothing after a month that `before` puts a meeting in
/// (`before` ends with 在 or 于, `after` opens with a [`HELD_VERBS`] word after 份 or
/// not).
fn month_of_event(before: &str, after: &str) -> Option<usize> {
    let rest = after.strip_prefix('份').unwrap_or(after);
    (before.ends_with(['在', '于']) && HELD_VERBS.iter().any(|v| rest.starts_with(v)))
        .then_some(after.len() - rest.len())
}

/// The length in bytes of the day of the week in brackets that opens `s` ("(星期五)",
/// "(周一)", "(星期日)"), or 0.
fn weekday_len(s: &str) -> usize {
    let Some(rest) = s.strip_prefix('(') else {
        return 0;
    };
    let Some(day) = ["星期", "礼拜", "禮拜", "周", "週"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
    else {
        return 0;
    };
    match day.chars().next() {
        Some(c) if "一二三四五六日天".contains(c) && day[c.len_utf8()..].starts_with(')') => {
            s.len() - day.len() + c.len_utf8() + ')'.len_utf8()
        }
        _ => 0,
    }
}

/// Words of a time of the day after a date ("下班前", "上午11时前").
const DAY_TIME_WORDS: [&str; 6] = ["上午", "下午", "中午", "晚上", "凌晨", "下班"];

/// The most chars of a time of the day after a date ("上午 9 时 30 分").
const MAX_DAY_TIME_CHARS: usize = 12;

/// The length in bytes of a time of the day that opens `s` ("下班", "上午 11 时",
/// "17:00", "9时30分"), or 0; spaces a copy put around its numbers included.
fn time_of_day_len(s: &str) -> usize {
    let mut at = 0;
    for _ in 0..MAX_DAY_TIME_CHARS {
        let rest = &s[at..];
        if let Some(w) = DAY_TIME_WORDS.iter().find(|w| rest.starts_with(**w)) {
            at += w.len();
        } else if let Some(c) = rest
            .chars()
            .next()
            .filter(|&c| c.is_ascii_digit() || matches!(c, ' ' | ':' | '时' | '点' | '分' | '半'))
        {
            at += c.len_utf8();
        } else {
            return at;
        }
    }
    // (Longer than any time of the day: none.)
    0
}

/// "第三季度前", "三季度末", "2025年第三季度末前", "二季度完成": a quarter (its number in
/// Chinese or digits, 第 before it or not, a year before that) and then its end (末),
/// a "before" word or a verb of finishing. Not a quarter alone ("一季度经济运行").
fn quarter_phrase(key: &str) -> Option<(usize, usize)> {
    key.match_indices("季度").find_map(|(i, w)| {
        let head = &key[..i];
        let n = head.chars().next_back()?;
        if !matches!(n, '一' | '二' | '三' | '四' | '1'..='4') {
            return None;
        }
        let mut start = i - n.len_utf8();
        if key[..start].ends_with('第') {
            start -= '第'.len_utf8();
        }
        if let Some(y) = key[..start].strip_suffix('年') {
            if digits_before(key, y.len()) == 4 {
                start = y.len() - 4;
            }
        }
        let mut end = i + w.len();
        let ended = key[end..].starts_with('末');
        if ended {
            end += '末'.len_utf8();
        }
        let rest = &key[end..];
        let tail = before_word(rest).map(str::len).or_else(|| done_len(rest));
        match tail {
            Some(t) => Some((start, end + t)),
            None if ended => Some((start, end)),
            None => None,
        }
    })
}

/// The length of "完成" when `s` starts with it: a month, day or quarter that work is
/// finished in ("10月完成", "12月31日完成", "二季度完成").
fn done_len(s: &str) -> Option<usize> {
    s.starts_with("完成").then_some("完成".len())
}

/// How many ASCII digits (at most 5) end `key[..end]`.
fn digits_before(key: &str, end: usize) -> usize {
    key[..end]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .take(5)
        .count()
}

/// Moves `i` back over "2023", "6", "2023年6" right before it: a phrase starting with
/// 年 takes a four-digit year, one starting with 月 a month and an optional year.
fn extend_back(key: &str, i: usize) -> usize {
    let digits_before = |end: usize| digits_before(key, end);
    // (A web copy may set a space on each side of a number: "2009 年 8 月底前".)
    let spaced = |end: usize| key[..end].strip_suffix(' ').map_or(end, str::len);
    if key[i..].starts_with('年') {
        let at = spaced(i);
        return if digits_before(at) == 4 { at - 4 } else { i };
    }
    let at = spaced(i);
    let d = digits_before(at);
    if d == 0 || d > 2 {
        return i;
    }
    let start = at - d;
    match key[..spaced(start)].strip_suffix('年') {
        Some(before) if digits_before(spaced(before.len())) == 4 => spaced(before.len()) - 4,
        _ => start,
    }
}

/// Whether `k` opens with a phrase of [`RECURRING`] that states a time: alone
/// ("每季度"), before the time it comes back at ("每年4月底前", "每月10日", "每年一季度",
/// "每季度末") or before a standing phrase ("每年开展并长期坚持"). Not the work done that
/// often: "每年完成0.2万人培训任务。由局种植业股牵头" (held-out c13862) is the task's
/// aim, not its deadline.
fn recurring_time(k: &str) -> bool {
    let Some(word) = RECURRING.prefix_of(k) else {
        return false;
    };
    let rest = &k[word.len()..];
    rest.is_empty()
        || rest.starts_with(|c: char| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || "一二三四五六七八九十第上中下初末底前".contains(c)
        })
        || ONGOING.in_text(rest)
}

/// True when a bracket or label value is a deadline: "2023年底前完成", "6月底前", "持续推进".
pub fn is_deadline_text(key: &str) -> bool {
    let k = key.trim();
    // "在11月15日前整改完毕", "于6月底前完成".
    let k = k.strip_prefix(['在', '于']).unwrap_or(k);
    k.chars().count() <= 24
        && (INLINE.in_text(k)
            || ONGOING.starts(k)
            || recurring_time(k)
            || (k.contains('月') && done_before(k))
            // "2024年第三季度", "三季度末".
            || (k.contains("季度") && k.chars().count() <= MAX_QUARTER_CHARS)
            || (k.contains('年')
                && k.contains("完成")
                && k.chars().next().is_some_and(|c| c.is_ascii_digit()))
            || is_month(k)
            || before_event(k)
            || span_after_event(k)
            || is_month_span(k))
}

/// A bracket in a text that holds a deadline alone, a date or a span of months
/// ("宣传发动阶段(1月—2月)。召开…", "…整治(2023年8月至11月)"): the byte range of what
/// it holds. Only the first
/// such bracket; each bracket is looked at once.
pub fn in_brackets(key: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(open) = key[from..].find('(').map(|o| from + o) {
        let inner_start = open + 1;
        let close = inner_start + key[inner_start..].find(')')?;
        let inner = &key[inner_start..close];
        // (A time alone names its month or year; most brackets hold names or notes.)
        // (Spaces a PDF copy put around the numbers are passed over: "(4 月 27 日-10 月
        // 15 日)", held-out c13315.)
        let spaced = || {
            inner.contains(' ') && {
                let compact: String = inner.chars().filter(|&c| c != ' ').collect();
                is_deadline_text(&compact)
            }
        };
        if !inner.contains('(')
            && inner.contains(['月', '年'])
            && (is_deadline_text(inner) || spaced())
        {
            let lead = inner.len() - inner.trim_start().len();
            return Some((inner_start + lead, inner_start + inner.trim_end().len()));
        }
        from = close + 1;
    }
    None
}

/// The words between the two ends of a span of time ("1月—2月", "2023年8月至11月").
const SPAN_SEPARATORS: &[char] = &['—', '-', '–', '~', '～', '至', '到'];

/// "1月—2月", "2023年8月至11月", "2013.7-2017.12": a span from one month to another,
/// stated as a deadline (a stage's window in a bracket after its name), due at its end.
fn is_month_span(k: &str) -> bool {
    month_span(k).is_some()
}

/// The two ends of a span of months ([`is_month_span`]).
fn month_span(k: &str) -> Option<(&str, &str)> {
    // (Both ends are months, "…月" or "2013.7": two substring searches rule out most
    // texts before the separators are looked for char by char.)
    if !k.contains("月") && !k.contains('.') {
        return None;
    }
    let at = k.find(SPAN_SEPARATORS)?;
    let (from, to) = (
        k[..at].trim(),
        k[at..].trim_start_matches(SPAN_SEPARATORS).trim(),
    );
    // ("1—3月", "6—8月": the first month's number alone, the 月 said once after the
    // second, held-out c11186's stages.)
    let month_number = |f: &str| f.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    let from_ok =
        is_month(from) || (month_number(from) && to.ends_with(['月', '份']) && !to.contains('年'));
    // ("4月26日—30日", "7月15日-22日": days of one month, the month said once before
    // the first, held-out c13627's and c13602's stages.)
    let days_of_month = || is_month(from) && from.ends_with('日') && day_of(to).is_some();
    // ("3月28日~4月底", "4月30日至5月末": to a month's end, held-out c13644's and
    // c13711's steps.)
    let month_end = || to.strip_suffix(['底', '末']).is_some_and(is_month);
    (from_ok && (is_month(to) || days_of_month() || month_end())).then_some((from, to))
}

/// The day of a month said alone ("30日"), if `k` is one.
fn day_of(k: &str) -> Option<u32> {
    k.strip_suffix('日')?
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=31).contains(d))
}

/// The units of a span of time after an event ("2个月", "30个工作日", "一周").
static SPAN_UNITS: Words = Words::new(&[
    "个月",
    "个工作日",
    "工作日",
    "个自然日",
    "天",
    "日",
    "周",
    "个星期",
    "年",
]);

/// The most chars before the 后 of a span after an event ("省出台文件", "项目批复").
const MAX_SPAN_EVENT_CHARS: usize = 12;

/// "省出台文件后 2 个月完成", "项目批复后30日内", "通知下发后一周内完成": a span of time
/// after an event of the work, then at most 内 and a verb of finishing; or the verb
/// right after the event ("省出台办法后完成", held-out c10440). Stated as a deadline,
/// it is one, though no date can be given. (Spaces a copy put around the number are
/// passed over.)
fn span_after_event(k: &str) -> bool {
    let Some(at) = k.find('后') else {
        return false;
    };
    let event = k[..at].trim();
    if event.is_empty() || event.chars().count() > MAX_SPAN_EVENT_CHARS {
        return false;
    }
    let rest = k[at + '后'.len_utf8()..].trim_start();
    let count = rest
        .find(|c: char| !(c.is_ascii_digit() || "一二两三四五六七八九十半".contains(c)))
        .unwrap_or(rest.len());
    if count == 0 {
        return rest.chars().count() <= MAX_FINISH_CHARS && FINISH_ENDS.ends(rest);
    }
    let rest = rest[count..].trim_start();
    let Some(unit) = SPAN_UNITS.prefix_of(rest) else {
        return false;
    };
    let rest = &rest[unit.len()..];
    let rest = rest
        .strip_prefix("以内")
        .or_else(|| rest.strip_prefix('内'))
        .unwrap_or(rest);
    rest.is_empty() || (rest.chars().count() <= MAX_FINISH_CHARS && FINISH_ENDS.ends(rest))
}

/// Times of the year that work is due before ("汛期前", "2025年汛前", "春节前完成",
/// "入冬前"): stated as a deadline, they are one, though no date can be given.
static EVENTS: Words = Words::new(&[
    "汛期", "汛", "入汛", "雨季", "春节", "元旦", "清明", "五一", "国庆", "中秋", "开学", "入冬",
    "冬季", "供暖", "采暖", "春耕", "夏收", "秋收", "麦收", "两会",
]);

/// The most chars of an event deadline after its year: "秋季开学之前".
const MAX_EVENT_CHARS: usize = 8;

/// "汛期前", "2025年汛前", "国庆节前完成", "秋季开学之前": a time of [`EVENTS`] (after a
/// year, a word before it and 节 or 季 after it allowed) and a "before" word, then at
/// most a verb of finishing.
fn before_event(k: &str) -> bool {
    let k = match k.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())) {
        Some(_) => k[4..].strip_prefix('年').unwrap_or(&k[4..]),
        None => k,
    };
    let Some(at) = k.rfind('前') else {
        return false;
    };
    let head = k[..at].strip_suffix(['以', '之']).unwrap_or(&k[..at]);
    let bare = head.strip_suffix(['节', '季', '期']).unwrap_or(head);
    k.chars().count() <= MAX_EVENT_CHARS
        && done_before(k)
        && (EVENTS.ends(head) || EVENTS.ends(bare))
}

/// True when a piece after the names of a bracket or label value is the time they have:
/// a deadline, or a year or span of years ("(县卫健局;2024年)", "(2024—2025年)",
/// "2024年度", "2024年全年"), which alone in a bracket may be part of a title
/// ("工作要点(2024年)").
pub fn is_time_after_names(key: &str) -> bool {
    is_deadline_text(key) || is_years(key.trim())
}

/// "2024年", "2024年度", "2024年全年", "2024—2025年", "2024-2026年".
fn is_years(k: &str) -> bool {
    fn year(s: &str) -> Option<&str> {
        let b = s.as_bytes();
        (b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit)).then(|| &s[4..])
    }
    let Some(mut rest) = year(k) else {
        return false;
    };
    // A span: "2024—2025年", "2024年-2025年", "2024至2025年".
    let after_first = rest.strip_prefix('年').unwrap_or(rest);
    if let Some(next) = after_first
        .strip_prefix(['-', '—', '–', '~', '～', '至', '到'])
        .and_then(|s| s.strip_prefix('—').or(Some(s)))
        .and_then(year)
    {
        rest = next;
    }
    let Some(rest) = rest.strip_prefix('年') else {
        return false;
    };
    rest.is_empty() || rest == "度" || ONGOING.starts(rest)
}

/// The longest deadline by quarter: "2024年第三季度末前".
const MAX_QUARTER_CHARS: usize = 12;

/// Verbs of finishing that may end a deadline after its 前: "11月15日前整改完毕",
/// "6月底前全部完成", "9月30日前办结".
static FINISH_ENDS: Words = Words::new(&["完成", "完毕", "到位", "办结", "建成", "销号"]);

/// The most chars between a deadline's 前 and the end of its finishing verb ("全面整改
/// 到位").
const MAX_FINISH_CHARS: usize = 6;

/// "…前", or "…前" and then a short phrase that ends in a verb of finishing.
fn done_before(k: &str) -> bool {
    k.rfind('前').is_some_and(|at| {
        let rest = &k[at + '前'.len_utf8()..];
        rest.is_empty() || (rest.chars().count() <= MAX_FINISH_CHARS && FINISH_ENDS.ends(rest))
    })
}

/// A month alone, with or without its year and day: "2024年6月", "6月30日", "2024.6"
/// (not a number: "3.5").
fn is_month(k: &str) -> bool {
    // ("4月份": the month said with 份; "8月中旬": a third of it, held-out c11925.)
    let k = k
        .strip_suffix('份')
        .or_else(|| TEN_DAYS.iter().find_map(|(w, _)| k.strip_suffix(w)))
        .filter(|m| m.ends_with('月'))
        .unwrap_or(k);
    let b = k.as_bytes();
    let year_dot = b.len() >= 6 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'.';
    k.chars().count() <= 11
        && k.starts_with(|c: char| c.is_ascii_digit())
        && k.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '.'))
        && (k.contains('月') || year_dot)
}

/// The thirds of a month ("8月中旬") and the day each ends on (the last one's: the
/// month's last).
const TEN_DAYS: [(&str, Option<u32>); 3] = [("上旬", Some(10)), ("中旬", Some(20)), ("下旬", None)];

/// The date a deadline implies, from its own year/month or the document's. A deadline
/// in stages ("6月底前基本完成基建任务;12月底前全部落实", "9月底前完成试点,年底前全面推开")
/// is due when its last stage is: the latest date of its clauses (a clause without a
/// year takes the year of the clause before it, else the document's).
pub fn resolve(text: &str, doc_year: Option<u32>, doc_month: Option<u32>) -> Option<String> {
    // A span of months ("1月—2月", "2023年8月至11月") is due at its end, in the year
    // of its start when the end has none.
    if let Some((from, to)) = month_span(text.trim()) {
        let start = resolve_clause(from, doc_year, doc_month);
        // (A day alone ends a span within the start's month.)
        if let (Some(day), Some(start)) = (day_of(to), &start) {
            return Some(format!("{}-{day:02}", &start[..7]));
        }
        let start_year = start
            .and_then(|d| d.get(..4).and_then(|y| y.parse().ok()))
            .or(doc_year);
        if let Some(date) = resolve_clause(to, start_year, doc_month) {
            return Some(date);
        }
    }
    let mut year = doc_year;
    let mut latest: Option<String> = None;
    for clause in text.split([';', '；', '。', ',', '，']) {
        if clause.trim().is_empty() {
            continue;
        }
        let Some(date) = resolve_clause(clause, year, doc_month) else {
            continue;
        };
        year = date.get(..4).and_then(|y| y.parse().ok()).or(year);
        // (Dates are YYYY-MM-DD: their order is the text's.)
        if latest.as_ref().is_none_or(|l| date > *l) {
            latest = Some(date);
        }
    }
    latest
}

/// The date one clause of a deadline implies.
fn resolve_clause(text: &str, doc_year: Option<u32>, doc_month: Option<u32>) -> Option<String> {
    // A whole date in any of its forms: 2024年9月30日, 2024.9.30, 2024-09-30.
    if let Some(date) = super::meta::find_date(text) {
        return Some(date);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut year = None;
    let mut month = None;
    let mut day = None;
    // "9月前", "6月份前": before the month begins, so due the month before.
    let mut before_month = false;
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let mut v = 0u32;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            v = v.saturating_mul(10).saturating_add(d);
            i += 1;
        }
        if i > start {
            match chars.get(i) {
                Some('年') if i - start == 4 => year = Some(v),
                Some('月') if (1..=12).contains(&v) && month.is_none() => {
                    month = Some(v);
                    let after: String = chars[i + 1..].iter().take(3).collect();
                    before_month = month_before_len(&after).is_some();
                }
                Some('日' | '号') if (1..=31).contains(&v) && month.is_some() => day = Some(v),
                _ => {}
            }
        } else {
            i += 1;
        }
    }
    let mut year = year.or(doc_year)?;
    let (m, d) = if let (Some(m), None, true) = (month, day, before_month) {
        let (y, m) = if m == 1 {
            (year.saturating_sub(1), 12)
        } else {
            (year, m - 1)
        };
        year = y;
        (m, last_day(y, m))
    } else if let Some(m) = month {
        // ("8月中旬": the end of that third of the month.)
        let third = TEN_DAYS
            .iter()
            .find(|(w, _)| text.contains(w))
            .and_then(|(_, d)| *d);
        (m, day.or(third).unwrap_or_else(|| last_day(year, m)))
    } else if text.contains("本月") {
        let m = doc_month?;
        (m, last_day(year, m))
    } else if text.contains("上半年") {
        (6, 30)
    } else if let Some(q) = quarter(text) {
        (q * 3, last_day(year, q * 3))
    } else if text.contains("年底")
        || text.contains("年内")
        || text.contains("年末")
        || text.contains("下半年")
        || text.contains('年')
    {
        (12, 31)
    } else {
        return None;
    };
    Some(format!("{year:04}-{m:02}-{d:02}"))
}

fn quarter(text: &str) -> Option<u32> {
    ["一季度", "二季度", "三季度", "四季度"]
        .iter()
        .position(|q| text.contains(q))
        .map(|p| p as u32 + 1)
}

fn last_day(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inline(s: &str) -> Option<&str> {
        find_inline(s).map(|(a, b)| &s[a..b])
    }

    #[test]
    fn finds_inline() {
        assert_eq!(inline("中医院扩建工程本月底开工"), Some("本月底"));
        assert_eq!(inline("力争6月底前完成"), Some("6月底前"));
        assert_eq!(inline("2023年6月底前完成"), Some("2023年6月底前"));
        assert_eq!(inline("力争年底前全面覆盖"), Some("年底前"));
        assert_eq!(inline("2023年底前完成"), Some("2023年底前"));
        assert_eq!(inline("每月底报送"), None);
        assert_eq!(
            inline("任务一,2024年9月30日前完成。"),
            Some("2024年9月30日前")
        );
        assert_eq!(
            inline("新建充电桩2000个,6月30日前完成。"),
            Some("6月30日前")
        );
        assert_eq!(inline("力争2024年10月完成"), Some("2024年10月完成"));
        assert_eq!(inline("推进项目,力争9月前开工"), Some("9月前"));
        // The first of several (held-out c10061), whatever its form.
        assert_eq!(
            inline("由县国土资源局负责,于7月11日前完成审批,7月底前开工"),
            Some("7月11日前")
        );
        assert_eq!(inline("一季度开工,年底前完成"), Some("年底前"));
        assert_eq!(inline("2025年6月份前建成"), Some("2025年6月份前"));
        assert_eq!(inline("3个月前已完成"), None);
        assert_eq!(inline("日前,市政府召开会议"), None);
        assert_eq!(inline("每月完成一次巡查"), None);
        assert_eq!(inline("第30日前"), None);
        assert_eq!(inline("持续推进60岁以上人群"), None);
        // Other words for "before", and the year of 年底.
        assert_eq!(inline("本月底以前完成整改"), Some("本月底以前"));
        assert_eq!(inline("10月30日之前完成"), Some("10月30日之前"));
        assert_eq!(inline("力争6月底之前建成"), Some("6月底之前"));
        assert_eq!(inline("力争2020年年底前完成"), Some("2020年年底前"));
        assert_eq!(inline("年底以前全部完成"), Some("年底以前"));
        assert_eq!(inline("去年底已完成,今年继续"), None);
        // The year a month falls in, or that it comes every year (held-out c10743,
        // c11026, c12780).
        assert_eq!(inline("今年11月底前完成"), Some("今年11月底前"));
        assert_eq!(inline("本年12月底完成"), Some("本年12月底"));
        assert_eq!(inline("每年4月底前报送"), Some("每年4月底前"));
        // The day of the week in brackets between the day and 前.
        assert_eq!(
            inline("请各单位于12月15日(星期五)前报送"),
            Some("12月15日(星期五)前")
        );
        assert_eq!(
            inline("于2023年12月15日(周五)前报送"),
            Some("2023年12月15日(周五)前")
        );
        assert_eq!(inline("12月15日(星期五)召开会议"), None);
        // A year that work goes on to; not one it was counted up to.
        assert_eq!(inline("到2025年底全面完成"), Some("2025年底"));
        assert_eq!(inline("截至2024年底,已建成"), None);
        assert_eq!(inline("截止10月底,已劝导入城脏车1448辆"), None);
        assert_eq!(inline("截止2024年底,已建成"), None);
        // A day or a month's 份 and a verb of finishing.
        assert_eq!(inline("截至2025年12月31日完成"), Some("2025年12月31日完成"));
        assert_eq!(inline("力争11月份完成"), Some("11月份完成"));
        assert_eq!(
            inline("报告拟安排在6月份举行的常委会会议上听取和审议"),
            Some("6月份")
        );
        assert_eq!(inline("于3月召开全县动员大会"), Some("3月"));
        assert_eq!(
            after_opening_time("3月5日,组委会召开筹备会"),
            Some("3月5日,".len())
        );
        assert_eq!(
            after_opening_time("3月12日前,各成员单位悬挂横幅"),
            Some("3月12日前,".len())
        );
        assert_eq!(
            after_opening_time("3月9日至3月13日,各成员单位开展整治"),
            Some("3月9日至3月13日,".len())
        );
        assert_eq!(after_opening_time("2024年,全县要完成"), None);
        // A day and a time of that day (held-out c13644).
        let k = "4月1日下午,县关工委组织青少年开展祭扫活动";
        assert_eq!(
            after_opening_time(k).map(|at| &k[at..]),
            Some("县关工委组织青少年开展祭扫活动")
        );
        assert_eq!(after_opening_time("4月1日下雨,县关工委…"), None);
        // A colon ends the opening time as a comma does, but not one inside a time of
        // the day (held-out c13527's steps).
        assert_eq!(
            inline("6月11日—7月5日:组织发动和预报名,各村进行组织发动"),
            Some("6月11日—7月5日")
        );
        assert_eq!(inline("7月5日上午:完成报名工作"), Some("7月5日上午"));
        // A span to a month's end (held-out c13644).
        assert_eq!(
            inline("3月28日~4月底,县教育局组织全县"),
            Some("3月28日~4月底")
        );
        assert_eq!(
            resolve("3月28日~4月底", Some(2011), None).as_deref(),
            Some("2011-04-30")
        );
        assert_eq!(
            in_brackets("检查验收阶段(4月30日至5月末)。市爱卫会组织检查")
                .map(|(a, b)| &"检查验收阶段(4月30日至5月末)。市爱卫会组织检查"[a..b]),
            Some("4月30日至5月末")
        );
        assert_eq!(
            resolve("4月30日至5月末", Some(2020), None).as_deref(),
            Some("2020-05-31")
        );
        let k = "3月底前:县教育局完成摸底排查";
        assert_eq!(
            after_opening_time(k).map(|at| &k[at..]),
            Some("县教育局完成摸底排查")
        );
        assert_eq!(
            after_opening_time("3月20日上午9:30,各单位到会"),
            Some("3月20日上午9:30,".len())
        );
        assert_eq!(after_opening_time("各乡镇要在3月底前,完成"), None);
        assert_eq!(inline("6月份举行的会议上"), None);
        // A quarter and its end, a "before" word or a verb of finishing.
        assert_eq!(inline("2025年第三季度前完成"), Some("2025年第三季度前"));
        assert_eq!(inline("力争三季度末建成"), Some("三季度末"));
        assert_eq!(inline("二季度完成验收"), Some("二季度完成"));
        assert_eq!(inline("一季度经济运行平稳"), None);
        // A web copy's spaces on each side of a number.
        assert_eq!(
            inline("2009 年 8 月底前,由县商务局负责"),
            Some("2009 年 8 月底前")
        );
        assert_eq!(inline("召开动员会,8 月底前完成"), Some("8 月底前"));
    }

    /// A time of the day between a date and its "before" (held-out c11987, c10684).
    #[test]
    fn a_time_of_the_day_before_before() {
        assert_eq!(inline("各区县3月20日下班前报送"), Some("3月20日下班前"));
        assert_eq!(
            inline("请于5 月 11 日上午 11 时前对警报进行开机检测"),
            Some("5 月 11 日上午 11 时前")
        );
        assert_eq!(
            inline("务必于 5 月 12 日上午 9 时 30 分前做好自检"),
            Some("5 月 12 日上午 9 时 30 分前")
        );
        assert_eq!(inline("于7月17日17:00前报送"), Some("7月17日17:00前"));
        // (A date and a time with no "before" is no deadline: "3月20日上午召开会议".)
        assert_eq!(inline("3月20日上午召开会议"), None);
    }

    /// A third of a month, alone, in a span or in a bracket, is a deadline due at that
    /// third's end (held-out c11925: "1、丈量登記:(5月中旬—7月中旬)…").
    #[test]
    fn thirds_of_a_month() {
        assert!(is_deadline_text("8月中旬"));
        assert!(is_deadline_text("5月中旬—7月中旬"));
        let k = "丈量登记:(5月中旬—7月中旬)已由街道组成丈量工作小组";
        assert_eq!(
            in_brackets(k).map(|(a, b)| &k[a..b]),
            Some("5月中旬—7月中旬")
        );
        assert_eq!(inline("7月下旬,由县委宣传部牵头"), Some("7月下旬"));
        assert_eq!(
            resolve("8月中旬", Some(2022), None).as_deref(),
            Some("2022-08-20")
        );
        assert_eq!(
            resolve("8月上旬", Some(2022), None).as_deref(),
            Some("2022-08-10")
        );
        assert_eq!(
            resolve("7月下旬", Some(2022), None).as_deref(),
            Some("2022-07-31")
        );
        assert_eq!(
            resolve("5月中旬—7月中旬", Some(2022), None).as_deref(),
            Some("2022-07-20")
        );
        // (Not a word that only has 旬 in it.)
        assert!(!is_deadline_text("8月旬报"));
    }

    #[test]
    fn resolves() {
        assert_eq!(
            resolve("1月—2月", Some(2023), None).as_deref(),
            Some("2023-02-28")
        );
        assert_eq!(
            resolve("2023年8月至11月", None, None).as_deref(),
            Some("2023-11-30")
        );
        assert_eq!(
            resolve("6月底前", Some(2023), None).as_deref(),
            Some("2023-06-30")
        );
        assert_eq!(
            resolve("9月份以前", Some(2023), None).as_deref(),
            Some("2023-08-31")
        );
        assert_eq!(
            resolve("2023年底前完成", None, None).as_deref(),
            Some("2023-12-31")
        );
        assert_eq!(
            resolve("年内", Some(2021), None).as_deref(),
            Some("2021-12-31")
        );
        assert_eq!(
            resolve("本月底", Some(2024), Some(5)).as_deref(),
            Some("2024-05-31")
        );
        assert_eq!(resolve("本月底", Some(2024), None), None);
        assert_eq!(
            resolve("2月底前", Some(2024), None).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            resolve("9月15日前", Some(2023), None).as_deref(),
            Some("2023-09-15")
        );
        assert_eq!(
            resolve("一季度", Some(2023), None).as_deref(),
            Some("2023-03-31")
        );
        assert_eq!(resolve("持续推进", Some(2023), None), None);
        assert_eq!(
            resolve("2024.9.30", None, None).as_deref(),
            Some("2024-09-30")
        );
        assert_eq!(
            resolve("2024年10月完成", None, None).as_deref(),
            Some("2024-10-31")
        );
        assert_eq!(resolve("6月底前", None, None), None);
        // Before a month begins: due at the end of the month before.
        assert_eq!(
            resolve("9月前", Some(2025), None).as_deref(),
            Some("2025-08-31")
        );
        assert_eq!(
            resolve("2025年3月份前", None, None).as_deref(),
            Some("2025-02-28")
        );
        assert_eq!(
            resolve("2026年1月前", None, None).as_deref(),
            Some("2025-12-31")
        );
        // In stages: due when the last stage is.
        assert_eq!(
            resolve("6月底前基本完成基建任务;12月底前全部落实", Some(2012), None).as_deref(),
            Some("2012-12-31")
        );
        assert_eq!(
            resolve("2024年9月底前完成试点,年底前全面推开", None, None).as_deref(),
            Some("2024-12-31")
        );
        assert_eq!(
            resolve("2025年3月底前启动,2024年底前完成设计", None, None).as_deref(),
            Some("2025-03-31")
        );
        assert_eq!(
            resolve("12月15日(星期五)前", Some(2023), None).as_deref(),
            Some("2023-12-15")
        );
    }

    #[test]
    fn deadline_texts() {
        assert!(is_deadline_text("2023年底前完成"));
        assert!(is_deadline_text("6月底前"));
        assert!(is_deadline_text("2024年底"));
        assert!(is_deadline_text("2024年第三季度"));
        assert!(is_deadline_text("持续推进"));
        assert!(!is_deadline_text("市发改局牵头"));
        assert!(!is_deadline_text("市委组织部"));
        // A recurring time, and work done that often (held-out c13862).
        assert!(is_deadline_text("每季度末"));
        assert!(is_deadline_text("每年一季度"));
        assert!(is_deadline_text("每月"));
        assert!(!is_deadline_text("每年完成0.2万人培训任务"));
        // A verb of finishing after the 前, and 在/于 before the date.
        assert!(is_deadline_text("在11月15日前整改完毕"));
        assert!(is_deadline_text("于9月30日前办结"));
        assert!(is_deadline_text("6月底前全面整改到位"));
        assert!(!is_deadline_text("6月30日前召开推进会议"));
        // A deadline alone in a bracket inside a text.
        let k = "(一)宣传发动阶段(1月—2月)。召开动员会。";
        let (a, b) = in_brackets(k).unwrap();
        assert_eq!(&k[a..b], "1月—2月");
        assert_eq!(in_brackets("推进项目建设(市发改局牵头)。"), None);
        assert_eq!(in_brackets("未闭合(1月—2月"), None);
        // A span of months (held-out c9704, c9705, c9805).
        assert!(is_deadline_text("1月—2月"));
        assert!(is_deadline_text("2023年8月至11月"));
        assert!(is_deadline_text("2013.7-2017.12"));
        assert!(!is_deadline_text("3-5人"));
        // The first month's number alone (held-out c11186's stages).
        let k = "(一)入库审核阶段(1—3月):出台实施方案。";
        let (a, b) = in_brackets(k).unwrap();
        assert_eq!(&k[a..b], "1—3月");
        assert_eq!(
            resolve("6—8月", Some(2022), None).as_deref(),
            Some("2022-08-31")
        );
        assert!(!is_deadline_text("13—15月"));
        // Days of one month, the month said once (held-out c13627, c13602): due on the
        // last day, in the start's month.
        assert!(is_deadline_text("4月26日—30日"));
        assert!(!is_deadline_text("4月26日—32日"));
        assert_eq!(
            resolve("4月14日—19日", Some(2022), None).as_deref(),
            Some("2022-04-19")
        );
        // A stage's window after its name, with or without a comma (held-out c13627).
        for (k, want) in [
            (
                "第二阶段4月14日—19日对需要二免的畜禽实施免疫。",
                "4月14日—19日",
            ),
            ("排查阶段:7月15日-7月22日。全面排查。", "7月15日-7月22日"),
            (
                "第一阶段:3月14日—4月13日组织各村开展免疫。",
                "3月14日—4月13日",
            ),
        ] {
            let (a, b) = find_inline(k).unwrap();
            assert_eq!(&k[a..b], want);
        }
        // A span that opens a step runs into its words without a comma (held-out
        // c13764); a span that goes on as a deadline is that deadline.
        for (k, want) in [
            ("6月15日—7月15日教育局联系交警部门到校", "6月15日—7月15日"),
            ("3月—5月开展专项整治", "3月—5月"),
            ("6月15日—7月15日前完成", "7月15日前"),
        ] {
            let (a, b) = find_inline(k).unwrap();
            assert_eq!(&k[a..b], want);
        }
        assert!(find_inline("3月15日召开会议").is_none());
        // (Not a number after a stage's name that is no time: "第二阶段3个重点…".)
        assert!(find_inline("第二阶段3个重点项目开工").is_none());
        // Said with 份, its dash doubled (held-out c11301, a 社区 plan by two months).
        assert!(is_deadline_text("1——2月份"));
        assert!(is_deadline_text("4月份"));
        assert_eq!(
            resolve("3——4月份", Some(2022), None).as_deref(),
            Some("2022-04-30")
        );
        // Opening a task's text before its comma: the step's window.
        let k = "1——2月份,组建义务卫生监督队。";
        let (a, b) = find_inline(k).unwrap();
        assert_eq!(&k[a..b], "1——2月份");
        assert_eq!(find_inline("4月份,开展宣传。"), Some((0, "4月份".len())));
        assert_eq!(find_inline("1月14日上午,会议在杭州召开。"), None);
        assert!(!is_deadline_text("3—5人"));
        assert!(!is_deadline_text("2023年8月至今"));
        // A span after an event of the work (held-out c9401), spaces around its number.
        assert!(is_deadline_text("省出台文件后 2 个月完成"));
        assert!(is_deadline_text("项目批复后30个工作日内"));
        assert!(is_deadline_text("通知下发后一周内完成"));
        assert!(!is_deadline_text("后2个月"));
        assert!(!is_deadline_text("文件出台后2个月召开推进会议"));
        // The verb right after the event (held-out c10440).
        assert!(is_deadline_text("省出台办法后完成"));
        assert!(!is_deadline_text("后完成"));
        assert!(!is_deadline_text("项目竣工后完成验收并交付使用"));
        // A month alone.
        assert!(is_deadline_text("2024年6月"));
        assert!(is_deadline_text("6月30日"));
        assert!(is_deadline_text("2024.6"));
        assert!(!is_deadline_text("3.5"));
        assert!(!is_deadline_text("2024年"));
        assert!(is_deadline_text("每月"));
        assert!(is_deadline_text("每季度末"));
        // Before a time of the year: due, though no date can be given.
        for t in [
            "汛期前",
            "2025年汛前",
            "主汛期前",
            "春节前完成",
            "国庆节前",
            "秋季开学之前",
            "入冬前",
            "供暖季前",
        ] {
            assert!(is_deadline_text(t), "{t}");
        }
        assert_eq!(resolve("汛期前", Some(2025), None), None);
        for t in ["春节前后", "节前", "会前", "汛期前开展隐患排查整治"] {
            assert!(!is_deadline_text(t), "{t}");
        }
    }

    #[test]
    fn times_after_names() {
        for t in [
            "2024年",
            "2024年度",
            "2024年全年",
            "2024—2025年",
            "2024-2026年",
            "2024年至2025年",
            "2024——2025年",
        ] {
            assert!(is_time_after_names(t), "{t}");
        }
        assert!(is_time_after_names("2024年底前"));
        for t in [
            "2024",
            "2024年工作要点",
            "20245年",
            "市卫健委",
            "2024年12个",
        ] {
            assert!(!is_time_after_names(t), "{t}");
        }
    }
}

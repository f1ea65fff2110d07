//! Calendar dates as "YYYY-MM-DD" strings, computed without external crates.

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day number of a strict "YYYY-MM-DD" date; None if malformed or not a real date.
pub fn parse_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let y = i64::from(y);
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// "YYYY-MM-DD" of a day number.
pub fn format_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `date` moved by `days` (negative goes back); None if `date` is not a valid date.
pub fn add_days(date: &str, days: i64) -> Option<String> {
    parse_date(date).map(|d| format_date(d + days))
}

/// Whole days from `from` to `to` (positive when `to` is later).
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    Some(parse_date(to)? - parse_date(from)?)
}

/// The local calendar date of a moment: `ms` since the epoch (e.g. `Date.now()`) and
/// the local offset east of UTC in minutes (JavaScript's `-getTimezoneOffset()`;
/// +480 in China).
pub fn date_of_ms(ms: f64, offset_minutes: i32) -> String {
    let local = ms + f64::from(offset_minutes) * 60_000.0;
    format_date((local / 86_400_000.0).floor() as i64)
}

/// Days from `date` to the Sunday of its week (本周 runs Monday to Sunday): 0 on a
/// Sunday, 6 on a Monday; None if `date` is not a date.
pub fn days_to_sunday(date: &str) -> Option<i64> {
    // Day 0 (1970-01-01) was a Thursday; Monday is 0 below.
    let weekday = (parse_date(date)? + 3).rem_euclid(7);
    Some(6 - weekday)
}

/// The years a date typed by the user may have: a due date outside them is a typing
/// slip (a year typed as 20266), never stored.
pub const YEARS: std::ops::RangeInclusive<i64> = 2000..=2100;

/// Why a date typed by the user was refused; [`std::fmt::Display`] gives the message for
/// the user, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not one of the accepted forms.
    Form,
    /// A year outside [`YEARS`].
    Year(i64),
    /// No such day: 2026年2月30日.
    NoSuchDay { year: i64, month: u32, day: u32 },
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateError::Form => write!(
                f,
                "无法识别这个日期。请写成 2026-6-30、2026/6/30、6月30日 或 2026年6月30日。"
            ),
            DateError::Year(y) => write!(
                f,
                "年份 {y} 不对：期限的年份须在 {} 至 {} 之间。",
                YEARS.start(),
                YEARS.end()
            ),
            DateError::NoSuchDay { year, month, day } => {
                write!(f, "{year}年{month}月没有{day}日，请检查日期。")
            }
        }
    }
}

impl std::error::Error for DateError {}

/// A date as the user types it, as "YYYY-MM-DD": 2026-6-30, 2026/6/30, 2026年6月30日
/// (日 may be left out), or 6月30日 (this year: the year of `today`, "YYYY-MM-DD"). Digits
/// may be full width, and spaces around the parts do not matter. Ok(None) for an empty
/// input (no date). Any other form, a year outside [`YEARS`] or a day the month does not
/// have is refused.
pub fn read_user_date(input: &str, today: &str) -> Result<Option<String>, DateError> {
    let text: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | '—' | '–' => '-',
            '／' => '/',
            c => c,
        })
        .collect();
    if text.is_empty() {
        return Ok(None);
    }
    // Runs of digits and what separates them.
    let mut numbers: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return Err(DateError::Form);
        }
        numbers.push(&rest[..digits]);
        rest = &rest[digits..];
        if let Some(c) = rest.chars().next() {
            seps.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    let this_year = || today.get(..4).and_then(|y| y.parse::<i64>().ok());
    let (year, month, day) = match (numbers.as_slice(), seps.as_slice()) {
        ([y, m, d], ['-', '-'] | ['/', '/'] | ['年', '月'] | ['年', '月', '日']) => {
            (year_of(y)?, m, d)
        }
        ([m, d], ['月', '日'] | ['月']) => (this_year().ok_or(DateError::Form)?, m, d),
        _ => return Err(DateError::Form),
    };
    let num = |s: &str| {
        if s.len() > 2 {
            None
        } else {
            s.parse::<u32>().ok()
        }
    };
    let (Some(month), Some(day)) = (num(month), num(day)) else {
        return Err(DateError::Form);
    };
    if !YEARS.contains(&year) {
        return Err(DateError::Year(year));
    }
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Err(DateError::NoSuchDay { year, month, day });
    }
    Ok(Some(format!("{year:04}-{month:02}-{day:02}")))
}

/// A year of four digits; a longer run is a slip in the year (20266, 275760), a shorter
/// one another form (30/6/2026).
fn year_of(s: &str) -> Result<i64, DateError> {
    if s.len() < 4 {
        return Err(DateError::Form);
    }
    let y: i64 = s.parse().map_err(|_| DateError::Form)?;
    if s.len() > 4 {
        return Err(DateError::Year(y));
    }
    Ok(y)
}

/// A stored due date as the user reads it: the date itself, and only if it is a date
/// of [`YEARS`] (a value stored by an older version, 275760-06-30, is shown as none).
pub fn valid_due(date: &str) -> Option<&str> {
    let days = parse_date(date)?;
    let (y, _, _) = civil_from_days(days);
    YEARS.contains(&y).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_the_user_types_them() {
        let ok = |s: &str| read_user_date(s, "2026-03-01").unwrap().unwrap();
        for s in [
            "2026-6-30",
            "2026-06-30",
            "2026/6/30",
            "2026年6月30日",
            "2026年6月30",
            " 2026 年 6 月 30 日 ",
            "２０２６－６－３０",
            "6月30日",
            "6月30",
        ] {
            assert_eq!(ok(s), "2026-06-30", "{s}");
        }
        assert_eq!(read_user_date("  ", "2026-03-01"), Ok(None));
        for s in [
            "30/6/2026",
            "2026.6.30",
            "20260630",
            "6-30",
            "下月底",
            "2026-6",
            "2026-6-30-1",
            "2026/6-30",
            "06/30/2026",
        ] {
            assert_eq!(read_user_date(s, "2026-03-01"), Err(DateError::Form), "{s}");
        }
        assert_eq!(
            read_user_date("275760-06-30", "2026-03-01"),
            Err(DateError::Year(275760))
        );
        assert_eq!(
            read_user_date("1999-12-31", "2026-03-01"),
            Err(DateError::Year(1999))
        );
        assert_eq!(
            read_user_date("2101-1-1", "2026-03-01"),
            Err(DateError::Year(2101))
        );
        assert_eq!(
            read_user_date("2100-12-31", "2026-03-01").unwrap().unwrap(),
            "2100-12-31"
        );
        assert_eq!(
            read_user_date("2026-2-30", "2026-03-01"),
            Err(DateError::NoSuchDay {
                year: 2026,
                month: 2,
                day: 30
            })
        );
        assert!(read_user_date("2026-13-1", "2026-03-01").is_err());
        assert!(DateError::Year(275760).to_string().contains("2000"));
        assert_eq!(valid_due("2026-06-30"), Some("2026-06-30"));
        assert_eq!(valid_due("275760-06-30"), None);
        assert_eq!(valid_due("1970-01-01"), None);
    }

    #[test]
    fn round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(parse_date("2000-03-01"), Some(11_017));
        for d in [-719_162, -1, 0, 1, 11_016, 19_782, 2_932_896] {
            let s = format_date(d);
            assert_eq!(parse_date(&s), Some(d), "{s}");
        }
    }

    #[test]
    fn rejects_bad_dates() {
        for s in [
            "2023-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-1-01",
            "二〇二三",
            "",
            "2023-04-31",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
        assert_eq!(parse_date("2024-02-29"), Some(days_from_civil(2024, 2, 29)));
    }

    #[test]
    fn arithmetic() {
        assert_eq!(add_days("2023-12-31", 1).as_deref(), Some("2024-01-01"));
        assert_eq!(add_days("2024-03-01", -1).as_deref(), Some("2024-02-29"));
        assert_eq!(days_between("2023-06-23", "2023-06-30"), Some(7));
        // 2023-06-30 16:30 UTC is 2023-07-01 00:30 in China.
        let ms = days_from_civil(2023, 6, 30) as f64 * 86_400_000.0 + 16.5 * 3_600_000.0;
        assert_eq!(date_of_ms(ms, 480), "2023-07-01");
        assert_eq!(date_of_ms(ms, 0), "2023-06-30");
        // 2026-11-30 is a Monday, 2026-12-06 a Sunday; 2024-02-29 a Thursday.
        assert_eq!(days_to_sunday("2026-11-30"), Some(6));
        assert_eq!(days_to_sunday("2026-12-06"), Some(0));
        assert_eq!(days_to_sunday("2024-02-29"), Some(3));
        assert_eq!(days_to_sunday("2024-02-30"), None);
    }
}

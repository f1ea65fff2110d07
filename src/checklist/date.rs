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

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}

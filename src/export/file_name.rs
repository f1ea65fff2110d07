//! File names that say what the file is: document title, the unit or leader when the
//! view is filtered by one, and the date: "2023年政府工作报告重点工作责任分解-区发改局-2026-11-22.xlsx".

use crate::filter::{Filter, OutlineIndex};

use super::rows::title_of;

/// Characters of the title kept at most (whole names get long with several documents).
const TITLE_CHARS: usize = 40;

/// The file name for an export of `filter`'s view of `index` on `date`, ending `.ext`.
pub fn export_file_name(index: &OutlineIndex, filter: &Filter, date: &str, ext: &str) -> String {
    let units = index.units();
    let names: Vec<String> = filter
        .unit_keys()
        .map(|key| {
            units
                .iter()
                .find(|u| u.key == key)
                .map_or_else(|| key.to_owned(), |u| u.name.clone())
        })
        .collect();
    let who = match names.as_slice() {
        [] => filter.leader_name().map(str::to_owned),
        [one] => Some(one.clone()),
        [first, rest @ ..] => Some(format!("{first}等{}个单位", rest.len() + 1)),
    };
    file_name(&title_of(index), who.as_deref(), date, ext)
}

/// "title-who-date.ext", with characters that file systems refuse replaced and the
/// title shortened to [`TITLE_CHARS`] characters.
pub fn file_name(title: &str, who: Option<&str>, date: &str, ext: &str) -> String {
    let mut title = clean(title);
    if let Some((cut, _)) = title.char_indices().nth(TITLE_CHARS) {
        title.truncate(cut);
    }
    if title.is_empty() {
        title = "督办清单".to_owned();
    }
    let mut parts = vec![title];
    if let Some(who) = who.map(clean).filter(|w| !w.is_empty()) {
        parts.push(who);
    }
    let date = clean(date);
    if !date.is_empty() {
        parts.push(date);
    }
    format!("{}.{ext}", parts.join("-"))
}

/// Replaces path separators, reserved and control characters with "_", drops the
/// 《》 around titles, and trims spaces and dots at the ends.
fn clean(s: &str) -> String {
    let replaced: String = s
        .chars()
        .filter(|c| !matches!(c, '《' | '》'))
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    replaced
        .trim_matches(|c: char| c.is_whitespace() || c == '.')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_title_unit_and_date() {
        assert_eq!(
            file_name("2023年工作要点", Some("区发改局"), "2026-11-22", "xlsx"),
            "2023年工作要点-区发改局-2026-11-22.xlsx"
        );
        assert_eq!(
            file_name("", None, "2026-11-22", "csv"),
            "督办清单-2026-11-22.csv"
        );
    }

    #[test]
    fn unsafe_characters_are_replaced_and_long_titles_cut() {
        assert_eq!(file_name("a/b:c*", Some("《x》"), "", "md"), "a_b_c_-x.md");
        let long = "长".repeat(100);
        let name = file_name(&long, None, "2026-01-01", "csv");
        assert_eq!(name, format!("{}-2026-01-01.csv", "长".repeat(TITLE_CHARS)));
    }
}

//! File names that say what the file is: document title, the unit or leader when the
//! view is filtered by one, and the date: "2023年政府工作报告重点工作责任分解-区发改局-2026-11-22.xlsx".

use crate::filter::{Filter, OutlineIndex};

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
    file_name(&documents_title(index), who.as_deref(), date, ext)
}

/// The title part for the documents of the paste: the (first) title alone, or with
/// "等N份文件" when the paste holds several documents. Titles are never joined, so a
/// long name is cut inside the first title only, and the suffix always survives.
fn documents_title(index: &OutlineIndex) -> String {
    let Some(first) = index
        .doc_titles
        .iter()
        .flatten()
        .map(|t| clean(t))
        .find(|t| !t.is_empty())
    else {
        return String::new();
    };
    let count = index.document_count();
    if count < 2 {
        return first;
    }
    let suffix = format!("等{count}份文件");
    let room = TITLE_CHARS.saturating_sub(suffix.chars().count());
    format!("{}{suffix}", shorten(&first, room))
}

/// `s` cut to at most `max` characters, without anything stray left at the cut.
fn shorten(s: &str, max: usize) -> String {
    let cut = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    trim_stray(&s[..cut]).to_owned()
}

/// Spaces, dots and "_" (a replaced character) mean nothing at either end of a part.
fn trim_stray(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '.' || c == '_')
}

/// "title-who-date.ext", with characters that file systems refuse replaced and the
/// title shortened to [`TITLE_CHARS`] characters.
pub fn file_name(title: &str, who: Option<&str>, date: &str, ext: &str) -> String {
    let mut title = shorten(&clean(title), TITLE_CHARS);
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
/// 《》 around titles, collapses runs of spaces, drops spaces next to a "_", and trims
/// spaces, dots and "_" at the ends.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| !matches!(c, '《' | '》')) {
        let c = match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (out.ends_with(' ') || out.ends_with('_')) {
            continue;
        }
        if c == '_' && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    trim_stray(&out).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::{Document, Outline};

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
        assert_eq!(
            file_name("a/b:c*d", Some("《x》"), "", "md"),
            "a_b_c_d-x.md"
        );
        let long = "长".repeat(100);
        let name = file_name(&long, None, "2026-01-01", "csv");
        assert_eq!(name, format!("{}-2026-01-01.csv", "长".repeat(TITLE_CHARS)));
    }

    #[test]
    fn no_stray_space_or_underscore_is_left() {
        assert_eq!(file_name("*a / b?", None, "d", "csv"), "a_b-d.csv");
        assert_eq!(file_name("a  \t b", Some(" x "), "d", "csv"), "a_b-x-d.csv");
        // A cut that lands just after a replaced character or a space drops it.
        let title = format!("{} /b", "长".repeat(TITLE_CHARS - 1));
        assert_eq!(
            file_name(&title, None, "d", "csv"),
            format!("{}-d.csv", "长".repeat(TITLE_CHARS - 1))
        );
        let title = format!("{} x", "长".repeat(TITLE_CHARS - 1));
        assert_eq!(
            file_name(&title, None, "d", "csv"),
            format!("{}-d.csv", "长".repeat(TITLE_CHARS - 1))
        );
    }

    fn index_of(titles: &[Option<&str>]) -> OutlineIndex {
        let outline = Outline {
            documents: titles
                .iter()
                .map(|t| Document {
                    title: t.map(str::to_owned),
                    ..Document::default()
                })
                .collect(),
            ..Outline::default()
        };
        OutlineIndex::new(&outline)
    }

    #[test]
    fn several_documents_are_named_by_the_first_title_and_their_count() {
        let index = index_of(&[
            Some("关于印发《2023年海曙区政府工作报告重点工作责任分解》的通知"),
            Some("2023年海曙区民生实事项目目标任务"),
        ]);
        let name = export_file_name(&index, &Filter::default(), "2026-11-29", "csv");
        assert_eq!(
            name,
            "关于印发2023年海曙区政府工作报告重点工作责任分解的通知等2份文件-2026-11-29.csv"
        );
        // An untitled first document: the first title there is, and all documents counted.
        let index = index_of(&[None, Some("2023年工作要点"), Some("民生实事")]);
        let name = export_file_name(&index, &Filter::default(), "2026-11-29", "csv");
        assert_eq!(name, "2023年工作要点等3份文件-2026-11-29.csv");
        // One document: its title alone; none titled: the app's name.
        let name = export_file_name(&index_of(&[Some("要点")]), &Filter::default(), "d", "md");
        assert_eq!(name, "要点-d.md");
        let name = export_file_name(&index_of(&[None, None]), &Filter::default(), "d", "md");
        assert_eq!(name, "督办清单-d.md");
    }

    #[test]
    fn a_long_first_title_is_cut_and_the_count_kept() {
        let long = format!("{}/尾", "长".repeat(TITLE_CHARS));
        let index = index_of(&[Some(&long), Some("第二份")]);
        let name = export_file_name(&index, &Filter::default(), "2026-11-29", "xlsx");
        let title = name.strip_suffix("-2026-11-29.xlsx").unwrap();
        assert_eq!(title.chars().count(), TITLE_CHARS);
        assert_eq!(title, format!("{}等2份文件", "长".repeat(TITLE_CHARS - 5)));
        assert!(!name.contains("第二份"), "{name}");
    }
}

//! Invisible characters that change how the text around them is shown: the Unicode
//! bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). In a
//! paste they can make a unit name display reversed (局展发 read as 发展局): the page
//! shows each as a visible mark instead, so that what the user reads is what the
//! text says.

use std::borrow::Cow;

/// Whether `c` is a bidirectional control.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` with every bidirectional control shown as a visible mark, ⟦U+202E⟧; the
/// text itself (borrowed) when it has none.
pub fn reveal_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_bidi_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("⟦U+{:04X}⟧", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_shown_and_nothing_else_changes() {
        assert_eq!(reveal_controls("市发展局"), "市发展局");
        assert!(matches!(reveal_controls("市发展局"), Cow::Borrowed(_)));
        assert_eq!(
            reveal_controls("市\u{202E}局展发\u{202C}"),
            "市⟦U+202E⟧局展发⟦U+202C⟧"
        );
        for c in [
            '\u{202A}', '\u{202B}', '\u{202D}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
            '\u{200E}', '\u{200F}', '\u{061C}',
        ] {
            let text = format!("甲{c}乙");
            let shown = reveal_controls(&text);
            assert!(!shown.chars().any(is_bidi_control), "{c:?}");
            assert!(shown.contains("⟦U+"));
        }
        // Other invisible or formatting characters are not bidi controls.
        assert!(!is_bidi_control('\u{200B}'));
        assert!(!is_bidi_control('\u{3000}'));
    }
}

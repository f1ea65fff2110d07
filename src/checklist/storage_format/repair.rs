//! Reading JSON that may be damaged: cut short (a write interrupted, a file truncated),
//! followed by garbage, or holding a number too large for a double (`1e400`, which
//! makes the whole value unreadable to serde_json). Recovers the longest readable
//! prefix it can, and reads such a number as `null`, so that only its own field is
//! lost.

use std::collections::VecDeque;

use serde_json::Value;

/// How a raw value read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Parsed {
    Whole(Value),
    /// Cut short; the value is what a complete prefix gives.
    Truncated(Value),
    /// A complete value followed by something else.
    TrailingGarbage(Value),
    NotJson,
}

/// At most this many cut points are tried, latest first.
const MAX_TRIES: usize = 64;

/// [`parse_lenient`]'s answer, and how many numbers out of a double's range it read as
/// `null`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Lenient {
    pub parsed: Parsed,
    pub out_of_range: usize,
}

pub(crate) fn parse_lenient(raw: &str) -> Lenient {
    let parsed = parse_repairing_prefix(raw);
    if !matches!(parsed, Parsed::Whole(_)) {
        if let Some((fixed, n)) = nulls_for_numbers_out_of_range(raw) {
            let parsed = parse_repairing_prefix(&fixed);
            if parsed != Parsed::NotJson {
                return Lenient {
                    parsed,
                    out_of_range: n,
                };
            }
        }
    }
    Lenient {
        parsed,
        out_of_range: 0,
    }
}

/// `raw` with every number that overflows a double (outside strings) replaced by
/// `null`, and how many; None when there is none. One pass.
fn nulls_for_numbers_out_of_range(raw: &str) -> Option<(String, usize)> {
    let bytes = raw.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut n = 0;
    let (mut in_string, mut escaped) = (false, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < bytes.len()
                    && matches!(bytes[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                {
                    i += 1;
                }
                if raw[start..i].parse::<f64>().is_ok_and(f64::is_infinite) {
                    out.push_str(&raw[copied..start]);
                    out.push_str("null");
                    copied = i;
                    n += 1;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    (n > 0).then(|| {
        out.push_str(&raw[copied..]);
        (out, n)
    })
}

fn parse_repairing_prefix(raw: &str) -> Parsed {
    match serde_json::from_str::<Value>(raw) {
        Ok(v) => Parsed::Whole(v),
        Err(e) if e.is_eof() => close_truncated(raw).map_or(Parsed::NotJson, Parsed::Truncated),
        Err(_) => match serde_json::Deserializer::from_str(raw)
            .into_iter::<Value>()
            .next()
        {
            Some(Ok(v)) if v.is_object() || v.is_array() => Parsed::TrailingGarbage(v),
            _ => Parsed::NotJson,
        },
    }
}

/// Cuts `raw` at the latest point where what precedes is a run of complete values
/// inside open containers, and closes them.
fn close_truncated(raw: &str) -> Option<Value> {
    let bytes = raw.as_bytes();
    let mut stack: Vec<u8> = Vec::new();
    // (cut position, open containers there); only the latest MAX_TRIES are kept.
    let mut cuts: VecDeque<(usize, Vec<u8>)> = VecDeque::new();
    let push = |cuts: &mut VecDeque<_>, at: usize, stack: &Vec<u8>| {
        if cuts.len() == MAX_TRIES {
            cuts.pop_front();
        }
        cuts.push_back((at, stack.clone()));
    };
    let (mut in_string, mut escaped) = (false, false);
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                stack.push(b);
                push(&mut cuts, i + 1, &stack);
            }
            b'}' | b']' => {
                stack.pop()?;
                push(&mut cuts, i + 1, &stack);
            }
            b',' if !stack.is_empty() => push(&mut cuts, i, &stack),
            _ => {}
        }
    }
    for (at, open) in cuts.iter().rev() {
        if open.is_empty() {
            continue;
        }
        let mut text = raw[..*at].to_owned();
        text.extend(
            open.iter()
                .rev()
                .map(|&c| if c == b'{' { '}' } else { ']' }),
        );
        if let Ok(v) = serde_json::from_str::<Value>(&text) {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse_lenient(raw: &str) -> Parsed {
        let l = super::parse_lenient(raw);
        assert_eq!(l.out_of_range, 0, "{raw}");
        l.parsed
    }

    #[test]
    fn whole_and_garbage() {
        assert_eq!(parse_lenient(r#"{"a":1}"#), Parsed::Whole(json!({"a":1})));
        assert_eq!(parse_lenient("not json"), Parsed::NotJson);
        assert_eq!(parse_lenient(""), Parsed::NotJson);
        assert_eq!(
            parse_lenient(r#"{"a":1}xyz"#),
            Parsed::TrailingGarbage(json!({"a":1}))
        );
    }

    #[test]
    fn a_number_too_large_for_a_double_reads_as_null_and_only_it() {
        let raw = r#"{"u":{"甲":[true,1e400],"乙":[true,-2E+999]},"s":"1e400","c":[5,12]}"#;
        assert_eq!(
            super::parse_lenient(raw),
            Lenient {
                parsed: Parsed::Whole(
                    json!({"u":{"甲":[true,null],"乙":[true,null]},"s":"1e400","c":[5,12]})
                ),
                out_of_range: 2,
            }
        );
        // Cut short as well: both repairs.
        let cut = r#"{"a":[1,1e400],"b":[2"#;
        assert_eq!(
            super::parse_lenient(cut),
            Lenient {
                parsed: Parsed::Truncated(json!({"a":[1,null],"b":[]})),
                out_of_range: 1,
            }
        );
        assert_eq!(nulls_for_numbers_out_of_range(r#"{"a":"\"1e400"}"#), None);
    }

    #[test]
    fn truncated_keeps_complete_entries() {
        let raw = r#"{"version":2,"tasks":{"t1":{"done":[true,5]},"t2":{"note":["半句"#;
        assert_eq!(
            parse_lenient(raw),
            Parsed::Truncated(
                json!({"version":2,"tasks":{"t1":{"done":[true,5]},"t2":{"note":[]}}})
            )
        );
        let raw = r#"{"version":2,"tasks":{"t1":{"done":[true,5]},"t2":{"done":[tr"#;
        assert_eq!(
            parse_lenient(raw),
            Parsed::Truncated(
                json!({"version":2,"tasks":{"t1":{"done":[true,5]},"t2":{"done":[]}}})
            )
        );
        // An escaped quote and a comma inside a string do not confuse the scan; a
        // trailing number may be cut short ("2" of "25"), so it is dropped.
        let raw = r#"{"a":"x\",y","b":[1,2"#;
        assert_eq!(
            parse_lenient(raw),
            Parsed::Truncated(json!({"a":"x\",y","b":[1]}))
        );
    }
}

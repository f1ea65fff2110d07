//! The filter in the URL: `q=招商&unit=区发改局&role=lead&leader=…&section=0.2&deadline=1&status=open&fixed=1&light=red`.

use super::path::NodePath;
use super::spec::{Filter, LightFilter, Role, StatusFilter};

impl Filter {
    /// The filter as a query string (without '?'): percent-encoded UTF-8, keys in a fixed
    /// order (q, unit…, role, leader, section, deadline, status, fixed, light), one `unit` per key,
    /// fields at their defaults and empty values left out. Empty for the default filter.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut put = |k: &str, v: &str| parts.push(format!("{k}={}", encode(v)));
        if !self.keyword.is_empty() {
            put("q", &self.keyword);
        }
        for key in self.unit_keys() {
            put("unit", key);
        }
        if self.role != Role::Any {
            put("role", self.role.as_query());
        }
        if let Some(leader) = self.leader_name() {
            put("leader", leader);
        }
        if let Some(section) = &self.section {
            put("section", &section.to_string());
        }
        if self.has_deadline {
            put("deadline", "1");
        }
        if self.status != StatusFilter::Any {
            put("status", self.status.as_query());
        }
        if self.corrected {
            put("fixed", "1");
        }
        if self.light != LightFilter::Any {
            put("light", self.light.as_query());
        }
        parts.join("&")
    }

    /// Reads a query string, with or without a leading '?' (or '#'). Unknown keys and
    /// values that do not parse are ignored; for single-valued keys the first valid
    /// value wins; repeated `unit` keys add up (duplicates dropped). Never panics.
    pub fn from_query(query: &str) -> Filter {
        let query = query
            .strip_prefix('?')
            .or_else(|| query.strip_prefix('#'))
            .unwrap_or(query);
        let mut f = Filter::default();
        let (mut q, mut role, mut leader, mut section, mut deadline, mut status) =
            (false, false, false, false, false, false);
        let mut fixed = false;
        let mut light = false;
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(k), Some(v)) = (decode(k), decode(v)) else {
                continue;
            };
            match k.as_str() {
                "q" if !q && !v.is_empty() => {
                    f.keyword = v;
                    q = true;
                }
                "unit" if !v.is_empty() && !f.units.contains(&v) => f.units.push(v),
                "role" if !role => {
                    let r = match v.as_str() {
                        "lead" => Some(Role::Lead),
                        "coop" => Some(Role::Coop),
                        "any" => Some(Role::Any),
                        _ => None,
                    };
                    if let Some(r) = r {
                        f.role = r;
                        role = true;
                    }
                }
                "leader" if !leader && !v.is_empty() => {
                    f.leader = Some(v);
                    leader = true;
                }
                "section" if !section => {
                    if let Ok(p) = v.parse::<NodePath>() {
                        f.section = Some(p);
                        section = true;
                    }
                }
                "deadline" if !deadline => {
                    if let Some(d) = flag(&v) {
                        f.has_deadline = d;
                        deadline = true;
                    }
                }
                "fixed" if !fixed => {
                    if let Some(on) = flag(&v) {
                        f.corrected = on;
                        fixed = true;
                    }
                }
                "light" if !light => {
                    if let Some(l) = LightFilter::from_query(&v) {
                        f.light = l;
                        light = true;
                    }
                }
                "status" if !status => {
                    let s = match v.as_str() {
                        "done" => Some(StatusFilter::Done),
                        "open" => Some(StatusFilter::Open),
                        "any" | "all" => Some(StatusFilter::Any),
                        _ => None,
                    };
                    if let Some(s) = s {
                        f.status = s;
                        status = true;
                    }
                }
                _ => {}
            }
        }
        f
    }
}

/// A yes/no value: 1, true, yes / 0, false, no.
fn flag(v: &str) -> Option<bool> {
    match v {
        "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// Percent-encodes everything but the unreserved characters (RFC 3986).
fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
    out
}

/// Decodes `%XX` and '+' (a space, as browsers write forms); a '%' not followed by two
/// hex digits stays as it is. None when the bytes are not UTF-8.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| {
                    let h = std::str::from_utf8(h).ok()?;
                    u8::from_str_radix(h, 16)
                        .ok()
                        .filter(|_| h.bytes().all(|c| c.is_ascii_hexdigit()))
                });
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

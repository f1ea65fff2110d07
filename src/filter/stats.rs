//! Who does how much: the unit and leader lists, and the section drop-down.

use std::collections::HashMap;

use super::index::OutlineIndex;
use super::path::NodePath;
use crate::parser::{unit_key, NodeKind};

/// A unit over all tasks. A unit that is both lead and cooperating unit of one task
/// counts as lead there, so `lead + coop` is its number of tasks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitStat {
    /// The key of the merged unit ([`OutlineIndex::unit_key`]).
    pub key: String,
    /// The most frequent spelling (the first seen on a tie).
    pub name: String,
    /// Every spelling merged into it, `name` first, then by frequency and first sight
    /// (not those that differ from another in width, spaces or script only).
    pub names: Vec<String>,
    pub collective: bool,
    pub lead: usize,
    pub coop: usize,
}

impl UnitStat {
    pub fn total(&self) -> usize {
        self.lead + self.coop
    }
}

/// A leader over all tasks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeaderStat {
    pub name: String,
    /// The most frequent post given with the name, if any.
    pub post: Option<String>,
    pub tasks: usize,
}

/// Counts spellings, remembering the order of first sight for ties.
#[derive(Default)]
struct Spellings(Vec<(String, usize)>);

impl Spellings {
    fn add(&mut self, s: &str) {
        match self.0.iter_mut().find(|(t, _)| t == s) {
            Some((_, n)) => *n += 1,
            None => self.0.push((s.to_owned(), 1)),
        }
    }

    /// Every spelling, the most frequent first (stable on ties); spellings that differ
    /// only in width, spaces or script (the same [`unit_key`]) once.
    fn by_frequency(&self) -> Vec<String> {
        let mut v: Vec<&(String, usize)> = self.0.iter().collect();
        small_sort_by_key(&mut v, |e| std::cmp::Reverse(e.1));
        let mut keys: Vec<String> = Vec::new();
        v.into_iter()
            .filter(|(s, _)| {
                let k = unit_key(s);
                let new = !keys.contains(&k);
                keys.push(k);
                new
            })
            .map(|(s, _)| s.clone())
            .collect()
    }

    fn most_frequent(&self) -> Option<&str> {
        let mut best: Option<&(String, usize)> = None;
        for e in &self.0 {
            if best.is_none_or(|b| e.1 > b.1) {
                best = Some(e);
            }
        }
        best.map(|(s, _)| s.as_str())
    }
}

impl OutlineIndex {
    /// Every unit of a task with its lead and cooperating counts, most tasks first,
    /// then by name. Collective entries (各镇(街道)) are flagged, not left out. The
    /// spellings of one unit ([`OutlineIndex::unit_key`]) are one entry.
    pub fn units(&self) -> Vec<UnitStat> {
        struct Acc {
            names: Spellings,
            collective: bool,
            lead: usize,
            coop: usize,
        }
        // The key of each merged unit by its id.
        let mut key_of: Vec<&str> = vec![""; self.unit_ids.len()];
        for (k, &id) in &self.unit_ids {
            key_of[id as usize] = k;
        }
        let mut order: Vec<u32> = Vec::new();
        let mut acc: HashMap<u32, Acc> = HashMap::new();
        for (node, data) in self.nodes.iter().zip(&self.search) {
            if !node.is_task() {
                continue;
            }
            let mut counted: Vec<u32> = Vec::new();
            for (unit, is_lead) in node
                .lead_units
                .iter()
                .map(|u| (u, true))
                .chain(node.coop_units.iter().map(|u| (u, false)))
            {
                // Every unit of a task was interned with the index.
                let Some(&key) = self.raw_unit_ids.get(&unit.key) else {
                    continue;
                };
                let a = acc.entry(key).or_insert_with(|| {
                    order.push(key);
                    Acc {
                        names: Spellings::default(),
                        collective: false,
                        lead: 0,
                        coop: 0,
                    }
                });
                a.names.add(&unit.name);
                a.collective |= unit.collective;
                if !counted.contains(&key) {
                    counted.push(key);
                    if is_lead {
                        a.lead += 1;
                    } else {
                        a.coop += 1;
                    }
                }
            }
            debug_assert_eq!(counted.len(), data.lead.len() + data.coop.len());
        }
        let mut stats: Vec<UnitStat> = order
            .iter()
            .map(|id| {
                let a = &acc[id];
                let key = key_of[*id as usize];
                UnitStat {
                    key: key.to_owned(),
                    name: a.names.most_frequent().unwrap_or(key).to_owned(),
                    names: a.names.by_frequency(),
                    collective: a.collective,
                    lead: a.lead,
                    coop: a.coop,
                }
            })
            .collect();
        crate::sort::sort_by(&mut stats, |a, b| {
            b.total()
                .cmp(&a.total())
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.key.cmp(&b.key))
        });
        stats
    }

    /// Every leader of a task with the number of tasks, by rank ([`leader_rank`]:
    /// 书记, 市长/区长/县长, 副书记, 常务副…, 副…, 秘书长, the rest), and in a rank in the
    /// order the document first names them (a document lists its leaders in the order
    /// of precedence).
    pub fn leaders(&self) -> Vec<LeaderStat> {
        let mut order: Vec<&str> = Vec::new();
        let mut acc: HashMap<&str, (Spellings, usize)> = HashMap::new();
        for node in self.nodes.iter().filter(|n| n.is_task()) {
            let mut counted: Vec<&str> = Vec::new();
            for l in &node.leaders {
                let a = acc.entry(l.name.as_str()).or_insert_with(|| {
                    order.push(&l.name);
                    (Spellings::default(), 0)
                });
                if let Some(post) = &l.post {
                    a.0.add(post);
                }
                if !counted.contains(&l.name.as_str()) {
                    counted.push(&l.name);
                    a.1 += 1;
                }
            }
        }
        let mut stats: Vec<LeaderStat> = order
            .iter()
            .map(|name| {
                let (posts, tasks) = &acc[name];
                LeaderStat {
                    name: (*name).to_owned(),
                    post: posts.most_frequent().map(str::to_owned),
                    tasks: *tasks,
                }
            })
            .collect();
        // Stable: first mention within a rank.
        small_sort_by_key(&mut stats, |l| {
            leader_rank(l.post.as_deref().unwrap_or(&l.name))
        });
        stats
    }

    /// The choices of the section filter, in document order: every section, its label
    /// indented by one ideographic space per level ("　（一）加强组织领导"), long
    /// titles shortened. With several documents, each document comes first as a choice
    /// of its own ("《标题》", path "0").
    pub fn sections(&self) -> Vec<(NodePath, String)> {
        let many = self.doc_roots.len() > 1;
        let mut out = Vec::new();
        for (d, roots) in self.doc_roots.iter().enumerate() {
            if many {
                let title = match &self.doc_titles[d] {
                    Some(t) if !t.is_empty() => format!("《{}》", shorten(t, 30)),
                    _ => format!("文件{}", d + 1),
                };
                out.push((NodePath::document(d), title));
            }
            let range = match (roots.first(), roots.last()) {
                (Some(&f), Some(&l)) => f..self.nodes[l].subtree_end,
                _ => 0..0,
            };
            for node in &self.nodes[range] {
                if node.kind != NodeKind::Section {
                    continue;
                }
                let indent = node.depth + usize::from(many);
                let label = format!(
                    "{}{}",
                    "\u{3000}".repeat(indent),
                    shorten(&node.title(), 30)
                );
                out.push((node.path.clone(), label));
            }
        }
        out
    }
}

/// Where a leader's post (or the post alone given as the name) ranks, first = 0:
/// 书记; the head of the government (市长, 区长, 县长, 州长, 旗长, 镇长, 乡长); 副书记;
/// 常务副…; other 副… posts; 秘书长; 副秘书长; anything else (the order of precedence of
/// a Chinese local government's leaders).
pub fn leader_rank(post: &str) -> u8 {
    const HEADS: [&str; 7] = ["市长", "区长", "县长", "州长", "旗长", "镇长", "乡长"];
    let deputy = post.contains('副');
    if post.contains("书记") {
        if post.contains("副书记") {
            2
        } else {
            0
        }
    } else if post.contains("秘书长") {
        if deputy {
            6
        } else {
            5
        }
    } else if post.contains("常务副") {
        3
    } else if deputy && HEADS.iter().any(|h| post.contains(h)) {
        4
    } else if HEADS.iter().any(|h| post.ends_with(h)) {
        1
    } else if deputy {
        4
    } else {
        7
    }
}

/// A stable sort of a short list (tens of items: leaders, documents) by a cheap key:
/// an insertion sort, a few hundred bytes of code where each use of the standard
/// library's sort adds kilobytes to the page's bundle.
pub fn small_sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// At most `max` chars, with "…" when cut.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_owned(),
    }
}

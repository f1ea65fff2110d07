//! [`OutlineIndex::apply`]: which nodes a [`Filter`] keeps.
//!
//! Semantics:
//! - A task matches when it passes every set filter (AND).
//! - Keyword: every term must be found in the task's number, text and body, unit names,
//!   leader names and posts, or deadline text — or in the number, text and body of one
//!   of its ancestors, so that a term naming a section ("安全生产") finds the tasks under it and
//!   "安全 检查" finds 检查 tasks under a 安全 heading.
//! - A section matches only through the keyword: when it satisfies the keyword (its own
//!   number, text and body, or an ancestor's) and no task-only filter (units, leader, deadline,
//!   status, 亮灯) is set. Its tasks then match too, so a matched section shows with its
//!   contents. Otherwise sections only show as the context of matching tasks.
//! - 已手动修改 (`corrected`) keeps the nodes the user corrected; a corrected section
//!   matches by itself when no other filter only tasks can satisfy is set.
//! - `section` keeps only nodes strictly inside that node; an unknown path keeps nothing.
//! - An empty filter matches every node.

use super::index::OutlineIndex;
use super::spec::{Filter, LightFilter, Role, StatusFilter};
use crate::checklist::light::Light;

/// The result of [`OutlineIndex::apply`], indexed like the [`OutlineIndex`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    /// The node itself passes the filter.
    pub matched: Vec<bool>,
    /// Matched, or an ancestor of a matched node (the context stays visible).
    pub visible: Vec<bool>,
    /// Number of matched tasks.
    pub task_count: usize,
}

impl Matches {
    /// Number of visible nodes.
    pub fn visible_count(&self) -> usize {
        self.visible.iter().filter(|&&v| v).count()
    }
}

impl OutlineIndex {
    /// Applies `filter`; `is_done(i)` tells whether task `i` is checked off (only asked
    /// for tasks, and only when the status filter is set).
    pub fn apply(&self, filter: &Filter, is_done: &dyn Fn(usize) -> bool) -> Matches {
        self.apply_with(filter, is_done, &|_| None)
    }

    /// [`OutlineIndex::apply`], where `light_of(i)` gives the 亮灯 of task `i` (only
    /// asked for tasks, and only when the 亮灯 filter is set).
    pub fn apply_with(
        &self,
        filter: &Filter,
        is_done: &dyn Fn(usize) -> bool,
        light_of: &dyn Fn(usize) -> Option<Light>,
    ) -> Matches {
        let n = self.nodes.len();
        if filter.is_empty() {
            return Matches {
                matched: vec![true; n],
                visible: vec![true; n],
                task_count: self.task_count,
            };
        }

        // Node range allowed by the section filter.
        let range = match &filter.section {
            Some(path) => self.inside(path).unwrap_or(0..0),
            None => 0..n,
        };

        let mut matched = vec![false; n];
        let keyword = self.keyword_matches(&filter.terms(), range.clone());
        let units = self.wanted(filter.unit_keys(), &self.unit_ids);
        let leader = filter
            .leader_name()
            .map(|name| self.leader_ids.get(name).copied());
        let task_only = filter.has_task_only_filters();
        let others_task_only = Filter {
            corrected: false,
            ..filter.clone()
        }
        .has_task_only_filters();

        for i in range.clone() {
            let node = &self.nodes[i];
            if let Some(kw) = &keyword {
                if !kw[i - range.start] {
                    continue;
                }
            }
            if !node.is_task() {
                // Sections match through the keyword, or as corrected.
                matched[i] = if filter.corrected {
                    node.corrected && !others_task_only
                } else {
                    keyword.is_some() && !task_only
                };
                continue;
            }
            if filter.corrected && !node.corrected {
                continue;
            }
            let data = &self.search[i];
            if let Some(units) = &units {
                let hit = |ids: &[u32]| ids.iter().any(|id| units.contains(id));
                let ok = match filter.role {
                    Role::Any => hit(&data.lead) || hit(&data.coop),
                    Role::Lead => hit(&data.lead),
                    Role::Coop => hit(&data.coop),
                };
                if !ok {
                    continue;
                }
            }
            if let Some(leader) = leader {
                match leader {
                    Some(id) if data.leaders.contains(&id) => {}
                    _ => continue,
                }
            }
            if filter.has_deadline && node.deadline.is_none() {
                continue;
            }
            match filter.status {
                StatusFilter::Any => {}
                StatusFilter::Done if is_done(i) => {}
                StatusFilter::Open if !is_done(i) => {}
                _ => continue,
            }
            if filter.light != LightFilter::Any && !filter.light.admits(light_of(i)) {
                continue;
            }
            matched[i] = true;
        }

        let mut visible = matched.clone();
        for i in (0..n).rev() {
            if visible[i] {
                if let Some(p) = self.nodes[i].parent {
                    visible[p] = true;
                }
            }
        }
        let task_count = (0..n)
            .filter(|&i| matched[i] && self.nodes[i].is_task())
            .count();
        Matches {
            matched,
            visible,
            task_count,
        }
    }

    /// The interned ids of the wanted keys; None when no key is given (no filter).
    fn wanted<'a>(
        &self,
        keys: impl Iterator<Item = &'a str>,
        ids: &std::collections::HashMap<String, u32>,
    ) -> Option<Vec<u32>> {
        let mut any = false;
        let mut wanted = Vec::new();
        for key in keys {
            any = true;
            // A unit key of another spelling (an older link) finds its merged unit.
            let merged;
            let key = match ids.get(key) {
                Some(_) => key,
                None => {
                    merged = self.unit_key(key);
                    merged.as_str()
                }
            };
            if let Some(&id) = ids.get(key) {
                wanted.push(id);
            }
        }
        any.then_some(wanted)
    }

    /// For each node of `range`, whether it satisfies every term (see the module
    /// docs); None when there are no terms.
    fn keyword_matches(
        &self,
        terms: &[String],
        range: std::ops::Range<usize>,
    ) -> Option<Vec<bool>> {
        if terms.is_empty() {
            return None;
        }
        let len = range.len();
        let mut all = vec![true; len];
        // in_title[k]: term found in the title of node range.start + k or of an
        // ancestor inside the range; ancestors outside the range are checked once.
        let mut in_title = vec![false; len];
        for term in terms {
            let outer = self
                .nodes
                .get(range.start)
                .and_then(|n| n.parent)
                .is_some_and(|p| {
                    std::iter::once(p)
                        .chain(self.ancestors(p))
                        .any(|a| self.title_contains(a, term))
                });
            for k in 0..len {
                let i = range.start + k;
                let inherited = match self.nodes[i].parent {
                    Some(p) if p >= range.start => in_title[p - range.start],
                    _ => outer && self.nodes[i].parent.is_some(),
                };
                if inherited {
                    in_title[k] = true;
                    continue;
                }
                // Only nodes with children pass their title on.
                let passes_on = !self.nodes[i].children.is_empty();
                if !all[k] && !passes_on {
                    in_title[k] = false;
                    continue;
                }
                let data = &self.search[i];
                let in_hay = data.hay.contains(term.as_str());
                all[k] = all[k] && in_hay;
                // The title is a prefix of the search text: no need to look if not there.
                in_title[k] =
                    passes_on && in_hay && data.hay[..data.title_len].contains(term.as_str());
            }
        }
        Some(all)
    }

    fn title_contains(&self, i: usize, term: &str) -> bool {
        let data = &self.search[i];
        data.hay[..data.title_len].contains(term)
    }
}

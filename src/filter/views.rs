//! The "what must my unit do" and "what does this leader oversee" pages.

use super::index::OutlineIndex;
use super::spec::Role;

/// A task of a unit with the unit's role in it (`Lead` or `Coop`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitTask {
    pub node: usize,
    pub role: Role,
}

/// Tasks under one top-level section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskGroup {
    pub doc: usize,
    /// Index of the top-level section; None for tasks not under a section.
    pub section: Option<usize>,
    /// "number + text" of that section; empty when there is none.
    pub title: String,
    pub tasks: Vec<UnitTask>,
}

/// Everything one unit must do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnitTasks {
    pub key: String,
    /// Groups by top-level section in document order; lead tasks first within each,
    /// then cooperating tasks, each in document order.
    pub groups: Vec<TaskGroup>,
    pub lead: usize,
    pub coop: usize,
}

impl OutlineIndex {
    /// The tasks of the unit with key `key`, grouped by top-level section, lead tasks
    /// first within each group. Empty for an unknown key.
    pub fn tasks_of_unit(&self, key: &str) -> UnitTasks {
        let mut out = UnitTasks {
            key: key.to_owned(),
            ..UnitTasks::default()
        };
        let Some(&id) = self
            .unit_ids
            .get(key)
            .or_else(|| self.unit_ids.get(&self.unit_key(key)))
        else {
            return out;
        };
        let tasks = (0..self.nodes.len()).filter_map(|i| {
            let data = &self.search[i];
            if !self.nodes[i].is_task() {
                None
            } else if data.lead.contains(&id) {
                Some((i, Role::Lead))
            } else if data.coop.contains(&id) {
                Some((i, Role::Coop))
            } else {
                None
            }
        });
        for (node, role) in tasks {
            match role {
                Role::Lead => out.lead += 1,
                _ => out.coop += 1,
            }
            self.group_for(&mut out.groups, node)
                .tasks
                .push(UnitTask { node, role });
        }
        for g in &mut out.groups {
            // Stable: document order is kept within each role.
            crate::sort::sort_by_key(&mut g.tasks, |t| t.role != Role::Lead);
        }
        out
    }

    /// The tasks of the leader `name` as (section title, task indices), grouped by
    /// top-level section in document order. Empty for an unknown leader.
    pub fn tasks_of_leader(&self, name: &str) -> Vec<(String, Vec<usize>)> {
        self.leader_groups(name)
            .into_iter()
            .map(|g| (g.title, g.tasks.into_iter().map(|t| t.node).collect()))
            .collect()
    }

    /// [`tasks_of_leader`](Self::tasks_of_leader) with the section and document of each
    /// group (roles are `Any`).
    pub fn leader_groups(&self, name: &str) -> Vec<TaskGroup> {
        let mut groups = Vec::new();
        let Some(&id) = self.leader_ids.get(name) else {
            return groups;
        };
        for i in 0..self.nodes.len() {
            if self.nodes[i].is_task() && self.search[i].leaders.contains(&id) {
                self.group_for(&mut groups, i).tasks.push(UnitTask {
                    node: i,
                    role: Role::Any,
                });
            }
        }
        groups
    }

    /// The group of node `i`: the last one when it has the same section and document,
    /// else a new one. Nodes come in document order, so each section gets one group.
    fn group_for<'g>(&self, groups: &'g mut Vec<TaskGroup>, i: usize) -> &'g mut TaskGroup {
        let node = &self.nodes[i];
        let same = groups
            .last()
            .is_some_and(|g| g.doc == node.doc && g.section == node.section);
        if !same {
            groups.push(TaskGroup {
                doc: node.doc,
                section: node.section,
                title: node.section_title.clone(),
                tasks: Vec::new(),
            });
        }
        groups.last_mut().expect("just pushed")
    }
}

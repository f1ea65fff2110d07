//! The user's answers about units (issue 14): pairs merged (合并) and pairs said to be
//! two units (不是), by [`pair_key`](crate::units::pair_key), each answer stamped on its
//! own so that tabs and backups merge answer by answer. They apply to every document.
//! Undoing a merge sets it back to false: the pair is then undecided again (suggested
//! again unless also answered 不是).

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::State;
use super::stamped::{merge_stamped_maps, Millis, Stamped};
use crate::units::{pair_key, split_pair, UnitMerges};

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UnitAnswers {
    /// Pair → merged (true), or the merge undone (false).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub same: BTreeMap<String, Stamped<bool>>,
    /// Pair → "不是同一单位" (true), or that answer taken back (false).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub apart: BTreeMap<String, Stamped<bool>>,
}

impl UnitAnswers {
    pub fn is_empty(&self) -> bool {
        self.same.is_empty() && self.apart.is_empty()
    }

    /// Field by field, the later stamp wins.
    pub fn merge(&self, other: &Self) -> Self {
        Self {
            same: merge_stamped_maps(&self.same, &other.same),
            apart: merge_stamped_maps(&self.apart, &other.apart),
        }
    }

    /// The pairs merged, as (merge key, merge key).
    pub fn merged_pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.same
            .iter()
            .filter(|(_, s)| s.value)
            .filter_map(|(k, _)| split_pair(k))
    }

    /// The user's merges, to put in force over the rules.
    pub fn merges(&self) -> UnitMerges {
        UnitMerges::new(self.merged_pairs())
    }

    /// Whether the pair was answered (merged or 不是): not to suggest again.
    pub fn answered(&self, a: &str, b: &str) -> bool {
        let k = pair_key(a, b);
        let on = |m: &BTreeMap<String, Stamped<bool>>| m.get(&k).is_some_and(|s| s.value);
        on(&self.same) || on(&self.apart)
    }

    pub(crate) fn stamps_mut(&mut self) -> impl Iterator<Item = &mut Stamped<bool>> {
        self.same.values_mut().chain(self.apart.values_mut())
    }
}

/// [`State::my_unit_keys`] from its parts: the keys of 我的单位 chosen, and the answers.
pub fn my_unit_keys(chosen: &[String], answers: &UnitAnswers) -> Vec<String> {
    let merges = answers.merges();
    let mut keys: Vec<String> = Vec::with_capacity(chosen.len());
    for k in chosen {
        let k = merges.key(k);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys
}

impl State {
    /// The keys of my units' merged units ([`UnitMerges::key`]): a unit chosen under
    /// one of its names is mine under all of them.
    pub fn my_unit_keys(&self) -> Vec<String> {
        let chosen: Vec<String> = self.prefs.my_units().map(str::to_owned).collect();
        my_unit_keys(&chosen, &self.units)
    }

    /// Chooses (or no longer) the merged unit with key `key` as mine; taking it off
    /// takes off every name of it that was chosen.
    pub fn choose_my_unit(&mut self, key: &str, mine: bool, now: Millis) {
        if mine {
            self.set_my_unit(key, true, now);
            return;
        }
        let merges = self.units.merges();
        let target = merges.key(key);
        let chosen: Vec<String> = self
            .prefs
            .my_units()
            .filter(|k| merges.key(k) == target)
            .map(str::to_owned)
            .collect();
        for k in chosen {
            self.set_my_unit(&k, false, now);
        }
    }

    /// 合并: `a` and `b` (names or keys) are one unit, in every document.
    pub fn merge_units(&mut self, a: &str, b: &str, now: Millis) {
        let k = pair_key(a, b);
        if split_pair(&k).is_none() {
            return;
        }
        self.units
            .apart
            .entry(k.clone())
            .or_default()
            .set(false, now);
        self.units.same.entry(k).or_default().set(true, now);
    }

    /// An office's list ([`crate::unit_list`]): the names of each row become one unit.
    pub fn import_unit_list(&mut self, rows: &[crate::unit_list::ListedUnit], now: Millis) {
        for row in rows {
            for other in row.names().skip(1) {
                self.merge_units(&row.name, other, now);
            }
        }
    }

    /// 不是: `a` and `b` are two units; not suggested again.
    pub fn keep_units_apart(&mut self, a: &str, b: &str, now: Millis) {
        let k = pair_key(a, b);
        if split_pair(&k).is_none() {
            return;
        }
        // Stamped too when never merged here: a merge made earlier in another tab
        // gives way to this later answer.
        self.units
            .same
            .entry(k.clone())
            .or_default()
            .set(false, now);
        self.units.apart.entry(k).or_default().set(true, now);
    }

    /// 撤销合并: every merge the user made that joins a name of the unit with key
    /// `unit` (a key of [`UnitMerges::key`]) is undone; the pairs are suggested again.
    pub fn unmerge_unit(&mut self, unit: &str, now: Millis) {
        let merges = self.units.merges();
        let pairs: Vec<String> = self
            .units
            .same
            .iter()
            .filter(|(_, s)| s.value)
            .filter(|(k, _)| split_pair(k).is_some_and(|(a, _)| merges.key(a) == unit))
            .map(|(k, _)| k.clone())
            .collect();
        for k in pairs {
            self.units.same.entry(k).or_default().set(false, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_undone_and_answered() {
        let mut s = State::default();
        s.merge_units("区城市管理局", "区城市管理执法局", 1.0);
        let m = s.units.merges();
        assert_eq!(m.key("区城市管理局"), m.key("区城市管理执法局"));
        assert!(s.units.answered("区城市管理执法局", "区城市管理局"));
        s.unmerge_unit(&m.key("区城市管理局"), 2.0);
        let m = s.units.merges();
        assert_ne!(m.key("区城市管理局"), m.key("区城市管理执法局"));
        assert!(!s.units.answered("区城市管理局", "区城市管理执法局"));
        s.keep_units_apart("区城市管理局", "区城市管理执法局", 3.0);
        assert!(s.units.answered("区城市管理局", "区城市管理执法局"));
        assert!(s.units.merges().is_empty());
    }

    #[test]
    fn later_answer_wins_in_a_merge() {
        let mut a = State::default();
        a.merge_units("甲局", "甲乙局", 1.0);
        let mut b = State::default();
        b.keep_units_apart("甲局", "甲乙局", 2.0);
        let m = a.units.merge(&b.units);
        assert!(m.merged_pairs().next().is_none());
        assert_eq!(m, b.units.merge(&a.units));
    }
}

//! Stable sorting through one shared, non-generic sort.
//!
//! Each `sort_by`/`sort_by_key` of the standard library is instantiated anew for every
//! element type and comparator: a few kilobytes of wasm each time, which across the
//! app's sort call sites added up to tens of kilobytes of the page's bundle. Here every
//! call sorts a `Vec<usize>` of indices with one `&dyn Fn` comparator (a single
//! instantiation of the standard sort), then moves the elements into that order.
//! Same result as the standard library's stable sort.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// A `BTreeMap` of `pairs`, built by inserting them one by one: the same map as
/// `collect()` (a later pair with an equal key wins), without the stable sort that
/// `collect()` instantiates anew for every pair type.
pub fn btree_map<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut m = BTreeMap::new();
    m.extend(pairs);
    m
}

/// A JSON object of `pairs`, like [`btree_map`] (serde_json's `Map` is a `BTreeMap`).
pub fn json_map(
    pairs: impl IntoIterator<Item = (String, serde_json::Value)>,
) -> serde_json::Map<String, serde_json::Value> {
    let mut m = serde_json::Map::new();
    m.extend(pairs);
    m
}

/// Sorts `v` by `cmp`, stably (equal elements keep their order), like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let perm = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v.len(), perm, &mut |a, b| v.swap(a, b));
}

/// Sorts `v` by `key`, stably, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..n` in the order `cmp` gives, stably.
#[inline(never)]
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

/// Moves elements so that position `k` gets the element that was at `perm[k]`,
/// following each cycle of the permutation with `swap`.
#[inline(never)]
fn permute(n: usize, mut perm: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..n {
        let mut cur = start;
        loop {
            let next = perm[cur];
            perm[cur] = cur;
            if next == start {
                break;
            }
            swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_std_stable_sort() {
        let mut seed = 12345u64;
        for len in 0..60 {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            let mut std = v.clone();
            sort_by_key(&mut ours, |e| e.0);
            std.sort_by_key(|e| e.0);
            assert_eq!(ours, std);
            let mut ours = v.clone();
            let mut std = v;
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std.sort_by_key(|e| std::cmp::Reverse(e.0));
            assert_eq!(ours, std);
        }
    }
}

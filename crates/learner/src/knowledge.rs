//! What a laptop holds: for each device, the sequence numbers of its records that are here,
//! as sorted, disjoint, inclusive ranges. A bundle's manifest carries the sender's; an
//! export carries what the sender holds and the receiver does not.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Sorted, disjoint, non-adjacent inclusive ranges of sequence numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Ranges(Vec<(i64, i64)>);

impl Ranges {
    pub fn new() -> Ranges {
        Ranges(Vec::new())
    }

    /// `lo ..= hi` (empty when `hi < lo`).
    pub fn span(lo: i64, hi: i64) -> Ranges {
        let mut ranges = Ranges::new();
        ranges.insert(lo, hi);
        ranges
    }

    /// The ranges of these numbers (any order, repeats allowed).
    pub fn of(numbers: impl IntoIterator<Item = i64>) -> Ranges {
        let mut numbers: Vec<i64> = numbers.into_iter().collect();
        numbers.sort_unstable();
        numbers.dedup();
        let mut ranges: Vec<(i64, i64)> = Vec::new();
        for n in numbers {
            match ranges.last_mut() {
                Some(last) if last.1 + 1 == n => last.1 = n,
                _ => ranges.push((n, n)),
            }
        }
        Ranges(ranges)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn spans(&self) -> &[(i64, i64)] {
        &self.0
    }

    /// How many numbers.
    pub fn count(&self) -> i64 {
        self.0.iter().map(|(lo, hi)| hi - lo + 1).sum()
    }

    pub fn contains(&self, n: i64) -> bool {
        let i = self.0.partition_point(|&(_, hi)| hi < n);
        self.0.get(i).is_some_and(|&(lo, _)| lo <= n)
    }

    pub fn insert(&mut self, lo: i64, hi: i64) {
        if hi < lo {
            return;
        }
        let (mut lo, mut hi) = (lo, hi);
        let mut kept = Vec::with_capacity(self.0.len() + 1);
        for &(a, b) in &self.0 {
            if b.saturating_add(1) < lo || hi.saturating_add(1) < a {
                kept.push((a, b));
            } else {
                lo = lo.min(a);
                hi = hi.max(b);
            }
        }
        kept.push((lo, hi));
        kept.sort_unstable();
        self.0 = kept;
    }

    pub fn union(&mut self, other: &Ranges) {
        for &(lo, hi) in &other.0 {
            self.insert(lo, hi);
        }
    }

    /// The numbers here and not in `other`.
    pub fn minus(&self, other: &Ranges) -> Ranges {
        let mut out = Vec::new();
        for &(lo, hi) in &self.0 {
            let mut start = lo;
            for &(a, b) in &other.0 {
                if b < start || a > hi {
                    continue;
                }
                if a > start {
                    out.push((start, a - 1));
                }
                start = b.saturating_add(1);
                if start > hi {
                    break;
                }
            }
            if start <= hi {
                out.push((start, hi));
            }
        }
        Ranges(out)
    }

    /// The numbers in both.
    pub fn intersect(&self, other: &Ranges) -> Ranges {
        self.minus(&self.minus(other))
    }
}

/// For each device id, the ranges held.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Knowledge(pub BTreeMap<String, Ranges>);

impl Knowledge {
    pub fn contains(&self, device_id: &str, seq: i64) -> bool {
        self.0.get(device_id).is_some_and(|r| r.contains(seq))
    }

    pub fn ranges(&self, device_id: &str) -> Option<&Ranges> {
        self.0.get(device_id)
    }

    pub fn add(&mut self, device_id: &str, ranges: &Ranges) {
        if !ranges.is_empty() {
            self.0.entry(device_id.to_owned()).or_default().union(ranges);
        }
    }

    pub fn union(&mut self, other: &Knowledge) {
        for (device, ranges) in &other.0 {
            self.add(device, ranges);
        }
    }

    /// What this holds and `other` does not.
    pub fn minus(&self, other: &Knowledge) -> Knowledge {
        let mut out = Knowledge::default();
        for (device, ranges) in &self.0 {
            let rest = match other.0.get(device) {
                Some(theirs) => ranges.minus(theirs),
                None => ranges.clone(),
            };
            out.add(device, &rest);
        }
        out
    }

    /// What both hold.
    pub fn intersect(&self, other: &Knowledge) -> Knowledge {
        let mut out = Knowledge::default();
        for (device, ranges) in &self.0 {
            if let Some(theirs) = other.0.get(device) {
                out.add(device, &ranges.intersect(theirs));
            }
        }
        out
    }

    pub fn count(&self) -> i64 {
        self.0.values().map(Ranges::count).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(Ranges::is_empty)
    }
}

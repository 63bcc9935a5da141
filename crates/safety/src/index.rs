//! Which patterns could match a text: an index from the first word of every alternative to the
//! groups it belongs to, so that only patterns with every group's first word present are
//! matched in full. The tutor screens its answer after every word, so this is kept cheap.

use std::collections::HashMap;

use crate::pattern::{Pattern, Term, Words};

/// A group of one pattern: (pattern index, group index).
type GroupRef = (usize, usize);

#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    by_stem: HashMap<String, Vec<GroupRef>>,
    by_prefix: Vec<(String, GroupRef)>,
    /// The bit mask of all groups of each pattern.
    full_masks: Vec<u64>,
}

/// The most groups a pattern may have (one bit each).
pub(crate) const MAX_GROUPS: usize = 32;

impl Index {
    pub fn new<'a>(patterns: impl Iterator<Item = &'a Pattern>) -> Index {
        let mut index = Index::default();
        for (pattern_idx, pattern) in patterns.enumerate() {
            index.full_masks.push((1 << pattern.groups.len()) - 1);
            for (group_idx, group) in pattern.groups.iter().enumerate() {
                for first in group.alternatives.iter().filter_map(|alternative| alternative.first()) {
                    match first {
                        Term::Stem(stem) => {
                            index.by_stem.entry(stem.clone()).or_default().push((pattern_idx, group_idx))
                        }
                        Term::Prefix(prefix) => index.by_prefix.push((prefix.clone(), (pattern_idx, group_idx))),
                    }
                }
            }
        }
        index
    }

    /// The patterns whose every group has an alternative starting with a word of `words`, in
    /// order.
    pub fn candidates(&self, words: &Words) -> Vec<usize> {
        let mut masks = vec![0u64; self.full_masks.len()];
        let mut mark = |(pattern_idx, group_idx): GroupRef| masks[pattern_idx] |= 1 << group_idx;
        for stem in words.stems() {
            self.by_stem.get(stem).into_iter().flatten().for_each(|&group| mark(group));
        }
        for (prefix, group) in &self.by_prefix {
            if words.has_word_starting_with(prefix) {
                mark(*group);
            }
        }
        masks
            .iter()
            .zip(&self.full_masks)
            .enumerate()
            .filter(|(_, (mask, full))| mask == full)
            .map(|(idx, _)| idx)
            .collect()
    }
}

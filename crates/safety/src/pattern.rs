//! Patterns and how they match the words of a text: groups of alternatives that must all appear
//! within a few words of each other, in any order or in the written order.

use std::collections::HashMap;

/// One word of a text: its folded form (for prefix terms) and its stem.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    word: String,
    stem: String,
}

/// The words of a text, folded like search text, with their stems (stop words are kept, since
/// safety patterns are made of them: "how do I", "my address"), and where each stem occurs.
#[derive(Debug, Clone)]
pub(crate) struct Words {
    tokens: Vec<Token>,
    positions_by_stem: HashMap<String, Vec<usize>>,
}

impl Words {
    /// The words of `text` with every occurrence of an `allowed` phrase blanked out, so that no
    /// pattern sees them.
    pub fn new(text: &str, allowed: &[Alternative]) -> Words {
        let mut tokens: Vec<Token> =
            textnorm::words(text).into_iter().map(|word| Token { stem: textnorm::stem(&word), word }).collect();
        clear_allowed(&mut tokens, allowed);
        let mut positions_by_stem: HashMap<String, Vec<usize>> = HashMap::new();
        for (idx, token) in tokens.iter().enumerate().filter(|(_, t)| !t.stem.is_empty()) {
            positions_by_stem.entry(token.stem.clone()).or_default().push(idx);
        }
        Words { tokens, positions_by_stem }
    }

    /// Every stem of the text, once.
    pub fn stems(&self) -> impl Iterator<Item = &str> {
        self.positions_by_stem.keys().map(String::as_str)
    }

    pub fn has_word_starting_with(&self, prefix: &str) -> bool {
        self.tokens.iter().any(|token| token.word.starts_with(prefix))
    }
}

/// One word of an alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Term {
    /// Matches a word with this stem ("kills" and "killing" have the stem of "kill").
    Stem(String),
    /// Matches a folded word starting with this text (`maar*`: maarna, maarun, maaro).
    Prefix(String),
}

impl Term {
    fn matches(&self, token: &Token) -> bool {
        match self {
            Term::Stem(stem) => token.stem == *stem,
            Term::Prefix(prefix) => token.word.starts_with(prefix.as_str()),
        }
    }
}

/// Consecutive terms: a word or a phrase.
pub(crate) type Alternative = Vec<Term>;

/// The end (exclusive) of `alternative` when it matches the tokens from `start`.
fn match_at(alternative: &Alternative, tokens: &[Token], start: usize) -> Option<usize> {
    let end = start + alternative.len();
    let window = tokens.get(start..end)?;
    alternative.iter().zip(window).all(|(term, token)| term.matches(token)).then_some(end)
}

/// Every place `alternative` occurs, as (start, end) token ranges, in order.
fn occurrences(alternative: &Alternative, words: &Words) -> Vec<(usize, usize)> {
    let tokens = &words.tokens;
    let found = |start: usize| match_at(alternative, tokens, start).map(|end| (start, end));
    match alternative.first() {
        Some(Term::Stem(stem)) => {
            words.positions_by_stem.get(stem).into_iter().flatten().filter_map(|&start| found(start)).collect()
        }
        Some(Term::Prefix(_)) => (0..tokens.len()).filter_map(found).collect(),
        None => Vec::new(),
    }
}

/// Alternatives of which at least `at_least` different ones must appear.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub alternatives: Vec<Alternative>,
    pub at_least: usize,
}

/// Groups that must all match within `span` words, in the written order when `ordered`, in a
/// text that holds none of the `unless` alternatives.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub groups: Vec<Group>,
    pub ordered: bool,
    pub span: usize,
    /// Words that rule the pattern out anywhere in the text ("help", "first aid").
    pub unless: Vec<Alternative>,
}

/// Where one alternative of a group occurs.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    alternative_idx: usize,
    start: usize,
    end: usize,
}

impl Pattern {
    /// Whether the pattern matches somewhere in `words`.
    pub fn matches(&self, words: &Words) -> bool {
        if self.unless.iter().any(|alternative| !occurrences(alternative, words).is_empty()) {
            return false;
        }
        let mut occurrences_by_group: Vec<Vec<Occurrence>> = Vec::with_capacity(self.groups.len());
        for group in &self.groups {
            let mut found: Vec<Occurrence> = group
                .alternatives
                .iter()
                .enumerate()
                .flat_map(|(alternative_idx, alternative)| {
                    occurrences(alternative, words).into_iter().map(move |(start, end)| Occurrence {
                        alternative_idx,
                        start,
                        end,
                    })
                })
                .collect();
            found.sort_by_key(|o| (o.end, o.start));
            if count_distinct(&found, 0, usize::MAX).is_none_or(|(n, _)| n < group.at_least) {
                return false;
            }
            occurrences_by_group.push(found);
        }
        // A single phrase needs no window.
        if self.groups.len() == 1 && self.groups[0].at_least == 1 {
            return true;
        }
        // Try every window that starts where some group's match starts.
        let mut starts: Vec<usize> = occurrences_by_group.iter().flatten().map(|o| o.start).collect();
        starts.sort_unstable();
        starts.dedup();
        starts.into_iter().any(|window_start| self.matches_in_window(&occurrences_by_group, window_start))
    }

    fn matches_in_window(&self, occurrences_by_group: &[Vec<Occurrence>], window_start: usize) -> bool {
        let window_end = window_start + self.span;
        let mut cursor = window_start;
        for (group, found) in self.groups.iter().zip(occurrences_by_group) {
            let from = if self.ordered { cursor } else { window_start };
            let Some((n_distinct, group_end)) = first_distinct(found, from, window_end, group.at_least) else {
                return false;
            };
            if n_distinct < group.at_least {
                return false;
            }
            cursor = group_end;
        }
        true
    }
}

/// The number of different alternatives among non-overlapping occurrences inside
/// `[from, until)`, and where the last counted one ends.
fn count_distinct(found: &[Occurrence], from: usize, until: usize) -> Option<(usize, usize)> {
    first_distinct(found, from, until, usize::MAX)
}

/// Takes occurrences in order of their end (`found` is sorted so), skipping repeats of an
/// alternative and overlaps, until `wanted` different alternatives are counted; returns how many
/// were counted and where the last one ends, or `None` when none lies inside `[from, until)`.
fn first_distinct(found: &[Occurrence], from: usize, until: usize, wanted: usize) -> Option<(usize, usize)> {
    let mut used: Vec<usize> = Vec::new();
    let mut last_end: Option<usize> = None;
    for occurrence in found.iter().filter(|o| o.start >= from && o.end <= until) {
        if used.len() >= wanted {
            break;
        }
        if used.contains(&occurrence.alternative_idx) || last_end.is_some_and(|end| occurrence.start < end) {
            continue;
        }
        used.push(occurrence.alternative_idx);
        last_end = Some(occurrence.end);
    }
    last_end.map(|end| (used.len(), end))
}

/// Clears the words of every occurrence of the allowed phrases.
fn clear_allowed(tokens: &mut [Token], allowed: &[Alternative]) {
    for phrase in allowed.iter().filter(|p| !p.is_empty()) {
        let mut idx = 0;
        while idx < tokens.len() {
            match match_at(phrase, tokens, idx) {
                Some(end) => {
                    for token in &mut tokens[idx..end] {
                        token.word.clear();
                        token.stem.clear();
                    }
                    idx = end;
                }
                None => idx += 1,
            }
        }
    }
}

//! A child's text read for solving: its tokens and the questions every solver asks of them
//! (which numbers, which cue words, where).

use crate::exact::Q;
use crate::lexicon::{Cue, Lexicon};
use crate::tokens::{self, match_phrase, Num, Op, Token};
use crate::{MathError, Unit};

/// Cues that name a kind of problem with its own solver. When that solver declines, a plain
/// calculation of the same numbers answers another question ("the average of 12 mm, 18 mm" is not
/// their sum).
const TOPICS: [Cue; 8] =
    [Cue::Average, Cue::Hcf, Cue::Lcm, Cue::Speed, Cue::Area, Cue::Perimeter, Cue::ToPercentage, Cue::PlaceValue];

/// Longer texts are not maths questions a child types; they are not read.
pub(crate) const MAX_TEXT_CHARS: usize = 600;

pub(crate) struct Problem {
    pub(crate) tokens: Vec<Token>,
    lexicon: &'static Lexicon,
}

impl Problem {
    /// `None` for empty, very long or date-like text.
    pub(crate) fn read(text: &str) -> Option<Problem> {
        if text.trim().is_empty() || text.chars().count() > MAX_TEXT_CHARS {
            return None;
        }
        let tokens = tokens::tokenize(&textnorm::fold(text)).ok()?;
        Some(Problem { tokens, lexicon: Lexicon::get() })
    }

    /// A problem read from tokens already made.
    pub(crate) fn from_tokens(tokens: Vec<Token>) -> Problem {
        Problem { tokens, lexicon: Lexicon::get() }
    }

    /// The numbers with their token positions.
    pub(crate) fn numbers(&self) -> Vec<(usize, &Num)> {
        self.tokens
            .iter()
            .enumerate()
            .filter_map(|(at, t)| match t {
                Token::Number(num) => Some((at, num)),
                _ => None,
            })
            .collect()
    }

    /// Whether any operator (+ − × ÷ or an operator word between numbers) was written.
    pub(crate) fn has_operators(&self) -> bool {
        self.tokens.iter().any(|t| matches!(t, Token::Op { .. }))
    }

    /// The operators written, in order.
    pub(crate) fn operators(&self) -> Vec<Op> {
        self.tokens
            .iter()
            .filter_map(|t| match t {
                Token::Op { op, .. } => Some(*op),
                _ => None,
            })
            .collect()
    }

    /// Whether every word is one of the cues' words.
    pub(crate) fn only_words_of(&self, cues: &[Cue]) -> bool {
        let covered: Vec<(usize, usize)> = cues.iter().flat_map(|cue| self.matches(*cue)).collect();
        self.tokens.iter().enumerate().all(|(at, token)| {
            !matches!(token, Token::Word(_)) || covered.iter().any(|(start, len)| (*start..start + len).contains(&at))
        })
    }

    /// Whether every word strictly between token positions `start` and `end` is one of the
    /// cues' words.
    pub(crate) fn only_words_between(&self, cues: &[Cue], start: usize, end: usize) -> bool {
        let covered: Vec<(usize, usize)> = cues.iter().flat_map(|cue| self.matches(*cue)).collect();
        (start + 1..end).all(|at| {
            !matches!(self.tokens[at], Token::Word(_))
                || covered.iter().any(|(from, len)| (*from..from + len).contains(&at))
        })
    }

    pub(crate) fn has_symbol(&self, symbol: char) -> bool {
        self.tokens.iter().any(|t| matches!(t, Token::Symbol(c) if *c == symbol))
    }

    /// Every place the cue occurs: (token position, number of tokens).
    pub(crate) fn matches(&self, cue: Cue) -> Vec<(usize, usize)> {
        let phrases = self.lexicon.phrases(cue);
        let mut found = Vec::new();
        let mut at = 0;
        while at < self.tokens.len() {
            match match_phrase(&self.tokens, at, phrases) {
                Some(len) => {
                    found.push((at, len));
                    at += len;
                }
                None => at += 1,
            }
        }
        found
    }

    /// Whether a cue names a kind of problem with its own solver (an average, an HCF, an area...).
    pub(crate) fn names_a_topic(&self) -> bool {
        TOPICS.iter().any(|cue| self.has(*cue))
    }

    /// The units named after token `at`, each word read once, in the longest unit it belongs to:
    /// "کتنے سینٹی میٹر" names centimetres, not metres too.
    pub(crate) fn units_named_after(&self, at: usize) -> Vec<Unit> {
        self.units_named_in(at + 1..self.tokens.len())
    }

    /// The units named in tokens `range`, as [`Problem::units_named_after`].
    pub(crate) fn units_named_in(&self, range: std::ops::Range<usize>) -> Vec<Unit> {
        let mut named = Vec::new();
        let mut k = range.start;
        while k < range.end.min(self.tokens.len()) {
            let longest = self
                .lexicon
                .units()
                .iter()
                .filter_map(|(unit, phrases)| Some((*unit, match_phrase(&self.tokens, k, phrases)?)))
                .max_by_key(|(_, len)| *len);
            match longest {
                Some((unit, len)) => {
                    named.push(unit);
                    k += len;
                }
                None => k += 1,
            }
        }
        named
    }

    /// Whether a unit's word starts at `at` ("rupay" in "kitne rupay").
    pub(crate) fn names_unit_at(&self, at: usize) -> bool {
        self.lexicon.units().iter().any(|(_, phrases)| match_phrase(&self.tokens, at, phrases).is_some())
    }

    pub(crate) fn has(&self, cue: Cue) -> bool {
        !self.matches(cue).is_empty()
    }

    /// Where the cue first occurs.
    pub(crate) fn first(&self, cue: Cue) -> Option<usize> {
        self.matches(cue).first().map(|(at, _)| *at)
    }

    /// Whether the cue occurs between token positions `start` and `end` (exclusive).
    pub(crate) fn has_between(&self, cue: Cue, start: usize, end: usize) -> bool {
        self.matches(cue).iter().any(|(at, len)| *at > start && at + len <= end)
    }

    /// Where the question words ("how many", "what", "کتنی") start, in order, once each.
    pub(crate) fn question_starts(&self) -> Vec<usize> {
        let mut starts: Vec<usize> =
            self.matches(Cue::HowMany).into_iter().chain(self.matches(Cue::Question)).map(|(at, _)| at).collect();
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    /// Where the question (a "how many" or question word) first starts after token `from`.
    pub(crate) fn question_after(&self, from: usize) -> Option<usize> {
        self.question_starts().into_iter().find(|at| *at > from)
    }

    /// The stem of the word at `at`, if a word is there.
    pub(crate) fn stem_at(&self, at: usize) -> Option<String> {
        match self.tokens.get(at)? {
            Token::Word(word) => Some(textnorm::stem(word)),
            _ => None,
        }
    }

    /// Whether the cue starts right at `at`.
    pub(crate) fn has_at(&self, cue: Cue, at: usize) -> bool {
        match_phrase(&self.tokens, at, self.lexicon.phrases(cue)).is_some()
    }
}

/// The values of some numbers, or the first error among them.
pub(crate) fn values(numbers: &[(usize, &Num)]) -> Result<Vec<Q>, MathError> {
    numbers.iter().map(|(_, num)| num.value.clone()).collect()
}

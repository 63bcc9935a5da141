//! So many in each, and so many of those: "Each box holds 24 mangoes. How many mangoes are there
//! in 15 boxes?", "ہر ڈبے میں 24 آم ہیں۔ 15 ڈبوں میں کتنے آم ہوں گے؟". Multiplied only when the
//! words say which is which: "each" names the holder, the other number counts holders of that
//! name, and the question asks for what each holds. "Each bus takes 40 children; how many buses
//! for 200 children?" is not this problem.

use super::expression::product;
use super::Outcome;
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Token};

/// The stem of the word at `at`, if it is a word that is no cue of `cues`.
fn noun_at(problem: &Problem, at: usize, cues: &[Cue]) -> Option<String> {
    match problem.tokens.get(at)? {
        Token::Word(word) if !cues.iter().any(|cue| problem.has_at(*cue, at)) => Some(textnorm::stem(word)),
        _ => None,
    }
}

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(first_at, first), (second_at, second)] = numbers.as_slice() else { return None };
    let whole = |n: &crate::tokens::Num| n.form == Form::Whole && !n.percent;
    if problem.has_operators() || !whole(first) || !whole(second) {
        return None;
    }
    let links = [Cue::Of, Cue::ObjectMarker, Cue::Filler, Cue::Question, Cue::HowMany, Cue::Each];
    // "each box", "ہر ڈبے": the holder's name right after the word for each.
    let (each_at, len) = *problem.matches(Cue::Each).first()?;
    let holder = noun_at(problem, each_at + len, &links)?;
    // The number said after "each" is what one holds; the other counts holders.
    let ((per_at, per), (count_at, count)) =
        if each_at < *first_at { ((*first_at, *first), (*second_at, *second)) } else { return None };
    let held = noun_at(problem, per_at + 1, &links).filter(|_| per.unit.is_none());
    let counted = noun_at(problem, count_at + 1, &links)?;
    if counted != holder {
        return None;
    }
    // The question asks for what one holds: "how many mangoes", "کتنے آم".
    let asks = problem
        .matches(Cue::HowMany)
        .iter()
        .chain(problem.matches(Cue::Question).iter())
        .any(|(at, len)| held.as_ref().is_some_and(|h| noun_at(problem, at + len, &links).as_ref() == Some(h)));
    if !asks && per.unit.is_none() {
        return None;
    }
    Some(product(per, count, per.unit))
}

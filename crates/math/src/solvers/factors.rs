//! HCF and LCM of two to four whole numbers by prime factorisation, as the textbook does it:
//! break each number into primes, then multiply the primes they share (HCF) or every prime the
//! most times it appears in any one number (LCM). Also asked as a story: the most baskets all
//! alike (HCF), buses leaving together again (LCM).

use std::collections::BTreeMap;

use super::{answer, list, Outcome};
use crate::display;
use crate::exact::{self, prime_factors};
use crate::lexicon::Cue;
use crate::problem::{values, Problem};
use crate::tokens::{Form, Token};
use crate::{Kind, MathError, Solution, Step};

/// Numbers are broken into primes by trial division; past this it would take too long.
const MAX_NUMBER: i128 = 1_000_000_000_000;

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let kind = match (problem.first(Cue::Hcf), problem.first(Cue::Lcm)) {
        (Some(hcf), Some(lcm)) if lcm < hcf => Kind::Lcm,
        (Some(_), _) => Kind::Hcf,
        (None, Some(_)) => Kind::Lcm,
        (None, None) => story_kind(problem)?,
    };
    let numbers = problem.numbers();
    if problem.has_operators() || !(2..=4).contains(&numbers.len()) || numbers.iter().any(|(_, n)| n.percent) {
        return None;
    }
    // "every 6 days ... every 8 days ... together again": each number is one of the "every"s
    // (or listed after one: "every 8, 12 and 18 seconds") or a time; "5 children watch" is no
    // interval.
    let named = problem.has(Cue::Hcf) || problem.has(Cue::Lcm);
    if !named && kind == Kind::Lcm && !problem.has(Cue::NoRemainder) {
        let every_or_listed = |at: usize| {
            let number_at = |k: usize| matches!(problem.tokens.get(k), Some(Token::Number(_)));
            (at >= 1 && (problem.has_at(Cue::LcmEvery, at - 1) || number_at(at - 1)))
                || (at >= 2 && problem.has_at(Cue::ListAnd, at - 1) && number_at(at - 2))
        };
        // Or a length of time: "ایک چکر 6 منٹ میں اور حامد 8 منٹ میں".
        let time = |at: usize, n: &crate::tokens::Num| {
            matches!(n.unit, Some(crate::Unit::Hours | crate::Unit::Minutes | crate::Unit::Seconds))
                || problem.has_at(Cue::Days, at + 1)
        };
        if !numbers.iter().all(|(at, n)| every_or_listed(*at) || time(*at, n)) {
            return None;
        }
    }
    Some(work(kind, &numbers.iter().map(|(_, n)| n.form).collect::<Vec<_>>(), values(&numbers)))
}

/// A story that asks for the HCF ("the most baskets, all exactly alike") or the LCM ("every 12
/// minutes and every 18 minutes ... together again", "the smallest number 18 and 24 divide
/// exactly"), with a question.
fn story_kind(problem: &Problem) -> Option<Kind> {
    if !problem.has(Cue::HowMany) && !problem.has(Cue::Question) {
        return None;
    }
    // "the longest pieces, all the same, nothing left over"; "the smallest number both divide
    // exactly".
    let no_remainder = problem.has(Cue::NoRemainder);
    let hcf = problem.has(Cue::HcfMost) && (problem.has(Cue::HcfAlike) || no_remainder);
    let lcm =
        (problem.has(Cue::LcmTogether) && problem.has(Cue::LcmEvery)) || (problem.has(Cue::Least) && no_remainder);
    match (hcf, lcm) {
        (true, false) => Some(Kind::Hcf),
        (false, true) => Some(Kind::Lcm),
        _ => None,
    }
}

fn work(kind: Kind, forms: &[Form], values: Result<Vec<exact::Q>, MathError>) -> Result<Solution, MathError> {
    let values = values?;
    let mut numbers = Vec::with_capacity(values.len());
    for (value, form) in values.iter().zip(forms) {
        if *form != Form::Whole || !value.is_integer() || *value.numer() < 1 {
            return Err(MathError::NotWholeNumbers);
        }
        if *value.numer() > MAX_NUMBER {
            return Err(MathError::TooLarge);
        }
        numbers.push(*value.numer());
    }
    let mut steps = Vec::new();
    let mut counts: Vec<BTreeMap<u64, usize>> = Vec::new();
    for n in &numbers {
        let factors = prime_factors(*n as u64);
        steps.push(Step::new(
            "math-step-prime-factors",
            [("number", display::whole(*n)), ("factors", product(&factors))],
        ));
        let mut count = BTreeMap::new();
        for f in factors {
            *count.entry(f).or_insert(0) += 1;
        }
        counts.push(count);
    }
    let primes: Vec<u64> = counts.iter().flat_map(|c| c.keys().copied()).collect();
    let mut chosen = Vec::new();
    for prime in primes.iter().copied().collect::<std::collections::BTreeSet<_>>() {
        let times = counts.iter().map(|c| c.get(&prime).copied().unwrap_or(0));
        let times = if kind == Kind::Hcf { times.min() } else { times.max() }.unwrap_or(0);
        chosen.extend(std::iter::repeat_n(prime, times));
    }
    let mut result: i128 = 1;
    for prime in &chosen {
        result = exact::mul_int(result, *prime as i128)?;
    }
    let hcf = numbers.iter().fold(0i128, |acc, n| num_integer::Integer::gcd(&acc, n));
    let (id, practice_id) = match kind {
        Kind::Hcf if chosen.is_empty() => ("math-step-hcf-none", "math-practice-hcf"),
        Kind::Hcf => ("math-step-hcf-common", "math-practice-hcf"),
        _ => ("math-step-lcm-most", "math-practice-lcm"),
    };
    steps.push(Step::new(id, [("factors", product(&chosen)), ("result", display::whole(result))]));
    let practice = list(numbers.iter().map(|n| display::whole(n + hcf)));
    let practice = Step::new(practice_id, [("numbers", practice)]);
    Ok(Solution::new(kind, answer(exact::int(result), display::whole(result), None), steps, Some(practice)))
}

/// "2 × 2 × 3"; "1" for no factors.
fn product(factors: &[u64]) -> String {
    if factors.is_empty() {
        return "1".to_owned();
    }
    factors.iter().map(u64::to_string).collect::<Vec<_>>().join(" × ")
}

//! A percentage of a quantity: "25% of 800 rupees", "800 کا 25 فیصد". The percentage becomes a
//! fraction out of 100, which is multiplied by the quantity. Also a part out of a whole as a
//! percentage: "42 out of 50 ... what percentage", "40 saplings, 26 of them alive: what percentage".

use super::convert::to_percentage;
use super::operations::{operation_step, raw_fraction, simplest_form, Operand};
use super::part;
use super::{answer, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num, Op, Token};
use crate::{Kind, MathError, Solution, Step};

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(first_at, first), (second_at, second)] = numbers.as_slice() else { return None };
    if problem.has_operators() {
        return None;
    }
    if !first.percent && !second.percent {
        return out_of(problem, (*first_at, first), (*second_at, second));
    }
    if first.percent == second.percent {
        return None;
    }
    // "25% of 800", "800 کا 25 فیصد": "of" right between them. "480 children and 25% of them
    // wear glasses" is a part of a whole (`part.rs`), which checks what the question asks.
    if second_at - first_at != 2 || !problem.has_at(Cue::Of, first_at + 1) {
        return None;
    }
    let (percent, quantity) = if first.percent { (first, second) } else { (second, first) };
    Some(work(percent, quantity))
}

/// "42 out of 50 ... what percentage", "50 میں سے 42 ... کتنے فیصد", "60 seats, 45 of them filled":
/// the part over the whole, as a percentage.
fn out_of(problem: &Problem, first: (usize, &Num), second: (usize, &Num)) -> Outcome {
    let ((first_at, first), (second_at, second)) = (first, second);
    // Asked after the numbers: "... what percentage".
    let asked_at = problem.matches(Cue::ToPercentage).iter().map(|(at, _)| *at).find(|at| *at > second_at)?;
    // "50 میں سے 42", "25 گھروں میں سے 9": right between, after the name of what they count.
    let named = matches!(problem.tokens.get(first_at + 1), Some(Token::Word(_)));
    let right_between = |cue: Cue| {
        problem
            .matches(cue)
            .iter()
            .any(|(at, len)| (*at == first_at + 1 || named && *at == first_at + 2) && at + len == second_at)
    };
    // "40 saplings, and 26 of them are alive", "60 سیٹیں ... ان میں سے 45": the whole first.
    let of_them = problem.matches(Cue::OfThem).iter().any(|(at, len)| at + len == second_at)
        || problem.matches(Cue::Of).iter().any(|(at, len)| *at == second_at + 1 && problem.has_at(Cue::Them, at + len));
    let (part, whole) = if right_between(Cue::OutOfTotal) {
        (first, second)
    } else if right_between(Cue::OutOf) || of_them {
        (second, first)
    } else {
        return told_again(problem, (first_at, first), (second_at, second));
    };
    // "9 of them have no gas: what percentage have no gas?" asks the part as told; "26 of them are
    // not alive: what percentage are alive?" asks the rest. "Read 20 out of 50 pages: what
    // percentage is left?" asks the rest too, and is not read.
    let not = |from: usize, to: usize| problem.matches(Cue::Not).iter().any(|(at, _)| *at > from && *at < to);
    // "بچے" that names the children counted ("35 بچوں میں سے 28 بچے") is no "left".
    let names = [problem.stem_at(first_at + 1), problem.stem_at(second_at + 1)];
    let left = problem
        .matches(Cue::StorySubtract)
        .iter()
        .any(|(at, len)| *at > second_at && !(*len == 1 && names.contains(&problem.stem_at(*at))));
    if not(second_at, asked_at) != not(asked_at, problem.tokens.len()) || left {
        return None;
    }
    if ![part, whole].iter().all(|n| n.unit.is_none()) {
        return None;
    }
    part_of_whole(part, whole, false)
}

/// "In a class of 40 children, 14 wear glasses. What percentage of the class wears glasses?",
/// "16 match khele aur 12 jeetay, kitne percent match jeete?": a part said again
/// ([`part::asked_again`]), or with "not" the rest.
fn told_again(problem: &Problem, whole: (usize, &Num), part: (usize, &Num)) -> Outcome {
    let Some(rest) = part::asked_again(problem, whole, part) else { return score(problem, part) };
    part_of_whole(part.1, whole.1, rest)
}

/// "quiz me 20 sawal the aur mene 11 sahi kiye, mera percentage kya bana": the answers right
/// ("sahi", "correct", right after the second number) out of the questions, asked as a
/// percentage after them. Nothing wrong or "not" is spoken of.
fn score(problem: &Problem, part: (usize, &Num)) -> Outcome {
    let numbers = problem.numbers();
    let [(_, whole), (part_at, _)] = numbers.as_slice() else { return None };
    let right = (part.0 + 1..=part.0 + 2).any(|at| problem.has_at(Cue::Correct, at));
    if *part_at != part.0 || !right || problem.has(Cue::Wrong) || problem.has(Cue::Not) {
        return None;
    }
    if ![part.1, *whole].iter().all(|n| n.unit.is_none()) {
        return None;
    }
    part_of_whole(part.1, whole, false)
}

/// The part (or the rest, whole take away the part) over the whole, as a percentage.
fn part_of_whole(part: &Num, whole: &Num, rest: bool) -> Outcome {
    let whole_numbers = [part, whole].iter().all(|n| n.form == Form::Whole);
    let (Ok(part), Ok(whole)) = (&part.value, &whole.value) else { return None };
    if !whole_numbers || *whole.numer() < 1 || part > whole {
        return None;
    }
    let (mut part, whole) = (*part.numer(), *whole.numer());
    let mut steps = Vec::new();
    if rest {
        let other = whole - part;
        steps.push(operation_step(display::whole(whole), Op::Subtract, display::whole(part), display::whole(other)));
        part = other;
    }
    steps.push(operation_step(display::whole(part), Op::Divide, display::whole(whole), raw_fraction(part, whole)));
    Some(simplest_form(part, whole, &mut steps).and_then(|fraction| {
        let mut solution = to_percentage(&fraction)?;
        solution.steps.splice(0..0, steps);
        Ok(solution)
    }))
}

pub(crate) fn work(percent: &Num, quantity: &Num) -> Result<Solution, MathError> {
    let percent = Operand::new(percent.value.clone()?, percent.form);
    let unit = quantity.unit;
    let quantity = Operand::new(quantity.value.clone()?, quantity.form);
    let hundred = exact::int(100);
    let product = exact::mul(&percent.value, &quantity.value)?;
    let result = exact::div(&product, &hundred)?;
    let steps = vec![
        Step::new(
            "math-step-percent-as-fraction",
            [("percent", percent.text()), ("fraction", format!("{}/100", percent.text()))],
        ),
        Step::new(
            "math-step-percent-of",
            [
                ("percent", percent.text()),
                ("quantity", quantity.text()),
                ("product", display::natural(&product)),
                ("result", display::natural(&result)),
            ],
        ),
    ];
    let practice = practice(&percent, &quantity);
    Ok(Solution::new(Kind::PercentageOfQuantity, answer(result, display::natural(&result), unit), steps, practice))
}

/// Another percentage (5 more, or 5 less near 100) of a bigger quantity.
fn practice(percent: &Operand, quantity: &Operand) -> Option<Step> {
    let five = exact::int(5);
    let other_percent: Q = if percent.value + five <= exact::int(100) || percent.value <= five {
        exact::add(&percent.value, &five).ok()?
    } else {
        exact::sub(&percent.value, &five).ok()?
    };
    let other_quantity = exact::add(&quantity.value, &exact::int(100)).ok()?;
    Some(Step::new(
        "math-practice-percent-of",
        [
            ("percent", Operand::new(other_percent, percent.form).text()),
            ("quantity", Operand::new(other_quantity, quantity.form).text()),
        ],
    ))
}

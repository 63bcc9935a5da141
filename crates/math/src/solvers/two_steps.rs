//! Two steps of a story asked "how many are left" or "how much change": three numbers, one of
//! them taken from or taken away from what the other two make.
//! - So many each of so many, then an amount: "36 cartons, each carton had 24 packets; the camp
//!   gave out 500 packets: how many are left?" is 36 × 24 − 500; "I had Rs 1000 and bought 3
//!   books at Rs 185 each: how much is left?" is 1000 − 3 × 185. The product is found by the
//!   solver for each (`each.rs`) or for a price of one (`unitary.rs`) on the story without the
//!   amount; the amount is the start when told first or when the question asks for change, and
//!   taken away when told last.
//! - An amount and two things bought from it: "Abbu had Rs 5000; he bought vegetables for 1850
//!   and milk for 975: how much is left?" is 5000 − 1850 − 975, only when one word for buying,
//!   spending or selling goes with both ("1850 ki sabzi aur 975 ka doodh liya") and nothing was
//!   received.
//!
//! Money is not taken away by selling, nor things by buying: "had Rs 100 and sold 3 pens at Rs 20
//! each" is not answered.

use super::expression::evaluate_numbers;
use super::{and_then, each, shopping, unitary, Outcome};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num, Op, Token};
use crate::{Kind, Unit};

/// How many words may name the first thing bought before "and" ("975 ka doodh", "37 pairs on
/// Monday").
const NAME_WORDS: usize = 3;

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(_, _), (_, _), (last_at, _)] = numbers.as_slice() else { return None };
    let plain = |n: &Num| n.form == Form::Whole && !n.percent;
    if problem.has_operators() || !numbers.iter().all(|(_, n)| plain(n)) || problem.names_a_topic() {
        return None;
    }
    // Asked after the numbers: "how many are left", "kitne bache", "how much change".
    let question_at = problem.question_after(*last_at)?;
    let asked = |cue: Cue| problem.matches(cue).iter().any(|(at, _)| *at >= question_at);
    let change = asked(Cue::ChangeBack);
    // "How many rupees does the school still have to pay?": what is left to pay.
    if !(asked(Cue::StorySubtract) || asked(Cue::Still) || change) {
        return None;
    }
    // "gave him 4 each", "got", "earned", "more": something received, which is no taking away.
    let told = |cue: Cue| problem.matches(cue).iter().any(|(at, _)| *at < question_at);
    if told(Cue::Received) || problem.has(Cue::StoryAdd) || problem.has(Cue::Not) {
        return None;
    }
    // "bought 3 pens at Rs 20 each and a bag", "also a bag": a thing with no price told.
    let and_between =
        |from: usize, to: usize| problem.matches(Cue::ListAnd).iter().any(|(at, _)| *at > from && *at < to);
    if problem.has(Cue::Also) || and_between(*last_at, question_at) {
        return None;
    }
    // "He bought a bag, 3 pens at Rs 20 each", "3 pens at Rs 20 each and a bag, and paid with a
    // 500 rupee note": a thing bought without a price.
    let money = numbers.iter().any(|(at, n)| shopping::is_money(problem, *at, n));
    if money && problem.has(Cue::Buy) && !shopping::every_thing_priced(problem, &numbers, question_at) {
        return None;
    }
    let products: Vec<_> = (0..3).filter_map(|k| product_without(problem, &numbers, k)).collect();
    match products.as_slice() {
        [(k, found)] => {
            let (amount_at, amount) = numbers[*k];
            let found = found.clone().ok()?;
            if !same_thing(problem, amount_at, amount, found.answer.unit) {
                return None;
            }
            // Told first, or the money paid when change is asked: the start. Told last: taken away.
            let taken_from = *k == 0 || change;
            // "had Rs 500 and bought a bag and 3 pens at Rs 20 each".
            if *k == 0 && and_between(numbers[0].0, numbers[1].0) {
                return None;
            }
            let money = amount.unit == Some(Unit::Rupees);
            let taken_after = if taken_from { numbers[0].0 } else { numbers[1].0 };
            if !change && !taken_away(problem, money, taken_after, question_at) {
                return None;
            }
            let worked = if taken_from {
                and_then(found, amount, Op::Subtract)
            } else {
                super::then(found, Op::Subtract, amount)
            };
            Some(worked).filter(|w| w.as_ref().map_or(true, |w| w.answer.value >= 0.into()))
        }
        [] if !change && !and_between(numbers[0].0, numbers[1].0) => bought_twice(problem, &numbers, question_at),
        _ => None,
    }
}

/// The product of the story's other two numbers, with number `k` left out, and `k`.
fn product_without(
    problem: &Problem,
    numbers: &[(usize, &Num)],
    k: usize,
) -> Option<(usize, Result<crate::Solution, crate::MathError>)> {
    // The other two are said together: the amount left out is not between them.
    if k == 1 {
        return None;
    }
    let mut tokens = problem.tokens.clone();
    tokens[numbers[k].0] = Token::Label;
    let rest = Problem::from_tokens(tokens);
    let found = each::solve(&rest).or_else(|| unitary::solve(&rest))?;
    let multiplied = found.as_ref().is_ok_and(|s| matches!(s.kind, Kind::WholeNumberArithmetic | Kind::UnitaryMethod));
    // A price of one found by dividing ("7 pencils cost Rs 105: one?") is not a product.
    let divided = found.as_ref().is_ok_and(|s| s.steps.iter().any(|step| step.id == "math-step-unitary-one"));
    (multiplied && !divided).then_some((k, found))
}

/// Whether the amount at `at` counts what the product counts: the same unit, or rupees beside a
/// price, or the same word after both ("500 packets" and "24 packets").
fn same_thing(problem: &Problem, at: usize, amount: &Num, unit: Option<Unit>) -> bool {
    match (amount.unit, unit) {
        (Some(a), Some(b)) => a == b,
        (None, None) => {
            let name = problem.stem_at(at + 1);
            name.is_some()
                && problem.numbers().iter().any(|(other, _)| *other != at && problem.stem_at(other + 1) == name)
        }
        _ => false,
    }
}

/// Whether what is told between `from` and `to` is taken away: money is not received by
/// selling ("had Rs 100 and sold 3 pens at Rs 20 each" is Rs 160), nor things by buying.
fn taken_away(problem: &Problem, money: bool, from: usize, to: usize) -> bool {
    let received = if money { Cue::Sell } else { Cue::Buy };
    !problem.matches(received).iter().any(|(at, _)| *at > from && *at < to)
}

/// "5000 rupay the, 1850 ki sabzi aur 975 ka doodh liya": the first amount take away the other
/// two, said one after the other with "and" and a word for buying or spending before the
/// question.
fn bought_twice(problem: &Problem, numbers: &[(usize, &Num)], question_at: usize) -> Outcome {
    let [(first_at, first), (second_at, second), (third_at, third)] = numbers else { return None };
    let joined = problem
        .matches(Cue::ListAnd)
        .iter()
        .any(|(at, len)| *at > *second_at && *at <= second_at + NAME_WORDS + 1 && at + len == *third_at);
    let spent = [Cue::Spend, Cue::Buy, Cue::Sell]
        .iter()
        .any(|cue| problem.matches(*cue).iter().any(|(at, _)| *at > *first_at && *at < question_at));
    // The same unit, or the same thing counted ("240 pairs ... 37 pairs"), or rupees and two
    // prices said with "ka" ("5000 rupay ... 1850 ki sabzi").
    let price = |at: usize, n: &Num| n.unit.is_none() && problem.has_at(Cue::Of, at + 1);
    let alike = match first.unit {
        Some(Unit::Rupees) => [(*second_at, *second), (*third_at, *third)]
            .iter()
            .all(|(at, n)| n.unit == Some(Unit::Rupees) || price(*at, n)),
        Some(unit) => second.unit == Some(unit) && third.unit == Some(unit),
        None => second.unit.is_none() && third.unit.is_none() && same_thing(problem, *first_at, first, None),
    };
    let taken = taken_away(problem, first.unit == Some(Unit::Rupees), *first_at, question_at);
    if !joined || !spent || !alike || !taken || problem.has(Cue::Each) || problem.has(Cue::Daily) {
        return None;
    }
    let worked = evaluate_numbers(&[*first, *second, *third], &[Op::Subtract, Op::Subtract]);
    Some(worked).filter(|w| w.as_ref().map_or(true, |w| w.answer.value >= 0.into()))
}

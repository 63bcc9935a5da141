//! An amount made a percentage smaller or bigger: a discount, a rise in a fee or a fare. "A shirt
//! costs Rs 1200 and the shop gives 15% off. How many rupees is the discount?" asks the change,
//! 15% of 1200; "school van ki fees 3500 rupay thi, 6% barh gayi. ab nayi fees kitni hai?" asks
//! the new amount, 3500 + 6% of 3500.
//!
//! Only the plain forward problem: the amount first, then the percentage with its change word
//! right beside it ("15% off", "8 فیصد اضافہ", "a discount of 12%"), and a question that names
//! the change again ("kitne rupay kam hue") or asks what it is now or after ("ab", "نئی", "after
//! the discount"). The price before a discount, or a change told both ways, is not answered.

use super::{and_then, percent, Outcome};
use crate::exact;
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Op};
use crate::Unit;

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(amount_at, amount), (percent_at, percentage)] = numbers.as_slice() else { return None };
    let plain_amount = matches!(amount.form, Form::Whole | Form::Decimal { .. })
        && !amount.percent
        && amount.unit.is_none_or(|unit| unit == Unit::Rupees);
    if problem.has_operators() || !percentage.percent || !plain_amount || amount_at > percent_at {
        return None;
    }
    // The change word beside the percentage: "15% off", "20 فیصد رعایت", "discount of 12%".
    let beside = |cue: Cue| {
        problem.matches(cue).into_iter().find(|(at, len)| {
            (*at > *percent_at && *at <= percent_at + 3) || (at + len <= *percent_at && at + len + 2 >= *percent_at)
        })
    };
    let (op, cue, other) = match (beside(Cue::Decrease), beside(Cue::Increase)) {
        (Some(found), None) => (Op::Subtract, found, Cue::Increase),
        (None, Some(found)) => (Op::Add, found, Cue::Decrease),
        _ => return None,
    };
    // The change word told both ways, or a price before ("What was the price before the
    // discount?", "1020 after a 15% discount"): another problem.
    let told_to = cue.0 + cue.1;
    let (after_told, mut after): (Vec<usize>, Vec<usize>) =
        problem.matches(Cue::ChangeAfter).into_iter().map(|(at, _)| at).partition(|at| *at < told_to);
    after.extend(problem.matches(Cue::ChangeNow).into_iter().map(|(at, _)| at).filter(|at| *at >= told_to));
    let last_asked = problem.matches(Cue::ChangeLast).iter().any(|(at, _)| *at >= told_to);
    let before_told = !after_told.is_empty() || problem.has(Cue::ChangeBefore) || last_asked;
    if problem.has(other) || before_told || problem.question_after(*percent_at).is_none() {
        return None;
    }
    // What is asked: the change named again ("kitne rupay kam hue"), or what it is after or now
    // ("ab nayi fees", "after the discount", "رعایت کے بعد").
    let again: Vec<usize> = problem.matches(op_cue(op)).iter().map(|(at, _)| *at).filter(|at| *at >= told_to).collect();
    let new_amount = match (again.is_empty(), after.is_empty()) {
        (false, true) => false,
        (true, false) => true,
        // "discount ke baad", "after the discount": the change word beside "after".
        (false, false) if again.iter().any(|a| after.iter().any(|b| a.abs_diff(*b) <= 2)) => true,
        _ => return None,
    };
    let Ok(rate) = &percentage.value else { return None };
    if op == Op::Subtract && *rate > exact::int(100) {
        return None;
    }
    let change = percent::work(percentage, amount);
    Some(if new_amount { change.and_then(|change| and_then(change, amount, op)) } else { change })
}

fn op_cue(op: Op) -> Cue {
    if op == Op::Add {
        Cue::Increase
    } else {
        Cue::Decrease
    }
}

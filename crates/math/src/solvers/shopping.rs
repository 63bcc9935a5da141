//! Shopping with change: money had or paid, and things bought from it, each for a price or so
//! many at a price each, and a question that asks the change or what is left. "Hina bought 2 kg
//! of apples at Rs 280 a kg and a dozen bananas for Rs 190. She paid with a 1000-rupee note. How
//! much change did she get?" is 1000 − 2 × 280 − 190; "2 darjan anday liye 360 rupay darjan aur
//! ek double roti 180 ki, 1000 ka note diya" is 1000 − 24 × 360 ÷ 12 − 180.
//!
//! The money is the one amount said with a note ("1000 ka note"), or told first before anything
//! is bought ("Sana went to the bazaar with Rs 2,000. She bought ..."), or paid last when change
//! is asked ("She gave the shopkeeper Rs 2,000"). Every other number is a purchase: a price, or a
//! count with the price of one beside it ("at Rs 85 each", "90 روپے فی کلو", "40 rupay wale",
//! "Rs 390 a dozen"). A count beside a price that is not of one says what the price bought ("a
//! dozen bananas for Rs 190"). Anything else, a sale, or money received is another problem.

use super::expression::evaluate;
use super::operations::Operand;
use super::Outcome;
use crate::exact;
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num, Op, Token};
use crate::Unit;

/// How many words after an amount may name the note it is ("500 ka note", "a 1000-rupee note").
const NOTE_WORDS: usize = 3;

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let (last_at, _) = *numbers.last()?;
    let plain = |n: &Num| matches!(n.form, Form::Whole | Form::Decimal { .. }) && !n.percent && n.value.is_ok();
    if numbers.len() < 3 || problem.has_operators() || !numbers.iter().all(|(_, n)| plain(n)) {
        return None;
    }
    let question_at = problem.question_after(last_at)?;
    let asked = |cue: Cue| problem.matches(cue).iter().any(|(at, _)| *at >= question_at);
    let change = asked(Cue::ChangeBack);
    let left = asked(Cue::StorySubtract) || asked(Cue::Still);
    let received = [Cue::Received, Cue::Sell, Cue::StoryAdd, Cue::Not, Cue::Also];
    if !(change || left) || received.iter().any(|cue| problem.has(*cue)) || !problem.has(Cue::Buy) {
        return None;
    }
    // "A pen costs Rs 20": a price told is not something bought. "... and his brother bought a
    // bag", "Bilal had Rs 800 and his sister had Rs 500": whose money paid is not told; one word
    // for buying goes with every purchase.
    let told = |cue: Cue| problem.matches(cue).into_iter().filter(|(at, _)| *at < last_at).count();
    if told(Cue::Cost) > 0 || told(Cue::Buy) > 1 || told(Cue::Owner) > 1 {
        return None;
    }
    // "How many kites are left?" asks things, not money.
    let counted: Vec<String> = numbers
        .iter()
        .filter(|(at, n)| !is_money(problem, *at, n))
        .filter_map(|(at, _)| {
            let noun_at = if problem.has_at(Cue::Of, at + 1) { at + 2 } else { at + 1 };
            match problem.tokens.get(noun_at) {
                Some(Token::Word(w)) if !textnorm::is_stop_word(w) => problem.stem_at(noun_at),
                _ => None,
            }
        })
        .collect();
    if (question_at..problem.tokens.len()).any(|at| problem.stem_at(at).is_some_and(|w| counted.contains(&w))) {
        return None;
    }
    let money = |at: usize, n: &Num| is_money(problem, at, n);
    if !every_thing_priced(problem, &numbers, question_at) {
        return None;
    }
    let paid = paid_with(problem, &numbers, question_at, change, &money)?;
    let mut operands = vec![operand(numbers[paid].1)];
    let mut ops = Vec::new();
    let rest: Vec<(usize, &Num)> =
        numbers.iter().enumerate().filter(|(k, _)| *k != paid).map(|(_, number)| *number).collect();
    let mut k = 0;
    while k < rest.len() {
        let (at, n) = rest[k];
        let next = rest.get(k + 1).copied();
        ops.push(Op::Subtract);
        if !money(at, n) {
            // A count, then its price: of one ("at Rs 85 each"), or of them all ("for Rs 190"),
            // with no "and" between ("3 کلو چینی اور ایک صابن 90 روپے کا").
            let (price_at, price) = next.filter(|(p_at, p)| money(*p_at, p))?;
            if problem.matches(Cue::ListAnd).iter().any(|(and, _)| (at..price_at).contains(and)) {
                return None;
            }
            match each_price(problem, price_at, rest.get(k + 2).copied()) {
                Some(per) => {
                    multiply(&mut operands, &mut ops, n, price, &per)?;
                    k += 2 + per.numbers();
                }
                // "3 pens at Rs 60" may be 60 each or for all three: not answered.
                None if matches!(problem.tokens.get(price_at - 1), Some(Token::Word(w)) if w == "at") => return None,
                None => {
                    operands.push(operand(price));
                    k += 2;
                }
            }
        } else {
            match each_price(problem, at, next) {
                // "360 روپے فی درجن کے حساب سے 3 درجن انڈے": the price of one, then the count.
                Some(per) => {
                    let skip = 1 + per.numbers();
                    let (count_at, count) = rest.get(k + skip).copied()?;
                    let priced_again = rest.get(k + skip + 1).is_some_and(|(p_at, p)| money(*p_at, p));
                    if money(count_at, count) || priced_again {
                        return None;
                    }
                    multiply(&mut operands, &mut ops, count, n, &per)?;
                    k += skip + 1;
                }
                None => {
                    operands.push(operand(n));
                    k += 1;
                }
            }
        }
    }
    let worked = evaluate(operands, &ops, Some(Unit::Rupees));
    Some(worked).filter(|w| w.as_ref().map_or(true, |w| w.answer.value >= exact::int(0)))
}

/// Whether nothing is bought without a price: "bought 3 pens at Rs 20 each and a bag", "bought
/// bread and 3 pens", "a bag, 3 pens at Rs 20 each" are not answered. No "and" between the word
/// for buying and the first number, a number after each "and" later, and a price next after "a"
/// or "ek" that names a thing ("a geometry box for Rs 340", "ek juice 70 ka"); "a dozen", "a
/// 1000-rupee note" and "Rs 280 a kg" say their number right beside it.
pub(crate) fn every_thing_priced(problem: &Problem, numbers: &[(usize, &Num)], question_at: usize) -> bool {
    let Some(bought_at) = problem.first(Cue::Buy) else { return false };
    let ands: Vec<usize> = problem.matches(Cue::ListAnd).into_iter().map(|(at, _)| at).collect();
    let number_after = |from: usize| numbers.iter().find(|(at, _)| *at > from).copied();
    let first_after_buy = number_after(bought_at).map_or(question_at, |(at, _)| at);
    let last_at = numbers.last().map_or(0, |(at, _)| *at);
    // Not when the word for buying comes last ("... 3 درجن انڈے خریدے اور دکان دار کو 2000 روپے دیے").
    if first_after_buy < last_at && ands.iter().any(|at| (bought_at..first_after_buy).contains(at)) {
        return false;
    }
    // "... each and bread and 2 books at Rs 50 each": a number next after each "and".
    let and_without_number =
        ands.iter().filter(|and| **and > first_after_buy && **and < question_at).any(|and| match number_after(*and) {
            Some((at, _)) if at < question_at => ands.iter().any(|other| other > and && *other < at),
            _ => true,
        });
    let unpriced_one = problem.matches(Cue::One).into_iter().any(|(one, len)| {
        let beside_a_number = one > 0 && matches!(problem.tokens[one - 1], Token::Number(_));
        let story_from = bought_at.min(numbers.first().map_or(bought_at, |(at, _)| *at));
        if one < story_from || one >= question_at || beside_a_number {
            return false;
        }
        match number_after(one + len - 1) {
            Some((at, _)) if at == one + len => false,
            Some((at, n)) if at < question_at => {
                !is_money(problem, at, n) || ands.iter().any(|and| (one..at).contains(and))
            }
            _ => true,
        }
    });
    !and_without_number && !unpriced_one
}

/// Which of the numbers is the money had or paid, by its index.
fn paid_with(
    problem: &Problem,
    numbers: &[(usize, &Num)],
    question_at: usize,
    change: bool,
    money: &dyn Fn(usize, &Num) -> bool,
) -> Option<usize> {
    let notes: Vec<usize> = (0..numbers.len())
        .filter(|k| {
            let (at, n) = numbers[*k];
            let next = numbers.get(k + 1).map_or(question_at, |(next_at, _)| *next_at);
            money(at, n) && (at + 1..(at + 1 + NOTE_WORDS).min(next)).any(|w| problem.has_at(Cue::Note, w))
        })
        .collect();
    let (first_at, first) = numbers[0];
    let bought_at = problem.first(Cue::Buy)?;
    // Told first, before anything is bought: "mere paas 1000 rs the, ... li".
    let had = money(first_at, first)
        && bought_at > first_at
        && each_price(problem, first_at, numbers.get(1).copied()).is_none();
    let last = numbers.len() - 1;
    let paid = match notes[..] {
        // Money had and a note paid with: which paid is not told.
        [k] if k == 0 || !had => k,
        [] if had => 0,
        [] => {
            // Paid last when change is asked: "She gave the shopkeeper Rs 2,000", "2000 روپے دیے".
            let (last_at, last_n) = numbers[last];
            let paid_word = (numbers[last - 1].0 + 1..question_at).any(|w| problem.has_at(Cue::Paid, w));
            (change && money(last_at, last_n) && paid_word).then_some(last)?
        }
        _ => return None,
    };
    // Paying or giving said only of that money: "... and gave Rs 50 to his friend. He paid with a
    // 500 rupee note" is not read.
    let from = if paid == 0 { 0 } else { numbers[paid - 1].0 };
    let to = numbers.get(paid + 1).map_or(question_at, |(at, _)| *at);
    problem.matches(Cue::Paid).iter().all(|(at, _)| (from..to).contains(at) || *at >= question_at).then_some(paid)
}

/// What a price is of.
enum Per<'a> {
    /// One thing: "at Rs 85 each", "har ek 185 ki", "40 rupay wale".
    One,
    /// One of a unit: "at Rs 280 a kg", "90 روپے فی کلو", "250 rupay kilo".
    Unit(Unit),
    /// A dozen, whose word is read as the number 12: "Rs 390 a dozen", "360 rupay darjan".
    Dozen(&'a Num),
}

impl Per<'_> {
    /// How many numbers of the story the price's "of" takes: the 12 of a dozen.
    fn numbers(&self) -> usize {
        usize::from(matches!(self, Per::Dozen(_)))
    }
}

/// What the price at `at` is of, when it is of one thing, one unit or a dozen; `next` is the
/// number after it.
fn each_price<'a>(problem: &Problem, at: usize, next: Option<(usize, &'a Num)>) -> Option<Per<'a>> {
    let one_after = problem.has_at(Cue::One, at + 1);
    let unit_at = if one_after { at + 2 } else { at + 1 };
    let dozen = next.filter(|(next_at, n)| {
        *next_at == unit_at && n.unit.is_none() && n.value.as_ref().is_ok_and(|v| *v == exact::int(12))
    });
    if let Some((_, twelve)) = dozen {
        return Some(Per::Dozen(twelve));
    }
    match problem.units_named_in(unit_at..unit_at + 1)[..] {
        [Unit::Rupees] => None,
        [unit] => Some(Per::Unit(unit)),
        _ => {
            let each_before = problem.matches(Cue::Each).iter().any(|(k, len)| k + len == at);
            (one_after || problem.has_at(Cue::Apiece, at + 1) || each_before).then_some(Per::One)
        }
    }
}

/// Whether the number at `at` is rupees: "Rs 190", "70 ka liya", "a 1000-rupee note".
pub(crate) fn is_money(problem: &Problem, at: usize, n: &Num) -> bool {
    let hyphened = matches!(problem.tokens.get(at + 1), Some(Token::Symbol('-')))
        && problem.units_named_in(at + 2..at + 3).contains(&Unit::Rupees);
    n.unit == Some(Unit::Rupees) || n.unit.is_none() && (possessive(problem, at + 1) || hyphened)
}

/// "ka", "ki", "ke" right after a number with no unit: a price said without rupees ("70 ka
/// liya", "500 ka note"). English "of" is no price.
pub(crate) fn possessive(problem: &Problem, at: usize) -> bool {
    matches!(problem.tokens.get(at), Some(Token::Word(w)) if w != "of") && problem.has_at(Cue::Of, at)
}

fn operand(n: &Num) -> Operand {
    Operand::new(n.value.clone().unwrap_or_default(), n.form)
}

/// count × price, and ÷ 12 when the price is of a dozen. The count is of what the price is of:
/// "2 kg at Rs 280 a kg", not "500 g at Rs 1200 a kg" nor "2 kg at Rs 120 a dozen".
fn multiply(operands: &mut Vec<Operand>, ops: &mut Vec<Op>, count: &Num, price: &Num, per: &Per) -> Option<()> {
    let counted_alike = match per {
        Per::One | Per::Dozen(_) => count.unit.is_none(),
        Per::Unit(unit) => count.unit == Some(*unit),
    };
    if !counted_alike {
        return None;
    }
    operands.push(operand(count));
    ops.push(Op::Multiply);
    operands.push(operand(price));
    if let Per::Dozen(twelve) = per {
        ops.push(Op::Divide);
        operands.push(operand(twelve));
    }
    Some(())
}

//! Which of two numbers is bigger, or smaller: "which is bigger, 0.5 or 0.25", "0.5 bara hai ya
//! 0.25", "3/4 اور 2/3 میں سے کون سا بڑا ہے", "کیا 0.5، 0.25 سے بڑا ہے"; and whether two are
//! equal: "are 2/3 and 6/9 equal", "کیا 2/3 اور 6/9 برابر ہیں". Decimals are given the same
//! number of digits after the point and compared like whole numbers (the decimals lesson);
//! fractions get a common denominator and their numerators are compared (the fractions lesson).
//! Two whole numbers are left to the lessons.

use super::convert::written;
use super::operations::{as_fraction, decimal_operand, over_common_denominator, raw_fraction, Operand};
use super::{answer, Outcome};
use crate::display;
use crate::exact::{self, decimal_places, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num};
use crate::{Kind, MathError, Solution, Step};

/// Cues of another kind of problem: with them the question is not a comparison.
const OTHER_PROBLEMS: [Cue; 9] = [
    Cue::Add,
    Cue::Subtract,
    Cue::Difference,
    Cue::Multiply,
    Cue::Divide,
    Cue::Of,
    Cue::HowMany,
    Cue::Average,
    Cue::CompareAmount,
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Asked {
    Bigger,
    Smaller,
    /// Whether the two are equal.
    Same,
}

pub(crate) fn solve(problem: &Problem) -> Outcome {
    // "Which is smaller? My brother says they are equal": "which" asks for one of them.
    let which = problem.has(Cue::Which);
    let asked = match (problem.has(Cue::Bigger), problem.has(Cue::Smaller), problem.has(Cue::Same)) {
        (true, false, same) if !same || which => Asked::Bigger,
        (false, true, same) if !same || which => Asked::Smaller,
        (false, false, true) => Asked::Same,
        _ => return None,
    };
    let numbers = problem.numbers();
    let [(a_at, a), (b_at, b)] = numbers.as_slice() else { return None };
    // "0.6 litre or 5/8 litre": two amounts of one unit compare as their numbers.
    if problem.has_operators() || a.unit != b.unit {
        return None;
    }
    // A choice between the two ("which", "or" between them), or "is 0.5 bigger than 0.25"; but
    // "what is 3 more than 5" asks for an amount.
    // "Are 2/3 and 6/9 equal" asks of both at once.
    let choice = asked == Asked::Same || which || problem.has_between(Cue::CompareOr, *a_at, *b_at);
    // "than" follows the first number: "0.5 bigger than 0.25", "0.5، 0.25 سے بڑا".
    let than = problem.matches(Cue::Than).iter().any(|(at, _)| at > a_at);
    if OTHER_PROBLEMS.iter().any(|cue| problem.has(*cue)) || !(choice || than) {
        return None;
    }
    let fractional = a.is_fraction() || b.is_fraction();
    if !fractional && [a, b].iter().all(|n| n.form == Form::Whole && !n.percent) {
        return None;
    }
    let operands = match (operand(a), operand(b)) {
        (Ok(x), Ok(y)) => [x, y],
        (Err(error), _) | (_, Err(error)) => return Some(Err(error)),
    };
    Some(if fractional { fractions(&operands, asked) } else { decimals(&operands, asked) })
}

/// The number as a value and how it is written; a percentage with its %.
struct Written {
    operand: Operand,
    percent: bool,
    /// A fraction's top and bottom as the child wrote them ("6/9").
    fraction: Option<(i128, i128)>,
}

impl Written {
    fn text(&self) -> String {
        match self.fraction {
            Some((top, bottom)) if !self.percent => raw_fraction(top, bottom),
            _ => written(&self.operand, self.percent),
        }
    }

    /// Its value (a percentage divided by 100).
    fn value(&self) -> Result<Q, MathError> {
        if self.percent {
            exact::div(&self.operand.value, &exact::int(100))
        } else {
            Ok(self.operand.value)
        }
    }
}

fn operand(num: &Num) -> Result<Written, MathError> {
    let value = num.value.clone()?;
    Ok(Written { operand: Operand::new(value, num.form), percent: num.percent, fraction: num.written })
}

/// Which is asked for, the comparison step and the answer, from the two numbers as compared
/// (`lined`: both written alike; `parts`: what is compared, digits without points or numerators).
fn conclude(
    kind: Kind,
    written: &[Written; 2],
    values: [Q; 2],
    lined: [String; 2],
    parts: [i128; 2],
    asked: Asked,
    mut steps: Vec<Step>,
) -> Solution {
    let practice = practice(written, asked);
    if values[0] == values[1] {
        let id = if asked == Asked::Same { "math-step-compare-same" } else { "math-step-compare-equal" };
        steps.push(Step::new(id, [("a", lined[0].clone()), ("b", lined[1].clone())]));
        let display = format!("{} = {}", written[0].text(), written[1].text());
        return Solution::new(kind, answer(values[0], display, None), steps, practice);
    }
    let big = usize::from(values[1] > values[0]);
    let small = 1 - big;
    let (id, first, second) = match asked {
        Asked::Bigger | Asked::Same => ("math-step-compare-bigger", big, small),
        Asked::Smaller => ("math-step-compare-smaller", small, big),
    };
    steps.push(Step::new(
        id,
        [
            ("a", lined[first].clone()),
            ("b", lined[second].clone()),
            ("part-a", parts[first].to_string()),
            ("part-b", parts[second].to_string()),
        ],
    ));
    if asked == Asked::Same {
        // "2/3 ≠ 3/4": its value is the first number's, as "0.5 = 1/2" is.
        steps.push(Step::new("math-step-compare-not-equal", [("a", lined[0].clone()), ("b", lined[1].clone())]));
        let display = format!("{} ≠ {}", written[0].text(), written[1].text());
        return Solution::new(kind, answer(values[0], display, None), steps, practice);
    }
    // A percentage is answered as written, its value the number before % (as every answer is).
    let chosen = &written[first];
    let value = if chosen.percent { chosen.operand.value } else { values[first] };
    Solution::new(kind, answer(value, chosen.text(), None), steps, practice)
}

fn decimals(written: &[Written; 2], asked: Asked) -> Result<Solution, MathError> {
    let mut steps = Vec::new();
    let mut values = [exact::int(0); 2];
    for (slot, number) in values.iter_mut().zip(written) {
        *slot = number.value()?;
        if number.percent {
            let decimal = decimal_operand(*slot, decimal_places(slot).unwrap_or(0));
            steps.push(Step::new(
                "math-step-percent-as-decimal",
                [("percent", number.operand.text()), ("decimal", decimal.text())],
            ));
        }
    }
    let places = values.iter().map(|v| decimal_places(v).ok_or(MathError::TooLarge)).collect::<Result<Vec<_>, _>>()?;
    let places = places.into_iter().max().unwrap_or(0).max(1);
    let lined = values.map(|v| decimal_operand(v, places).text());
    steps.push(Step::new(
        "math-step-decimal-line-up",
        [("a", lined[0].clone()), ("b", lined[1].clone()), ("places", places.to_string())],
    ));
    let scale = exact::pow10(places)?;
    let mut parts = [0i128; 2];
    for (slot, value) in parts.iter_mut().zip(values) {
        *slot = exact::mul(&value, &exact::int(scale))?.to_integer();
    }
    Ok(conclude(Kind::CompareDecimals, written, values, lined, parts, asked, steps))
}

fn fractions(written: &[Written; 2], asked: Asked) -> Result<Solution, MathError> {
    let mut steps = Vec::new();
    let mut values = [exact::int(0); 2];
    let mut parts = [(0i128, 1i128); 2];
    for ((slot, part), number) in values.iter_mut().zip(parts.iter_mut()).zip(written) {
        *slot = if number.percent {
            let value = number.value()?;
            // 40% = 40/100; 12.5% = 1/8.
            let percent = number.operand.value;
            let fraction =
                if percent.is_integer() { raw_fraction(*percent.numer(), 100) } else { display::fraction(&value) };
            steps.push(Step::new(
                "math-step-percent-as-fraction",
                [("percent", number.operand.text()), ("fraction", fraction)],
            ));
            value
        } else {
            as_fraction(&number.operand, &mut steps)
        };
        *part = number.fraction.filter(|_| !number.percent).unwrap_or((*slot.numer(), *slot.denom()));
    }
    let (denominator, parts) = over_common_denominator(parts, "math-step-compare-like-fractions", &mut steps)?;
    let lined = parts.map(|numerator| raw_fraction(numerator, denominator));
    Ok(conclude(Kind::CompareFractions, written, values, lined, parts, asked, steps))
}

/// Two other numbers written the same ways: a decimal moved in its last place, a whole number by
/// one or two, a fraction over a denominator one or two bigger (the first with a top one bigger).
/// Asked whether two are equal: the first moved so, beside itself with top and bottom doubled
/// ("3/4 and 6/8"), or with one more digit after the point ("0.6 and 0.60").
fn practice(written: &[Written; 2], asked: Asked) -> Option<Step> {
    if asked == Asked::Same {
        return practice_same(written);
    }
    let shifted: Option<Vec<String>> = written
        .iter()
        .enumerate()
        .map(|(n, number)| {
            let step = n as i128 + 1;
            let value = number.operand.value;
            let moved = match number.operand.form {
                Form::Fraction | Form::Mixed => {
                    let whole = value.numer() / value.denom();
                    let top = value.numer() % value.denom() + i128::from(n == 0);
                    let bottom = value.denom() + step;
                    exact::fraction(whole.checked_mul(bottom)?.checked_add(top)?, bottom).ok()?
                }
                Form::Decimal { places } => {
                    exact::add(&value, &exact::fraction(step, exact::pow10(places).ok()?).ok()?).ok()?
                }
                Form::Whole => exact::add(&value, &exact::int(step)).ok()?,
            };
            Some(
                Written { operand: Operand::new(moved, number.operand.form), percent: number.percent, fraction: None }
                    .text(),
            )
        })
        .collect();
    let [a, b] = <[String; 2]>::try_from(shifted?).ok()?;
    (a != b).then(|| Step::new("math-practice-compare", [("a", a), ("b", b)]))
}

fn practice_same(written: &[Written; 2]) -> Option<Step> {
    let first = &written[0];
    if first.percent {
        return None;
    }
    let value = first.operand.value;
    let (a, b) = match first.operand.form {
        Form::Fraction => {
            let moved = exact::fraction(value.numer().checked_add(1)?, value.denom().checked_add(1)?).ok()?;
            let doubled = raw_fraction(moved.numer().checked_mul(2)?, moved.denom().checked_mul(2)?);
            (raw_fraction(*moved.numer(), *moved.denom()), doubled)
        }
        Form::Decimal { places } => {
            let moved = exact::add(&value, &exact::fraction(1, exact::pow10(places).ok()?).ok()?).ok()?;
            (decimal_operand(moved, places).text(), decimal_operand(moved, places + 1).text())
        }
        Form::Mixed | Form::Whole => return None,
    };
    Some(Step::new("math-practice-compare-same", [("a", a), ("b", b)]))
}

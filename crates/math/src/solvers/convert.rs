//! Fractions, decimals and percentages written as one another: "3/4 as a decimal", "0.25 as a
//! fraction", "write 3/5 as a percentage", "40% as a fraction", "3/4 کو اعشاریہ میں لکھیں".

use num_integer::Integer;

use super::expression::other_proper_fraction;
use super::operations::{as_fraction, raw_fraction, simplest_form, Operand};
use super::{answer, Outcome};
use crate::display;
use crate::exact::{self, decimal_places, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num};
use crate::{Kind, MathError, Solution, Step};

/// Digits shown of a decimal that never ends.
const CUT_PLACES: u32 = 3;

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    // "tarazu pe 3.75 kg aata tola, 3.75 ko mixed number me likho": one number said again.
    let (at, num) = match numbers.as_slice() {
        [one] => *one,
        [(_, first), second] if same_number(first, second.1) => *second,
        _ => return None,
    };
    if problem.has_operators() {
        return None;
    }
    // Where to convert to: a cue for another form than the number's own, after it if possible.
    let own = match (num.percent, num.form) {
        (true, _) => Kind::ConvertToPercentage,
        (false, Form::Decimal { .. }) => Kind::ConvertToDecimal,
        (false, _) => Kind::ConvertToFraction,
    };
    let mut targets: Vec<(usize, Kind)> = [
        (Cue::ToDecimal, Kind::ConvertToDecimal),
        (Cue::ToFraction, Kind::ConvertToFraction),
        (Cue::ToPercentage, Kind::ConvertToPercentage),
    ]
    .iter()
    .filter(|(_, kind)| *kind != own)
    .flat_map(|(cue, kind)| problem.matches(*cue).into_iter().map(move |(position, _)| (position, *kind)))
    .collect();
    if num.form == Form::Whole && !num.percent {
        targets.retain(|(_, kind)| *kind == Kind::ConvertToPercentage);
    }
    // "2 3/25 کلو ... اعشاری عدد میں": a quantity written another way keeps its unit; a
    // percentage is of no unit.
    if num.unit.is_some() {
        targets.retain(|(_, kind)| *kind != Kind::ConvertToPercentage);
    }
    targets.sort_by_key(|(position, _)| (*position < at, *position));
    let (_, kind) = targets.first()?;
    let value = match &num.value {
        Ok(value) => *value,
        Err(error) => return Some(Err(error.clone())),
    };
    let source = Operand::new(value, num.form);
    Some(match kind {
        Kind::ConvertToDecimal => to_decimal(&source, num.percent),
        Kind::ConvertToFraction => to_fraction(&source, num.percent),
        _ => to_percentage(&source),
    })
}

fn same_number(a: &Num, b: &Num) -> bool {
    a.value == b.value && a.form == b.form && a.percent == b.percent && a.two_units.is_none() && b.two_units.is_none()
}

/// The number as written, with its % sign.
pub(crate) fn written(source: &Operand, percent: bool) -> String {
    if percent {
        format!("{}%", source.text())
    } else {
        source.text()
    }
}

fn to_decimal(source: &Operand, percent: bool) -> Result<Solution, MathError> {
    let mut steps = Vec::new();
    let value = if percent {
        let value = exact::div(&source.value, &exact::int(100))?;
        steps.push(Step::new(
            "math-step-percent-as-decimal",
            [("percent", source.text()), ("decimal", decimal_or_cut(&value))],
        ));
        value
    } else {
        let value = as_fraction(source, &mut steps);
        match decimal_places(&value) {
            Some(places) => {
                let hundredths = over(&value, exact::pow10(places)?, &mut steps)?;
                steps.push(Step::new(
                    "math-step-fraction-as-decimal",
                    [("fraction", hundredths), ("decimal", decimal_or_cut(&value))],
                ));
            }
            None => steps.push(Step::new(
                "math-step-repeating-decimal",
                [
                    ("numerator", value.numer().to_string()),
                    ("denominator", value.denom().to_string()),
                    ("decimal", decimal_or_cut(&value)),
                ],
            )),
        }
        value
    };
    let practice = Step::new("math-practice-to-decimal", [("number", written(&vary(source, percent)?, percent))]);
    Ok(Solution::new(Kind::ConvertToDecimal, answer(value, decimal_or_cut(&value), None), steps, Some(practice)))
}

/// `value` written over `denominator` (a multiple of its own denominator), with the step that
/// scales it when the denominator changes.
fn over(value: &Q, denominator: i128, steps: &mut Vec<Step>) -> Result<String, MathError> {
    let factor = denominator / value.denom();
    let scaled = raw_fraction(exact::mul_int(*value.numer(), factor)?, denominator);
    if factor != 1 {
        steps.push(Step::new(
            "math-step-equivalent-fraction",
            [("fraction", display::fraction(value)), ("equivalent", scaled.clone()), ("factor", factor.to_string())],
        ));
    }
    Ok(scaled)
}

fn decimal_or_cut(value: &Q) -> String {
    display::decimal(value).unwrap_or_else(|| display::decimal_cut(value, CUT_PLACES))
}

fn to_fraction(source: &Operand, percent: bool) -> Result<Solution, MathError> {
    let mut steps = Vec::new();
    let value = &source.value;
    let places = match source.form {
        Form::Decimal { places } => places,
        _ => 0,
    };
    let power = exact::pow10(places)?;
    // Written over 10, 100, 1000 (a decimal) or over 100 (a percentage), then simplified.
    let (numerator, denominator) = if percent {
        let scaled = exact::mul(value, &exact::int(power))?;
        let (numerator, denominator) = (*scaled.numer(), exact::mul_int(*scaled.denom(), exact::mul_int(100, power)?)?);
        steps.push(Step::new(
            "math-step-percent-as-fraction",
            [("percent", source.text()), ("fraction", raw_fraction(numerator, denominator))],
        ));
        (numerator, denominator)
    } else {
        let numerator = *exact::mul(value, &exact::int(power))?.numer();
        steps.push(Step::new(
            "math-step-decimal-as-fraction",
            [
                ("decimal", source.text()),
                ("places", places.to_string()),
                ("power", display::whole(power)),
                ("fraction", raw_fraction(numerator, power)),
            ],
        ));
        (numerator, power)
    };
    let result = simplest_form(numerator, denominator, &mut steps)?.value;
    let practice = Step::new("math-practice-to-fraction", [("number", written(&vary(source, percent)?, percent))]);
    Ok(Solution::new(Kind::ConvertToFraction, answer(result, display::mixed(&result), None), steps, Some(practice)))
}

pub(crate) fn to_percentage(source: &Operand) -> Result<Solution, MathError> {
    let mut steps = Vec::new();
    let value = match source.form {
        Form::Fraction | Form::Mixed => as_fraction(source, &mut steps),
        _ => source.value,
    };
    let percent = exact::mul(&value, &exact::int(100))?;
    let denominator = *value.denom();
    let is_fraction = source.is_fraction();
    if is_fraction && 100 % denominator == 0 {
        let hundredths = over(&value, 100, &mut steps)?;
        steps.push(Step::new(
            "math-step-hundredths-to-percent",
            [("fraction", hundredths), ("percent", display::natural(&percent))],
        ));
    } else {
        let number = if is_fraction { display::fraction(&value) } else { source.text() };
        steps.push(Step::new("math-step-times-hundred", [("number", number), ("result", display::natural(&percent))]));
    }
    let practice = Step::new("math-practice-to-percentage", [("number", vary(source, false)?.text())]);
    let display = format!("{}%", display::natural(&percent));
    Ok(Solution::new(Kind::ConvertToPercentage, answer(percent, display, None), steps, Some(practice)))
}

/// Another number written the same way: 3/4 → 1/4, 0.25 → 0.75, 40% → 55%, 2 → 3.
fn vary(source: &Operand, percent: bool) -> Result<Operand, MathError> {
    let value = source.value;
    let varied = match (percent, source.form) {
        (true, _) if value + exact::int(15) <= exact::int(100) => exact::add(&value, &exact::int(15))?,
        (true, _) => exact::sub(&value, &exact::int(15))?,
        (false, Form::Whole) => exact::add(&value, &exact::int(1))?,
        (false, Form::Decimal { .. }) => {
            // 0.5 → 0.7, 0.25 → 0.45: still a decimal, never a whole number.
            let steps = [exact::fraction(1, 5)?, exact::fraction(3, 10)?];
            let candidates: Vec<Q> = steps.iter().map(|step| exact::add(&value, step)).collect::<Result<_, _>>()?;
            candidates.iter().copied().find(|c| !c.is_integer()).unwrap_or(candidates[0])
        }
        (false, Form::Fraction | Form::Mixed) => {
            let whole = Integer::div_floor(value.numer(), value.denom());
            let proper = exact::sub(&value, &exact::int(whole))?;
            let proper = other_proper_fraction(&proper, 0).ok_or(MathError::TooLarge)?;
            exact::add(&proper, &exact::int(whole))?
        }
    };
    let form = match source.form {
        Form::Decimal { places } => Form::Decimal { places: places.max(1) },
        form => form,
    };
    Ok(Operand::new(varied, form))
}

//! Lengths in two units worked in one, and an answer given in the unit asked: "6 m 50 cm long
//! and 4 m wide" is worked in centimetres (4 m = 400 cm), and "... how many metres of border?"
//! is answered in metres (2100 cm = 21 m), each conversion a step of the working.

use super::answer;
use crate::display;
use crate::exact::{self, Q};
use crate::labels::smaller_unit;
use crate::problem::Problem;
use crate::{MathError, Solution, Step, Unit};

/// `value` in `from` written in `to`, its smaller unit ("4 m = 400 cm"), with the step.
pub(crate) fn to_smaller(value: &Q, from: Unit, to: Unit, steps: &mut Vec<Step>) -> Result<Q, MathError> {
    let Some((smaller, factor)) = smaller_unit(from).filter(|(smaller, _)| *smaller == to) else {
        return Err(MathError::UnitsMismatch);
    };
    let result = exact::mul(value, &exact::int(factor))?;
    let args = [("value", display::natural(value)), ("result", display::natural(&result)), ("to", code(smaller))];
    steps.push(Step::new("math-step-to-smaller-unit", args));
    Ok(result)
}

/// The unit the lengths of a shape are worked in: their one unit, or the smaller of two units
/// next to each other (metres and centimetres). `None` for units that do not go together.
pub(crate) fn common(units: &[Unit]) -> Option<Unit> {
    let fits = |to: Unit| units.iter().all(|from| *from == to || smaller_unit(*from).is_some_and(|(s, _)| s == to));
    units.iter().copied().find(|to| fits(*to))
}

/// The bigger unit of `unit` and how many of `unit` make one: the unit an answer is given in when
/// the question asks for it.
fn bigger_unit(unit: Unit) -> Option<(Unit, i128)> {
    if unit == Unit::SquareCentimetres {
        return Some((Unit::SquareMetres, 10_000));
    }
    const BIGGER: [Unit; 6] =
        [Unit::Hours, Unit::Minutes, Unit::Kilometres, Unit::Metres, Unit::Centimetres, Unit::Kilograms];
    BIGGER.into_iter().find_map(|big| smaller_unit(big).filter(|(small, _)| *small == unit).map(|(_, f)| (big, f)))
}

/// The words that name `unit` in a question: a square unit is also asked as its length ("area
/// kitne meter").
fn named_as(unit: Unit) -> [Unit; 2] {
    match unit {
        Unit::SquareMetres => [unit, Unit::Metres],
        Unit::SquareCentimetres => [unit, Unit::Centimetres],
        Unit::SquareKilometres => [unit, Unit::Kilometres],
        _ => [unit, unit],
    }
}

/// What the question asks of an answer in `unit`: the answer as it is, or in the bigger unit it
/// names after the numbers and not this one ("kitne meter").
pub(crate) enum Asked {
    AsItIs,
    Bigger(Unit, i128),
}

pub(crate) fn asked(problem: &Problem, unit: Unit) -> Asked {
    let Some((last_at, _)) = problem.numbers().last().copied() else { return Asked::AsItIs };
    let named = problem.units_named_after(last_at);
    let names = |unit: Unit| named_as(unit).iter().any(|u| named.contains(u));
    match bigger_unit(unit) {
        Some((bigger, factor)) if names(bigger) && !names(unit) => Asked::Bigger(bigger, factor),
        _ => Asked::AsItIs,
    }
}

/// The solution with its answer written in the bigger unit, one more step.
pub(crate) fn in_bigger(solution: Solution, bigger: Unit, factor: i128) -> Result<Solution, MathError> {
    let mut steps = solution.steps;
    // The step that stated the answer becomes one step of the working.
    steps.pop();
    let value = exact::div(&solution.answer.value, &exact::int(factor))?;
    let shown = display::natural(&value);
    let args = [("value", solution.answer.display.clone()), ("result", shown.clone()), ("to", code(bigger))];
    steps.push(Step::new("math-step-to-bigger-unit", args));
    Ok(Solution::new(solution.kind, answer(value, shown, Some(bigger)), steps, solution.practice))
}

fn code(unit: Unit) -> String {
    unit.as_str().to_owned()
}

//! The solvers, one module per kind of problem, tried in order: those with cue words first, then
//! expressions written with operators, then operations asked for in words.

mod average;
mod change;
mod clock;
mod compare;
mod convert;
mod digits;
mod each;
mod expression;
mod factors;
mod operations;
mod part;
mod percent;
pub(crate) mod place_value;
mod remainder;
mod shapes;
mod shopping;
mod speed;
mod triangle;
mod two_steps;
mod unitary;
mod units;
mod unneeded;

use crate::display;
use crate::exact::Q;
use crate::labels::TwoUnits;
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num, Op, Token};
use crate::words;
use crate::{Answer, MathError, Solution, Step, Unit};

pub(crate) type Outcome = Option<Result<Solution, MathError>>;

/// A solver and what it reads besides numbers in digits.
type Solver = (fn(&Problem) -> Outcome, &'static [Reads]);

const DIGITS: &[Reads] = &[];

/// What a solver reads besides numbers in digits.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reads {
    /// Numbers written in words ("four matches", "پانچ دنوں").
    NumberWords,
    /// Times of day ("7:00"), which are not quantities: the solver leaves them out.
    ClockTimes,
}

/// The problem as written; if no solver answers and it says amounts in words ("five apples",
/// "ڈھائی کلو"), the problem with those amounts written as numbers. Also the problem as it was
/// solved, whose numbers are those of the solution.
pub(crate) fn solve(problem: Problem) -> Option<(Result<Solution, MathError>, Problem)> {
    let (solved, problem) = match solve_as_written(&problem) {
        Some(solved) => (solved, problem),
        None => {
            let in_digits = words::as_digits(&problem)?;
            (solve_as_written(&in_digits)?, in_digits)
        }
    };
    Some(finish(solved, problem))
}

/// The problem in `text` solved without the numbers its question does not need ("There are 38
/// children in Zara's class. She scored 27 marks out of 30..."), the working saying which.
pub(crate) fn solve_without_unneeded(text: &str) -> Option<(Result<Solution, MathError>, Problem)> {
    let (fewer, left_out) = unneeded::left_out(text)?;
    let mut solution = solve_as_written(&fewer)?.ok()?;
    solution.steps.insert(0, left_out);
    Some(finish(Ok(solution), fewer))
}

/// The working of quantities in two units first, and the answer in the unit asked.
fn finish(solved: Result<Solution, MathError>, problem: Problem) -> (Result<Solution, MathError>, Problem) {
    // "3 میٹر 25 سینٹی میٹر ... کتنے میٹر": worked in centimetres, answered in the metres asked.
    let solved = solved.and_then(|mut solution| {
        solution.steps.splice(0..0, two_units_steps(&problem));
        match solution.answer.unit.map(|unit| units::asked(&problem, unit)) {
            Some(units::Asked::Bigger(bigger, factor)) => units::in_bigger(solution, bigger, factor),
            _ => Ok(solution),
        }
    });
    (solved, problem)
}

/// "1 hour 30 minutes = 1 × 60 + 30 = 90 minutes": each quantity written in two units, first.
fn two_units_steps(problem: &Problem) -> Vec<Step> {
    let numbers = problem.numbers();
    let step = |two: TwoUnits, total: Q| {
        let id = match two.bigger {
            Unit::Hours => "math-step-hours-minutes",
            Unit::Minutes => "math-step-minutes-seconds",
            Unit::Kilometres => "math-step-kilometres-metres",
            Unit::Metres => "math-step-metres-centimetres",
            Unit::Centimetres => "math-step-centimetres-millimetres",
            Unit::Kilograms => "math-step-kilograms-grams",
            _ => return None,
        };
        let args =
            [("big", two.big.to_string()), ("small", two.small.to_string()), ("total", total.numer().to_string())];
        Some(Step::new(id, args))
    };
    numbers.iter().filter_map(|(_, n)| step(n.two_units?, n.value.clone().ok()?)).collect()
}

/// Whether the question, after the last number, asks what is left or given back: a product or a
/// price is no answer to it ("I bought 3 books at Rs 185 each. How much is left?"). Two steps
/// (`two_steps.rs`) work those with the amount they are taken from.
fn asks_what_is_left(problem: &Problem) -> bool {
    let Some((last_at, _)) = problem.numbers().last().copied() else { return false };
    let Some(question_at) = problem.question_after(last_at) else { return false };
    [Cue::StorySubtract, Cue::Still, Cue::ChangeBack]
        .iter()
        .any(|cue| problem.matches(*cue).iter().any(|(at, _)| *at >= question_at))
}

fn solve_as_written(problem: &Problem) -> Outcome {
    let solvers: [Solver; 23] = [
        (place_value::digit_value, DIGITS),
        (place_value::place_units, &[Reads::NumberWords]),
        (digits::solve, &[Reads::NumberWords]),
        (place_value::number_systems, DIGITS),
        (factors::solve, &[Reads::ClockTimes]),
        (speed::solve, &[Reads::ClockTimes]),
        (average::solve, &[Reads::NumberWords]),
        (compare::solve, DIGITS),
        (change::solve, DIGITS),
        (percent::solve, DIGITS),
        (convert::solve, DIGITS),
        (shapes::solve, DIGITS),
        (|problem| if asks_what_is_left(problem) { None } else { unitary::solve(problem) }, DIGITS),
        (two_steps::solve, DIGITS),
        (shopping::solve, DIGITS),
        (expression::with_operators, DIGITS),
        (expression::fraction_of, DIGITS),
        (part::solve, DIGITS),
        (part::rest_of_count, DIGITS),
        (|problem| if asks_what_is_left(problem) { None } else { each::solve(problem) }, DIGITS),
        (each::shared, DIGITS),
        (expression::with_keywords, DIGITS),
        // "At 11 o'clock he sold 3 3/4 metres": the time is when, not how much.
        (expression::in_a_story, &[Reads::ClockTimes]),
    ];
    // A quantity in words ("four", "ڈھائی", "دو کلو") or a time that a solver does not read would
    // be dropped silently: only the solvers that read them may answer.
    let needs = if !words::amounts(problem).is_empty() {
        Some(Reads::NumberWords)
    } else if problem.tokens.iter().any(|t| matches!(t, Token::ClockTime(_))) {
        Some(Reads::ClockTimes)
    } else {
        None
    };
    let clock_and_words =
        needs == Some(Reads::NumberWords) && problem.tokens.iter().any(|t| matches!(t, Token::ClockTime(_)));
    // "chali 6 baje, 2 ghante baad rukki, phir 11 baje pohanchi": which time is the journey's?
    if clock_and_words || clock::contradicted(problem) {
        return None;
    }
    // Angles are found only as a triangle's third angle: never added or taken away as a story.
    // Nor is a triangle's third side ("sides of 5 cm and 7 cm" are not 12 cm).
    if problem.has(Cue::Angle) || problem.has(Cue::Triangle) && !problem.has(Cue::Perimeter) {
        return needs.is_none().then(|| triangle::solve(problem)).flatten();
    }
    // "how many were left over" after sharing: the remainder, or no answer.
    if remainder::asked(problem) {
        return needs.is_none().then(|| remainder::solve(problem)).flatten();
    }
    solvers
        .iter()
        .filter(|(_, reads)| needs.is_none_or(|needed| reads.contains(&needed)))
        .find_map(|(solver, _)| solver(problem))
        // "left at 9:15 am and reached at 12:15 pm": the time between, when no solver needed it.
        .or_else(|| (needs == Some(Reads::ClockTimes)).then(|| clock::solve(problem)).flatten())
}

pub(crate) fn answer(value: Q, display: String, unit: Option<Unit>) -> Answer {
    Answer { value, display, unit }
}

/// Numbers joined for a message: "12, 18 and 24" is written "12, 18, 24" in every language.
pub(crate) fn list(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(", ")
}

/// `first op` the answer of `solution`, one more step of working: the price after a discount
/// ("1200 − 180 = 1020"), the rest of a whole once its part is found ("144 − 60 = 84").
pub(crate) fn and_then(solution: Solution, first: &Num, op: Op) -> Result<Solution, MathError> {
    one_more_step(solution, first, op, true)
}

/// The answer of `solution` `op` `last`: "36 × 24 = 864, 864 − 500 = 364".
pub(crate) fn then(solution: Solution, op: Op, last: &Num) -> Result<Solution, MathError> {
    one_more_step(solution, last, op, false)
}

/// `number op answer` when `number_first`, else `answer op number`.
fn one_more_step(solution: Solution, first: &Num, op: Op, number_first: bool) -> Result<Solution, MathError> {
    let mut steps = solution.steps;
    // The step that stated the answer becomes one step of the working.
    steps.pop();
    let value = solution.answer.value;
    let form = if value.is_integer() {
        Form::Whole
    } else if first.is_fraction() {
        Form::Fraction
    } else {
        crate::exact::decimal_places(&value).map_or(Form::Fraction, |places| Form::Decimal { places })
    };
    let a = operations::Operand::new(first.value.clone()?, first.form);
    let b = operations::Operand::new(value, form);
    let result = if number_first {
        operations::binary(&a, op, &b, &mut steps)?
    } else {
        operations::binary(&b, op, &a, &mut steps)?
    };
    let shown = if a.is_fraction() || form == Form::Fraction {
        display::mixed(&result.value)
    } else {
        display::natural(&result.value)
    };
    let unit = first.unit.or(solution.answer.unit);
    Ok(Solution::new(solution.kind, answer(result.value, shown, unit), steps, solution.practice))
}

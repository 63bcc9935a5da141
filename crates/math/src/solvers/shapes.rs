//! Perimeter and area of rectangles and squares: "area of a rectangle 8 m long and 5 m wide",
//! "perimeter of a square of side 6 cm", "8 میٹر لمبی اور 5 میٹر چوڑی مستطیل کا رقبہ".

use super::{answer, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Token};
use crate::{Kind, MathError, Solution, Step, Unit};

fn square_of(unit: Unit) -> Option<Unit> {
    match unit {
        Unit::Kilometres => Some(Unit::SquareKilometres),
        Unit::Metres => Some(Unit::SquareMetres),
        Unit::Centimetres => Some(Unit::SquareCentimetres),
        _ => None,
    }
}

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let kind = match (problem.first(Cue::Area), problem.first(Cue::Perimeter)) {
        (Some(area), Some(perimeter)) if perimeter < area => Kind::Perimeter,
        (Some(_), _) => Kind::Area,
        (None, Some(_)) => Kind::Perimeter,
        (None, None) => return None,
    };
    let mut numbers = problem.numbers();
    if problem.has_operators() || numbers.iter().any(|(_, n)| n.percent) {
        return None;
    }
    // "Our classroom has 30 desks. Its floor is 9 m long and 7 m wide": a count told before two
    // lengths is not a side. A count after them may multiply the shape ("3 such rooms").
    let lengths: Vec<usize> = numbers.iter().filter(|(_, n)| n.unit.is_some()).map(|(at, _)| *at).collect();
    if numbers.len() > 2 && lengths.len() == 2 && !problem.has(Cue::Each) && !problem.has(Cue::StoryAdd) {
        // What the count counts is not named again ("3 rooms ... the area of all the rooms").
        let named_again = |at: usize| match problem.tokens.get(at + 1) {
            Some(Token::Word(noun)) => problem.tokens[at + 2..]
                .iter()
                .any(|t| matches!(t, Token::Word(w) if textnorm::stem(w) == textnorm::stem(noun))),
            _ => false,
        };
        let counts_before = numbers
            .iter()
            .all(|(at, n)| n.unit.is_some() || (*at < lengths[0] && n.form == Form::Whole && !named_again(*at)));
        if !counts_before {
            return None;
        }
        numbers.retain(|(_, n)| n.unit.is_some());
    }
    // Lengths only, all in one unit (or none).
    if numbers.iter().any(|(_, n)| n.unit.is_some_and(|u| square_of(u).is_none())) {
        return None;
    }
    let unit = numbers.iter().find_map(|(_, n)| n.unit);
    let mismatch = numbers.iter().any(|(_, n)| n.unit.is_some_and(|u| Some(u) != unit));
    let sides = match numbers.as_slice() {
        [(at_a, a), (at_b, b)]
            if problem.has(Cue::Rectangle) || problem.has(Cue::Length) || problem.has(Cue::Width) =>
        {
            // "5 m wide and 8 m long": the length is the number next to a length word.
            let near = |cue: Cue, at: usize| problem.matches(cue).iter().any(|(m, len)| m + len == at || *m == at + 1);
            let swapped = near(Cue::Width, *at_a) || near(Cue::Length, *at_b);
            let (length, width) = if swapped { (b, a) } else { (a, b) };
            Shape::Rectangle(length.value.clone(), width.value.clone())
        }
        [(_, side)] if problem.has(Cue::Square) || problem.has(Cue::Side) => Shape::Square(side.value.clone()),
        _ => return None,
    };
    if mismatch {
        return Some(Err(MathError::UnitsMismatch));
    }
    Some(work(kind, sides, unit))
}

enum Shape {
    Rectangle(Result<Q, MathError>, Result<Q, MathError>),
    Square(Result<Q, MathError>),
}

fn work(kind: Kind, shape: Shape, unit: Option<Unit>) -> Result<Solution, MathError> {
    let text = display::natural;
    let (value, step, practice) = match shape {
        Shape::Rectangle(length, width) => {
            let (length, width) = (length?, width?);
            let practice_args =
                || [("length", text(&(length + exact::int(2)))), ("width", text(&(width + exact::int(1))))];
            if kind == Kind::Area {
                let area = exact::mul(&length, &width)?;
                let step = Step::new(
                    "math-step-rectangle-area",
                    [("length", text(&length)), ("width", text(&width)), ("area", text(&area))],
                );
                (area, step, Step::new("math-practice-rectangle-area", practice_args()))
            } else {
                let sum = exact::add(&length, &width)?;
                let perimeter = exact::mul(&sum, &exact::int(2))?;
                let step = Step::new(
                    "math-step-rectangle-perimeter",
                    [
                        ("length", text(&length)),
                        ("width", text(&width)),
                        ("sum", text(&sum)),
                        ("perimeter", text(&perimeter)),
                    ],
                );
                (perimeter, step, Step::new("math-practice-rectangle-perimeter", practice_args()))
            }
        }
        Shape::Square(side) => {
            let side = side?;
            let practice_args = [("side", text(&(side + exact::int(3))))];
            if kind == Kind::Area {
                let area = exact::mul(&side, &side)?;
                let step = Step::new("math-step-square-area", [("side", text(&side)), ("area", text(&area))]);
                (area, step, Step::new("math-practice-square-area", practice_args))
            } else {
                let perimeter = exact::mul(&side, &exact::int(4))?;
                let step =
                    Step::new("math-step-square-perimeter", [("side", text(&side)), ("perimeter", text(&perimeter))]);
                (perimeter, step, Step::new("math-practice-square-perimeter", practice_args))
            }
        }
    };
    let unit = if kind == Kind::Area { unit.and_then(square_of) } else { unit };
    Ok(Solution::new(kind, answer(value, display::natural(&value), unit), vec![step], Some(practice)))
}

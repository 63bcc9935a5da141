//! Perimeter and area of rectangles and squares: "area of a rectangle 8 m long and 5 m wide",
//! "perimeter of a square of side 6 cm", "8 میٹر لمبی اور 5 میٹر چوڑی مستطیل کا رقبہ".

use super::{and_then, answer, units, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num, Op, Token};
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
    let numbers = problem.numbers();
    if problem.has_operators() || numbers.iter().any(|(_, n)| n.percent) {
        return None;
    }
    // "تین چکر", "2 chakkar", "3 such rooms": the shape so many times over.
    let rounds = numbers
        .iter()
        .find(|(at, n)| n.unit.is_none() && n.form == Form::Whole && problem.has_at(Cue::Repeat, at + 1))
        .copied();
    let numbers: Vec<(usize, &Num)> =
        numbers.into_iter().filter(|(at, _)| Some(*at) != rounds.map(|(r, _)| r)).collect();
    if measure_told(problem, &numbers) {
        return None;
    }
    // "... 3 such rooms. What is the area of each room (of one room)?" asks one.
    if rounds.is_some_and(|(at, _)| each_holder(problem) || problem.matches(Cue::One).iter().any(|(k, _)| *k > at)) {
        return None;
    }
    let numbers = lengths_only(problem, numbers, rounds.is_some())?;
    // Lengths only, all in one unit (or none).
    if numbers.iter().any(|(_, n)| n.unit.is_some_and(|u| square_of(u).is_none())) {
        return None;
    }
    // "6 m 50 cm long and 4 m wide": worked in centimetres, 4 m = 400 cm. A length without a
    // unit beside one with a unit, or units that do not go together, are not converted.
    let units: Vec<Unit> = numbers.iter().filter_map(|(_, n)| n.unit).collect();
    let unit = units::common(&units);
    let converted = units.iter().any(|u| Some(*u) != unit);
    if unit.is_none() && !units.is_empty() || converted && units.len() != numbers.len() {
        return Some(Err(MathError::UnitsMismatch));
    }
    let mut steps = Vec::new();
    let mut in_unit = |n: &crate::tokens::Num| -> Result<Q, MathError> {
        match (n.unit, unit) {
            (Some(from), Some(to)) if from != to => units::to_smaller(&n.value.clone()?, from, to, &mut steps),
            _ => n.value.clone(),
        }
    };
    let sides = match numbers.as_slice() {
        [(at_a, a), (at_b, b)]
            if problem.has(Cue::Rectangle) || problem.has(Cue::Length) || problem.has(Cue::Width) =>
        {
            // "5 m wide and 8 m long": the length is the number next to a length word.
            let near = |cue: Cue, at: usize| problem.matches(cue).iter().any(|(m, len)| m + len == at || *m == at + 1);
            let swapped = near(Cue::Width, *at_a) || near(Cue::Length, *at_b);
            let (length, width) = if swapped { (b, a) } else { (a, b) };
            Shape::Rectangle(in_unit(length), in_unit(width))
        }
        [(_, side)] if problem.has(Cue::Square) || problem.has(Cue::Side) => Shape::Square(in_unit(side)),
        _ => return None,
    };
    let solved = work(kind, sides, unit).map(|mut solution| {
        solution.steps.splice(0..0, steps);
        solution
    });
    Some(match rounds {
        Some((_, times)) => solved.and_then(|solution| and_then(solution, times, Op::Multiply)),
        None => solved,
    })
}

/// The lengths, without the numbers a story tells beside them that are no side: a count told
/// before them ("Our classroom has 30 desks. Its floor is 9 m long ..."), a count told after them
/// and before the question ("... and three charpais are kept in it", "اس میں ۴۰ بکرے بندھے ہیں"),
/// and a price when the question does not ask one ("it cost Rs 18000. How many square metres
/// ..."). A count that may multiply the shape is kept, and the problem is not this one: named
/// again ("3 rooms ... all the rooms"), in the question, or with "each", "total", "such", "times".
fn lengths_only<'a>(problem: &Problem, numbers: Vec<(usize, &'a Num)>, rounds: bool) -> Option<Vec<(usize, &'a Num)>> {
    let is_length = |n: &Num| n.unit.is_some_and(|u| square_of(u).is_some());
    let lengths: Vec<usize> = numbers.iter().filter(|(_, n)| is_length(n)).map(|(at, _)| *at).collect();
    let (Some(first), Some(last)) = (lengths.first().copied(), lengths.last().copied()) else { return Some(numbers) };
    if numbers.len() == lengths.len() {
        return Some(numbers);
    }
    if each_holder(problem) || problem.has(Cue::StoryAdd) || problem.has(Cue::Repeat) && !rounds {
        return None;
    }
    // What the count counts is not named again.
    let named_again = |at: usize| match problem.tokens.get(at + 1) {
        Some(Token::Word(noun)) => problem.tokens[at + 2..]
            .iter()
            .any(|t| matches!(t, Token::Word(w) if textnorm::stem(w) == textnorm::stem(noun))),
        _ => false,
    };
    let question_at = problem.question_after(last);
    let asks_a_price = match question_at {
        Some(at) => {
            problem.matches(Cue::Cost).iter().any(|(k, _)| *k > at)
                || problem.units_named_after(at).contains(&Unit::Rupees)
        }
        None => problem.has(Cue::Cost),
    };
    let told_beside = |at: usize, n: &Num| {
        let count = n.form == Form::Whole && !n.percent && n.unit.is_none() && !named_again(at);
        let in_the_story = at < first || at > last && question_at.is_none_or(|q| at < q);
        let price = n.unit == Some(Unit::Rupees) && !n.percent && !asks_a_price;
        count && in_the_story || price
    };
    if !numbers.iter().all(|(at, n)| is_length(n) || told_beside(*at, n)) {
        return None;
    }
    Some(numbers.into_iter().filter(|(_, n)| is_length(n)).collect())
}

/// Whether a perimeter or an area is told, not asked: its word and right after it a number that
/// is no side ("The perimeter of a rectangle is 54 cm and its length is 15 cm", "ka perimeter 54
/// cm hai"). A side is said as one ("perimeter of a square of side 6 cm", "area of a rectangle
/// 8 m long", "رقبہ ... جس کی لمبائی 8 میٹر"); a price is none ("چاروں طرف جالی ... 150 روپے فی میٹر").
/// And something is asked after the numbers ("... uska area kitna hai?", "Find its width"):
/// "Find the area of a rectangle 12 m by 5 m" names only what it asks.
fn measure_told(problem: &Problem, numbers: &[(usize, &Num)]) -> bool {
    let sides = [Cue::Length, Cue::Width, Cue::Side];
    let Some((last_at, _)) = numbers.last() else { return false };
    let asked_after = [Cue::Area, Cue::Perimeter, Cue::Length, Cue::Width, Cue::Side]
        .iter()
        .any(|cue| problem.matches(*cue).iter().any(|(at, _)| at > last_at));
    if !asked_after {
        return false;
    }
    let told = |(word_at, len): (usize, usize)| {
        let from = word_at + len;
        numbers.iter().find(|(at, _)| *at >= from).is_some_and(|(at, n)| {
            let side_word = (from..*at).any(|k| sides.iter().any(|cue| problem.has_at(*cue, k)));
            let said_long = [Cue::Length, Cue::Width].iter().any(|cue| problem.has_at(*cue, at + 1));
            *at <= from + MEASURE_TO_NUMBER && !side_word && !said_long && n.unit != Some(Unit::Rupees)
        })
    };
    [Cue::Area, Cue::Perimeter].iter().any(|cue| problem.matches(*cue).into_iter().any(told))
}

/// How many words may stand between "perimeter" and the number told as it ("of a rectangle is").
const MEASURE_TO_NUMBER: usize = 5;

/// Whether "each" names a holder: "each room", "har dabbe"; not "each side" ("ہر ضلع").
fn each_holder(problem: &Problem) -> bool {
    problem.matches(Cue::Each).iter().any(|(at, len)| !problem.has_at(Cue::Side, at + len))
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

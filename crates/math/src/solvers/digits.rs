//! Numbers said in words or with place names, written in digits: "write six crore, four lakh and
//! five thousand in digits", "چار کروڑ، بیس لاکھ، پانچ سو کو ہندسوں میں لکھیں", "25 lakh ko
//! digits me likho". Each place is worked out, the parts are added, and the commas are placed.

use super::operations::operation_step;
use super::place_value::in_system;
use super::Outcome;
use crate::display::{self, Grouping};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Op, Token};
use crate::words::{spoken_at, Spoken};
use crate::Step;

pub(crate) fn solve(problem: &Problem) -> Outcome {
    if !problem.has(Cue::InDigits) || problem.has_operators() {
        return None;
    }
    // The number starts at the first number word or digit, and nothing numeric lies outside it.
    let start = problem.tokens.iter().enumerate().position(|(at, t)| {
        matches!(t, Token::Number(_)) || matches!(t, Token::Word(_)) && spoken_at(problem, at).is_some()
    })?;
    let spoken = spoken_at(problem, start)?;
    let outside = problem.tokens[spoken.end..].iter().enumerate().any(|(k, t)| {
        matches!(t, Token::Number(_) | Token::ClockTime(_)) || spoken_at(problem, spoken.end + k).is_some()
    });
    if outside || !(spoken.has_words || spoken.has_place) {
        return None;
    }
    let international = problem.has(Cue::PlaceMillion) || problem.has(Cue::PlaceBillion);
    let grouping = if international { Grouping::International } else { Grouping::Pakistani };
    let mut solution = in_system(spoken.value, grouping);
    solution.steps.splice(0..0, steps(&spoken, grouping));
    Some(Ok(solution))
}

/// "6 × 1,00,00,000 = 6,00,00,000" for each place, then the parts added.
pub(crate) fn steps(spoken: &Spoken, grouping: Grouping) -> Vec<Step> {
    let write = |n: i128| display::grouped(n, grouping);
    let mut steps = Vec::new();
    let mut values = Vec::new();
    for (count, place) in &spoken.parts {
        let value = count * place;
        if *place > 1 {
            steps.push(operation_step(write(*count), Op::Multiply, write(*place), write(value)));
        }
        values.push(value);
    }
    let mut sum = values[0];
    for value in &values[1..] {
        steps.push(operation_step(write(sum), Op::Add, write(*value), write(sum + value)));
        sum += value;
    }
    steps
}

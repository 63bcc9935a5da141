//! The average of a few numbers: add them all, divide by how many there are, and check that the
//! average lies between the smallest and the largest. A count in the question ("in four matches")
//! is not a value.

use super::operations::Operand;
use super::{answer, list, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::{values, Problem};
use crate::tokens::{Form, Num, Op, Token};
use crate::words::number_word_spans;
use crate::{Kind, MathError, Solution, Step, Unit};

const MAX_NUMBERS: usize = 20;

pub(crate) fn solve(problem: &Problem) -> Outcome {
    // "12 + 15 + 18 ka ausat" writes the adding out.
    if !problem.has(Cue::Average) || problem.operators().iter().any(|op| *op != Op::Add) {
        return None;
    }
    let all = problem.numbers();
    let numbers = values_listed(problem, &all)?;
    if !(2..=MAX_NUMBERS).contains(&numbers.len()) || numbers.iter().any(|(_, n)| n.percent) {
        return None;
    }
    let forms: Vec<Form> = numbers.iter().map(|(_, n)| n.form).collect();
    let units: Vec<Option<Unit>> = numbers.iter().map(|(_, n)| n.unit).collect();
    let unit = units.iter().flatten().next().copied();
    if units.iter().flatten().any(|u| Some(*u) != unit) {
        return Some(Err(MathError::UnitsMismatch));
    }
    Some(values(&numbers).and_then(|values| work(&values, &forms, unit)))
}

/// The values to average: the one list of numbers ("70, 80, 65 aur 85"). A number elsewhere must
/// say how many values there are ("4 tests", "four matches", "پانچ دنوں") and match the list;
/// any other number is not understood, and nothing is answered.
fn values_listed<'a>(problem: &Problem, all: &[(usize, &'a Num)]) -> Option<Vec<(usize, &'a Num)>> {
    // "210 unit, 190 unit aur 260 unit": the name of what is counted may follow each.
    let noun_after = |at: usize| match problem.tokens.get(at + 1) {
        Some(Token::Word(word)) => Some(word.as_str()),
        _ => None,
    };
    let joined = |from: usize, to: usize| {
        (from + 1..to).all(|at| match &problem.tokens[at] {
            Token::Op { op: Op::Add, .. } | Token::Symbol(',' | '،') => true,
            Token::Word(word) if at == from + 1 && noun_after(to) == Some(word.as_str()) => true,
            _ => problem.matches(Cue::ListAnd).iter().any(|(start, len)| (*start..start + len).contains(&at)),
        })
    };
    let mut lists: Vec<Vec<(usize, &Num)>> = Vec::new();
    for (at, num) in all {
        match lists.last_mut() {
            Some(list) if joined(list.last().expect("lists are never empty").0, *at) => list.push((*at, num)),
            _ => lists.push(vec![(*at, num)]),
        }
    }
    let longest = lists.iter().map(Vec::len).max()?;
    if lists.iter().filter(|list| list.len() == longest).count() != 1 {
        return None;
    }
    let (values, others): (Vec<_>, Vec<_>) = lists.into_iter().partition(|list| list.len() == longest);
    let values = values.into_iter().next().expect("one longest list");
    let count = values.len() as i128;
    // A count in digits is a whole number followed by a word: "4 tests".
    let digit_counts = others.iter().flatten().all(|(at, num)| {
        num.form == Form::Whole
            && num.unit.is_none()
            && num.value.as_ref().is_ok_and(|v| *v == exact::int(count))
            && matches!(problem.tokens.get(at + 1), Some(Token::Word(_)))
    });
    let word_counts = number_word_spans(problem).iter().all(|spoken| spoken.value == count);
    (digit_counts && word_counts).then_some(values)
}

fn work(values: &[Q], forms: &[Form], unit: Option<Unit>) -> Result<Solution, MathError> {
    let operands: Vec<Operand> = values.iter().zip(forms).map(|(v, f)| Operand::new(*v, *f)).collect();
    let mut sum = exact::int(0);
    for value in values {
        sum = exact::add(&sum, value)?;
    }
    let count = values.len() as i128;
    let average = exact::div(&sum, &exact::int(count))?;
    let smallest = values.iter().min().expect("two numbers or more");
    let largest = values.iter().max().expect("two numbers or more");
    let steps = vec![
        Step::new(
            "math-step-average-sum",
            [
                ("numbers", operands.iter().map(Operand::text).collect::<Vec<_>>().join(" + ")),
                ("sum", display::natural(&sum)),
            ],
        ),
        Step::new("math-step-average-count", [("count", count.to_string())]),
        Step::new(
            "math-step-average-divide",
            [("sum", display::natural(&sum)), ("count", count.to_string()), ("average", display::natural(&average))],
        ),
        Step::new(
            "math-step-average-check",
            [
                ("average", display::natural(&average)),
                ("smallest", display::natural(smallest)),
                ("largest", display::natural(largest)),
            ],
        ),
    ];
    // The same numbers, each a little bigger: 12, 15, 18 → 13, 17, 21.
    let practice: Option<Vec<String>> = operands
        .iter()
        .enumerate()
        .map(|(n, o)| exact::add(&o.value, &exact::int(n as i128 + 1)).ok().map(|v| Operand::new(v, o.form).text()))
        .collect();
    let practice = practice.map(|numbers| Step::new("math-practice-average", [("numbers", list(numbers))]));
    Ok(Solution::new(Kind::Average, answer(average, display::natural(&average), unit), steps, practice))
}

//! Calculations: written with operators ("3/4 + 1/8", "12 x 7", "144 ÷ 12 کتنا ہے") or asked for
//! in words ("add 3/4 and 1/8", "3/4 اور 1/8 جمع کریں", "subtract 3/4 from 2 1/2").
//! × and ÷ are worked before + and −, left to right; brackets are not read.

use num_integer::Integer;

use super::operations::{binary, Operand};
use super::{answer, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num, Op, Token};
use crate::{Kind, MathError, Solution, Step, Unit};

/// More numbers than this in one calculation is not a Grade 5 exercise.
const MAX_OPERANDS: usize = 8;

/// "3/4 + 1/8", "what is 2 1/2 - 3/4", "12 x 7", "144 ÷ 12".
pub(crate) fn with_operators(problem: &Problem) -> Outcome {
    if !problem.has_operators() || problem.has_symbol('(') || problem.has_symbol(')') {
        return None;
    }
    // The one run number (op number)+; nothing numeric outside it.
    let tokens = &problem.tokens;
    let start = tokens.iter().position(|t| matches!(t, Token::Number(_)))?;
    let mut nums: Vec<&Num> = Vec::new();
    let mut ops: Vec<Op> = Vec::new();
    let mut tight = false;
    let mut at = start;
    while let Some(Token::Number(num)) = tokens.get(at) {
        nums.push(num);
        match tokens.get(at + 1) {
            Some(Token::Op { op, tight: is_tight }) => {
                ops.push(*op);
                tight |= *is_tight;
                at += 2;
            }
            _ => {
                at += 1;
                break;
            }
        }
    }
    let outside = tokens[..start].iter().chain(&tokens[at..]);
    let numbers_outside = outside.clone().any(|t| matches!(t, Token::Number(_) | Token::Op { .. }));
    if ops.is_empty() || ops.len() + 1 != nums.len() || numbers_outside || nums.len() > MAX_OPERANDS {
        return None;
    }
    if nums.iter().any(|n| n.percent) {
        return None;
    }
    // "1947-48" is a range unless the text says nothing else.
    if tight && !problem.only_words_of(&[Cue::Question, Cue::Filler]) {
        return None;
    }
    Some(evaluate_numbers(&nums, &ops))
}

/// "add 3/4 and 1/8", "12 اور 18 جمع کریں", "subtract 3/4 from 2 1/2", "divide 144 by 12".
pub(crate) fn with_keywords(problem: &Problem) -> Outcome {
    if problem.has_operators() || problem.names_a_topic() {
        return None;
    }
    let asked: Vec<Op> = [
        (Cue::Add, Op::Add),
        (Cue::Subtract, Op::Subtract),
        (Cue::Difference, Op::Subtract),
        (Cue::Multiply, Op::Multiply),
        (Cue::Divide, Op::Divide),
    ]
    .iter()
    .filter(|(cue, _)| problem.has(*cue))
    .map(|(_, op)| *op)
    .collect();
    let op = match asked.as_slice() {
        [op] | [op, _] if asked.iter().all(|o| o == op) => *op,
        // "2 aur 2 kitne hote hain": joined by "and" alone (checked below), they are added.
        [] if problem.has(Cue::AndMakes) && problem.has(Cue::ListAnd) => Op::Add,
        _ => return None,
    };
    let numbers = problem.numbers();
    let count_fits = if op == Op::Add { (2..=MAX_OPERANDS).contains(&numbers.len()) } else { numbers.len() == 2 };
    if !count_fits || numbers.iter().any(|(_, n)| n.percent) {
        return None;
    }
    // "add 3/4 and 1/8", "divide 144 by 12", "1 1/2 roti aur 2 1/4 roti mila ke": only
    // linking words, and the name of what both numbers count, stand between the numbers.
    let links = [
        Cue::ListAnd,
        Cue::From,
        Cue::OutOf,
        Cue::ObjectMarker,
        Cue::OperandLink,
        Cue::Filler,
        Cue::Add,
        Cue::Subtract,
        Cue::Difference,
        Cue::Multiply,
        Cue::Divide,
    ];
    let counted = numbers.last().and_then(|(at, _)| match problem.tokens.get(at + 1) {
        Some(Token::Word(word)) => Some(word.as_str()),
        _ => None,
    });
    let linked = |start: usize, end: usize| {
        (start + 1..end).all(|at| {
            matches!(&problem.tokens[at], Token::Word(word) if Some(word.as_str()) == counted)
                || problem.only_words_between(&links, at - 1, at + 1)
        })
    };
    if numbers.windows(2).any(|pair| !linked(pair[0].0, pair[1].0)) {
        return None;
    }
    let mut nums: Vec<&Num> = numbers.iter().map(|(_, n)| *n).collect();
    if op == Op::Subtract {
        let (first_at, second_at) = (numbers[0].0, numbers[1].0);
        let reversed = if problem.has(Cue::Difference) {
            // The difference is the bigger number take away the smaller.
            match (&nums[0].value, &nums[1].value) {
                (Ok(a), Ok(b)) => a < b,
                _ => false,
            }
        } else {
            problem.has_between(Cue::From, first_at, second_at)
                || problem.has_at(Cue::ObjectMarker, first_at + 1)
                    && !problem.has_between(Cue::OutOf, first_at, second_at)
        };
        if reversed {
            nums.reverse();
        }
    }
    let ops = vec![op; nums.len() - 1];
    Some(evaluate_numbers(&nums, &ops))
}

/// A story that puts two amounts together or takes one from the other, asked after the last
/// number: "Ali ate 1/3 of a roti and his sister ate 1/6 of it. How much did they eat together?",
/// "Ammi had 4 1/4 kg of atta and used 2 1/2 kg. How much atta is left?", "Ali has 45 marbles and
/// Sara has 28. How many more has Ali?". Things that happen
/// "every" so often are not added up; a take-away that would go below zero is not answered.
pub(crate) fn in_a_story(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(first_at, first), (last_at, second)] = numbers.as_slice() else { return None };
    if problem.has_operators() || first.percent || second.percent || problem.has(Cue::LcmEvery) {
        return None;
    }
    // "How many were not sold?", "the average rainfall", "bags of 25 kg each": another question
    // than a sum.
    let not_asked = problem.matches(Cue::Not).iter().any(|(at, _)| at > last_at);
    if problem.names_a_topic() || not_asked || problem.has(Cue::Each) {
        return None;
    }
    // "96 kg of cotton; she picked three eighths of it and her mother the rest": a fraction
    // beside a whole number is a part of it, not an amount to add or take away.
    let bare_part = |n: &Num| n.form == Form::Fraction && n.unit.is_none();
    let whole = |n: &Num| n.form == Form::Whole;
    if bare_part(first) && whole(second) || bare_part(second) && whole(first) {
        return None;
    }
    // "136 bags of 25 kg": a count of things (a whole number and their name) beside a quantity in
    // a unit is not added to it. "20 روپے ... 7 کی ٹافی" is a price: "of" follows it.
    let count = |at: usize, n: &Num| {
        n.unit.is_none()
            && n.form == Form::Whole
            && matches!(problem.tokens.get(at + 1), Some(Token::Word(_)))
            && !problem.has_at(Cue::Of, at + 1)
    };
    if first.unit.is_some() && count(*last_at, second) || second.unit.is_some() && count(*first_at, first) {
        return None;
    }
    // "36 children, of them 7/9 went on the picnic and the rest stayed": a part, not an amount.
    if problem.has(Cue::OfThem) && (first.is_fraction() || second.is_fraction()) {
        return None;
    }
    if !problem.has(Cue::Question) && !problem.has(Cue::HowMany) {
        return None;
    }
    let asked_after = |cue: Cue| problem.matches(cue).iter().any(|(at, _)| at > last_at);
    let asked_at_all = |cue: Cue| problem.has(cue);
    let bigger_first = matches!((&first.value, &second.value), (Ok(a), Ok(b)) if a >= b);
    // "How many more has Ali?": the bigger amount take away the smaller, whichever came first.
    // "kitne mehman zyada the": "more" a word or two after "how many".
    let more_after_how_many = problem
        .matches(Cue::HowMany)
        .iter()
        .any(|(at, len)| *at > *last_at && (at + len + 1..=at + len + 2).any(|k| problem.has_at(Cue::MoreWord, k)));
    if asked_after(Cue::HowManyMore) || more_after_how_many {
        if asked_at_all(Cue::StoryAdd) || asked_at_all(Cue::StorySubtract) {
            return None;
        }
        let (a, b) = if bigger_first { (*first, *second) } else { (*second, *first) };
        return Some(evaluate_numbers(&[a, b], &[Op::Subtract]));
    }
    // Two amounts told alike ("sold 4 1/2 kg in the morning and 2 1/4 kg in the evening") are
    // added when their verb is asked again, and never taken one from the other.
    let alike = told_alike(problem, (*first_at, first), (*last_at, second));
    let op = match (asked_at_all(Cue::StoryAdd), asked_at_all(Cue::StorySubtract)) {
        _ if alike == Some(true) => Op::Add,
        (true, false) if asked_after(Cue::StoryAdd) => Op::Add,
        (false, true) if asked_after(Cue::StorySubtract) && alike.is_none() => Op::Subtract,
        _ => return None,
    };
    // "Ammi bought 60 sweets. 12 children came": people are not taken from things, nor added.
    let people = |at: usize| problem.has_at(Cue::People, at + 1) || problem.has_at(Cue::Gendered, at + 1);
    if people(*last_at) && !people(*first_at) && root_at(problem, first_at + 1).is_some() {
        return None;
    }
    if op == Op::Subtract && !bigger_first {
        return None;
    }
    // "25 members, of whom 8 are girls: what part of all the members": the second is among the
    // first, never added to it.
    if op == Op::Add && (problem.has(Cue::OfThem) || problem.has_between(Cue::OutOf, *first_at, *last_at)) {
        return None;
    }
    Some(evaluate_numbers(&[*first, *second], &[op]))
}

/// Cue words that are not what a question asks about.
const NOT_ASKED: [Cue; 9] = [
    Cue::Question,
    Cue::HowMany,
    Cue::Auxiliary,
    Cue::Filler,
    Cue::Of,
    Cue::Cost,
    Cue::Them,
    Cue::Pronoun,
    Cue::ListAnd,
];

/// Whether two amounts in one unit are told with one verb and "and" (`None` if not), and then
/// whether the question asks that verb again and nothing else the story told after it: "drank 2 3/10 litres on Saturday and 1 7/15 litres
/// on Sunday. How much milk did they drink over the weekend?" asks both together. "Ammi had 4 kg
/// and used 2 kg. How much did she use?" asks the second ("use" comes between them), and "How
/// much did they drink on Sunday?" the one told with "Sunday".
fn told_alike(problem: &Problem, first: (usize, &Num), last: (usize, &Num)) -> Option<bool> {
    let ((first_at, a), (last_at, b)) = (first, last);
    // "and" right before the second amount: its verb is the first's ("and 1 1/4 litres on
    // Sunday", not "and gave away 1 1/2 m").
    let and_before = last_at >= 1 && problem.has_at(Cue::ListAnd, last_at - 1);
    if a.unit.is_none() || a.unit != b.unit || !and_before {
        return None;
    }
    let asked_at = problem.question_after(last_at)?;
    let root = |at: usize| root_at(problem, at);
    let roots = |range: std::ops::Range<usize>| range.filter_map(root).collect::<Vec<_>>();
    let before = roots(0..first_at);
    let mut between = roots(first_at + 1..asked_at);
    // What an amount is of ("2 5/6 kg of yoghurt", "2 کلو چینی"), which the question may name.
    let thing_of = |at: usize| {
        let next = if problem.has_at(Cue::Of, at + 1) { at + 2 } else { at + 1 };
        (next < problem.tokens.len()).then(|| root(next)).flatten()
    };
    let thing = thing_of(first_at);
    // "2 1/2 litres of milk and 1 1/4 litres of juice": two things, not one told twice.
    if thing_of(last_at).is_some_and(|other| thing.as_ref() != Some(&other)) {
        return None;
    }
    // After the second amount, only when it was ("on Sunday", "after Jumma"), no other deed
    // ("and 15 litres of it leaked", "and 1 litre was spilled").
    let told_first = roots(first_at + 1..last_at);
    let when_only = (last_at + 1..asked_at).all(|at| {
        // "was spilled" is another deed; "the" (a filler word too) is not.
        let helping = problem.has_at(Cue::Auxiliary, at) && !problem.has_at(Cue::Filler, at);
        let plain = root(at).is_none_or(|w| told_first.contains(&w)) && !helping;
        (plain && !problem.has_at(Cue::Of, at)) || problem.has_at(Cue::When, at)
    });
    if !when_only {
        return None;
    }
    between.retain(|w| Some(w) != thing.as_ref());
    let asked = roots(asked_at..problem.tokens.len());
    let once_before = |w: &String| before.iter().filter(|b| *b == w).count() == 1;
    Some(asked.iter().any(once_before) && !asked.iter().any(|w| between.contains(w)))
}

/// The root of the word at `at`, unless it is a stop word, a unit or a cue word of [`NOT_ASKED`].
fn root_at(problem: &Problem, at: usize) -> Option<String> {
    match problem.tokens.get(at)? {
        Token::Word(word)
            if !textnorm::is_stop_word(word)
                && !problem.names_unit_at(at)
                && !NOT_ASKED.iter().any(|cue| problem.has_at(*cue, at)) =>
        {
            Some(super::part::word_root(word))
        }
        _ => None,
    }
}

/// "3/4 of 12", "12 کا 3/4": a fraction of a quantity, the "of" written right between them.
pub(crate) fn fraction_of(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(first_at, first), (second_at, second)] = numbers.as_slice() else { return None };
    if problem.has_operators() || first.percent || second.percent || second_at - first_at != 2 {
        return None;
    }
    if !problem.has_at(Cue::Of, first_at + 1) {
        return None;
    }
    let (fraction, quantity) = match (first.is_fraction(), second.is_fraction()) {
        (true, _) => (*first, *second),
        (false, true) => (*second, *first),
        (false, false) => return None,
    };
    Some(product(fraction, quantity, quantity.unit))
}

/// `a × b` as written, with the answer in `unit`: a fraction or a part of a quantity, so many in
/// each of so many.
pub(crate) fn product(a: &Num, b: &Num, unit: Option<Unit>) -> Result<Solution, MathError> {
    pair(a, Op::Multiply, b, unit)
}

/// How many times `b` goes into `a`: a count, without a unit.
pub(crate) fn quotient(a: &Num, b: &Num) -> Result<Solution, MathError> {
    pair(a, Op::Divide, b, None)
}

/// `a op b` as written, with the answer in `unit`.
fn pair(a: &Num, op: Op, b: &Num, unit: Option<Unit>) -> Result<Solution, MathError> {
    let operands = vec![Operand::new(a.value.clone()?, a.form), Operand::new(b.value.clone()?, b.form)];
    evaluate(operands, &[op], unit)
}

/// The unit of the answer: the one the numbers share. Numbers added in different units have no
/// answer.
fn common_unit(nums: &[&Num], ops: &[Op]) -> Result<Option<Unit>, MathError> {
    let units: Vec<Unit> = nums.iter().filter_map(|n| n.unit).collect();
    let Some(first) = units.first().copied() else { return Ok(None) };
    let same = units.iter().all(|u| *u == first);
    let adding = ops.iter().all(|op| matches!(op, Op::Add | Op::Subtract));
    match (same, adding) {
        (false, true) => Err(MathError::UnitsMismatch),
        (true, true) => Ok(Some(first)),
        // Rs 15 × 7, Rs 60 ÷ 5: a price times or shared by a count.
        (true, false) if units.len() == 1 && nums[0].unit.is_some() => Ok(Some(first)),
        _ => Ok(None),
    }
}

pub(crate) fn evaluate_numbers(nums: &[&Num], ops: &[Op]) -> Result<Solution, MathError> {
    let mut operands = Vec::with_capacity(nums.len());
    for num in nums {
        operands.push(Operand::new(num.value.clone()?, num.form));
    }
    let unit = common_unit(nums, ops)?;
    evaluate(operands, ops, unit)
}

/// Works out the calculation: × and ÷ first, then + and −.
pub(crate) fn evaluate(operands: Vec<Operand>, ops: &[Op], unit: Option<Unit>) -> Result<Solution, MathError> {
    let fractional = operands.iter().any(Operand::is_fraction);
    let kind = if fractional {
        if ops.iter().any(|op| matches!(op, Op::Add | Op::Subtract)) {
            Kind::FractionAddSubtract
        } else {
            Kind::FractionMultiplyDivide
        }
    } else if operands.iter().any(|o| matches!(o.form, Form::Decimal { .. })) {
        Kind::DecimalArithmetic
    } else {
        Kind::WholeNumberArithmetic
    };
    let mut steps = Vec::new();
    let mut values = operands.clone();
    let mut pending: Vec<Op> = ops.to_vec();
    for high in [true, false] {
        let mut idx = 0;
        while idx < pending.len() {
            let op = pending[idx];
            if matches!(op, Op::Multiply | Op::Divide) == high {
                let result = binary(&values[idx], op, &values[idx + 1], &mut steps)?;
                values.splice(idx..idx + 2, [result]);
                pending.remove(idx);
            } else {
                idx += 1;
            }
        }
    }
    let value: Q = values[0].value;
    let practice = practice(&operands, ops);
    let display = if fractional { display::mixed(&value) } else { display::natural(&value) };
    Ok(Solution::new(kind, answer(value, display, unit), steps, practice))
}

/// A number like `operand` but different, the `position`-th of its calculation.
fn vary(operand: &Operand, position: i128) -> Option<Operand> {
    let value = operand.value;
    let varied = match operand.form {
        Form::Whole => exact::int(value.numer() + position + 2),
        Form::Decimal { .. } => exact::add(&value, &exact::int(position + 1)).ok()?,
        Form::Fraction | Form::Mixed => {
            let whole = Integer::div_floor(value.numer(), value.denom());
            let proper = value - exact::int(whole);
            let proper = other_proper_fraction(&proper, position)?;
            let whole = if operand.form == Form::Mixed || whole > 0 { whole + 1 } else { whole };
            exact::add(&proper, &exact::int(whole)).ok()?
        }
    };
    let form = if operand.form == Form::Fraction && !varied.is_integer() && varied > exact::int(1) {
        Form::Mixed
    } else {
        operand.form
    };
    Some(Operand::new(varied, form))
}

/// Another fraction between 0 and 1 with the same denominator (or three times it when there is
/// none: 1/2 → 1/6).
pub(crate) fn other_proper_fraction(proper: &Q, position: i128) -> Option<Q> {
    let (numerator, denominator) = (*proper.numer(), *proper.denom());
    if denominator < 2 {
        return exact::fraction(1, 2 + position).ok();
    }
    (1..denominator)
        .map(|step| (numerator + step * (position + 1)).rem_euclid(denominator))
        .find(|n| *n != 0 && *n != numerator && n.gcd(&denominator) == 1)
        .map_or_else(
            || exact::fraction(numerator.max(1), denominator * 3).ok(),
            |n| exact::fraction(n, denominator).ok(),
        )
}

/// The same calculation with other numbers, as a message; divisions stay exact when they were.
fn practice(operands: &[Operand], ops: &[Op]) -> Option<Step> {
    let mut varied: Vec<Operand> =
        operands.iter().enumerate().map(|(n, o)| vary(o, n as i128)).collect::<Option<_>>()?;
    if let ([a, b], [Op::Divide]) = (operands, ops) {
        let quotient = exact::div(&a.value, &b.value).ok()?;
        if a.form == Form::Whole && b.form == Form::Whole && quotient.is_integer() {
            // 144 ÷ 12 → 182 ÷ 13: the same kind of exact division.
            let divisor = b.value + exact::int(1);
            let dividend = exact::mul(&(quotient + exact::int(1)), &divisor).ok()?;
            varied = vec![Operand::new(dividend, Form::Whole), Operand::new(divisor, Form::Whole)];
        }
    }
    if let ([a, b], [Op::Subtract]) = (operands, ops) {
        // A take-away that did not go below zero still does not, and one that left something
        // does not leave nothing ("3 − 2" is not practised as "5 − 5").
        if a.value >= b.value && varied[0].value < varied[1].value {
            varied.swap(0, 1);
        }
        if a.value > b.value && varied[0].value == varied[1].value && a.form == Form::Whole {
            let left = exact::sub(&a.value, &b.value).ok()? + exact::int(1);
            varied[0] = Operand::new(exact::add(&varied[1].value, &left).ok()?, Form::Whole);
        }
    }
    // A practice problem the child can type, and this engine read.
    let limit = exact::int(10i128.pow(17));
    if varied.iter().any(|o| o.value.numer().abs() > *limit.numer() || *o.value.denom() > *limit.numer()) {
        return None;
    }
    let mut expression = varied[0].text();
    for (op, operand) in ops.iter().zip(&varied[1..]) {
        expression.push_str(&format!(" {} {}", op.symbol(), operand.text()));
    }
    Some(Step::new("math-practice-expression", [("expression", expression)]))
}

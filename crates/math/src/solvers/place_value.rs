//! Large numbers: the place value of a digit ("place value of 7 in 3,47,582"), place names as
//! units ("how many thousands in 1 lakh") and the Pakistani and international ways of writing
//! commas ("write 2,50,000 in the international system").

use super::operations::operation_step;
use super::{answer, Outcome};
use crate::display::{self, Grouping};
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Op, Token};
use crate::words::spoken_at;
use crate::{Kind, MathError, Solution, Step};

/// Place names from the right, in the Pakistani system (the `$place` of the messages).
const PAKISTANI_PLACES: [&str; 12] = [
    "ones",
    "tens",
    "hundreds",
    "thousands",
    "ten-thousands",
    "lakhs",
    "ten-lakhs",
    "crores",
    "ten-crores",
    "arabs",
    "ten-arabs",
    "kharabs",
];

/// Place names from the right, in the international system.
const INTERNATIONAL_PLACES: [&str; 12] = [
    "ones",
    "tens",
    "hundreds",
    "thousands",
    "ten-thousands",
    "hundred-thousands",
    "millions",
    "ten-millions",
    "hundred-millions",
    "billions",
    "ten-billions",
    "hundred-billions",
];

/// Place names used as units of counting, with their values (the `$given`/`$asked` keys).
const PLACE_UNITS: [(Cue, &str, i128); 7] = [
    (Cue::PlaceHundred, "hundred", 100),
    (Cue::PlaceThousand, "thousand", 1_000),
    (Cue::PlaceLakh, "lakh", 100_000),
    (Cue::PlaceMillion, "million", 1_000_000),
    (Cue::PlaceCrore, "crore", 10_000_000),
    (Cue::PlaceArab, "arab", 1_000_000_000),
    (Cue::PlaceBillion, "billion", 1_000_000_000),
];

/// The value of a place name written at token `at` ("lakh" → 100000), for "2.5 lakh".
pub(crate) fn scale_at(problem: &Problem, at: usize) -> Option<i128> {
    PLACE_UNITS.iter().find(|(cue, _, _)| problem.has_at(*cue, at)).map(|(_, _, value)| *value)
}

/// "place value of 7 in 3,47,582", "3,47,582 میں 7 کی مقامی قیمت".
/// Digits a number with a unit has before its digits' values are asked (a price is shorter).
const PLACES_WITH_A_UNIT: usize = 5;

pub(crate) fn digit_value(problem: &Problem) -> Outcome {
    if !problem.has(Cue::PlaceValue) || problem.has_operators() {
        return None;
    }
    let numbers = problem.numbers();
    if numbers.len() != 2 || numbers.iter().any(|(_, n)| n.percent || n.form != Form::Whole) {
        return None;
    }
    let digit_at = numbers.iter().position(|(_, n)| n.digits.len() == 1)?;
    let (digit, number) = (numbers[digit_at].1, numbers[1 - digit_at].1);
    // "5 kg ki value Rs 200" is a price; "5,06,18,243 kg of mangoes ... the digit 1" is a
    // number of kilograms.
    if digit.unit.is_some() || number.unit.is_some() && number.digits.len() < PLACES_WITH_A_UNIT {
        return None;
    }
    let digit = digit.digits.chars().next()?;
    let number_digits = number.digits.trim_start_matches('0');
    if number_digits.len() > PAKISTANI_PLACES.len() {
        return Some(Err(MathError::TooLarge));
    }
    let grouping =
        if number.grouping == Grouping::International { Grouping::International } else { Grouping::Pakistani };
    let Some(position_from_left) = number_digits.find(digit) else {
        return Some(Err(MathError::DigitNotInNumber));
    };
    Some(place_of_digit(number_digits, digit, position_from_left, grouping))
}

fn place_of_digit(digits: &str, digit: char, from_left: usize, grouping: Grouping) -> Result<Solution, MathError> {
    let number: i128 = digits.parse().map_err(|_| MathError::TooLarge)?;
    let position = (digits.len() - 1 - from_left) as u32;
    let places = if grouping == Grouping::International { &INTERNATIONAL_PLACES } else { &PAKISTANI_PLACES };
    let digit_value = i128::from(digit.to_digit(10).unwrap_or(0));
    let place_value = exact::pow10(position)?;
    let value = exact::mul_int(digit_value, place_value)?;
    let mut steps = Vec::new();
    if digits.matches(digit).count() > 1 {
        steps.push(Step::new("math-step-digit-repeated", [("digit", digit.to_string())]));
    }
    steps.push(Step::new(
        "math-step-digit-place",
        [
            ("number", display::grouped(number, grouping)),
            ("digit", digit.to_string()),
            ("place", places[position as usize].to_owned()),
        ],
    ));
    steps.push(Step::new(
        "math-step-digit-value",
        [
            ("digit", digit.to_string()),
            ("place-value", display::grouped(place_value, grouping)),
            ("value", display::grouped(value, grouping)),
        ],
    ));
    let practice = practice_place_value(digits, digit, grouping);
    let display = display::grouped(value, grouping);
    Ok(Solution::new(Kind::PlaceValue, answer(exact::int(value), display, None), steps, practice))
}

/// The digits turned one place to the left (3,47,582 → 4,75,823), asking about a digit that
/// appears once.
fn practice_place_value(digits: &str, digit: char, grouping: Grouping) -> Option<Step> {
    let mut rotated = format!("{}{}", &digits[1..], &digits[..1]);
    if digits.len() > 1 && rotated.starts_with('0') {
        rotated = format!("{}{}", &digits[..1], &digits[1..]).chars().rev().collect();
    }
    let rotated = rotated.trim_start_matches('0');
    let once = |d: char| rotated.matches(d).count() == 1;
    let asked = if once(digit) { digit } else { rotated.chars().find(|d| once(*d))? };
    let number: i128 = rotated.parse().ok()?;
    Some(Step::new(
        "math-practice-place-value",
        [("digit", asked.to_string()), ("number", display::grouped(number, grouping))],
    ))
}

/// "how many thousands in 1 lakh", "1 لاکھ میں کتنے ہزار", "10 lakh = how many million".
pub(crate) fn place_units(problem: &Problem) -> Outcome {
    if problem.has_operators() || !(problem.has(Cue::HowMany) || problem.has_symbol('=')) {
        return None;
    }
    let mut words: Vec<(usize, usize)> = Vec::new();
    for (index, (cue, _, _)) in PLACE_UNITS.iter().enumerate() {
        words.extend(problem.matches(*cue).into_iter().map(|(at, _)| (at, index)));
    }
    words.sort();
    two_places(problem, &words).or_else(|| spoken_in_places(problem, &words))
}

/// A count of one place name in the other: "how many thousands in 1 lakh", "10 lakh = how many
/// million", "how many thousands in a lakh".
fn two_places(problem: &Problem, words: &[(usize, usize)]) -> Outcome {
    let [(first_at, first), (second_at, second)] = words else { return None };
    if first == second {
        return None;
    }
    let numbers = problem.numbers();
    let (given, asked, count) = match numbers.as_slice() {
        [(at, num)] if num.unit.is_none() && !num.percent => {
            let count = match &num.value {
                Ok(value) => *value,
                Err(error) => return Some(Err(error.clone())),
            };
            match at + 1 {
                next if next == *first_at => (*first, *second, count),
                next if next == *second_at => (*second, *first, count),
                _ => return None,
            }
        }
        // "how many thousands in a lakh": one of the given place.
        [] => {
            let after_one = |at: usize| at > 0 && problem.has_at(Cue::One, at - 1);
            match (after_one(*first_at), after_one(*second_at)) {
                (true, false) => (*first, *second, exact::int(1)),
                (false, true) => (*second, *first, exact::int(1)),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(count_in_places(PLACE_UNITS[given], PLACE_UNITS[asked], count))
}

/// "1 crore 20 lakh kitne million hote hain", "how many lakh are there in three crore": a number
/// said with place names, counted in the place asked right after "how many". Nothing else
/// numeric is written.
fn spoken_in_places(problem: &Problem, words: &[(usize, usize)]) -> Option<Result<Solution, MathError>> {
    let asked_after: Vec<usize> = problem.matches(Cue::HowMany).iter().map(|(at, len)| at + len).collect();
    let [(asked_at, asked)] = words.iter().filter(|(at, _)| asked_after.contains(at)).copied().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    let start = (0..problem.tokens.len()).find(|at| {
        *at != asked_at && (matches!(problem.tokens[*at], Token::Number(_)) || spoken_at(problem, *at).is_some())
    })?;
    let spoken = spoken_at(problem, start)?;
    let numeric = |at: usize| {
        matches!(problem.tokens[at], Token::Number(_) | Token::ClockTime(_))
            || spoken_at(problem, at).is_some()
            || words.iter().any(|(w, _)| *w == at)
    };
    let outside =
        (0..problem.tokens.len()).any(|at| at != asked_at && !(spoken.start..spoken.end).contains(&at) && numeric(at));
    let percent_or_unit = problem
        .numbers()
        .iter()
        .any(|(at, n)| (spoken.start..spoken.end).contains(at) && (n.percent || n.unit.is_some()));
    if outside || percent_or_unit || !spoken.has_place || (spoken.start..spoken.end).contains(&asked_at) {
        return None;
    }
    let (_, asked_key, asked_value) = PLACE_UNITS[asked];
    let international = problem.has(Cue::PlaceMillion) || problem.has(Cue::PlaceBillion);
    let grouping = if international { Grouping::International } else { Grouping::Pakistani };
    let write = |value: &Q| match value.is_integer() {
        true => display::grouped(*value.numer(), grouping),
        false => display::natural(value),
    };
    let mut steps = super::digits::steps(&spoken, grouping);
    let total = exact::int(spoken.value);
    let result = match exact::div(&total, &exact::int(asked_value)) {
        Ok(result) => result,
        Err(error) => return Some(Err(error)),
    };
    steps.push(operation_step(write(&total), Op::Divide, write(&exact::int(asked_value)), write(&result)));
    // Now one more of the biggest place said: "2 crore: how many million?".
    let practice = spoken.parts.first().and_then(|(count, place)| {
        let (_, given_key, _) = PLACE_UNITS.iter().find(|(_, key, value)| value == place && *key != asked_key)?;
        Some(Step::new(
            "math-practice-place-units",
            [("count", (count + 1).to_string()), ("given", (*given_key).to_owned()), ("asked", asked_key.to_owned())],
        ))
    });
    Some(Ok(Solution::new(Kind::PlaceUnits, answer(result, display::natural(&result), None), steps, practice)))
}

fn count_in_places(given: (Cue, &str, i128), asked: (Cue, &str, i128), count: Q) -> Result<Solution, MathError> {
    let (_, given_key, given_value) = given;
    let (_, asked_key, asked_value) = asked;
    let international = [given_key, asked_key].iter().any(|k| matches!(*k, "million" | "billion"));
    let grouping = if international { Grouping::International } else { Grouping::Pakistani };
    let write = |value: &Q| match value.is_integer() {
        true => display::grouped(*value.numer(), grouping),
        false => display::natural(value),
    };
    let mut steps = vec![Step::new(
        "math-step-place-unit-values",
        [
            ("given", given_key.to_owned()),
            ("given-value", display::grouped(given_value, grouping)),
            ("asked", asked_key.to_owned()),
            ("asked-value", display::grouped(asked_value, grouping)),
        ],
    )];
    let total = exact::mul(&count, &exact::int(given_value))?;
    if count != exact::int(1) {
        steps.push(operation_step(
            display::natural(&count),
            Op::Multiply,
            write(&exact::int(given_value)),
            write(&total),
        ));
    }
    let result = exact::div(&total, &exact::int(asked_value))?;
    steps.push(operation_step(write(&total), Op::Divide, write(&exact::int(asked_value)), write(&result)));
    let practice = Step::new(
        "math-practice-place-units",
        [
            ("count", display::natural(&exact::add(&count.floor(), &exact::int(1))?)),
            ("given", given_key.to_owned()),
            ("asked", asked_key.to_owned()),
        ],
    );
    Ok(Solution::new(Kind::PlaceUnits, answer(result, display::natural(&result), None), steps, Some(practice)))
}

/// "write 2,50,000 in the international system", "45,678,902 کو پاکستانی نظام میں لکھیں".
pub(crate) fn number_systems(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    let [(at, num)] = numbers.as_slice() else { return None };
    // "25 lakh in the international system": the place name would be dropped.
    if problem.has_operators()
        || num.percent
        || num.unit.is_some()
        || num.form != Form::Whole
        || scale_at(problem, at + 1).is_some()
    {
        return None;
    }
    let after = |cue: Cue| problem.matches(cue).iter().any(|(m, _)| m > at);
    let target = match (after(Cue::International), after(Cue::Pakistani)) {
        (true, false) => Grouping::International,
        (false, true) => Grouping::Pakistani,
        _ => match (problem.has(Cue::International), problem.has(Cue::Pakistani)) {
            (true, false) => Grouping::International,
            (false, true) => Grouping::Pakistani,
            _ => return None,
        },
    };
    Some(num.value.clone().map(|value| in_system(*value.numer(), target)))
}

pub(crate) fn in_system(number: i128, target: Grouping) -> Solution {
    let (id, practice_id, other) = match target {
        Grouping::International => {
            ("math-step-international-commas", "math-practice-international", Grouping::Pakistani)
        }
        _ => ("math-step-pakistani-commas", "math-practice-pakistani", Grouping::International),
    };
    let written = display::grouped(number, target);
    let steps = vec![
        Step::new("math-step-digits-plain", [("number", number.to_string())]),
        Step::new(id, [("number", written.clone())]),
    ];
    // A number of the same size: 2,50,000 → 3,50,000.
    let size = number.to_string().len() as u32;
    let practice = exact::pow10(size.saturating_sub(1))
        .ok()
        .map(|lead| Step::new(practice_id, [("number", display::grouped(number + lead, other))]));
    Solution::new(Kind::NumberSystems, answer(exact::int(number), written, None), steps, practice)
}

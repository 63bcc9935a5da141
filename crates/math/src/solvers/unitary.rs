//! The unitary method with rupees: first the price of one thing (divide), then of many
//! (multiply). "5 pencils cost Rs 60, what do 8 pencils cost?", "6 انڈوں کی قیمت 180 روپے ہے۔
//! 10 انڈوں کی قیمت کیا ہوگی؟", and "how many can I buy with Rs 315?".

use super::{answer, shopping, Outcome};
use crate::display;
use crate::exact::{self, Q};
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Num, Token};
use crate::{Kind, MathError, Solution, Step, Unit};

pub(crate) fn solve(problem: &Problem) -> Outcome {
    let numbers = problem.numbers();
    if problem.has_operators() || !(2..=3).contains(&numbers.len()) || numbers.iter().any(|(_, n)| n.percent) {
        return None;
    }
    if !(problem.has(Cue::Cost) || problem.has(Cue::HowMany) || problem.has(Cue::Question)) {
        return None;
    }
    // A question about an area, a length round, a shape, a speed, a distance or a time is not
    // about a price ("6 m long, 4 m wide, cost Rs 18000: how many square metres"; "a square
    // garden, each side 12 m, fencing Rs 80 a metre" costs its 48 m, not 12 m).
    let other =
        [Cue::Area, Cue::Perimeter, Cue::Square, Cue::Side, Cue::Rectangle, Cue::Speed, Cue::Distance, Cue::Time];
    if other.iter().any(|cue| problem.has(*cue)) {
        return None;
    }
    let said_as_price = said_as_price(problem, &numbers);
    let is_money = |at: usize, n: &Num| n.unit == Some(Unit::Rupees) || said_as_price == Some(at);
    let prices: Vec<(usize, &Num)> = numbers.iter().filter(|(at, n)| is_money(*at, n)).copied().collect();
    let counts: Vec<(usize, &Num)> = numbers.iter().filter(|(at, n)| !is_money(*at, n)).copied().collect();
    match (prices.as_slice(), counts.as_slice()) {
        ([(price_at, price)], [(first_at, first), (second_at, second)]) => {
            // Both count the same thing ("5 pencils ... 8 pencils"): "1850 ki sabzi aur 975 ka
            // doodh" are two prices, not counts.
            if let (Some(a), Some(b)) = (counted(problem, *first_at), counted(problem, *second_at)) {
                if a != b {
                    return None;
                }
            }
            // "Rs 800 a day. He worked 6 days. His brother worked 5", "roz 800 rupay": a price of
            // one beside two counts is another problem.
            if problem.has_at(Cue::One, price_at + 1) || problem.has(Cue::Daily) {
                return None;
            }
            // The price is of the count said with it: "how much will 3 kg cost if 7 kg cost Rs
            // 1050" asks about the first.
            let (known, wanted) = if second_at < price_at { (second, first) } else { (first, second) };
            Some(three(known, price, wanted).and_then(|(known, price, wanted)| cost_of_many(known, price, wanted)))
        }
        ([(price_at, price), (_, money)], [(_, count)]) if problem.has(Cue::HowMany) => {
            // "48 desks at Rs 3,750 each ... paid Rs 25,000: how many rupees ... still to pay?" asks
            // rupees, not how many things, and its price is of one desk, not of 48.
            // "1000 rs the, teen kitaben li har ek 185 rupay ki, ab kitne paise bache": a price of
            // one ("har ek", "each"), or a question of what is left, is no "how many can be bought".
            let one_priced = prices.iter().any(|(at, _)| {
                problem.has_at(Cue::One, at + 1) || problem.matches(Cue::One).iter().any(|(k, len)| k + len == *at)
            });
            let left = [Cue::StorySubtract, Cue::ChangeBack, Cue::Still].iter().any(|cue| problem.has(*cue));
            if asks_rupees(problem) || one_priced || left {
                return None;
            }
            Some(three(count, price, money).and_then(|(count, price, money)| how_many(count, price, money)))
        }
        ([(price_at, price)], [(count_at, count)]) => {
            let one_after_price = problem.matches(Cue::One).iter().any(|(at, _)| at > price_at);
            let one_before_price = problem.matches(Cue::One).iter().any(|(at, _)| at < price_at);
            // "36 dictionaries at Rs 475 each", "Rs 85 per ticket", "teen kitaben li har ek 185 ki":
            // the price of one, said with it.
            let price_of_one = problem.has_at(Cue::One, price_at + 1)
                || problem.matches(Cue::Each).iter().any(|(at, len)| at + len == *price_at);
            // "A pencil costs Rs 15. What do 7 pencils cost?"; "85 گلاس رس بیچا۔ ایک گلاس 60 روپے کا":
            // one of the things counted, named between the count and the price.
            let one_counted = problem.matches(Cue::One).iter().any(|(at, len)| {
                (*count_at..*price_at).contains(at)
                    && counted(problem, *count_at).is_some_and(|thing| problem.stem_at(at + len) == Some(thing))
            });
            let of_many = price_of_one || count_at > price_at && one_before_price || one_counted;
            if count_at < price_at && one_after_price && !price_of_one {
                // "7 pencils cost Rs 105. What does one pencil cost?"
                Some(three(count, price, price).and_then(|(count, price, _)| cost_of_one(count, price)))
            } else if of_many {
                Some(three(count, price, price).and_then(|(count, price, _)| cost_of_many(exact::int(1), price, count)))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A price said without rupees, in Urdu or Roman Urdu: the one number right before "ka", "ki" or
/// "ke" when no number is in rupees and the question asks a price or rupees ("teen pizze 2400 ke
/// aate hain to paanch pizze kitne ke"). English "of" is not one: "12 boxes of 24 pencils".
fn said_as_price(problem: &Problem, numbers: &[(usize, &Num)]) -> Option<usize> {
    if numbers.iter().any(|(_, n)| n.unit == Some(Unit::Rupees)) || !(problem.has(Cue::Cost) || asks_rupees(problem)) {
        return None;
    }
    let [at] = numbers
        .iter()
        .filter(|(at, n)| shopping::possessive(problem, at + 1) && !n.is_fraction() && n.unit.is_none())
        .map(|(at, _)| *at)
        .collect::<Vec<_>>()[..]
    else {
        return None;
    };
    Some(at)
}

/// Whether "how many" is followed by rupees: "kitne rupay", "how many rupees".
fn asks_rupees(problem: &Problem) -> bool {
    problem
        .matches(Cue::HowMany)
        .iter()
        .any(|(at, len)| problem.units_named_in(at + len..at + len + 2).contains(&Unit::Rupees))
}

/// What the count at `at` counts: its unit, or the word after it ("pencils", past "of" and "ka":
/// "1850 ki sabzi").
fn counted(problem: &Problem, at: usize) -> Option<String> {
    let Token::Number(num) = &problem.tokens[at] else { return None };
    if let Some(unit) = num.unit {
        return Some(unit.as_str().to_owned());
    }
    let mut next = at + 1;
    while problem.has_at(Cue::Of, next) || problem.has_at(Cue::ObjectMarker, next) {
        next += 1;
    }
    let skip = [Cue::Question, Cue::HowMany, Cue::Cost, Cue::Filler, Cue::ListAnd];
    match problem.tokens.get(next) {
        // "patangen" and "patangon" are one thing.
        Some(Token::Word(word)) if !skip.iter().any(|cue| problem.has_at(*cue, next)) => {
            Some(super::part::word_root(word))
        }
        _ => None,
    }
}

/// The values of three numbers, or the first error among them.
fn three(a: &Num, b: &Num, c: &Num) -> Result<(Q, Q, Q), MathError> {
    Ok((a.value.clone()?, b.value.clone()?, c.value.clone()?))
}

fn rupees(value: &Q) -> String {
    display::natural(value)
}

/// The price of one: price ÷ count, with its steps.
fn price_of_one(count: &Q, price: &Q, steps: &mut Vec<Step>) -> Result<Q, MathError> {
    let one = exact::div(price, count)?;
    steps.push(Step::new("math-step-unitary-given", [("count", display::natural(count)), ("price", rupees(price))]));
    if *count != exact::int(1) {
        steps.push(Step::new(
            "math-step-unitary-one",
            [("price", rupees(price)), ("count", display::natural(count)), ("unit-price", rupees(&one))],
        ));
    }
    Ok(one)
}

/// A price for the practice problem: a whole number of rupees a little above `one`.
fn practice_price_of_one(one: &Q) -> Q {
    exact::int(one.to_integer() + 5)
}

fn cost_of_many(known: Q, price: Q, wanted: Q) -> Result<Solution, MathError> {
    let mut steps = Vec::new();
    let one = price_of_one(&known, &price, &mut steps)?;
    let total = exact::mul(&one, &wanted)?;
    steps.push(Step::new(
        "math-step-unitary-many",
        [("wanted", display::natural(&wanted)), ("unit-price", rupees(&one)), ("total", rupees(&total))],
    ));
    if wanted > known {
        steps.push(Step::new("math-step-unitary-check-more", [("price", rupees(&price))]));
    } else if wanted < known {
        steps.push(Step::new("math-step-unitary-check-less", [("price", rupees(&price))]));
    }
    let count = exact::add(&known.floor(), &exact::int(1))?;
    let practice = Step::new(
        "math-practice-unitary",
        [
            ("count", display::natural(&count)),
            ("price", rupees(&exact::mul(&practice_price_of_one(&one), &count)?)),
            ("wanted", display::natural(&exact::add(&wanted.floor(), &exact::int(2))?)),
        ],
    );
    Ok(Solution::new(Kind::UnitaryMethod, answer(total, rupees(&total), Some(Unit::Rupees)), steps, Some(practice)))
}

fn cost_of_one(count: Q, price: Q) -> Result<Solution, MathError> {
    let mut steps = Vec::new();
    let one = price_of_one(&count, &price, &mut steps)?;
    let count = exact::add(&count.floor(), &exact::int(1))?;
    let practice = Step::new(
        "math-practice-unitary-one",
        [("count", display::natural(&count)), ("price", rupees(&exact::mul(&practice_price_of_one(&one), &count)?))],
    );
    Ok(Solution::new(Kind::UnitaryMethod, answer(one, rupees(&one), Some(Unit::Rupees)), steps, Some(practice)))
}

fn how_many(count: Q, price: Q, money: Q) -> Result<Solution, MathError> {
    let mut steps = Vec::new();
    let one = price_of_one(&count, &price, &mut steps)?;
    let things = exact::div(&money, &one)?;
    // Only whole things can be bought.
    let bought = things.floor();
    steps.push(Step::new(
        "math-step-unitary-how-many",
        [("money", rupees(&money)), ("unit-price", rupees(&one)), ("count", display::natural(&things))],
    ));
    if bought != things {
        steps.push(Step::new("math-step-unitary-whole-things", [("count", display::natural(&bought))]));
    }
    let practice_one = practice_price_of_one(&one);
    let practice_count = exact::add(&count.floor(), &exact::int(1))?;
    let practice = Step::new(
        "math-practice-unitary-how-many",
        [
            ("count", display::natural(&practice_count)),
            ("price", rupees(&exact::mul(&practice_one, &practice_count)?)),
            ("money", rupees(&exact::mul(&practice_one, &exact::add(&bought, &exact::int(2))?)?)),
        ],
    );
    Ok(Solution::new(Kind::UnitaryMethod, answer(bought, display::natural(&bought), None), steps, Some(practice)))
}

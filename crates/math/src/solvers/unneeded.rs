//! Numbers a story tells that its question does not need: "There are 38 children in Zara's class.
//! She scored 27 marks out of 30. What percentage of the marks did she get?", "کوسٹر میں ۲۸ بچے
//! تھے اور وہ ۴۲ کلومیٹر فی گھنٹہ کی رفتار سے ڈیڑھ گھنٹہ چلی". When no solver answers the whole
//! story, the story without them is tried, and the working says which numbers were left out.
//!
//! A number is left out only when all of these hold, so that a number the answer needs is never
//! dropped without notice:
//! - it is a whole number of things (or an amount of money, mass or volume) told in a clause of
//!   its own, with no other number and no question in that clause ("136 bags of 25 kg" is one
//!   clause, and both count), and with no "each", "every" or "equally" in it;
//! - what it counts is named nowhere else in the problem: no other word meets its noun (roots
//!   compared loosely, so a number is kept when in doubt), or no other number is measured like it
//!   and the question neither names such a unit nor asks a price;
//! - it counts no times, days, trips or other spans ("3 times", "12 din"), and no "they", "them"
//!   or "each" after it may point back to it before another number is told;
//! - the question names what another number counts, or that number's unit ("how many marks",
//!   "کتنے کلومیٹر"), and says no word the story does not, cue words aside;
//! - at least two numbers are left.

use super::part::word_root;
use crate::display;
use crate::lexicon::Cue;
use crate::problem::Problem;
use crate::tokens::{Form, Num, Token};
use crate::words;
use crate::{Step, Unit};

/// Cue words that are not the name of what a number counts ("12 of them", "5 each"), or name
/// something that multiplies other amounts ("3 times", "12 din", "4 trips").
const NOT_A_NOUN: [Cue; 20] = [
    Cue::Of,
    Cue::OfThem,
    Cue::OutOf,
    Cue::OutOfTotal,
    Cue::Each,
    Cue::Daily,
    Cue::Question,
    Cue::HowMany,
    Cue::ListAnd,
    Cue::Not,
    Cue::Filler,
    Cue::Auxiliary,
    Cue::Repeat,
    Cue::Days,
    Cue::Period,
    Cue::Month,
    Cue::LcmEvery,
    Cue::Label,
    Cue::Dozen,
    Cue::Share,
];

/// Cue words in a clause that tie its number to the others ("3 shelves, each with 40 books").
const TIES: [Cue; 5] = [Cue::Each, Cue::Daily, Cue::LcmEvery, Cue::Repeat, Cue::Share];

/// Cue words that point back to a number told before ("38 workers, and they stitch ...").
const POINTS_BACK: [Cue; 4] = [Cue::Them, Cue::OfThem, Cue::Pronoun, Cue::Each];

/// Marks the end of a sentence in the text that is read for its clauses.
const SENTENCE_END: char = '¶';
/// Marks a comma.
const COMMA: char = '¦';

/// The problem in `text` without the numbers its question does not need, and a step naming them.
pub(crate) fn left_out(text: &str) -> Option<(Problem, Step)> {
    let in_digits = |problem: Problem| words::as_digits(&problem).unwrap_or(problem);
    let plain = in_digits(Problem::read(text)?);
    // The same text with its punctuation kept, which the solvers do not read.
    let marked = in_digits(Problem::read(&with_marks(text))?);
    let values = |problem: &Problem| problem.numbers().iter().map(|(_, n)| n.value.clone().ok()).collect::<Vec<_>>();
    let numbers = marked.numbers();
    if numbers.len() < 3 || values(&plain) != values(&marked) {
        return None;
    }
    let question = question_sentence(&marked)?;
    // The numbers left out, by their place among the numbers.
    let unneeded: Vec<usize> =
        (0..numbers.len()).filter(|k| unneeded(&marked, numbers[*k].0, numbers[*k].1, &question)).collect();
    let kept: Vec<(usize, &Num)> =
        numbers.iter().enumerate().filter(|(k, _)| !unneeded.contains(k)).map(|(_, n)| *n).collect();
    if unneeded.is_empty() || kept.len() < 2 {
        return None;
    }
    // The question asks about what a kept number counts.
    let asked_kinds: Vec<Kind> = marked.units_named_in(question.clone()).into_iter().map(kind).collect();
    let asked_words = roots(&marked, question.clone());
    let asked_about_kept = kept.iter().any(|(at, num)| match num.unit {
        // A speed is asked as a distance or a time.
        Some(unit) => asked_kinds.iter().any(|asked| {
            *asked == kind(unit) || kind(unit) == Kind::Speed && matches!(asked, Kind::Length | Kind::Time)
        }),
        None => noun_at(&marked, at + 1).is_some_and(|noun| asked_words.iter().any(|w| meet(w, &noun))),
    });
    if !asked_about_kept
        || says_something_new(&marked, &question, &unneeded.iter().map(|k| numbers[*k].0).collect::<Vec<_>>())
    {
        return None;
    }
    let shown = unneeded.iter().map(|k| numbers[*k].1.value.as_ref().map(display::natural).unwrap_or_default());
    let plain_numbers: Vec<usize> = plain.numbers().iter().map(|(at, _)| *at).collect();
    let dropped: Vec<usize> = unneeded.iter().map(|k| plain_numbers[*k]).collect();
    let tokens = plain.tokens.iter().enumerate().filter(|(at, _)| !dropped.contains(at)).map(|(_, t)| t.clone());
    let step = Step::new("math-step-not-needed", [("numbers", super::list(shown))]);
    Some((Problem::from_tokens(tokens.collect()), step))
}

/// Whether the question says a word that the story (without what a number left out counts) never
/// says and that is no cue word: "20 rows with 15 chairs in each row. 50 people came. How many chairs
/// are empty?" needs the 50 people for "empty".
fn says_something_new(problem: &Problem, question: &std::ops::Range<usize>, left_out: &[usize]) -> bool {
    let cue_words: Vec<(usize, usize)> = Cue::ALL.iter().flat_map(|cue| problem.matches(*cue)).collect();
    let is_cue = |at: usize| cue_words.iter().any(|(from, len)| (*from..from + len).contains(&at));
    // What a number left out counts is not told for the question ("50 people").
    let story: Vec<String> = (0..problem.tokens.len())
        .filter(|at| !question.contains(at) && !left_out.iter().any(|n| *at == n + 1))
        .flat_map(|at| roots(problem, at..at + 1))
        .collect();
    question.clone().any(|at| match &problem.tokens[at] {
        Token::Word(word) => {
            !textnorm::is_stop_word(word)
                && !is_cue(at)
                && !problem.names_unit_at(at)
                && !story.iter().any(|told| meet(told, &word_root(word)))
        }
        _ => false,
    })
}

/// `text` with a mark for each end of a sentence and each comma, which the reader keeps as a
/// symbol. A point or comma between digits ("2.5", "3,500") and the point of "Rs." are not marks.
fn with_marks(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    for (i, c) in chars.iter().enumerate() {
        let digit = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_digit);
        let between_digits = digit(i.checked_sub(1)) && digit(Some(i + 1));
        let word_before: String = chars[..i].iter().rev().take_while(|c| c.is_alphabetic()).collect();
        let abbreviation = *c == '.' && matches!(word_before.to_lowercase().as_str(), "sr" | "rs" | "no" | "dr" | "mr");
        let mark = match c {
            '.' | '?' | '!' | '۔' | '؟' if !between_digits && !abbreviation => Some(SENTENCE_END),
            ',' | '،' | ';' if !between_digits => Some(COMMA),
            _ => None,
        };
        match mark {
            Some(mark) => {
                out.push(' ');
                out.push(mark);
                out.push(' ');
            }
            None => out.push(*c),
        }
    }
    out
}

/// Whether the number at `at` counts something the rest of the problem never names again.
fn unneeded(problem: &Problem, at: usize, num: &Num, question: &std::ops::Range<usize>) -> bool {
    let whole = num.form == Form::Whole && !num.percent && num.value.is_ok() && num.two_units.is_none();
    if !whole || question.contains(&at) {
        return false;
    }
    let clause = clause_around(problem, at);
    let alone = clause.clone().all(|k| k == at || !matches!(problem.tokens[k], Token::Number(_) | Token::ClockTime(_)));
    let tied = clause.clone().any(|k| TIES.iter().any(|cue| problem.has_at(*cue, k)));
    // A word after it that points back, before any other number is told.
    let next_number = (at + 1..problem.tokens.len())
        .find(|k| matches!(problem.tokens[*k], Token::Number(_)))
        .unwrap_or(problem.tokens.len());
    let pointed_to = (at + 1..next_number).any(|k| POINTS_BACK.iter().any(|cue| problem.has_at(*cue, k)));
    if !alone || tied || pointed_to {
        return false;
    }
    match num.unit {
        Some(unit) => unit_alone(problem, at, unit, question),
        None => match noun_at(problem, at + 1) {
            Some(noun) => {
                let elsewhere = roots(problem, 0..problem.tokens.len());
                elsewhere.iter().filter(|w| meet(w, &noun)).count() == 1
            }
            None => false,
        },
    }
}

/// What a unit measures; an area is asked in the units of its sides.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Money,
    Length,
    Time,
    Speed,
    Mass,
    Volume,
    Angle,
}

fn kind(unit: Unit) -> Kind {
    match unit {
        Unit::Rupees => Kind::Money,
        Unit::Kilometres
        | Unit::Metres
        | Unit::Centimetres
        | Unit::Millimetres
        | Unit::SquareKilometres
        | Unit::SquareMetres
        | Unit::SquareCentimetres => Kind::Length,
        Unit::Hours | Unit::Minutes | Unit::Seconds => Kind::Time,
        Unit::KilometresPerHour | Unit::MetresPerSecond | Unit::MetresPerMinute => Kind::Speed,
        Unit::Kilograms | Unit::Grams => Kind::Mass,
        Unit::Litres => Kind::Volume,
        Unit::Degrees => Kind::Angle,
    }
}

/// Whether an amount of money, mass or volume is the only one of its kind: no other number is
/// measured so, and the question neither names such a unit nor asks a price ("how much"), nor
/// asks rupees of a story that buys or sells (a mass bought has a price).
/// Lengths and times are never left out: a speed or an area may join them.
fn unit_alone(problem: &Problem, at: usize, unit: Unit, question: &std::ops::Range<usize>) -> bool {
    let own = kind(unit);
    let shared = problem.numbers().iter().any(|(k, n)| *k != at && n.unit.is_some_and(|u| kind(u) == own));
    let asked_units = problem.units_named_in(question.clone());
    let asked = asked_units.iter().any(|u| kind(*u) == own)
        || problem.matches(Cue::Cost).iter().any(|(k, _)| question.contains(k));
    // "3 کلو چینی اور ایک صابن 90 روپے کا خریدا ... کتنے روپے بچے": what is bought costs money.
    let bought = [Cue::Buy, Cue::Sell].iter().any(|cue| problem.has(*cue)) && asked_units.contains(&Unit::Rupees);
    let priced = bought && own != Kind::Money;
    matches!(own, Kind::Money | Kind::Mass | Kind::Volume) && !shared && !asked && !priced
}

/// The root of the word at `at` when it can name what a number counts.
fn noun_at(problem: &Problem, at: usize) -> Option<String> {
    let Some(Token::Word(word)) = problem.tokens.get(at) else { return None };
    if NOT_A_NOUN.iter().any(|cue| problem.has_at(*cue, at)) || problem.names_unit_at(at) {
        return None;
    }
    Some(word_root(word)).filter(|root| !textnorm::is_stop_word(word) && !root.is_empty())
}

/// The roots of the words in `range`.
fn roots(problem: &Problem, range: std::ops::Range<usize>) -> Vec<String> {
    range
        .filter_map(|at| match &problem.tokens[at] {
            Token::Word(word) => Some(word_root(word)),
            _ => None,
        })
        .collect()
}

/// Whether two roots may be one word spelled two ways: the same, or one the start of the other
/// ("bus" and "buses", "bach" and "bacho"). Loose on purpose: a number is kept when in doubt.
fn meet(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() <= b.chars().count() { (a, b) } else { (b, a) };
    short == long || short.chars().count() >= 3 && long.starts_with(short)
}

/// Whether the token at `at` ends a clause: a sentence's end, a comma or "and".
fn ends_clause(problem: &Problem, at: usize) -> bool {
    matches!(problem.tokens[at], Token::Symbol(SENTENCE_END | COMMA)) || problem.has_at(Cue::ListAnd, at)
}

/// The tokens of the clause around `at`.
fn clause_around(problem: &Problem, at: usize) -> std::ops::Range<usize> {
    let start = (0..at).rev().find(|k| ends_clause(problem, *k)).map_or(0, |k| k + 1);
    let end = (at + 1..problem.tokens.len()).find(|k| ends_clause(problem, *k)).unwrap_or(problem.tokens.len());
    start..end
}

/// The sentence of the last question word, from the sentence's start to its end.
fn question_sentence(problem: &Problem) -> Option<std::ops::Range<usize>> {
    let asked = *problem.question_starts().last()?;
    let sentence_end = |k: &usize| matches!(problem.tokens[*k], Token::Symbol(SENTENCE_END));
    let start = (0..asked).rev().find(sentence_end).map_or(0, |k| k + 1);
    let end = (asked + 1..problem.tokens.len()).find(sentence_end).unwrap_or(problem.tokens.len());
    Some(start..end)
}

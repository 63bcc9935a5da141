//! Numbers said in words and place names: "six crore, four lakh and five thousand", "چار کروڑ،
//! بیس لاکھ، پانچ سو", "25 lakh", "four matches", and amounts said with fraction words: "ڈھائی
//! کلو", "ساڑھے تین سو", "two and a half". The words are in `data/number-words.txt` and
//! `data/fraction-words.txt`; the place names are the place-* cues.

use crate::exact::{self, Q};
use crate::lexicon::{Cue, FractionUse, FractionWord, Lexicon};
use crate::problem::Problem;
use crate::solvers::place_value::scale_at;
use crate::tokens::{self, match_phrase, Form, Num, Token};
use crate::Unit;

/// A number written with words or place names, over tokens `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Spoken {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: i128,
    /// What it is made of: (count, place value), largest place first; "پانچ سو" is (5, 100).
    pub(crate) parts: Vec<(i128, i128)>,
    /// Whether a number word (not only digits) was used.
    pub(crate) has_words: bool,
    /// Whether a place name was used.
    pub(crate) has_place: bool,
}

/// The value of the number word at `at` and whether it is also an everyday word.
fn word_at(problem: &Problem, at: usize) -> Option<(i128, bool)> {
    match problem.tokens.get(at) {
        Some(Token::Word(word)) => Lexicon::get().number_word(word).map(|w| (w.value, w.ambiguous)),
        _ => None,
    }
}

fn latin_at(problem: &Problem, at: usize) -> bool {
    matches!(problem.tokens.get(at), Some(Token::Word(word)) if word.is_ascii())
}

/// The value of a plain whole number written in digits at `at`.
fn digits_at(problem: &Problem, at: usize) -> Option<i128> {
    match problem.tokens.get(at) {
        Some(Token::Number(num)) if num.form == Form::Whole && !num.percent && num.unit.is_none() => {
            num.value.as_ref().ok().filter(|v| v.is_integer()).map(|v| *v.numer())
        }
        _ => None,
    }
}

/// Words that join the groups of a number: "and", "اور", "،", "-".
fn connector_len(problem: &Problem, at: usize) -> Option<usize> {
    if matches!(problem.tokens.get(at), Some(Token::Symbol('-' | '،'))) {
        return Some(1);
    }
    problem.matches(Cue::ListAnd).iter().find(|(start, _)| *start == at).map(|(_, len)| *len)
}

/// The longest number starting at token `at`, in words, digits and place names.
pub(crate) fn spoken_at(problem: &Problem, at: usize) -> Option<Spoken> {
    let mut parts: Vec<(i128, i128)> = Vec::new();
    // The group being read: its hundreds and what comes after them.
    let (mut hundreds, mut small): (Option<i128>, Option<i128>) = (None, None);
    let (mut has_words, mut ambiguous_only, mut words) = (false, true, 0usize);
    let mut last_place = i128::MAX;
    let mut pos = at;
    let mut end = at;
    // Where the number ended before the group being read, to leave the group out when a place
    // name cannot follow it ("five lakh two crore" is two numbers).
    let mut group_end = at;
    loop {
        if small.is_none() && hundreds.is_none() {
            group_end = end;
        }
        if let Some((value, ambiguous)) = word_at(problem, pos) {
            small = match small {
                None => Some(value),
                // "twenty five"; never in Urdu, which has a word for each number to 99 ("اسے
                // چار سو", folded "اسی چار سو", is "it" and 400).
                Some(tens) if tens >= 20 && tens % 10 == 0 && value < 10 && latin_at(problem, pos) => {
                    Some(tens + value)
                }
                Some(_) => break,
            };
            has_words = true;
            ambiguous_only &= ambiguous;
            words += 1;
            pos += 1;
            end = pos;
        } else if let Some(value) = digits_at(problem, pos).filter(|_| small.is_none() && hundreds.is_none()) {
            small = Some(value);
            pos += 1;
            end = pos;
        } else if let Some(place) = scale_at(problem, pos) {
            let fits = if place == 100 {
                small.is_some_and(|c| c < 100) && hundreds.is_none()
            } else {
                (small.is_some() || hundreds.is_some()) && place < last_place
            };
            if !fits {
                if small.is_some() || hundreds.is_some() {
                    (small, hundreds, end) = (None, None, group_end);
                }
                break;
            }
            if place == 100 {
                hundreds = small;
            } else {
                // "three hundred thousand" is 300 thousands.
                let group = hundreds.map_or(0, |h| h * 100) + small.unwrap_or(0);
                if group == 0 {
                    break;
                }
                hundreds = None;
                parts.push((group, place));
                last_place = place;
            }
            small = None;
            // Place names are one word each (data/cues.txt).
            words += 1;
            pos += 1;
            end = pos;
        } else if let Some(len) = connector_len(problem, pos) {
            // "forty-two": tens and units joined by a hyphen.
            let tens = small.is_some_and(|s| s >= 20 && s % 10 == 0 && s < 100);
            let units = word_at(problem, pos + 1).is_some_and(|(value, _)| value < 10);
            if tens && units && matches!(problem.tokens.get(pos), Some(Token::Symbol('-'))) {
                pos += 1;
                continue;
            }
            // Only between groups: "six crore, four lakh and five thousand".
            if small.is_some() {
                break;
            }
            pos += len;
        } else {
            break;
        }
    }
    if let Some(h) = hundreds {
        parts.push((h, 100));
    }
    if let Some(s) = small {
        parts.push((s, 1));
    }
    if parts.is_empty() || ambiguous_only && words == 1 && has_words {
        return None;
    }
    let mut value: i128 = 0;
    for (count, place) in &parts {
        value = value.checked_add(count.checked_mul(*place)?)?;
    }
    let has_place = parts.iter().any(|(_, place)| *place > 1);
    Some(Spoken { start: at, end, value, parts, has_words, has_place })
}

/// Every number written with words in the text ("four", "پانچ", "six crore ..."), but not the
/// everyday words alone ("one", "ایک", "دو").
pub(crate) fn number_word_spans(problem: &Problem) -> Vec<Spoken> {
    let mut spans = Vec::new();
    let mut at = 0;
    while at < problem.tokens.len() {
        match word_at(problem, at).and_then(|_| spoken_at(problem, at)) {
            Some(spoken) => {
                at = spoken.end;
                spans.push(spoken);
            }
            None => at += 1,
        }
    }
    spans
}

/// An amount said in words over tokens `start..end`: a number in words ("five", "چار کروڑ"),
/// one with fraction words ("ڈھائی", "ساڑھے تین سو", "two and a half"), or an everyday number
/// word before a unit ("دو کلو").
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Amount {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: Q,
    /// The unit of the number in digits the amount was made from ("ساڑھے 3 کلو").
    unit: Option<Unit>,
}

/// The fraction word of one of `uses` at `at`.
fn fraction_at(problem: &Problem, at: usize, uses: &[FractionUse]) -> Option<&'static FractionWord> {
    Lexicon::get().fraction_words().iter().find(|word| {
        uses.contains(&word.usage) && match_phrase(&problem.tokens, at, std::slice::from_ref(&word.phrase)).is_some()
    })
}

/// The number after a word that adds to it or takes from it ("ساڑھے تین سو"): its count, its
/// place, where it ends and its unit. A place name alone counts one of it ("سوا سو").
fn count_at(problem: &Problem, at: usize) -> Option<(Q, i128, usize, Option<Unit>)> {
    if let Some(place) = scale_at(problem, at) {
        return Some((exact::int(1), place, at + 1, None));
    }
    if let Some(spoken) = spoken_at(problem, at) {
        let [(count, place)] = spoken.parts[..] else { return None };
        return Some((exact::int(count), place, spoken.end, None));
    }
    match problem.tokens.get(at)? {
        Token::Number(num) if num.form == Form::Whole && !num.percent => {
            Some((num.value.clone().ok()?, 1, at + 1, num.unit))
        }
        // An everyday word: "پونے دو".
        Token::Word(_) => word_at(problem, at).map(|(value, _)| (exact::int(value), 1, at + 1, None)),
        _ => None,
    }
}

/// Whether a unit's word, or a dozen ("دو درجن"), starts at `at`.
fn before_unit(problem: &Problem, at: usize) -> bool {
    Lexicon::get().units().iter().any(|(_, phrases)| match_phrase(&problem.tokens, at, phrases).is_some())
        || problem.has_at(Cue::Dozen, at)
}

/// Whether the word at `at` is joined to a number by an operator or "and": "do aur do", "ایک
/// جمع ایک", "3 + do".
fn joined_to_number(problem: &Problem, at: usize) -> bool {
    const JOINERS: [Cue; 5] = [Cue::ListAnd, Cue::InfixAdd, Cue::InfixSubtract, Cue::InfixMultiply, Cue::InfixDivide];
    let lexicon = Lexicon::get();
    let joiner_len = |k: usize| -> Option<usize> {
        if matches!(problem.tokens.get(k), Some(Token::Op { .. })) {
            return Some(1);
        }
        JOINERS.iter().find_map(|cue| match_phrase(&problem.tokens, k, lexicon.phrases(*cue)))
    };
    let number = |k: usize| matches!(problem.tokens.get(k), Some(Token::Number(_))) || word_at(problem, k).is_some();
    let after = joiner_len(at + 1).is_some_and(|len| number(at + 1 + len));
    let before = at >= 2 && joiner_len(at - 1) == Some(1) && number(at - 2);
    after || before
}

/// A count over a denominator word at `at`: "دو تہائی" (2/3), "three fifths", "2 tihai".
fn over_at(problem: &Problem, at: usize) -> Option<Amount> {
    let count = match problem.tokens.get(at)? {
        Token::Number(num) if num.form == Form::Whole && !num.percent && num.unit.is_none() => {
            num.value.clone().ok()?
        }
        Token::Word(_) => exact::int(word_at(problem, at)?.0),
        _ => return None,
    };
    // "seven-twelfths": a hyphen may join them.
    let hyphen = usize::from(matches!(problem.tokens.get(at + 1), Some(Token::Symbol('-'))));
    let word = fraction_at(problem, at + 1 + hyphen, &[FractionUse::Over])?;
    let value = exact::mul(&count, &word.value).ok()?;
    Some(Amount { start: at, end: at + 1 + hyphen + word.phrase.len(), value, unit: None })
}

/// The amount said in words that starts at token `at`.
fn amount_at(problem: &Problem, at: usize) -> Option<Amount> {
    if let Some(amount) = over_at(problem, at) {
        return Some(amount);
    }
    let mut amount = if let Some(word) = fraction_at(problem, at, &[FractionUse::Alone]) {
        // "ڈیڑھ سو" is 150.
        let end = at + word.phrase.len();
        let place = scale_at(problem, end);
        let value = exact::mul(&word.value, &exact::int(place.unwrap_or(1))).ok()?;
        Amount { start: at, end: end + usize::from(place.is_some()), value, unit: None }
    } else if let Some(word) = fraction_at(problem, at, &[FractionUse::AddedToNext, FractionUse::TakenFromNext]) {
        let (count, place, end, unit) = count_at(problem, at + word.phrase.len())?;
        let count = match word.usage {
            FractionUse::AddedToNext => exact::add(&count, &word.value),
            _ => exact::sub(&count, &word.value),
        }
        .ok()
        .filter(|c| *c > exact::int(0))?;
        Amount { start: at, end, value: exact::mul(&count, &exact::int(place)).ok()?, unit }
    } else if let Some(spoken) = word_at(problem, at).and_then(|_| spoken_at(problem, at)) {
        Amount { start: at, end: spoken.end, value: exact::int(spoken.value), unit: None }
    } else if let Some((value, _)) = word_at(problem, at) {
        // An everyday word alone is a number before a unit ("دو کلو", not "ایک کلو", which the
        // solvers read as "one"), before "and a half", or joined to another number.
        let before_half = fraction_at(problem, at + 1, &[FractionUse::AddedToPrevious]).is_some();
        if !before_half && !joined_to_number(problem, at) && (value == 1 || !before_unit(problem, at + 1)) {
            return None;
        }
        Amount { start: at, end: at + 1, value: exact::int(value), unit: None }
    } else {
        match problem.tokens.get(at)? {
            // "2 and a half kg".
            Token::Number(num) if num.form == Form::Whole && !num.percent && num.unit.is_none() => {
                fraction_at(problem, at + 1, &[FractionUse::AddedToPrevious])?;
                Amount { start: at, end: at + 1, value: num.value.clone().ok()?, unit: None }
            }
            _ => return None,
        }
    };
    if let Some(word) = fraction_at(problem, amount.end, &[FractionUse::AddedToPrevious]) {
        amount.value = exact::add(&amount.value, &word.value).ok()?;
        amount.end += word.phrase.len();
    }
    Some(amount)
}

/// Every amount said in words in the text. A number in words that counts the other numbers
/// and names what they are ("two ribbons are 48 cm and 72 cm", "three numbers 12, 18 and 24")
/// is not one of them.
pub(crate) fn amounts(problem: &Problem) -> Vec<Amount> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < problem.tokens.len() {
        match amount_at(problem, at) {
            Some(amount) => {
                at = amount.end;
                found.push(amount);
            }
            None => at += 1,
        }
    }
    let n_numbers = problem.numbers().len() + found.len();
    let counts_the_others = |amount: &Amount| {
        let spoken = word_at(problem, amount.start).and_then(|_| spoken_at(problem, amount.start));
        let before_a_name = matches!(problem.tokens.get(amount.end), Some(Token::Word(_)))
            && !before_unit(problem, amount.end)
            && fraction_at(problem, amount.end, &[FractionUse::AddedToPrevious]).is_none();
        spoken.is_some_and(|s| s.end == amount.end)
            && before_a_name
            && exact::int(n_numbers as i128 - 1) == amount.value
    };
    // "half-yearly", "three-year-old": a word joined by a hyphen to the next word, which is no
    // number ("forty-two" is read whole), names a kind of thing, not an amount.
    let joined_to_a_word = |amount: &Amount| {
        matches!(problem.tokens.get(amount.end), Some(Token::Symbol('-')))
            && matches!(problem.tokens.get(amount.end + 1), Some(Token::Word(_)))
    };
    // "a whistle every 8 seconds, a drum every 12 and a bell every 18 ... all three together":
    // "all" and as many as the numbers in digits.
    let all_of_them = |amount: &Amount| {
        amount.start > 0
            && matches!(&problem.tokens[amount.start - 1], Token::Word(w) if w == "all")
            && exact::int(problem.numbers().len() as i128) == amount.value
    };
    found.retain(|amount| !counts_the_others(amount) && !joined_to_a_word(amount) && !all_of_them(amount));
    found
}

/// The problem with every amount said in words written as a number ("ابو ڈھائی کلو چینی لائے"
/// as "ابو 2 1/2 کلو چینی لائے"), or `None` when it has none.
pub(crate) fn as_digits(problem: &Problem) -> Option<Problem> {
    let amounts = amounts(problem);
    if amounts.is_empty() {
        return None;
    }
    let mut written = Vec::with_capacity(problem.tokens.len());
    let mut at = 0;
    for amount in &amounts {
        written.extend_from_slice(&problem.tokens[at..amount.start]);
        let mut num = Num::from_value(amount.value);
        num.unit = amount.unit;
        written.push(Token::Number(num));
        at = amount.end;
    }
    written.extend_from_slice(&problem.tokens[at..]);
    Some(Problem::from_tokens(tokens::rejoin(written)))
}
